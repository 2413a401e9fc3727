#include "DecreeNotifications.h"

#include "DecreeRegistry.h"
#include "DecreeRenderer.h"
#include "IndonesianText.h"
#include "mail/MailQueue.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "workflow/Permissions.h"
#include "workflow/ProposalRepository.h"
#include "workflow/ProposalWorkflow.h"

#include <QSqlQuery>

namespace Simutasi {

using namespace SqlValues;

namespace {

const QString NoticeEntity = QStringLiteral("decree_notification");

const QString &noticeColumns()
{
    static const QString columns = QStringLiteral(
        "SELECT n.id, n.decree_id, n.line_index, n.employee_id, n.proposal_line_id, n.channel, "
        "n.email_id, coalesce(e.status, ''), coalesce(e.last_error, ''), "
        "coalesce(n.informed_on, substr(e.sent_at, 1, 10)), n.response, n.response_on, "
        "n.objection_reason, n.resolution, n.resolution_on, n.resolution_note "
        "FROM decree_notification n LEFT JOIN email_queue e ON e.id = n.email_id ");
    return columns;
}

DecreeNotice::Response responseFromCode(const QString &code)
{
    if (code == u"acknowledged")
        return DecreeNotice::Response::Acknowledged;
    if (code == u"objected")
        return DecreeNotice::Response::Objected;
    return DecreeNotice::Response::None;
}

DecreeNotice::Resolution resolutionFromCode(const QString &code)
{
    if (code == u"upheld")
        return DecreeNotice::Resolution::Upheld;
    if (code == u"rejected")
        return DecreeNotice::Resolution::Rejected;
    return DecreeNotice::Resolution::None;
}

DecreeNotice noticeFromRow(const QSqlQuery &q)
{
    DecreeNotice n;
    n.id = q.value(0).toLongLong();
    n.decreeId = q.value(1).toLongLong();
    n.lineIndex = q.value(2).toInt();
    n.employeeId = q.value(3).toLongLong();
    n.proposalLineId = q.value(4).toLongLong();
    n.channel = q.value(5).toString() == u"email" ? DecreeNotice::Channel::Email
                                                  : DecreeNotice::Channel::Letter;
    n.emailId = q.value(6).toLongLong();
    n.emailStatus = q.value(7).toString();
    n.emailError = q.value(8).toString();
    n.informedOn = toDate(q.value(9));
    n.response = responseFromCode(q.value(10).toString());
    n.responseOn = toDate(q.value(11));
    n.objectionReason = q.value(12).toString();
    n.resolution = resolutionFromCode(q.value(13).toString());
    n.resolutionOn = toDate(q.value(14));
    n.resolutionNote = q.value(15).toString();
    return n;
}

QString emailBody(const DecreeContent &content, const DecreeLine &line)
{
    return QStringLiteral(
               "Yth. Saudara %1\nNIP %2\n\n"
               "Dengan hormat,\n\n"
               "Bersama ini kami sampaikan Surat Pemberitahuan dan Petikan Keputusan Gubernur "
               "Wanggar Nomor %3 tanggal %4 tentang pemindahan Saudara dari %5 ke %6, "
               "terhitung mulai tanggal %7. Keduanya terlampir dalam bentuk PDF.\n\n"
               "Mohon konfirmasi penerimaan dengan membalas surel ini. Keberatan atas "
               "pemindahan dapat diajukan secara tertulis kepada Kepala Badan Kepegawaian "
               "Daerah paling lambat 14 (empat belas) hari sejak surel ini diterima.\n\n"
               "Hormat kami,\nBadan Kepegawaian Daerah Provinsi Wanggar\n")
        .arg(line.name, DecreeRenderer::formatNip(line.nip), content.number,
             IndonesianText::date(content.date), line.oldPost, line.newPost,
             IndonesianText::date(line.tmt));
}

} // namespace

QString DecreeNotice::responseCode(Response response)
{
    switch (response) {
    case Response::Acknowledged:
        return QStringLiteral("acknowledged");
    case Response::Objected:
        return QStringLiteral("objected");
    case Response::None:
        break;
    }
    return QStringLiteral("none");
}

QString DecreeNotice::resolutionCode(Resolution resolution)
{
    switch (resolution) {
    case Resolution::Upheld:
        return QStringLiteral("upheld");
    case Resolution::Rejected:
        return QStringLiteral("rejected");
    case Resolution::None:
        break;
    }
    return QStringLiteral("none");
}

DecreeNotifications::DecreeNotifications(Database &database)
    : m_database(database)
{}

QString DecreeNotifications::emailKey(qint64 decreeId, int lineIndex)
{
    return QStringLiteral("decree-%1-line-%2@simutasi").arg(decreeId).arg(lineIndex + 1);
}

DatabaseError DecreeNotifications::refused(const QString &message) const
{
    DatabaseError error = DatabaseError::make(DatabaseError::Kind::Refused, m_database.path());
    error.message = message;
    return error;
}

QList<DecreeNotice> DecreeNotifications::notices(qint64 decreeId) const
{
    QList<DecreeNotice> list;
    QSqlQuery q(m_database.connection());
    q.prepare(noticeColumns() + QStringLiteral("WHERE n.decree_id = ? ORDER BY n.line_index"));
    q.addBindValue(decreeId);
    if (!q.exec())
        return list;
    while (q.next())
        list.append(noticeFromRow(q));
    // Names from the decree's frozen content, as printed.
    if (const auto decree = DecreeRegistry(m_database).decree(decreeId)) {
        for (DecreeNotice &n : list) {
            const DecreeLine line = decree->content.lines.value(n.lineIndex);
            n.employeeName = line.name;
            n.nip = line.nip;
        }
    }
    return list;
}

std::optional<DecreeNotice> DecreeNotifications::notice(qint64 noticeId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(noticeColumns() + QStringLiteral("WHERE n.id = ?"));
    q.addBindValue(noticeId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return noticeFromRow(q);
}

NoticeOverview DecreeNotifications::overview(qint64 decreeId) const
{
    return NoticeOverview::of(notices(decreeId));
}

NoticeOverview NoticeOverview::of(const QList<DecreeNotice> &notices)
{
    NoticeOverview o;
    for (const DecreeNotice &n : notices) {
        ++o.employees;
        if (n.informedOn.isValid())
            ++o.informed;
        if (n.response == DecreeNotice::Response::Acknowledged)
            ++o.acknowledged;
        if (n.response == DecreeNotice::Response::Objected) {
            ++o.objected;
            if (n.resolution == DecreeNotice::Resolution::None)
                ++o.objectionsOpen;
        }
        if (n.response == DecreeNotice::Response::None)
            ++o.pending;
    }
    return o;
}

DatabaseError DecreeNotifications::queueEmails(const IssuedDecree &decree, const PageSetup &setup,
                                               const QString &user, int *queued)
{
    if (queued)
        *queued = 0;
    if (DatabaseError refusal =
            Permissions::requireCurrent(m_database, DataAction::NotifyEmployees))
        return refusal;
    const DecreeRenderer renderer(decree.content, setup);
    MailQueue queue(m_database);
    const QList<DecreeNotice> list = notices(decree.id);
    for (const DecreeNotice &n : list) {
        if (n.channel != DecreeNotice::Channel::Email || n.emailId > 0)
            continue;
        const DecreeLine line = decree.content.lines.value(n.lineIndex);
        if (line.email.trimmed().isEmpty())
            continue;
        MailMessage message;
        message.to = line.email.trimmed();
        message.toName = line.name;
        message.subject = QStringLiteral("Pemberitahuan Pemindahan - Keputusan Gubernur Wanggar "
                                         "Nomor %1")
                              .arg(decree.content.number);
        message.body = emailBody(decree.content, line);
        const QString digits = line.nip.isEmpty() ? QString::number(n.lineIndex + 1) : line.nip;
        message.attachments.append({QStringLiteral("surat-pemberitahuan-%1.pdf").arg(digits),
                                    QStringLiteral("application/pdf"),
                                    renderer.notificationPdfData(n.lineIndex)});
        message.attachments.append({QStringLiteral("petikan-sk-%1.pdf").arg(digits),
                                    QStringLiteral("application/pdf"),
                                    renderer.petikanPdfData(n.lineIndex)});
        // The queue entry and the notice's link to it are written together.
        Transaction transaction(m_database);
        if (!transaction.isActive())
            return transaction.error();
        qint64 emailId = 0;
        bool added = false;
        if (const DatabaseError error = queue.enqueueInTransaction(emailKey(decree.id, n.lineIndex),
                                                                   message, user, &emailId, &added))
            return error;
        QSqlQuery link(m_database.connection());
        link.prepare(QStringLiteral("UPDATE decree_notification SET email_id = ? WHERE id = ?"));
        link.addBindValue(emailId);
        link.addBindValue(n.id);
        if (!link.exec())
            return m_database.errorFrom(link.lastError());
        if (const DatabaseError error = transaction.commit())
            return error;
        if (queued && added)
            ++*queued;
    }
    return {};
}

DatabaseError DecreeNotifications::update(qint64 noticeId,
                                          const QList<std::pair<QString, QVariant>> &columns,
                                          const QString &action, const QString &user)
{
    const std::optional<DecreeNotice> before = notice(noticeId);
    if (!before)
        return refused(tr("There is no notification with id %1.").arg(noticeId));
    QStringList sets;
    QList<FieldChange> changes;
    for (const auto &[column, value] : columns) {
        sets.append(column + QStringLiteral(" = ?"));
        changes.append({column, QString(), value.toString()});
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE decree_notification SET ") + sets.join(QStringLiteral(", ")) +
              QStringLiteral(" WHERE id = ?"));
    for (const auto &column : columns)
        q.addBindValue(column.second);
    q.addBindValue(noticeId);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    AuditLog audit(m_database);
    return audit.appendChanges(user, action, NoticeEntity, noticeId, changes);
}

DatabaseError DecreeNotifications::markHandedOver(qint64 noticeId, const QDate &date,
                                                  const QString &user)
{
    if (DatabaseError refusal =
            Permissions::requireCurrent(m_database, DataAction::NotifyEmployees))
        return refusal;
    if (!date.isValid())
        return refused(tr("The date the letter was handed over is required."));
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    if (const DatabaseError error =
            update(noticeId, {{QStringLiteral("informed_on"), fromDate(date)}},
                   QStringLiteral("hand_over"), user))
        return error;
    return transaction.commit();
}

DatabaseError DecreeNotifications::acknowledge(qint64 noticeId, const QDate &date,
                                               const QString &user)
{
    if (DatabaseError refusal =
            Permissions::requireCurrent(m_database, DataAction::NotifyEmployees))
        return refusal;
    const auto n = notice(noticeId);
    if (n && !n->informedOn.isValid())
        return refused(tr("The employee has not been informed yet."));
    if (n && n->response == DecreeNotice::Response::Objected)
        return refused(tr("The employee objected: resolve the objection instead."));
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    if (const DatabaseError error =
            update(noticeId,
                   {{QStringLiteral("response"), QStringLiteral("acknowledged")},
                    {QStringLiteral("response_on"), fromDate(date)}},
                   QStringLiteral("acknowledge"), user))
        return error;
    return transaction.commit();
}

DatabaseError DecreeNotifications::object(qint64 noticeId, const QDate &date, const QString &reason,
                                          const QString &user)
{
    if (DatabaseError refusal =
            Permissions::requireCurrent(m_database, DataAction::NotifyEmployees))
        return refusal;
    if (reason.trimmed().isEmpty() || !date.isValid())
        return refused(tr("An objection needs its date and the employee's reason."));
    const auto n = notice(noticeId);
    if (n && !n->informedOn.isValid())
        return refused(tr("The employee has not been informed yet."));
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    if (const DatabaseError error =
            update(noticeId,
                   {{QStringLiteral("response"), QStringLiteral("objected")},
                    {QStringLiteral("response_on"), fromDate(date)},
                    {QStringLiteral("objection_reason"), reason.trimmed()}},
                   QStringLiteral("object"), user))
        return error;
    return transaction.commit();
}

DatabaseError DecreeNotifications::resolve(qint64 noticeId, DecreeNotice::Resolution resolution,
                                           const QDate &date, const QString &note,
                                           const User &actor)
{
    // The actor decides, as in the workflow; without one, the logged-in user (as elsewhere).
    if (DatabaseError refusal =
            actor.isValid()
                ? Permissions::require(actor, DataAction::NotifyEmployees, m_database.path())
                : Permissions::requireCurrent(m_database, DataAction::NotifyEmployees))
        return refusal;
    const auto n = notice(noticeId);
    if (!n || n->response != DecreeNotice::Response::Objected)
        return refused(tr("Only an objection can be resolved."));
    if (n->resolution != DecreeNotice::Resolution::None)
        return refused(tr("This objection was already resolved."));
    if (resolution == DecreeNotice::Resolution::None || !date.isValid())
        return refused(tr("Choose whether the objection is upheld or rejected, and the date."));
    const std::optional<IssuedDecree> decree = DecreeRegistry(m_database).decree(n->decreeId);
    std::optional<Proposal> proposal;
    if (decree && decree->proposalId > 0)
        proposal = ProposalRepository(m_database).proposal(decree->proposalId);
    const bool upheld = resolution == DecreeNotice::Resolution::Upheld;
    if (upheld && proposal && !ProposalStates::isOpen(proposal->state))
        return refused(tr("Proposal %1 is %2: an upheld objection can no longer stop it; make a "
                          "new proposal instead.")
                           .arg(proposal->number, ProposalStates::name(proposal->state)));
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    if (const DatabaseError error =
            update(noticeId,
                   {{QStringLiteral("resolution"), DecreeNotice::resolutionCode(resolution)},
                    {QStringLiteral("resolution_on"), fromDate(date)},
                    {QStringLiteral("resolution_note"), fromText(note.trimmed())}},
                   QStringLiteral("resolve"), actor.name))
        return error;
    if (upheld && proposal) {
        const DecreeLine line = decree->content.lines.value(n->lineIndex);
        ProposalWorkflow workflow(m_database, actor);
        workflow.setInCallerTransaction(true);
        QString reason = QStringLiteral("Keberatan %1 (NIP %2) atas Keputusan Nomor %3 diterima.")
                             .arg(line.name, line.nip, decree->number);
        if (!note.trimmed().isEmpty())
            reason += u' ' + note.trimmed();
        // Only this employee's line is withdrawn; the others proceed under the same decree,
        // which stays on record. The workflow cancels the proposal when no line is left.
        qint64 lineId = 0;
        for (const ProposalLine &l : ProposalRepository(m_database).lines(proposal->id)) {
            if (l.employeeId == n->employeeId && l.decision == LineDecision::Approved)
                lineId = l.id;
        }
        if (lineId == 0)
            return refused(tr("%1 has no approved line left on proposal %2.")
                               .arg(line.name, proposal->number));
        if (const DatabaseError error = workflow.withdrawApprovedLine(lineId, reason))
            return error;
    }
    return transaction.commit();
}

} // namespace Simutasi
