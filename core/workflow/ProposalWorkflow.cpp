#include "ProposalWorkflow.h"

#include "ProposalCodes.h"
#include "ProposalRepository.h"
#include "WriteScope.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"
#include "storage/ShortlistRepository.h"
#include "storage/SqlValues.h"

#include <QLocale>
#include <QSet>
#include <QSqlQuery>

namespace Simutasi {

using namespace SqlValues;

namespace {

const QString ProposalEntity = QStringLiteral("proposal");
const QString LineEntity = QStringLiteral("proposal_line");

// An employee's current post with the names the line captures.
struct CurrentPost
{
    bool found = false;
    QString name;
    qint64 unitId = 0;
    qint64 jabatanId = 0;
    QString unitName;
    QString jabatanName;
    QDate tmtJabatan;
    QDate leftOn; // set when the employee left the province
    QString leftTo;
};

CurrentPost currentPost(Database &db, qint64 employeeId)
{
    CurrentPost post;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT e.name, e.unit_id, e.jabatan_id, coalesce(u.name, ''), coalesce(j.name, ''), "
        "e.tmt_jabatan, e.left_on, e.left_to FROM employee e "
        "LEFT JOIN org_unit u ON u.id = e.unit_id "
        "LEFT JOIN jabatan j ON j.id = e.jabatan_id WHERE e.id = ?"));
    q.addBindValue(employeeId);
    if (!q.exec() || !q.next())
        return post;
    post.found = true;
    post.name = q.value(0).toString();
    post.unitId = q.value(1).toLongLong();
    post.jabatanId = q.value(2).toLongLong();
    post.unitName = q.value(3).toString();
    post.jabatanName = q.value(4).toString();
    post.tmtJabatan = toDate(q.value(5));
    post.leftOn = toDate(q.value(6));
    post.leftTo = q.value(7).toString();
    return post;
}

// OPD and kabupaten/kota of a unit, to derive the kind of mutasi.
struct UnitPlace
{
    bool found = false;
    QString name;
    qint64 opdId = 0;
    qint64 regionId = 0;
};

UnitPlace unitPlace(Database &db, qint64 unitId)
{
    UnitPlace place;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT name, coalesce(opd_id, id), coalesce(region_id, 0) FROM org_unit WHERE id = ?"));
    q.addBindValue(unitId);
    if (q.exec() && q.next()) {
        place.found = true;
        place.name = q.value(0).toString();
        place.opdId = q.value(1).toLongLong();
        place.regionId = q.value(2).toLongLong();
    }
    return place;
}

// The jabatan's name; null when there is no such jabatan.
QString jabatanName(Database &db, qint64 jabatanId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT name FROM jabatan WHERE id = ?"));
    q.addBindValue(jabatanId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

int scalar(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString standingCode(CandidateStanding standing)
{
    return standing == CandidateStanding::Warning ? QStringLiteral("warning")
                                                  : QStringLiteral("clean");
}

} // namespace

ProposalWorkflow::ProposalWorkflow(Database &database, const User &actor)
    : m_database(database)
    , m_actor(actor)
    , m_assessor(database, QDate::currentDate())
{}

bool ProposalWorkflow::can(WorkflowAction action, ProposalState state) const
{
    if (!Permissions::allows(m_actor, action))
        return false;
    return action == WorkflowAction::Create || ProposalStates::target(state, action).has_value();
}

DatabaseError ProposalWorkflow::refused(const QString &message) const
{
    DatabaseError error = DatabaseError::make(DatabaseError::Kind::Refused, m_database.path());
    error.message = message;
    return error;
}

QString ProposalWorkflow::stateRefusal(const Proposal &proposal, WorkflowAction action) const
{
    return tr("Proposal %1 is %2: it is not possible to %3 now.")
        .arg(proposal.number, ProposalStates::name(proposal.state).toLower(),
             Permissions::purpose(action));
}

DatabaseError ProposalWorkflow::record(qint64 proposalId, const QString &action,
                                       std::optional<ProposalState> from,
                                       std::optional<ProposalState> to, const QString &note)
{
    ProposalEvent event;
    event.proposalId = proposalId;
    event.at = now();
    event.user = m_actor.name;
    event.action = action;
    event.fromState = from;
    event.toState = to;
    event.note = note;
    return ProposalRepository(m_database).insertEvent(event);
}

DatabaseError ProposalWorkflow::create(const QString &title, qint64 *id)
{
    if (DatabaseError error =
            Permissions::require(m_actor, WorkflowAction::Create, m_database.path()))
        return error;
    WriteScope scope(m_database, m_ownTransaction);
    if (DatabaseError error = scope.error())
        return error;
    ProposalRepository proposals(m_database);
    Proposal proposal;
    proposal.number = proposals.nextNumber(now().date().year());
    proposal.title = title.trimmed();
    proposal.createdAt = now();
    proposal.createdBy = m_actor.name;
    proposal.updatedAt = proposal.createdAt;
    if (DatabaseError error = proposals.insert(proposal))
        return error;
    if (DatabaseError error =
            record(proposal.id, ProposalStates::actionCode(WorkflowAction::Create), std::nullopt,
                   ProposalState::Draft, {}))
        return error;
    if (DatabaseError error =
            AuditLog(m_database)
                .appendChanges(
                    m_actor.name, QStringLiteral("create"), ProposalEntity, proposal.id,
                    {{QStringLiteral("number"), {}, proposal.number},
                     {QStringLiteral("title"), {}, proposal.title},
                     {QStringLiteral("state"), {}, ProposalStates::code(ProposalState::Draft)}}))
        return error;
    if (DatabaseError error = scope.commit())
        return error;
    if (id)
        *id = proposal.id;
    return {};
}

LineCheck ProposalWorkflow::check(const Proposal &proposal, const LineRequest &request,
                                  ProposalLine *line)
{
    LineCheck result;
    const CurrentPost from = currentPost(m_database, request.employeeId);
    if (!from.found) {
        result.refusal = tr("Employee %1 does not exist.").arg(request.employeeId);
        return result;
    }
    if (from.leftOn.isValid()) {
        // Their row stays for history only: a return would be a new appointment, not a mutasi.
        result.refusal =
            tr("%1 left the province (transferred out to %2, TMT %3) and cannot be "
               "proposed for a transfer.")
                .arg(from.name, from.leftTo, QLocale().toString(from.leftOn, QLocale::ShortFormat));
        return result;
    }
    if (!request.plannedTmt.isValid()) {
        result.refusal = tr("The planned TMT of %1 is missing.").arg(from.name);
        return result;
    }
    // The kind follows from the posts unless the officer said otherwise.
    MutasiKind kind = MutasiKind::WithinOpd;
    const UnitPlace target = unitPlace(m_database, request.toUnitId);
    if (request.kind) {
        kind = *request.kind;
    } else if (request.toUnitId <= 0) {
        kind = MutasiKind::Outgoing;
    } else if (from.unitId <= 0) {
        kind = MutasiKind::Incoming;
    } else {
        const UnitPlace source = unitPlace(m_database, from.unitId);
        if (source.opdId == target.opdId)
            kind = MutasiKind::WithinOpd;
        else if (source.regionId > 0 && target.regionId > 0 && source.regionId != target.regionId)
            kind = MutasiKind::BetweenRegion;
        else
            kind = MutasiKind::BetweenOpd;
    }
    const bool outgoing = kind == MutasiKind::Outgoing;
    if ((outgoing || kind == MutasiKind::Incoming) && request.otherInstansi.trimmed().isEmpty()) {
        result.refusal = tr("An incoming or outgoing transfer names the other instansi.");
        return result;
    }
    const QString targetJabatan = jabatanName(m_database, request.toJabatanId);
    if (!outgoing) {
        if (!target.found || targetJabatan.isNull()) {
            result.refusal = tr("The target unit or jabatan of %1 does not exist.").arg(from.name);
            return result;
        }
        if (from.unitId == request.toUnitId && from.jabatanId == request.toJabatanId) {
            result.refusal = tr("%1 already holds this jabatan in %2.").arg(from.name, target.name);
            return result;
        }
    }

    ProposalRepository proposals(m_database);
    const QList<ProposalLine> ownLines = proposals.lines(proposal.id);
    for (const ProposalLine &own : ownLines) {
        if (own.employeeId == request.employeeId && own.isActive()) {
            result.refusal = tr("%1 is already on this proposal.").arg(from.name);
            return result;
        }
    }
    for (const ProposalLine &other :
         proposals.openLinesOfEmployee(request.employeeId, proposal.id)) {
        const std::optional<Proposal> p = proposals.proposal(other.proposalId);
        Conflict conflict;
        conflict.kind = Conflict::Kind::EmployeeInOpenProposal;
        conflict.employeeId = request.employeeId;
        conflict.otherProposalId = other.proposalId;
        conflict.message = tr("%1 is already on the open proposal %2.")
                               .arg(from.name, p ? p->number : QString::number(other.proposalId));
        result.conflicts << conflict;
        result.refusal = conflict.message;
    }
    if (!result.refusal.isEmpty())
        return result;

    m_assessor.setReferenceDate(now().date());
    DatabaseError error;
    result.assessment =
        m_assessor.assess(request.employeeId, outgoing ? 0 : request.toUnitId,
                          outgoing ? 0 : request.toJabatanId, request.selfRequested, &error);
    if ((result.error = error))
        return result;
    if (result.assessment.standing == CandidateStanding::Blocked) {
        result.refusal = tr("%1 cannot be proposed: %2")
                             .arg(from.name, result.assessment.blocking.join(QStringLiteral("; ")));
        return result;
    }

    ProposalLine &l = *line;
    l.proposalId = proposal.id;
    l.employeeId = request.employeeId;
    l.employeeName = from.name;
    l.kind = kind;
    l.fromUnitId = from.unitId;
    l.fromJabatanId = from.jabatanId;
    l.fromUnitName = from.unitName;
    l.fromJabatanName = from.jabatanName;
    l.fromTmtJabatan = from.tmtJabatan;
    l.toUnitId = outgoing ? 0 : request.toUnitId;
    l.toJabatanId = outgoing ? 0 : request.toJabatanId;
    l.toUnitName = outgoing ? QString() : target.name;
    l.toJabatanName = outgoing ? QString() : targetJabatan;
    l.otherInstansi = request.otherInstansi.trimmed();
    l.reason = request.reason.trimmed();
    l.plannedTmt = request.plannedTmt;
    l.selfRequested = request.selfRequested;
    l.standing = result.assessment.standing;
    l.findings = result.assessment.warnings;
    l.justification = request.justification.trimmed();
    l.source = request.source;
    l.jpm = request.jpm ? request.jpm : result.assessment.jpm;
    l.rank = request.source == LineSource::Ranking ? request.rank : 0;
    l.rankedCandidates = request.source == LineSource::Ranking ? request.rankedCandidates : 0;

    if (!outgoing) {
        QList<ProposalLine> lines;
        for (const ProposalLine &own : ownLines) {
            if (own.isActive())
                lines << own;
        }
        lines << l;
        for (const Conflict &c : capacityConflicts(proposal.id, lines, &l)) {
            if (c.employeeId == l.employeeId)
                result.conflicts << c;
        }
    }
    if (l.standing == CandidateStanding::Warning && l.justification.isEmpty()) {
        result.refusal = tr("%1 may only be proposed with a written justification: %2")
                             .arg(from.name, l.findings.join(QStringLiteral("; ")));
        return result;
    }
    result.accepted = true;
    return result;
}

LineCheck ProposalWorkflow::checkLine(qint64 proposalId, const LineRequest &request)
{
    LineCheck result;
    Proposal proposal;
    if (const std::optional<Proposal> p = ProposalRepository(m_database).proposal(proposalId))
        proposal = *p;
    proposal.id = proposalId;
    ProposalLine line;
    return check(proposal, request, &line);
}

LineCheck ProposalWorkflow::addLine(qint64 proposalId, const LineRequest &request)
{
    LineCheck result;
    if ((result.error =
             Permissions::require(m_actor, WorkflowAction::EditDraft, m_database.path())))
        return result;
    WriteScope scope(m_database, m_ownTransaction);
    if ((result.error = scope.error()))
        return result;
    const std::optional<Proposal> proposal = ProposalRepository(m_database).proposal(proposalId);
    if (!proposal) {
        result.refusal = tr("There is no proposal with id %1.").arg(proposalId);
        result.error = refused(result.refusal);
        return result;
    }
    if (proposal->state != ProposalState::Draft) {
        result.refusal = stateRefusal(*proposal, WorkflowAction::EditDraft);
        result.error = refused(result.refusal);
        return result;
    }
    ProposalLine line;
    result = check(*proposal, request, &line);
    if (!result.accepted) {
        result.error = result.error ? result.error : refused(result.refusal);
        return result;
    }
    result.accepted = false;
    ProposalRepository proposals(m_database);
    if ((result.error = proposals.insertLine(line)))
        return result;
    if ((result.error = record(proposalId, QStringLiteral("add_line"), std::nullopt, std::nullopt,
                               tr("Line %1: %2").arg(line.position).arg(line.employeeName))))
        return result;
    if ((result.error =
             AuditLog(m_database)
                 .appendChanges(
                     m_actor.name, QStringLiteral("create"), LineEntity, line.id,
                     {{QStringLiteral("proposal_id"), {}, QString::number(proposalId)},
                      {QStringLiteral("employee_id"), {}, QString::number(line.employeeId)},
                      {QStringLiteral("kind"), {}, ProposalCodes::code(line.kind)},
                      {QStringLiteral("to_unit_id"), {}, QString::number(line.toUnitId)},
                      {QStringLiteral("to_jabatan_id"), {}, QString::number(line.toJabatanId)},
                      {QStringLiteral("planned_tmt"), {}, dateText(line.plannedTmt)},
                      {QStringLiteral("standing"), {}, standingCode(line.standing)},
                      {QStringLiteral("justification"), {}, line.justification}})))
        return result;
    if ((result.error = proposals.update(
             proposalId, {{QStringLiteral("updated_at"), now().toString(Qt::ISODateWithMs)}})))
        return result;
    if ((result.error = scope.commit()))
        return result;
    result.accepted = true;
    result.lineId = line.id;
    return result;
}

ProposalWorkflow::FromShortlist
ProposalWorkflow::createFromShortlist(const QString &title, qint64 jabatanId, qint64 unitId,
                                      const LineRequest &common, const QList<qint64> &employeeIds)
{
    FromShortlist result;
    QList<qint64> chosen;
    for (const ShortlistEntry &entry : ShortlistRepository(m_database).entries(jabatanId, unitId)) {
        if (employeeIds.isEmpty() || employeeIds.contains(entry.employeeId))
            chosen << entry.employeeId;
    }
    if (chosen.isEmpty()) {
        result.error = refused(tr("The shortlist of this vacancy holds none of these employees."));
        return result;
    }
    // One transaction for the draft and its lines: either the draft with its accepted lines
    // or nothing.
    WriteScope scope(m_database, m_ownTransaction);
    if ((result.error = scope.error()))
        return result;
    // One pool for the whole batch (120 teachers are 120 lines), unless the caller gave one.
    std::optional<CandidatePool> pool;
    if (!m_assessor.hasPool() && chosen.size() > 1) {
        m_assessor.setReferenceDate(now().date());
        pool = m_assessor.loadPool(&result.error);
        if (result.error)
            return result;
        m_assessor.usePool(&*pool);
    }
    const bool own = m_ownTransaction;
    m_ownTransaction = false;
    result.error = create(title, &result.proposalId);
    int added = 0;
    for (qint64 employeeId : chosen) {
        if (result.error)
            break;
        LineRequest request = common;
        request.employeeId = employeeId;
        request.toUnitId = unitId;
        request.toJabatanId = jabatanId;
        request.source = LineSource::Shortlist;
        LineCheck line = addLine(result.proposalId, request);
        if (line.error && line.error.kind != DatabaseError::Kind::Refused)
            result.error = line.error;
        added += line.accepted ? 1 : 0;
        result.lines << line;
    }
    m_ownTransaction = own;
    if (pool)
        m_assessor.usePool(nullptr);
    if (!result.error && added == 0)
        result.error = refused(tr("None of the shortlisted employees could be proposed."));
    if (!result.error)
        result.error = scope.commit();
    if (result.error)
        result.proposalId = 0;
    return result;
}

DatabaseError ProposalWorkflow::editableLine(qint64 lineId, ProposalLine *line, Proposal *proposal)
{
    if (DatabaseError error =
            Permissions::require(m_actor, WorkflowAction::EditDraft, m_database.path()))
        return error;
    ProposalRepository proposals(m_database);
    const std::optional<ProposalLine> found = proposals.line(lineId);
    if (!found || !found->isActive())
        return refused(tr("There is no active proposal line with id %1.").arg(lineId));
    *line = *found;
    *proposal = *proposals.proposal(found->proposalId);
    if (proposal->state != ProposalState::Draft)
        return refused(stateRefusal(*proposal, WorkflowAction::EditDraft));
    return {};
}

DatabaseError ProposalWorkflow::editLine(qint64 lineId, const QString &action, const LineEdit &edit)
{
    WriteScope scope(m_database, m_ownTransaction);
    if (DatabaseError error = scope.error())
        return error;
    ProposalLine line;
    Proposal proposal;
    if (DatabaseError error = editableLine(lineId, &line, &proposal))
        return error;
    QList<FieldChange> changes;
    if (DatabaseError error = edit(line, proposal, &changes))
        return error;
    if (DatabaseError error =
            AuditLog(m_database).appendChanges(m_actor.name, action, LineEntity, lineId, changes))
        return error;
    return scope.commit();
}

DatabaseError ProposalWorkflow::withdrawLine(qint64 lineId, const QString &reason)
{
    return editLine(
        lineId, QStringLiteral("withdraw"),
        [&](const ProposalLine &line, const Proposal &proposal, QList<FieldChange> *changes) {
            const QString withdrawn = ProposalCodes::code(LineDecision::Withdrawn);
            *changes << FieldChange{QStringLiteral("decision"), ProposalCodes::code(line.decision),
                                    withdrawn}
                     << FieldChange{QStringLiteral("decision_note"), line.decisionNote,
                                    reason.trimmed()};
            if (DatabaseError error =
                    ProposalRepository(m_database)
                        .updateLine(lineId, {{QStringLiteral("decision"), withdrawn},
                                             {QStringLiteral("decision_note"),
                                              fromText(reason.trimmed())}}))
                return error;
            return record(proposal.id, QStringLiteral("withdraw_line"), std::nullopt, std::nullopt,
                          tr("Line %1: %2. %3").arg(line.position).arg(line.employeeName, reason));
        });
}

DatabaseError ProposalWorkflow::setJustification(qint64 lineId, const QString &justification)
{
    const QString text = justification.trimmed();
    return editLine(
        lineId, QStringLiteral("update"),
        [&](const ProposalLine &line, const Proposal &, QList<FieldChange> *changes) {
            if (line.standing == CandidateStanding::Warning && text.isEmpty())
                return refused(tr("A line with warnings needs its justification."));
            *changes << FieldChange{QStringLiteral("justification"), line.justification, text};
            return ProposalRepository(m_database)
                .updateLine(lineId, {{QStringLiteral("justification"), fromText(text)}});
        });
}

DatabaseError ProposalWorkflow::transition(qint64 proposalId, WorkflowAction action, QString note,
                                           const Work &work)
{
    if (DatabaseError error = Permissions::require(m_actor, action, m_database.path()))
        return error;
    WriteScope scope(m_database, m_ownTransaction);
    if (DatabaseError error = scope.error())
        return error;
    ProposalRepository proposals(m_database);
    const std::optional<Proposal> proposal = proposals.proposal(proposalId);
    if (!proposal)
        return refused(tr("There is no proposal with id %1.").arg(proposalId));
    std::optional<ProposalState> target = ProposalStates::target(proposal->state, action);
    if (!target)
        return refused(stateRefusal(*proposal, action));
    if (work) {
        if (DatabaseError error = work(*proposal, &*target, &note))
            return error;
    }
    if (DatabaseError error = proposals.update(
            proposalId, {{QStringLiteral("state"), ProposalStates::code(*target)},
                         {QStringLiteral("updated_at"), now().toString(Qt::ISODateWithMs)}}))
        return error;
    if (DatabaseError error =
            record(proposalId, ProposalStates::actionCode(action), proposal->state, *target, note))
        return error;
    QList<FieldChange> changes{{QStringLiteral("state"), ProposalStates::code(proposal->state),
                                ProposalStates::code(*target)}};
    if (!note.isEmpty())
        changes << FieldChange{QStringLiteral("note"), {}, note};
    if (DatabaseError error = AuditLog(m_database)
                                  .appendChanges(m_actor.name, ProposalStates::actionCode(action),
                                                 ProposalEntity, proposalId, changes))
        return error;
    return scope.commit();
}

DatabaseError ProposalWorkflow::requireNoConflicts(qint64 proposalId)
{
    DatabaseError error;
    const QList<Conflict> found = conflicts(proposalId, &error);
    if (error)
        return error;
    if (found.isEmpty())
        return {};
    QStringList messages;
    for (const Conflict &c : found)
        messages << c.message;
    return refused(tr("The proposal has conflicts: %1").arg(messages.join(QStringLiteral("; "))));
}

DatabaseError ProposalWorkflow::submit(qint64 proposalId, const QString &note)
{
    return transition(
        proposalId, WorkflowAction::Submit, note,
        [this](const Proposal &p, ProposalState *, QString *) -> DatabaseError {
            int active = 0;
            for (const ProposalLine &l : ProposalRepository(m_database).lines(p.id)) {
                if (!l.isActive())
                    continue;
                ++active;
                if (l.standing == CandidateStanding::Warning && l.justification.isEmpty())
                    return refused(tr("Line %1 (%2) has warnings but no "
                                      "justification.")
                                       .arg(l.position)
                                       .arg(l.employeeName));
            }
            if (active == 0)
                return refused(tr("Proposal %1 has no lines to submit.").arg(p.number));
            return requireNoConflicts(p.id);
        });
}

DatabaseError ProposalWorkflow::verify(qint64 proposalId, const QString &note)
{
    return transition(
        proposalId, WorkflowAction::Verify, note,
        [this](const Proposal &p, ProposalState *, QString *) { return requireNoConflicts(p.id); });
}

DatabaseError ProposalWorkflow::returnToDraft(qint64 proposalId, const QString &notes)
{
    return transition(proposalId, WorkflowAction::Return, notes.trimmed(),
                      [&](const Proposal &, ProposalState *, QString *) -> DatabaseError {
                          if (notes.trimmed().isEmpty())
                              return refused(
                                  tr("Returning a proposal needs notes saying what to correct."));
                          return {};
                      });
}

DatabaseError ProposalWorkflow::approve(qint64 proposalId, const ProposalDecision &decision)
{
    return transition(
        proposalId, WorkflowAction::Approve, decision.notes.trimmed(),
        [&](const Proposal &p, ProposalState *target, QString *) -> DatabaseError {
            if (!decision.meetingDate.isValid())
                return refused(tr("The decision needs the date of the Tim Penilai's meeting."));
            ProposalRepository proposals(m_database);
            AuditLog audit(m_database);
            int approved = 0;
            for (const ProposalLine &l : proposals.lines(p.id)) {
                if (!l.isActive())
                    continue;
                const ProposalDecision::Verdict verdict = decision.lines.value(l.id);
                const QString code = ProposalCodes::code(verdict.approved ? LineDecision::Approved
                                                                          : LineDecision::Rejected);
                approved += verdict.approved ? 1 : 0;
                if (DatabaseError e = proposals.updateLine(
                        l.id, {{QStringLiteral("decision"), code},
                               {QStringLiteral("decision_note"), fromText(verdict.note)}}))
                    return e;
                if (DatabaseError e = audit.appendChanges(
                        m_actor.name, QStringLiteral("decide"), LineEntity, l.id,
                        {{QStringLiteral("decision"), ProposalCodes::code(l.decision), code},
                         {QStringLiteral("decision_note"), l.decisionNote, verdict.note}}))
                    return e;
            }
            if (approved == 0)
                *target = ProposalState::Rejected;
            return proposals.update(
                p.id, {{QStringLiteral("meeting_date"), fromDate(decision.meetingDate)},
                       {QStringLiteral("decision_notes"), fromText(decision.notes.trimmed())}});
        });
}

DatabaseError ProposalWorkflow::reject(qint64 proposalId, const QDate &meetingDate,
                                       const QString &notes)
{
    return transition(
        proposalId, WorkflowAction::Reject, notes.trimmed(),
        [&](const Proposal &p, ProposalState *, QString *) -> DatabaseError {
            if (!meetingDate.isValid())
                return refused(tr("The decision needs the date of the Tim Penilai's meeting."));
            if (notes.trimmed().isEmpty())
                return refused(tr("Rejecting a proposal needs notes giving the reason."));
            ProposalRepository proposals(m_database);
            const QString rejected = ProposalCodes::code(LineDecision::Rejected);
            for (const ProposalLine &l : proposals.lines(p.id)) {
                if (!l.isActive())
                    continue;
                if (DatabaseError e =
                        proposals.updateLine(l.id, {{QStringLiteral("decision"), rejected}}))
                    return e;
            }
            return proposals.update(
                p.id, {{QStringLiteral("meeting_date"), fromDate(meetingDate)},
                       {QStringLiteral("decision_notes"), fromText(notes.trimmed())}});
        });
}

DatabaseError ProposalWorkflow::markDecreeIssued(qint64 proposalId, const DecreeReference &decree)
{
    return transition(proposalId, WorkflowAction::IssueDecree, decree.number.trimmed(),
                      [&](const Proposal &p, ProposalState *, QString *) -> DatabaseError {
                          if (decree.number.trimmed().isEmpty() || !decree.date.isValid())
                              return refused(tr("The decree needs its number and date."));
                          return ProposalRepository(m_database)
                              .update(p.id,
                                      {{QStringLiteral("decree_id"), fromId(decree.decreeId)},
                                       {QStringLiteral("decree_number"), decree.number.trimmed()},
                                       {QStringLiteral("decree_date"), fromDate(decree.date)}});
                      });
}

QList<ProposalLine> ProposalWorkflow::executionOrder(const QList<ProposalLine> &lines)
{
    // A line entering a post waits for the lines leaving it (chains: A into B's post while B
    // moves on). Kahn's algorithm, by position among the ready ones; the lines of a cycle (two
    // people swapping posts) follow in their order, since all happen in one transaction.
    const auto post = [](qint64 unit, qint64 jabatan) {
        return QStringLiteral("%1:%2").arg(unit).arg(jabatan);
    };
    QList<ProposalLine> pending = lines;
    std::sort(pending.begin(), pending.end(),
              [](const ProposalLine &a, const ProposalLine &b) { return a.position < b.position; });
    QList<ProposalLine> order;
    while (!pending.isEmpty()) {
        QSet<QString> stillLeaving;
        for (const ProposalLine &l : pending) {
            if (l.fromUnitId > 0)
                stillLeaving.insert(post(l.fromUnitId, l.fromJabatanId));
        }
        qsizetype ready = -1;
        for (qsizetype i = 0; i < pending.size() && ready < 0; ++i) {
            const ProposalLine &l = pending.at(i);
            const QString target = post(l.toUnitId, l.toJabatanId);
            const bool waits = l.toUnitId > 0 && stillLeaving.contains(target) &&
                               post(l.fromUnitId, l.fromJabatanId) != target;
            if (!waits)
                ready = i;
        }
        if (ready < 0)
            ready = 0; // a cycle
        order << pending.takeAt(ready);
    }
    return order;
}

DatabaseError ProposalWorkflow::executeLine(const ProposalLine &line, const Proposal &proposal)
{
    const CurrentPost now = currentPost(m_database, line.employeeId);
    if (now.unitId != line.fromUnitId || now.jabatanId != line.fromJabatanId)
        return refused(tr("%1 no longer holds %2 in %3 as when proposed; nothing was executed.")
                           .arg(line.employeeName, line.fromJabatanName, line.fromUnitName));
    const bool outgoing = line.kind == MutasiKind::Outgoing;
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral(
        "UPDATE employee SET unit_id = ?, jabatan_id = ?, tmt_jabatan = ? WHERE id = ?"));
    update.addBindValue(fromId(line.toUnitId));
    update.addBindValue(fromId(line.toJabatanId));
    update.addBindValue(fromDate(line.plannedTmt));
    update.addBindValue(line.employeeId);
    if (!update.exec())
        return m_database.errorFrom(update.lastError());
    // Leaving for another instansi ends the employee's time in the province's registry; the row
    // stays (history, decrees, audit) but leaves the active lists.
    EmployeeDeparture departure;
    if (outgoing) {
        departure.on = line.plannedTmt;
        departure.reason = DepartureReason::PindahKeluar;
        departure.to = line.otherInstansi;
        departure.decree = proposal.decreeNumber;
        if (DatabaseError e =
                EmployeeRepository(m_database).setDeparture(line.employeeId, departure))
            return e;
    }

    QString unitName = line.otherInstansi;
    QString jabatanName = line.fromJabatanName;
    if (!outgoing) {
        QSqlQuery names(m_database.connection());
        names.prepare(QStringLiteral("SELECT (SELECT name FROM org_unit WHERE id = ?), "
                                     "(SELECT name FROM jabatan WHERE id = ?)"));
        names.addBindValue(line.toUnitId);
        names.addBindValue(line.toJabatanId);
        if (!names.exec() || !names.next())
            return m_database.errorFrom(names.lastError());
        unitName = names.value(0).toString();
        jabatanName = names.value(1).toString();
    }
    QSqlQuery history(m_database.connection());
    history.prepare(QStringLiteral(
        "INSERT INTO jabatan_history (employee_id, jabatan_id, unit_id, jabatan_name, unit_name, "
        "tmt, sk_number, sk_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(line.employeeId), fromId(line.toJabatanId), fromId(line.toUnitId),
          fromText(jabatanName), fromText(unitName), fromDate(line.plannedTmt),
          fromText(proposal.decreeNumber), fromDate(proposal.decreeDate)})
        history.addBindValue(v);
    if (!history.exec())
        return m_database.errorFrom(history.lastError());
    const qint64 historyId = history.lastInsertId().toLongLong();
    if (DatabaseError e = ProposalRepository(m_database)
                              .updateLine(line.id, {{QStringLiteral("history_id"), historyId}}))
        return e;
    AuditLog audit(m_database);
    QList<FieldChange> changes{
        {QStringLiteral("unit_id"), QString::number(line.fromUnitId),
         QString::number(line.toUnitId)},
        {QStringLiteral("jabatan_id"), QString::number(line.fromJabatanId),
         QString::number(line.toJabatanId)},
        {QStringLiteral("tmt_jabatan"), dateText(line.fromTmtJabatan), dateText(line.plannedTmt)}};
    if (departure.isSet()) {
        changes << FieldChange{QStringLiteral("left_on"), {}, dateText(departure.on)}
                << FieldChange{QStringLiteral("left_reason"),
                               {},
                               departureReasonCode(departure.reason)}
                << FieldChange{QStringLiteral("left_to"), {}, departure.to}
                << FieldChange{QStringLiteral("left_decree"), {}, departure.decree};
    }
    if (DatabaseError e = audit.appendChanges(m_actor.name, QStringLiteral("execute"),
                                              QStringLiteral("employee"), line.employeeId, changes))
        return e;
    return audit.appendChanges(
        m_actor.name, QStringLiteral("create"), QStringLiteral("jabatan_history"), historyId,
        {{QStringLiteral("employee_id"), {}, QString::number(line.employeeId)},
         {QStringLiteral("sk_number"), {}, proposal.decreeNumber},
         {QStringLiteral("tmt"), {}, dateText(line.plannedTmt)}});
}

DatabaseError ProposalWorkflow::execute(qint64 proposalId)
{
    return transition(
        proposalId, WorkflowAction::Execute, {},
        [&](const Proposal &p, ProposalState *, QString *note) -> DatabaseError {
            if (p.decreeNumber.isEmpty())
                return refused(tr("Proposal %1 has no decree number.").arg(p.number));
            const QDate today = now().date();
            QList<ProposalLine> approved;
            for (const ProposalLine &l : ProposalRepository(m_database).lines(p.id)) {
                if (l.decision != LineDecision::Approved)
                    continue;
                if (l.historyId > 0)
                    return refused(tr("Line %1 of proposal %2 was already executed.")
                                       .arg(l.position)
                                       .arg(p.number));
                if (l.plannedTmt > today)
                    return refused(tr("The TMT %1 of %2 is still to come; execute on or after "
                                      "it.")
                                       .arg(QLocale().toString(l.plannedTmt, QLocale::ShortFormat),
                                            l.employeeName));
                approved << l;
            }
            for (const ProposalLine &l : executionOrder(approved)) {
                if (DatabaseError e = executeLine(l, p))
                    return e;
            }
            *note = tr("%n line(s) executed", nullptr, int(approved.size()));
            return ProposalRepository(m_database)
                .update(p.id, {{QStringLiteral("executed_on"), fromDate(today)}});
        });
}

DatabaseError ProposalWorkflow::close(qint64 proposalId, const QString &note)
{
    return transition(proposalId, WorkflowAction::Close, note.trimmed(), {});
}

DatabaseError ProposalWorkflow::cancel(qint64 proposalId, const QString &reason)
{
    return transition(proposalId, WorkflowAction::Cancel, reason.trimmed(),
                      [&](const Proposal &p, ProposalState *, QString *) -> DatabaseError {
                          if (reason.trimmed().isEmpty())
                              return refused(tr("Cancelling a proposal needs a reason."));
                          return ProposalRepository(m_database)
                              .update(p.id, {{QStringLiteral("cancel_reason"), reason.trimmed()}});
                      });
}

DatabaseError ProposalWorkflow::withdrawApprovedLine(qint64 lineId, const QString &reason)
{
    if (DatabaseError error =
            Permissions::require(m_actor, WorkflowAction::Cancel, m_database.path()))
        return error;
    const QString text = reason.trimmed();
    if (text.isEmpty())
        return refused(tr("Withdrawing an approved line needs a reason."));
    WriteScope scope(m_database, m_ownTransaction);
    if (DatabaseError error = scope.error())
        return error;
    ProposalRepository proposals(m_database);
    const std::optional<ProposalLine> line = proposals.line(lineId);
    if (!line || line->decision != LineDecision::Approved || line->historyId > 0)
        return refused(
            tr("There is no approved, not yet executed proposal line with id %1.").arg(lineId));
    const Proposal proposal = *proposals.proposal(line->proposalId);
    if (proposal.state != ProposalState::Approved && proposal.state != ProposalState::DecreeIssued)
        return refused(stateRefusal(proposal, WorkflowAction::Cancel));
    const QString withdrawn = ProposalCodes::code(LineDecision::Withdrawn);
    if (DatabaseError error =
            proposals.updateLine(lineId, {{QStringLiteral("decision"), withdrawn},
                                          {QStringLiteral("decision_note"), fromText(text)}}))
        return error;
    if (DatabaseError error =
            AuditLog(m_database)
                .appendChanges(
                    m_actor.name, QStringLiteral("withdraw"), LineEntity, lineId,
                    {{QStringLiteral("decision"), ProposalCodes::code(line->decision), withdrawn},
                     {QStringLiteral("decision_note"), line->decisionNote, text}}))
        return error;
    if (DatabaseError error =
            record(proposal.id, QStringLiteral("withdraw_line"), std::nullopt, std::nullopt,
                   tr("Line %1: %2. %3").arg(line->position).arg(line->employeeName, text)))
        return error;
    bool anyApproved = false;
    for (const ProposalLine &l : proposals.lines(proposal.id))
        anyApproved = anyApproved || l.decision == LineDecision::Approved;
    if (anyApproved) {
        if (DatabaseError error = proposals.update(
                proposal.id, {{QStringLiteral("updated_at"), now().toString(Qt::ISODateWithMs)}}))
            return error;
    } else {
        // Nothing left to carry out: the proposal ends, inside this transaction.
        const bool own = m_ownTransaction;
        m_ownTransaction = false;
        const DatabaseError error = cancel(proposal.id, text);
        m_ownTransaction = own;
        if (error)
            return error;
    }
    return scope.commit();
}

QList<Conflict> ProposalWorkflow::conflicts(qint64 proposalId, DatabaseError *error)
{
    ProposalRepository proposals(m_database);
    QList<ProposalLine> lines;
    QList<Conflict> result;
    for (const ProposalLine &l : proposals.lines(proposalId)) {
        if (!l.isActive())
            continue;
        lines << l;
        for (const ProposalLine &other : proposals.openLinesOfEmployee(l.employeeId, proposalId)) {
            const std::optional<Proposal> p = proposals.proposal(other.proposalId);
            Conflict c;
            c.kind = Conflict::Kind::EmployeeInOpenProposal;
            c.lineId = l.id;
            c.employeeId = l.employeeId;
            c.otherProposalId = other.proposalId;
            c.message = tr("%1 is already on the open proposal %2.")
                            .arg(l.employeeName, p ? p->number : QString());
            result << c;
        }
    }
    result << capacityConflicts(proposalId, lines);
    if (error)
        *error = {};
    return result;
}

QList<Conflict> ProposalWorkflow::capacityConflicts(qint64 proposalId,
                                                    const QList<ProposalLine> &lines,
                                                    const ProposalLine *onlyPost)
{
    // For each target post: free places = formasi - bezetting + everybody leaving it on this
    // proposal or a submitted one (chains are allowed). This proposal's lines into the post must
    // fit into the free places; those that fit only without the claims of other submitted
    // proposals have their vacancy taken. Drafts claim nothing: the first submitted wins.
    ProposalRepository proposals(m_database);
    QList<Conflict> result;
    QHash<QString, QList<ProposalLine>> byTarget;
    QList<QString> order;
    for (const ProposalLine &l : lines) {
        if (l.toUnitId <= 0)
            continue;
        if (onlyPost &&
            (l.toUnitId != onlyPost->toUnitId || l.toJabatanId != onlyPost->toJabatanId))
            continue;
        const QString key = QStringLiteral("%1:%2").arg(l.toUnitId).arg(l.toJabatanId);
        if (!byTarget.contains(key))
            order << key;
        byTarget[key] << l;
    }
    for (const QString &key : order) {
        const QList<ProposalLine> &into = byTarget.value(key);
        const qint64 unit = into.constFirst().toUnitId;
        const qint64 jabatan = into.constFirst().toJabatanId;
        const int formasi = scalar(m_database,
                                   QStringLiteral("SELECT required FROM formasi WHERE unit_id = ? "
                                                  "AND jabatan_id = ?"),
                                   {unit, jabatan});
        const int bezetting = scalar(m_database,
                                     QStringLiteral("SELECT count(*) FROM employee WHERE unit_id "
                                                    "= ? AND jabatan_id = ?"),
                                     {unit, jabatan});
        int leaving = int(proposals.submittedLinesOutOf(unit, jabatan, proposalId).size());
        for (const ProposalLine &l : lines)
            leaving += l.fromUnitId == unit && l.fromJabatanId == jabatan ? 1 : 0;
        const QList<ProposalLine> claims = proposals.submittedLinesInto(unit, jabatan, proposalId);
        const int free = formasi - bezetting + leaving;
        const int freeForUs = free - int(claims.size());
        QStringList others;
        for (const ProposalLine &c : claims) {
            if (const auto p = proposals.proposal(c.proposalId); p && !others.contains(p->number))
                others << p->number;
        }
        for (int i = 0; i < into.size(); ++i) {
            const ProposalLine &l = into.at(i);
            const QString post = tr("%1 in %2").arg(l.toJabatanName, l.toUnitName);
            Conflict c;
            c.lineId = l.id;
            c.employeeId = l.employeeId;
            if (i >= free) {
                c.kind = Conflict::Kind::OverFormasi;
                c.message = tr("%1 would be over its formasi (formasi %2, bezetting %3) with %4.")
                                .arg(post)
                                .arg(formasi)
                                .arg(bezetting)
                                .arg(l.employeeName);
            } else if (i >= freeForUs) {
                c.kind = Conflict::Kind::VacancyTaken;
                c.otherProposalId = claims.constFirst().proposalId;
                c.message = tr("The vacancy %1 for %2 is already claimed by the open proposal %3.")
                                .arg(post, l.employeeName, others.join(QStringLiteral(", ")));
            } else {
                continue;
            }
            result << c;
        }
    }
    return result;
}

} // namespace Simutasi
