#pragma once

#include "domain/JabatanType.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Simutasi {

class Database;

// Which posts a needs analysis looks at; an empty list means all.
struct NeedsScope
{
    QList<qint64> opdIds;
    QList<qint64> regionIds;
    QList<JabatanType> jabatanTypes;
    bool remoteOnly = false;
};

// Formasi against bezetting of one jabatan in one unit.
struct StaffingRow
{
    qint64 unitId = 0;
    qint64 jabatanId = 0;
    qint64 opdId = 0;
    qint64 regionId = 0;
    bool remote = false; // daerah terpencil
    JabatanType jabatanType = JabatanType::Pelaksana;
    QString unitName;
    QString jabatanName;
    QString opdName;
    QString regionName; // empty for units without a kabupaten/kota
    int formasi = 0;
    int bezetting = 0;

    int shortage() const { return formasi > bezetting ? formasi - bezetting : 0; }
    int surplus() const { return bezetting > formasi ? bezetting - formasi : 0; }
    int filled() const { return bezetting < formasi ? bezetting : formasi; }
    // Share of the formasi that is filled, 0..1; 1 when there is no formasi (nothing missing).
    double fillRate() const { return formasi > 0 ? double(filled()) / formasi : 1.0; }
};

// Sums over many posts (an OPD, a kabupaten/kota, the province). Shortage and surplus are
// summed per post, so a surplus in one unit never hides a shortage in another; the fill rate is
// the share of the formasi that is filled.
struct StaffingTotals
{
    qint64 id = 0; // OPD or region id; 0 for the province or "no region"
    QString name;
    int posts = 0;
    int formasi = 0;
    int bezetting = 0;
    int filled = 0;
    int shortage = 0;
    int surplus = 0;
    int remoteShortage = 0; // shortage in remote units

    void add(const StaffingRow &row);
    double fillRate() const { return formasi > 0 ? double(filled) / formasi : 1.0; }
};

struct NeedsReport
{
    QList<StaffingRow> rows;        // by OPD, unit, jabatan names
    QList<StaffingTotals> byOpd;    // by name
    QList<StaffingTotals> byRegion; // by name; units without a region last
    StaffingTotals province;

    QList<StaffingRow> shortages() const; // remote first, then largest shortage
    QList<StaffingRow> surpluses() const; // largest surplus first
};

// Analisis kebutuhan: formasi against bezetting for every jabatan in every unit in scope, with
// roll-ups to OPD, kabupaten/kota and province. The counting is one aggregate SQL statement.
class NeedsAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(NeedsAnalysis)
public:
    static NeedsReport run(Database &database, const NeedsScope &scope = {},
                           DatabaseError *error = nullptr);
    // The report of the posts of `rows` in scope, with its roll-ups, without reading the
    // database: a page that holds the province's rows re-scopes them as the filters change.
    static NeedsReport subset(const QList<StaffingRow> &rows, const NeedsScope &scope);
    static QString noRegionName(); // the roll-up of units without a kabupaten/kota

private:
    static void rollUpInto(NeedsReport &report); // byOpd, byRegion, province from rows
};

} // namespace Simutasi
