#include "NeedsAnalysis.h"

#include "storage/OrgRepository.h"
#include "storage/StaffingRepository.h"

#include <QHash>
#include <algorithm>

namespace Simutasi {

namespace {

// Names of units, OPDs, regions and jabatan, read once per analysis.
struct Names
{
    QHash<qint64, QString> units;
    QHash<qint64, QString> regions;
    QHash<qint64, Jabatan> jabatan;

    explicit Names(Database &database)
    {
        OrgRepository org(database);
        for (const OrgUnit &unit : org.units())
            units.insert(unit.id, unit.name);
        for (const Region &region : org.regions())
            regions.insert(region.id, region.displayName());
        for (const Jabatan &j : org.jabatans())
            jabatan.insert(j.id, j);
    }
};

template<typename T>
bool admits(const QList<T> &allowed, const T &value)
{
    return allowed.isEmpty() || allowed.contains(value);
}

bool inScope(const NeedsScope &scope, const StaffingRow &row)
{
    return admits(scope.opdIds, row.opdId) && admits(scope.regionIds, row.regionId) &&
           admits(scope.jabatanTypes, row.jabatanType) && (!scope.remoteOnly || row.remote);
}

StaffingRow rowOf(const StaffingCell &cell, const Names &names)
{
    StaffingRow row;
    row.unitId = cell.unitId;
    row.jabatanId = cell.jabatanId;
    row.opdId = cell.opdId;
    row.regionId = cell.regionId;
    row.remote = cell.remote;
    const Jabatan jabatan = names.jabatan.value(cell.jabatanId);
    row.jabatanType = jabatan.type;
    row.jabatanName = jabatan.name;
    row.unitName = names.units.value(cell.unitId);
    row.opdName = names.units.value(cell.opdId);
    row.regionName = names.regions.value(cell.regionId);
    row.formasi = cell.formasi;
    row.bezetting = cell.bezetting;
    return row;
}

// Totals keyed by id, in order of first appearance, then sorted by name.
QList<StaffingTotals> rollUp(const QList<StaffingRow> &rows, qint64 StaffingRow::*id,
                             QString StaffingRow::*name, const QString &unnamed)
{
    QList<StaffingTotals> totals;
    QHash<qint64, qsizetype> indexOf;
    for (const StaffingRow &row : rows) {
        auto it = indexOf.constFind(row.*id);
        if (it == indexOf.constEnd()) {
            const QString label = (row.*name).isEmpty() ? unnamed : row.*name;
            totals.append(StaffingTotals{row.*id, label});
            it = indexOf.insert(row.*id, totals.size() - 1);
        }
        totals[*it].add(row);
    }
    // Named groups alphabetically; the group without an id (no region) last.
    std::sort(totals.begin(), totals.end(), [](const StaffingTotals &a, const StaffingTotals &b) {
        if ((a.id == 0) != (b.id == 0))
            return b.id == 0;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return totals;
}

bool byPlace(const StaffingRow &a, const StaffingRow &b)
{
    if (a.opdName != b.opdName)
        return a.opdName < b.opdName;
    if (a.unitName != b.unitName)
        return a.unitName < b.unitName;
    if (a.jabatanName != b.jabatanName)
        return a.jabatanName < b.jabatanName;
    return a.unitId != b.unitId ? a.unitId < b.unitId : a.jabatanId < b.jabatanId;
}

} // namespace

void StaffingTotals::add(const StaffingRow &row)
{
    ++posts;
    formasi += row.formasi;
    bezetting += row.bezetting;
    filled += row.filled();
    shortage += row.shortage();
    surplus += row.surplus();
    if (row.remote)
        remoteShortage += row.shortage();
}

QList<StaffingRow> NeedsReport::shortages() const
{
    QList<StaffingRow> result;
    std::copy_if(rows.begin(), rows.end(), std::back_inserter(result),
                 [](const StaffingRow &row) { return row.shortage() > 0; });
    std::stable_sort(result.begin(), result.end(), [](const StaffingRow &a, const StaffingRow &b) {
        if (a.remote != b.remote)
            return a.remote;
        return a.shortage() > b.shortage();
    });
    return result;
}

QList<StaffingRow> NeedsReport::surpluses() const
{
    QList<StaffingRow> result;
    std::copy_if(rows.begin(), rows.end(), std::back_inserter(result),
                 [](const StaffingRow &row) { return row.surplus() > 0; });
    std::stable_sort(result.begin(), result.end(), [](const StaffingRow &a, const StaffingRow &b) {
        return a.surplus() > b.surplus();
    });
    return result;
}

NeedsReport NeedsAnalysis::run(Database &database, const NeedsScope &scope, DatabaseError *error)
{
    NeedsReport report;
    const QList<StaffingCell> cells = StaffingRepository(database).cells(error);
    const Names names(database);
    for (const StaffingCell &cell : cells) {
        StaffingRow row = rowOf(cell, names);
        if (inScope(scope, row))
            report.rows.append(std::move(row));
    }
    std::sort(report.rows.begin(), report.rows.end(), byPlace);
    rollUpInto(report);
    return report;
}

NeedsReport NeedsAnalysis::subset(const QList<StaffingRow> &rows, const NeedsScope &scope)
{
    NeedsReport report;
    std::copy_if(rows.begin(), rows.end(), std::back_inserter(report.rows),
                 [&scope](const StaffingRow &row) { return inScope(scope, row); });
    std::sort(report.rows.begin(), report.rows.end(), byPlace);
    rollUpInto(report);
    return report;
}

void NeedsAnalysis::rollUpInto(NeedsReport &report)
{
    report.byOpd = rollUp(report.rows, &StaffingRow::opdId, &StaffingRow::opdName, QString());
    report.byRegion =
        rollUp(report.rows, &StaffingRow::regionId, &StaffingRow::regionName, noRegionName());
    report.province.name = tr("Province");
    for (const StaffingRow &row : report.rows)
        report.province.add(row);
}

QString NeedsAnalysis::noRegionName()
{
    return tr("Province-wide units (no kabupaten/kota)");
}

} // namespace Simutasi
