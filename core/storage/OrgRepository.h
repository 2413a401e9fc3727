#pragma once

#include "DatabaseError.h"
#include "domain/Jabatan.h"
#include "domain/OrgUnit.h"
#include "domain/Region.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <optional>

namespace Simutasi {

class Database;

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
    std::optional<OrgUnit> unit(qint64 id) const;
    QList<OrgUnit> units() const; // the whole tree, parents before children
    QList<OrgUnit> children(qint64 parentId) const;
    qint64 opdOf(qint64 unitId) const;
    int unitCount() const;
    int opdCount() const; // units of kind OPD

    DatabaseError addJabatan(Jabatan &jabatan);
    std::optional<Jabatan> jabatan(qint64 id) const;
    QList<Jabatan> jabatans() const;
    int jabatanCount() const;

    DatabaseError setFormasi(const Formasi &formasi);
    QList<Formasi> formasi(qint64 unitId) const;
    QList<Formasi> allFormasi() const;
    std::optional<int> formasiRequired(qint64 unitId, qint64 jabatanId) const;

private:
    Database &m_database;
    QSqlQuery m_insertUnit;
    QSqlQuery m_insertFormasi;
    QHash<qint64, std::pair<qint64, QString>>
        m_unitPlacement; // id -> (opd, path) cache for inserts
};

} // namespace Simutasi
