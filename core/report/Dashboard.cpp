#include "Dashboard.h"

#include "TransferMoves.h"
#include "analysis/DataQuality.h"
#include "analysis/NeedsAnalysis.h"
#include "analysis/TalentGrid.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"
#include "storage/SqlValues.h"
#include "workflow/Permissions.h"
#include "workflow/ProposalState.h"
#include "workflow/User.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace Simutasi {

namespace {

QHash<QString, int> proposalCounts(Database &database)
{
    QHash<QString, int> counts;
    QSqlQuery query(database.connection());
    if (query.exec(QStringLiteral("SELECT state, count(*) FROM proposal GROUP BY state"))) {
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toInt());
    }
    return counts;
}

} // namespace

int Dashboard::proposalsWaitingFor(Database &database, const User &user)
{
    if (user.id == 0 || !TransferMoves::hasWorkflowTables(database))
        return 0;
    const QHash<QString, int> counts = proposalCounts(database);
    int waiting = 0;
    for (const ProposalState state : ProposalStates::all()) {
        if (!ProposalStates::isOpen(state))
            continue;
        const QList<WorkflowAction> actions = ProposalStates::actionsFrom(state);
        const bool mine = std::any_of(actions.begin(), actions.end(), [&user](WorkflowAction a) {
            return a != WorkflowAction::Cancel && Permissions::allows(user, a);
        });
        if (mine)
            waiting += counts.value(ProposalStates::code(state));
    }
    return waiting;
}

QList<DashboardFigures::MonthCount>
Dashboard::transfersPerMonth(Database &database, const QDate &first, const QDate &last)
{
    QList<DashboardFigures::MonthCount> months;
    QHash<QString, int> index;
    for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1)) {
        index.insert(month.toString(QStringLiteral("yyyy-MM")), int(months.size()));
        months.append({month, 0});
    }
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral(
        "WITH h AS (SELECT tmt, unit_id, unit_name, LAG(id) OVER w AS prev_id, "
        "LAG(unit_id) OVER w AS prev_unit_id, LAG(unit_name) OVER w AS prev_unit_name "
        "FROM jabatan_history WINDOW w AS (PARTITION BY employee_id ORDER BY tmt, id)) "
        "SELECT substr(tmt, 1, 7), count(*) FROM h WHERE prev_id IS NOT NULL AND "
        "(unit_id IS NOT prev_unit_id OR (unit_id IS NULL AND unit_name <> prev_unit_name)) "
        "AND tmt >= ? AND tmt < ? GROUP BY 1"));
    query.addBindValue(SqlValues::fromDate(QDate(first.year(), first.month(), 1)));
    query.addBindValue(SqlValues::fromDate(QDate(last.year(), last.month(), 1).addMonths(1)));
    if (query.exec()) {
        while (query.next()) {
            const auto it = index.constFind(query.value(0).toString());
            if (it != index.constEnd())
                months[*it].transfers = query.value(1).toInt();
        }
    }
    return months;
}

DashboardFigures Dashboard::compute(Database &database, const QDate &referenceDate,
                                    const User &user, DatabaseError *error)
{
    DashboardFigures figures;
    figures.employees = EmployeeRepository(database).count();

    DatabaseError failure;
    const NeedsReport needs = NeedsAnalysis::run(database, {}, &failure);
    figures.openVacancies = needs.province.shortage;
    QList<StaffingTotals> byOpd = needs.byOpd;
    std::stable_sort(
        byOpd.begin(), byOpd.end(),
        [](const StaffingTotals &a, const StaffingTotals &b) { return a.shortage > b.shortage; });
    for (const StaffingTotals &opd : byOpd) {
        if (opd.shortage > 0 && figures.shortages.size() < MaxBars)
            figures.shortages.append({opd.id, opd.name, double(opd.shortage)});
    }

    figures.transfersPerMonth =
        transfersPerMonth(database, referenceDate.addMonths(1 - Months), referenceDate);

    figures.hasWorkflow = TransferMoves::hasWorkflowTables(database);
    if (figures.hasWorkflow) {
        const QHash<QString, int> counts = proposalCounts(database);
        for (const ProposalState state : ProposalStates::all()) {
            const QString code = ProposalStates::code(state);
            figures.proposalsByState.append(
                {code, ProposalStates::name(state), counts.value(code)});
        }
        figures.proposalsWaiting = proposalsWaitingFor(database, user);
    }

    if (!failure) {
        const TalentGridResult grid = TalentGrid::compute(database, referenceDate, 0, &failure);
        for (int box = 1; box <= TalentGridResult::BoxCount; ++box)
            figures.boxes[box - 1] = int(grid.box(box).size());
        figures.unplaced = grid.unplaced();
    }
    if (!failure) {
        for (const DataQualityRow &row : DataQuality::board(database, referenceDate, &failure))
            figures.completeness.append({row.opdId, row.opdName, row.completeCompetencyShare()});
        std::stable_sort(figures.completeness.begin(), figures.completeness.end(),
                         [](const auto &a, const auto &b) { return a.value < b.value; });
        if (figures.completeness.size() > MaxBars)
            figures.completeness.resize(MaxBars);
    }
    if (error)
        *error = failure;
    return figures;
}

} // namespace Simutasi
