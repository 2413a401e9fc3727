#include "ProposalReport.h"

#include "TransferMoves.h"
#include "storage/Database.h"
#include "storage/SqlRows.h"
#include "storage/SqlValues.h"
#include "workflow/ProposalState.h"

#include <QHash>
#include <QSqlQuery>

namespace Simutasi {

namespace {

struct StateCounts
{
    int proposals = 0;
    int lines = 0;
    int approved = 0;
    QDate oldest;
};

// The proposals in the filters, with their line counts, oldest first.
QString proposalsSql(const ReportFilters &filters, QVariantList *values)
{
    QString sql = QStringLiteral(
        "SELECT p.number, p.title, p.state, substr(p.created_at, 1, 10), p.created_by, "
        "(SELECT count(*) FROM proposal_line l WHERE l.proposal_id = p.id AND l.decision NOT IN "
        "('rejected', 'withdrawn')), "
        "(SELECT count(*) FROM proposal_line l WHERE l.proposal_id = p.id AND l.decision = "
        "'approved'), "
        "(SELECT min(l.planned_tmt) FROM proposal_line l WHERE l.proposal_id = p.id), "
        "p.decree_number, p.decree_date, substr(p.executed_on, 1, 10) FROM proposal p WHERE 1 = 1");
    if (filters.from.isValid()) {
        sql += QStringLiteral(" AND substr(p.created_at, 1, 10) >= ?");
        values->append(SqlValues::fromDate(filters.from));
    }
    if (filters.to.isValid()) {
        sql += QStringLiteral(" AND substr(p.created_at, 1, 10) <= ?");
        values->append(SqlValues::fromDate(filters.to));
    }
    if (!filters.state.isEmpty()) {
        sql += QStringLiteral(" AND p.state = ?");
        values->append(filters.state);
    }
    if (filters.opdId > 0) {
        sql += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM proposal_line l JOIN org_unit u ON u.id IN "
            "(l.from_unit_id, l.to_unit_id) WHERE l.proposal_id = p.id AND u.opd_id = ?)");
        values->append(filters.opdId);
    }
    return sql + QStringLiteral(" ORDER BY p.created_at, p.id");
}

DatabaseError produce(Database &database, const ReportFilters &filters, ReportData &data)
{
    if (!TransferMoves::hasWorkflowTables(database))
        return {};
    QVariantList values;
    QSqlQuery query(database.connection());
    if (!query.prepare(proposalsSql(filters, &values)))
        return database.errorFrom(query.lastError());
    SqlRows::bindAll(query, values);
    QHash<QString, StateCounts> byState;
    QList<QVariantList> proposals;
    const DatabaseError error = SqlRows::forEachRow(database, query, [&](const QSqlQuery &q) {
        const QString code = q.value(2).toString();
        const QDate created = SqlValues::toDate(q.value(3));
        StateCounts &counts = byState[code];
        ++counts.proposals;
        counts.lines += q.value(5).toInt();
        counts.approved += q.value(6).toInt();
        if (!counts.oldest.isValid() || created < counts.oldest)
            counts.oldest = created;
        const std::optional<ProposalState> state = ProposalStates::fromCode(code);
        proposals.append({int(proposals.size() + 1), q.value(0).toString(), q.value(1).toString(),
                          state ? ProposalStates::name(*state) : code, created,
                          q.value(4).toString(), q.value(5).toInt(), q.value(6).toInt(),
                          SqlValues::toDate(q.value(7)), q.value(8).toString(),
                          SqlValues::toDate(q.value(9)), SqlValues::toDate(q.value(10))});
    });
    if (error)
        return error;
    for (const ProposalState state : ProposalStates::all()) {
        const StateCounts counts = byState.value(ProposalStates::code(state));
        if (!data.addRow(0, {ProposalStates::name(state), counts.proposals, counts.lines,
                             counts.approved,
                             ProposalStates::isOpen(state) ? QVariant(counts.oldest) : QVariant()}))
            return {};
    }
    for (const QVariantList &row : proposals) {
        if (!data.addRow(1, row))
            return {};
    }
    return {};
}

} // namespace

Report ProposalReport::definition()
{
    return {
        QStringLiteral("usulan"),
        tr("Proposal pipeline"),
        tr("Transfer proposals by state: how many, with how many lines, and since when the "
           "oldest open one waits; with the list of proposals."),
        {ReportFilterKind::Period, ReportFilterKind::State, ReportFilterKind::Opd},
        {{tr("By state"),
          {{tr("State"), ColumnType::Text, 20},
           {tr("Proposals"), ColumnType::Integer, 10},
           {tr("Lines"), ColumnType::Integer, 8},
           {tr("Approved lines"), ColumnType::Integer, 10},
           {tr("Oldest open since"), ColumnType::Date, 14}}},
         {tr("Proposals"),
          {{tr("No"), ColumnType::Integer, 5},
           {tr("Number"), ColumnType::Text, 16},
           {tr("Title"), ColumnType::Text, 44},
           {tr("State"), ColumnType::Text, 16},
           {tr("Created"), ColumnType::Date, 12},
           {tr("Created by"), ColumnType::Text, 14},
           {tr("Lines"), ColumnType::Integer, 8},
           {tr("Approved lines"), ColumnType::Integer, 10},
           {tr("First TMT"), ColumnType::Date, 12},
           {tr("No SK"), ColumnType::Text, 26},
           {tr("Tanggal SK"), ColumnType::Date, 12},
           {tr("Executed on"), ColumnType::Date, 12}}}},
        produce,
    };
}

} // namespace Simutasi
