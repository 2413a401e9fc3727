#pragma once

#include "DatabaseError.h"
#include "domain/Jabatan.h"
#include "domain/OrgUnit.h"
#include "domain/Region.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <optional>

namespace Simutasi {

class Database;

// What refers to a unit. A unit that anything refers to cannot be removed, only closed.
struct UnitUsage
{
    int employees = 0; // placed in the unit now
    int history = 0;   // jabatan history entries naming it
    int formasi = 0;   // formasi rows of the unit
    int children = 0;  // units directly below it
    int planning = 0;  // ABK tasks and shortlisted candidates for its posts
    bool isUsed() const { return employees + history + formasi + children + planning > 0; }
};

// Regions, the organisation tree, the jabatan catalogue and formasi. Writes do not open a
// transaction of their own: the caller wraps a batch in one Transaction.
class OrgRepository
{
public:
    explicit OrgRepository(Database &database);

    DatabaseError addRegion(Region &region);
    QList<Region> regions() const;

    // Sets unit.id; also maintains the unit's OPD and its path in the tree.
    DatabaseError addUnit(OrgUnit &unit);
    // Changes kind, code, name, region, remote flag and closing date; the place in the tree
    // (parent) is not changed here. A change to or from kind OPD re-assigns the subtree's OPD.
    DatabaseError updateUnit(const OrgUnit &unit);
    // Puts the unit (with everything below it) under newParentId and keeps the OPD and path of
    // the whole subtree right. Refused when newParentId is the unit or lies below it.
    DatabaseError moveUnit(qint64 unitId, qint64 newParentId);
    // Closes the unit and every still-open unit below it on `closedOn`; *closedIds lists them.
    DatabaseError closeUnit(qint64 unitId, const QDate &closedOn, QList<qint64> *closedIds);
    // Deletes a unit; the caller checks unitUsage() first (the database refuses a used unit).
    DatabaseError removeUnit(qint64 unitId);
    UnitUsage unitUsage(qint64 unitId) const;
    // Unit id -> number of employees placed directly in it, for every unit with any.
    QHash<qint64, int> employeeCountsByUnit() const;
    std::optional<OrgUnit> unit(qint64 id) const;
    QList<OrgUnit> units() const; // the whole tree, parents before children
    QList<OrgUnit> children(qint64 parentId) const;
    qint64 opdOf(qint64 unitId) const;
    int unitCount() const;
    int opdCount() const; // units of kind OPD

    DatabaseError addJabatan(Jabatan &jabatan);
    // Changes every field but the id.
    DatabaseError updateJabatan(const Jabatan &jabatan);
    std::optional<Jabatan> jabatan(qint64 id) const;
    QList<Jabatan> jabatans() const;
    int jabatanCount() const;

    DatabaseError setFormasi(const Formasi &formasi);
    QList<Formasi> formasi(qint64 unitId) const;
    QList<Formasi> allFormasi() const;
    std::optional<int> formasiRequired(qint64 unitId, qint64 jabatanId) const;
    // Bezetting of a unit: jabatan id -> number of employees holding it there.
    QHash<qint64, int> bezetting(qint64 unitId) const;

private:
    // Gives the units of the subtree at `subtreePath` that belong to OPD `from` the OPD `to`.
    DatabaseError reassignOpd(const QString &subtreePath, const QVariant &from, const QVariant &to);

    Database &m_database;
    QSqlQuery m_insertUnit;
    QSqlQuery m_insertFormasi;
    QHash<qint64, std::pair<qint64, QString>>
        m_unitPlacement; // id -> (opd, path) cache for inserts
};

} // namespace Simutasi
