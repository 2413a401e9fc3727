#include "DecreeRegistry.h"

#include "DecreeNumber.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"
#include "storage/OrgRepository.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "workflow/Permissions.h"
#include "workflow/ProposalRepository.h"
#include "workflow/ProposalWorkflow.h"
#include "workflow/User.h"

#include <QSqlQuery>

namespace Simutasi {

using namespace SqlValues;

namespace {

const QString DecreeEntity = QStringLiteral("decree");

const QString &decreeColumns()
{
    static const QString columns = QStringLiteral(
        "SELECT id, year, sequence, number, decree_date, place, signatory_capacity, "
        "signatory_name, signatory_jabatan, signatory_nip, signatory_pangkat, proposal_id, "
        "content, issued_at, issued_by FROM decree ");
    return columns;
}

IssuedDecree decreeFromRow(const QSqlQuery &q, bool withContent)
{
    IssuedDecree d;
    d.id = q.value(0).toLongLong();
    d.year = q.value(1).toInt();
    d.sequence = q.value(2).toInt();
    d.number = q.value(3).toString();
    d.date = toDate(q.value(4));
    d.place = q.value(5).toString();
    d.signatory.capacity = DecreeSignatory::capacityFromCode(q.value(6).toString());
    d.signatory.name = q.value(7).toString();
    d.signatory.jabatan = q.value(8).toString();
    d.signatory.nip = q.value(9).toString();
    d.signatory.pangkat = q.value(10).toString();
    d.proposalId = q.value(11).toLongLong();
    if (withContent)
        d.content.fromJson(q.value(12).toString().toUtf8());
    d.signatory.authority = d.content.signatory.authority;
    d.issuedAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
    d.issuedBy = q.value(14).toString();
    return d;
}

// "Analis Kepegawaian pada Bidang Mutasi, Badan Kepegawaian Daerah": the jabatan with its unit
// and the unit's OPD, as the Lampiran prints a post.
QString postText(const OrgRepository &org, const QString &jabatan, qint64 unitId,
                 const QString &unitName)
{
    QString unit = unitName;
    const qint64 opdId = unitId > 0 ? org.opdOf(unitId) : 0;
    if (opdId > 0 && opdId != unitId) {
        if (const auto opd = org.unit(opdId))
            unit += QStringLiteral(", ") + opd->name;
    }
    if (jabatan.isEmpty())
        return unit;
    return unit.isEmpty() ? jabatan : jabatan + QStringLiteral(" pada ") + unit;
}

} // namespace

DecreeRegistry::DecreeRegistry(Database &database)
    : m_database(database)
    , m_templates(DecreeTemplates::load(database))
{}

DatabaseError DecreeRegistry::refused(const QString &message) const
{
    DatabaseError error = DatabaseError::make(DatabaseError::Kind::Refused, m_database.path());
    error.message = message;
    return error;
}

DatabaseError DecreeRegistry::draft(const IssueRequest &request, DecreeContent *content) const
{
    const ProposalRepository proposals(m_database);
    const std::optional<Proposal> proposal = proposals.proposal(request.proposalId);
    if (!proposal)
        return refused(tr("There is no proposal with id %1.").arg(request.proposalId));
    if (proposal->state != ProposalState::Approved)
        return refused(tr("Proposal %1 is %2: only an approved proposal gets a decree.")
                           .arg(proposal->number, ProposalStates::name(proposal->state)));
    if (!request.date.isValid())
        return refused(tr("The decree needs its date."));
    *content = m_templates.newContent(QString(), request.date);
    if (request.place)
        content->place = *request.place;
    if (request.signatory)
        content->signatory = *request.signatory;
    return contentOf(*proposal, content);
}

DatabaseError DecreeRegistry::contentOf(const Proposal &proposal, DecreeContent *content) const
{
    const ProposalRepository proposals(m_database);
    const EmployeeRepository employees(m_database);
    const OrgRepository org(m_database);
    const QList<ProposalLine> lines = proposals.lines(proposal.id);
    for (const ProposalLine &l : lines) {
        if (l.decision != LineDecision::Approved)
            continue;
        DecreeLine line;
        line.employeeId = l.employeeId;
        line.proposalItemId = l.id;
        const std::optional<Employee> employee = employees.byId(l.employeeId);
        line.name = employee ? employee->fullName() : l.employeeName;
        line.nip = employee ? employee->nip.digits() : l.nip;
        if (employee && employee->golongan) {
            line.pangkat = employee->golongan->pangkat();
            line.golongan = employee->golongan->toString();
        }
        line.email = employee ? employee->email : QString();
        line.oldPost = l.kind == MutasiKind::Incoming
                           ? l.otherInstansi
                           : postText(org, l.fromJabatanName, l.fromUnitId, l.fromUnitName);
        line.newPost = l.kind == MutasiKind::Outgoing
                           ? l.otherInstansi
                           : postText(org, l.toJabatanName, l.toUnitId, l.toUnitName);
        line.reason = l.reason.trimmed().isEmpty() ? m_templates.defaultReason : l.reason;
        line.tmt = l.plannedTmt;
        content->lines.append(line);
    }
    if (content->lines.isEmpty())
        return refused(tr("Proposal %1 has no approved line.").arg(proposal.number));
    return {};
}

int DecreeRegistry::lastSequence(int year) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT last_sequence FROM decree_counter WHERE year = ?"));
    q.addBindValue(year);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

DatabaseError DecreeRegistry::recordInTransaction(DecreeContent &content, qint64 proposalId,
                                                  const QString &user, qint64 *decreeId)
{
    if (!content.date.isValid())
        return refused(tr("The decree needs its date."));
    const int year = content.date.year();
    QSqlQuery draw(m_database.connection());
    draw.prepare(QStringLiteral(
        "INSERT INTO decree_counter (year, last_sequence) VALUES (?, 1) ON CONFLICT (year) "
        "DO UPDATE SET last_sequence = last_sequence + 1 RETURNING last_sequence"));
    draw.addBindValue(year);
    if (!draw.exec() || !draw.next())
        return m_database.errorFrom(draw.lastError());
    const int sequence = draw.value(0).toInt();
    draw.finish();
    if (m_afterDraw)
        m_afterDraw();
    content.number = DecreeNumber::format(
        m_templates.numberTemplate,
        {m_templates.klasifikasi, sequence, m_templates.unitCode, content.date},
        m_templates.numberWidth);
    if (content.number.isEmpty())
        return refused(DecreeNumber::validate(m_templates.numberTemplate));
    return insertDecree(content, sequence, proposalId, user, decreeId);
}

DatabaseError DecreeRegistry::insertDecree(DecreeContent &content, int sequence, qint64 proposalId,
                                           const QString &user, qint64 *decreeId)
{
    const int year = content.date.year();
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO decree (year, sequence, number, decree_date, place, signatory_capacity, "
        "signatory_name, signatory_jabatan, signatory_nip, signatory_pangkat, proposal_id, "
        "content, issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const DecreeSignatory &s = content.signatory;
    for (const QVariant &value :
         {QVariant(year), QVariant(sequence), QVariant(content.number), fromDate(content.date),
          fromText(content.place), QVariant(DecreeSignatory::capacityCode(s.capacity)),
          fromText(s.name), fromText(s.jabatan), fromText(s.nip), fromText(s.pangkat),
          fromId(proposalId), QVariant(QString::fromUtf8(content.toJson())),
          QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)), fromText(user)})
        insert.addBindValue(value);
    if (!insert.exec())
        return m_database.errorFrom(insert.lastError());
    const qint64 id = insert.lastInsertId().toLongLong();
    // One notification row per employee: e-mail when an address is known, else a letter.
    QSqlQuery notification(m_database.connection());
    notification.prepare(QStringLiteral(
        "INSERT INTO decree_notification (decree_id, line_index, employee_id, proposal_line_id, "
        "channel) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < content.lines.size(); ++i) {
        const DecreeLine &line = content.lines.at(i);
        notification.addBindValue(id);
        notification.addBindValue(int(i));
        notification.addBindValue(fromId(line.employeeId));
        notification.addBindValue(fromId(line.proposalItemId));
        notification.addBindValue(line.email.trimmed().isEmpty() ? QStringLiteral("letter")
                                                                 : QStringLiteral("email"));
        if (!notification.exec())
            return m_database.errorFrom(notification.lastError());
    }
    AuditLog audit(m_database);
    if (const DatabaseError error = audit.appendChanges(
            user, QStringLiteral("issue"), DecreeEntity, id,
            {{QStringLiteral("number"), QString(), content.number},
             {QStringLiteral("decree_date"), QString(), content.date.toString(Qt::ISODate)},
             {QStringLiteral("proposal_id"), QString(),
              proposalId > 0 ? QString::number(proposalId) : QString()},
             {QStringLiteral("lines"), QString(), QString::number(content.lines.size())}}))
        return error;
    if (decreeId)
        *decreeId = id;
    return {};
}

DatabaseError DecreeRegistry::record(DecreeContent &content, qint64 proposalId, const QString &user,
                                     qint64 *decreeId)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    DecreeContent work = content;
    if (const DatabaseError error = recordInTransaction(work, proposalId, user, decreeId))
        return error;
    if (const DatabaseError error = transaction.commit())
        return error;
    content = work;
    return {};
}

DatabaseError DecreeRegistry::adoptInTransaction(qint64 proposalId, const QString &user,
                                                 qint64 *decreeId)
{
    const std::optional<Proposal> proposal = ProposalRepository(m_database).proposal(proposalId);
    if (!proposal || proposal->decreeNumber.isEmpty() || !proposal->decreeDate.isValid())
        return refused(tr("Proposal %1 has no decree number to record.").arg(proposalId));
    if (proposal->decreeId > 0)
        return refused(tr("The decree of proposal %1 is already recorded.").arg(proposal->number));
    DecreeContent content = m_templates.newContent(proposal->decreeNumber, proposal->decreeDate);
    if (const DatabaseError error = contentOf(*proposal, &content))
        return error;
    // The running number inside the given one, where the template finds it; the counter must
    // never hand it out again.
    const int year = content.date.year();
    int sequence = DecreeNumber::sequenceIn(m_templates.numberTemplate, content.number);
    QSqlQuery q(m_database.connection());
    if (sequence <= 0) {
        q.prepare(
            QStringLiteral("SELECT coalesce(max(sequence), 0) + 1 FROM decree WHERE year = ?"));
        q.addBindValue(year);
        if (!q.exec() || !q.next())
            return m_database.errorFrom(q.lastError());
        sequence = std::max(q.value(0).toInt(), lastSequence(year) + 1);
    }
    q.prepare(QStringLiteral("INSERT INTO decree_counter (year, last_sequence) VALUES (?, ?) "
                             "ON CONFLICT (year) DO UPDATE SET last_sequence = "
                             "max(last_sequence, excluded.last_sequence)"));
    q.addBindValue(year);
    q.addBindValue(sequence);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    qint64 id = 0;
    if (const DatabaseError error = insertDecree(content, sequence, proposalId, user, &id))
        return error;
    if (const DatabaseError error =
            ProposalRepository(m_database).update(proposalId, {{QStringLiteral("decree_id"), id}}))
        return error;
    if (decreeId)
        *decreeId = id;
    return {};
}

DatabaseError DecreeRegistry::issue(const User &actor, const IssueRequest &request,
                                    qint64 *decreeId)
{
    ProposalWorkflow workflow(m_database, actor);
    if (!workflow.can(WorkflowAction::IssueDecree, ProposalState::Approved))
        return Permissions::require(actor, WorkflowAction::IssueDecree, m_database.path());
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    // Read inside the transaction: nobody can issue the same proposal meanwhile.
    DecreeContent content;
    if (const DatabaseError error = draft(request, &content))
        return error;
    qint64 id = 0;
    if (const DatabaseError error =
            recordInTransaction(content, request.proposalId, actor.name, &id))
        return error;
    workflow.setInCallerTransaction(true);
    if (const DatabaseError error = workflow.markDecreeIssued(
            request.proposalId, DecreeReference{id, content.number, content.date}))
        return error;
    if (const DatabaseError error = transaction.commit())
        return error;
    if (decreeId)
        *decreeId = id;
    return {};
}

std::optional<IssuedDecree> DecreeRegistry::decree(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(decreeColumns() + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return decreeFromRow(q, true);
}

std::optional<IssuedDecree> DecreeRegistry::decreeOfProposal(qint64 proposalId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(decreeColumns() + QStringLiteral("WHERE proposal_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(proposalId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return decreeFromRow(q, true);
}

QList<IssuedDecree> DecreeRegistry::decrees(int limit) const
{
    QList<IssuedDecree> list;
    QSqlQuery q(m_database.connection());
    q.prepare(decreeColumns() + QStringLiteral("ORDER BY decree_date DESC, id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return list;
    while (q.next())
        list.append(decreeFromRow(q, true));
    return list;
}

} // namespace Simutasi
