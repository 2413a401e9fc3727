#include "ProposalRepository.h"

#include "ProposalCodes.h"
#include "storage/Database.h"
#include "storage/SqlRows.h"
#include "storage/SqlValues.h"

namespace Simutasi {

using namespace SqlValues;

namespace {

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toTimestamp(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

const QString proposalColumns = QStringLiteral(
    "p.id, p.number, p.title, p.state, p.created_at, p.created_by, p.updated_at, p.meeting_date, "
    "p.decision_notes, p.decree_id, p.decree_number, p.decree_date, p.executed_on, "
    "p.cancel_reason");
constexpr int ProposalColumnCount = 14;

Proposal proposalFromQuery(const QSqlQuery &q)
{
    Proposal p;
    p.id = q.value(0).toLongLong();
    p.number = q.value(1).toString();
    p.title = q.value(2).toString();
    p.state = ProposalStates::fromCode(q.value(3).toString()).value_or(ProposalState::Draft);
    p.createdAt = toTimestamp(q.value(4));
    p.createdBy = q.value(5).toString();
    p.updatedAt = toTimestamp(q.value(6));
    p.meetingDate = toDate(q.value(7));
    p.decisionNotes = q.value(8).toString();
    p.decreeId = q.value(9).toLongLong();
    p.decreeNumber = q.value(10).toString();
    p.decreeDate = toDate(q.value(11));
    p.executedOn = toDate(q.value(12));
    p.cancelReason = q.value(13).toString();
    return p;
}

const QString lineSelect = QStringLiteral(
    "SELECT l.id, l.proposal_id, l.position, l.employee_id, "
    "trim(e.front_title || ' ' || e.name || CASE WHEN e.back_title = '' THEN '' "
    "ELSE ', ' || e.back_title END), e.nip, l.kind, l.from_unit_id, l.from_jabatan_id, "
    "l.from_unit_name, l.from_jabatan_name, l.from_tmt_jabatan, l.to_unit_id, l.to_jabatan_id, "
    "tu.name, tj.name, l.other_instansi, l.reason, l.planned_tmt, l.self_requested, l.standing, "
    "l.findings, l.justification, l.source, l.jpm, l.rank, l.ranked_candidates, l.decision, "
    "l.decision_note, l.history_id "
    "FROM proposal_line l JOIN employee e ON e.id = l.employee_id "
    "LEFT JOIN org_unit tu ON tu.id = l.to_unit_id LEFT JOIN jabatan tj ON tj.id = "
    "l.to_jabatan_id");

ProposalLine lineFromQuery(const QSqlQuery &q)
{
    ProposalLine l;
    l.id = q.value(0).toLongLong();
    l.proposalId = q.value(1).toLongLong();
    l.position = q.value(2).toInt();
    l.employeeId = q.value(3).toLongLong();
    l.employeeName = q.value(4).toString();
    l.nip = q.value(5).toString();
    l.kind = ProposalCodes::kindFromCode(q.value(6).toString()).value_or(MutasiKind::WithinOpd);
    l.fromUnitId = q.value(7).toLongLong();
    l.fromJabatanId = q.value(8).toLongLong();
    l.fromUnitName = q.value(9).toString();
    l.fromJabatanName = q.value(10).toString();
    l.fromTmtJabatan = toDate(q.value(11));
    l.toUnitId = q.value(12).toLongLong();
    l.toJabatanId = q.value(13).toLongLong();
    l.toUnitName = q.value(14).toString();
    l.toJabatanName = q.value(15).toString();
    l.otherInstansi = q.value(16).toString();
    l.reason = q.value(17).toString();
    l.plannedTmt = toDate(q.value(18));
    l.selfRequested = q.value(19).toInt() != 0;
    l.standing = q.value(20).toString() == u"warning" ? CandidateStanding::Warning
                                                      : CandidateStanding::Clean;
    l.findings = q.value(21).toString().split(u'\n', Qt::SkipEmptyParts);
    l.justification = q.value(22).toString();
    l.source = ProposalCodes::sourceFromCode(q.value(23).toString()).value_or(LineSource::Manual);
    if (!q.value(24).isNull())
        l.jpm = q.value(24).toDouble();
    l.rank = q.value(25).toInt();
    l.rankedCandidates = q.value(26).toInt();
    l.decision =
        ProposalCodes::decisionFromCode(q.value(27).toString()).value_or(LineDecision::Pending);
    l.decisionNote = q.value(28).toString();
    l.historyId = q.value(29).toLongLong();
    return l;
}

// Lines that still count: in an open proposal, neither withdrawn nor rejected.
const QString openLineCondition = QStringLiteral(
    "l.decision NOT IN ('withdrawn', 'rejected') AND l.proposal_id <> ? AND l.proposal_id IN "
    "(SELECT id FROM proposal WHERE state IN ('draft', 'submitted', 'verified', 'approved', "
    "'decree_issued'))");
const QString submittedLineCondition = QStringLiteral(
    "l.decision NOT IN ('withdrawn', 'rejected') AND l.proposal_id <> ? AND l.proposal_id IN "
    "(SELECT id FROM proposal WHERE state IN ('submitted', 'verified', 'approved', "
    "'decree_issued'))");

struct Conditions
{
    QStringList sql;
    QVariantList values;
};

Conditions conditionsFor(const ProposalFilter &filter)
{
    Conditions c;
    if (filter.state) {
        c.sql << QStringLiteral("p.state = ?");
        c.values << ProposalStates::code(*filter.state);
    }
    if (filter.openOnly)
        c.sql << QStringLiteral("p.state IN ('draft', 'submitted', 'verified', 'approved', "
                                "'decree_issued')");
    if (filter.opdId > 0) {
        c.sql << QStringLiteral(
            "EXISTS (SELECT 1 FROM proposal_line l JOIN org_unit u ON u.id IN (l.from_unit_id, "
            "l.to_unit_id) WHERE l.proposal_id = p.id AND (u.opd_id = ? OR u.id = ?))");
        c.values << filter.opdId << filter.opdId;
    }
    if (filter.createdFrom.isValid()) {
        c.sql << QStringLiteral("p.created_at >= ?");
        c.values << filter.createdFrom.toString(Qt::ISODate);
    }
    if (filter.createdTo.isValid()) {
        c.sql << QStringLiteral("p.created_at < ?");
        c.values << filter.createdTo.addDays(1).toString(Qt::ISODate);
    }
    return c;
}

QString whereClause(const Conditions &c)
{
    return c.sql.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + c.sql.join(QStringLiteral(" AND "));
}

} // namespace

ProposalRepository::ProposalRepository(Database &database)
    : m_database(database)
{}

std::optional<Proposal> ProposalRepository::proposal(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + proposalColumns +
                  QStringLiteral(" FROM proposal p WHERE p.id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return proposalFromQuery(query);
    return std::nullopt;
}

QList<ProposalLine> ProposalRepository::readLines(const QString &where,
                                                  const QVariantList &values) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(lineSelect + QStringLiteral(" WHERE ") + where +
                  QStringLiteral(" ORDER BY l.proposal_id, l.position"));
    SqlRows::bindAll(query, values);
    return SqlRows::readAll<ProposalLine>(query, lineFromQuery);
}

QList<ProposalLine> ProposalRepository::lines(qint64 proposalId) const
{
    return readLines(QStringLiteral("l.proposal_id = ?"), {proposalId});
}

std::optional<ProposalLine> ProposalRepository::line(qint64 lineId) const
{
    const QList<ProposalLine> found = readLines(QStringLiteral("l.id = ?"), {lineId});
    return found.isEmpty() ? std::nullopt : std::optional<ProposalLine>(found.constFirst());
}

QList<ProposalLine> ProposalRepository::openLinesOfEmployee(qint64 employeeId,
                                                            qint64 exceptProposalId) const
{
    return readLines(QStringLiteral("l.employee_id = ? AND ") + openLineCondition,
                     {employeeId, exceptProposalId});
}

QList<ProposalLine> ProposalRepository::submittedLinesInto(qint64 unitId, qint64 jabatanId,
                                                           qint64 exceptProposalId) const
{
    return readLines(QStringLiteral("l.to_unit_id = ? AND l.to_jabatan_id = ? AND ") +
                         submittedLineCondition,
                     {unitId, jabatanId, exceptProposalId});
}

QList<ProposalLine> ProposalRepository::submittedLinesOutOf(qint64 unitId, qint64 jabatanId,
                                                            qint64 exceptProposalId) const
{
    return readLines(QStringLiteral("l.from_unit_id = ? AND l.from_jabatan_id = ? AND ") +
                         submittedLineCondition,
                     {unitId, jabatanId, exceptProposalId});
}

QList<ProposalEvent> ProposalRepository::events(qint64 proposalId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, proposal_id, at, user_name, action, from_state, "
                                 "to_state, note FROM proposal_event WHERE proposal_id = ? "
                                 "ORDER BY id"));
    query.addBindValue(proposalId);
    return SqlRows::readAll<ProposalEvent>(query, [](const QSqlQuery &q) {
        ProposalEvent e;
        e.id = q.value(0).toLongLong();
        e.proposalId = q.value(1).toLongLong();
        e.at = toTimestamp(q.value(2));
        e.user = q.value(3).toString();
        e.action = q.value(4).toString();
        if (!q.value(5).isNull())
            e.fromState = ProposalStates::fromCode(q.value(5).toString());
        if (!q.value(6).isNull())
            e.toState = ProposalStates::fromCode(q.value(6).toString());
        e.note = q.value(7).toString();
        return e;
    });
}

QList<ProposalSummary> ProposalRepository::list(const ProposalFilter &filter) const
{
    const Conditions c = conditionsFor(filter);
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT ") + proposalColumns +
        QStringLiteral(
            ", (SELECT count(*) FROM proposal_line l WHERE l.proposal_id = p.id AND l.decision "
            "NOT IN ('withdrawn', 'rejected')), (SELECT count(*) FROM proposal_line l WHERE "
            "l.proposal_id = p.id AND l.decision = 'approved'), (SELECT min(planned_tmt) FROM "
            "proposal_line l WHERE l.proposal_id = p.id AND l.decision <> 'withdrawn'), (SELECT "
            "max(planned_tmt) FROM proposal_line l WHERE l.proposal_id = p.id AND l.decision <> "
            "'withdrawn') FROM proposal p") +
        whereClause(c) + QStringLiteral(" ORDER BY p.created_at DESC, p.id DESC LIMIT ? OFFSET ?"));
    SqlRows::bindAll(query, c.values);
    query.addBindValue(filter.limit);
    query.addBindValue(filter.offset);
    return SqlRows::readAll<ProposalSummary>(query, [](const QSqlQuery &q) {
        ProposalSummary s;
        s.proposal = proposalFromQuery(q);
        s.lines = q.value(ProposalColumnCount).toInt();
        s.approved = q.value(ProposalColumnCount + 1).toInt();
        s.firstTmt = toDate(q.value(ProposalColumnCount + 2));
        s.lastTmt = toDate(q.value(ProposalColumnCount + 3));
        return s;
    });
}

int ProposalRepository::count(const ProposalFilter &filter) const
{
    const Conditions c = conditionsFor(filter);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM proposal p") + whereClause(c));
    SqlRows::bindAll(query, c.values);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

QString ProposalRepository::nextNumber(int year) const
{
    const QString prefix = QStringLiteral("USL-%1-").arg(year);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT max(CAST(substr(number, ?) AS INTEGER)) FROM proposal "
                                 "WHERE number LIKE ?"));
    query.addBindValue(prefix.size() + 1);
    query.addBindValue(prefix + u'%');
    int last = 0;
    if (query.exec() && query.next())
        last = query.value(0).toInt();
    return prefix + QString::number(last + 1).rightJustified(4, u'0');
}

DatabaseError ProposalRepository::insert(Proposal &p)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO proposal (number, title, state, created_at, created_by, updated_at, "
        "meeting_date, decision_notes, decree_id, decree_number, decree_date, executed_on, "
        "cancel_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    SqlRows::bindAll(query, {p.number, fromText(p.title), ProposalStates::code(p.state),
                             timestamp(p.createdAt), fromText(p.createdBy), timestamp(p.updatedAt),
                             fromDate(p.meetingDate), fromText(p.decisionNotes), fromId(p.decreeId),
                             fromText(p.decreeNumber), fromDate(p.decreeDate),
                             fromDate(p.executedOn), fromText(p.cancelReason)});
    return SqlRows::executeInsert(m_database, query, &p.id);
}

DatabaseError ProposalRepository::insertLine(ProposalLine &l)
{
    if (l.position <= 0) {
        QSqlQuery next(m_database.connection());
        next.prepare(QStringLiteral(
            "SELECT coalesce(max(position), 0) + 1 FROM proposal_line WHERE proposal_id = ?"));
        next.addBindValue(l.proposalId);
        if (!next.exec() || !next.next())
            return m_database.errorFrom(next.lastError());
        l.position = next.value(0).toInt();
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO proposal_line (proposal_id, position, employee_id, kind, from_unit_id, "
        "from_jabatan_id, from_unit_name, from_jabatan_name, from_tmt_jabatan, to_unit_id, "
        "to_jabatan_id, other_instansi, reason, planned_tmt, self_requested, standing, findings, "
        "justification, source, jpm, rank, ranked_candidates, decision, decision_note, "
        "history_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?)"));
    SqlRows::bindAll(query, {l.proposalId,
                             l.position,
                             l.employeeId,
                             ProposalCodes::code(l.kind),
                             fromId(l.fromUnitId),
                             fromId(l.fromJabatanId),
                             fromText(l.fromUnitName),
                             fromText(l.fromJabatanName),
                             fromDate(l.fromTmtJabatan),
                             fromId(l.toUnitId),
                             fromId(l.toJabatanId),
                             fromText(l.otherInstansi),
                             fromText(l.reason),
                             fromDate(l.plannedTmt),
                             l.selfRequested ? 1 : 0,
                             l.standing == CandidateStanding::Warning ? QStringLiteral("warning")
                                                                      : QStringLiteral("clean"),
                             fromText(l.findings.join(u'\n')),
                             fromText(l.justification),
                             ProposalCodes::code(l.source),
                             l.jpm ? QVariant(*l.jpm) : QVariant(),
                             l.rank > 0 ? QVariant(l.rank) : QVariant(),
                             l.rankedCandidates > 0 ? QVariant(l.rankedCandidates) : QVariant(),
                             ProposalCodes::code(l.decision),
                             fromText(l.decisionNote),
                             fromId(l.historyId)});
    return SqlRows::executeInsert(m_database, query, &l.id);
}

DatabaseError ProposalRepository::insertEvent(ProposalEvent &e)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO proposal_event (proposal_id, at, user_name, action, "
                                 "from_state, to_state, note) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    SqlRows::bindAll(query,
                     {e.proposalId, timestamp(e.at), fromText(e.user), e.action,
                      e.fromState ? QVariant(ProposalStates::code(*e.fromState)) : QVariant(),
                      e.toState ? QVariant(ProposalStates::code(*e.toState)) : QVariant(),
                      fromText(e.note)});
    return SqlRows::executeInsert(m_database, query, &e.id);
}

DatabaseError ProposalRepository::updateRow(const QString &table, qint64 id,
                                            const QList<std::pair<QString, QVariant>> &columns)
{
    QStringList sets;
    QVariantList values;
    for (const auto &[column, value] : columns) {
        sets << column + QStringLiteral(" = ?");
        values << value;
    }
    values << id;
    QSqlQuery query(m_database.connection());
    if (!query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                           .arg(table, sets.join(QStringLiteral(", ")))))
        return m_database.errorFrom(query.lastError());
    SqlRows::bindAll(query, values);
    return SqlRows::execute(m_database, query);
}

DatabaseError ProposalRepository::update(qint64 proposalId,
                                         const QList<std::pair<QString, QVariant>> &columns)
{
    return updateRow(QStringLiteral("proposal"), proposalId, columns);
}

DatabaseError ProposalRepository::updateLine(qint64 lineId,
                                             const QList<std::pair<QString, QVariant>> &columns)
{
    return updateRow(QStringLiteral("proposal_line"), lineId, columns);
}

} // namespace Simutasi
