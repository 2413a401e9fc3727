#include "StaffingReport.h"

#include "analysis/NeedsAnalysis.h"

namespace Simutasi {

namespace {

enum Part
{
    ByOpd,
    Posts,
    Shortages,
    Surpluses
};

QList<ReportColumn> postColumns(const QString &gapTitle)
{
    return {
        {StaffingReport::tr("No"), ColumnType::Integer, 5},
        {QStringLiteral("OPD"), ColumnType::Text, 36},
        {StaffingReport::tr("Unit"), ColumnType::Text, 36},
        {StaffingReport::tr("Kabupaten/Kota"), ColumnType::Text, 22},
        {QStringLiteral("Jabatan"), ColumnType::Text, 34},
        {StaffingReport::tr("Remote"), ColumnType::Text, 9},
        {QStringLiteral("Formasi"), ColumnType::Integer, 9},
        {QStringLiteral("Bezetting"), ColumnType::Integer, 10},
        {gapTitle, ColumnType::Integer, 10},
    };
}

// `yes` marks a remote unit: translated once per run, not for each of 20,000 posts.
QVariantList postRow(int number, const StaffingRow &row, int gap, const QString &yes)
{
    return {number,         row.opdName,     row.unitName,
            row.regionName, row.jabatanName, row.remote ? yes : QString(),
            row.formasi,    row.bezetting,   gap};
}

bool addPosts(ReportData &data, int part, const QList<StaffingRow> &rows, bool shortage,
              const QString &yes)
{
    int number = 0;
    for (const StaffingRow &row : rows) {
        if (!data.addRow(part,
                         postRow(++number, row, shortage ? row.shortage() : row.surplus(), yes)))
            return false;
    }
    return true;
}

DatabaseError produce(Database &database, const ReportFilters &filters, ReportData &data)
{
    NeedsScope scope;
    if (filters.opdId > 0)
        scope.opdIds = {filters.opdId};
    if (filters.regionId > 0)
        scope.regionIds = {filters.regionId};
    DatabaseError error;
    const NeedsReport report = NeedsAnalysis::run(database, scope, &error);
    if (error)
        return error;
    for (const StaffingTotals &opd : report.byOpd) {
        if (!data.addRow(ByOpd, {opd.name, opd.posts, opd.formasi, opd.bezetting, opd.filled,
                                 opd.shortage, opd.surplus, opd.fillRate()}))
            return {};
    }
    const StaffingTotals &all = report.province;
    if (!data.addRow(ByOpd, {StaffingReport::tr("Total"), all.posts, all.formasi, all.bezetting,
                             all.filled, all.shortage, all.surplus, all.fillRate()}))
        return {};
    const QString yes = StaffingReport::tr("yes");
    int number = 0;
    for (const StaffingRow &row : report.rows) {
        QVariantList values = postRow(++number, row, row.shortage(), yes);
        values.append(row.surplus());
        if (!data.addRow(Posts, values))
            return {};
    }
    if (addPosts(data, Shortages, report.shortages(), true, yes))
        addPosts(data, Surpluses, report.surpluses(), false, yes);
    return {};
}

} // namespace

Report StaffingReport::definition()
{
    QList<ReportColumn> posts = postColumns(tr("Shortage"));
    posts.append({tr("Surplus"), ColumnType::Integer, 10});
    return {
        QStringLiteral("formasi"),
        tr("Formasi vs bezetting"),
        tr("Formasi against bezetting per OPD and per jabatan in each unit, with the list of "
           "shortages (remote units first) and of surpluses."),
        {ReportFilterKind::Opd, ReportFilterKind::Region},
        {
            {tr("Per OPD"),
             {{QStringLiteral("OPD"), ColumnType::Text, 40},
              {tr("Posts"), ColumnType::Integer, 8},
              {QStringLiteral("Formasi"), ColumnType::Integer, 9},
              {QStringLiteral("Bezetting"), ColumnType::Integer, 10},
              {tr("Filled"), ColumnType::Integer, 9},
              {tr("Shortage"), ColumnType::Integer, 10},
              {tr("Surplus"), ColumnType::Integer, 10},
              {tr("Fill rate"), ColumnType::Percentage, 10}}},
            {tr("Per jabatan"), posts},
            {tr("Shortages"), postColumns(tr("Shortage"))},
            {tr("Surpluses"), postColumns(tr("Surplus"))},
        },
        produce,
    };
}

} // namespace Simutasi
