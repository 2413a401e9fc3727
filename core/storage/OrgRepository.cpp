#include "OrgRepository.h"

#include "Database.h"
#include "SqlRows.h"
#include "SqlValues.h"

namespace Simutasi {

using namespace SqlValues;
using SqlRows::readAll;
using SqlRows::readFirst;

namespace {

Region regionFromQuery(const QSqlQuery &q)
{
    Region region;
    region.id = q.value(0).toLongLong();
    region.kind = q.value(1).toString() == u"kota" ? Region::Kind::Kota : Region::Kind::Kabupaten;
    region.name = q.value(2).toString();
    return region;
}

const QString unitColumns =
    QStringLiteral("id, parent_id, kind, code, name, region_id, remote, closed_on FROM org_unit");

OrgUnit unitFromQuery(const QSqlQuery &q)
{
    OrgUnit unit;
    unit.id = q.value(0).toLongLong();
    unit.parentId = q.value(1).toLongLong();
    unit.kind = orgUnitKindFromCode(q.value(2).toString()).value_or(OrgUnit::Kind::Upt);
    unit.code = q.value(3).toString();
    unit.name = q.value(4).toString();
    unit.regionId = q.value(5).toLongLong();
    unit.remote = q.value(6).toBool();
    unit.closedOn = toDate(q.value(7));
    return unit;
}

const QString jabatanColumns = QStringLiteral(
    "id, name, type, gol_min, gol_max, min_education, education_fields FROM jabatan");

Jabatan jabatanFromQuery(const QSqlQuery &q)
{
    Jabatan jabatan;
    jabatan.id = q.value(0).toLongLong();
    jabatan.name = q.value(1).toString();
    jabatan.type = JabatanTypes::fromCode(q.value(2).toString()).value_or(JabatanType::Pelaksana);
    jabatan.golonganRange = {Golongan::fromRank(q.value(3).toInt()).value_or(Golongan()),
                             Golongan::fromRank(q.value(4).toInt()).value_or(Golongan())};
    jabatan.minEducation = EducationLevels::fromText(q.value(5).toString());
    const QString fields = q.value(6).toString();
    jabatan.educationFields = fields.isEmpty() ? QStringList() : fields.split(u'|');
    return jabatan;
}

Formasi formasiFromQuery(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt()};
}

// The placement of a unit in the tree, as moveUnit() needs it.
struct Placement
{
    QString path;
    QVariant opdId;
    QString kind;
    qint64 parentId = 0;
};

std::optional<Placement> placementOf(const QSqlDatabase &db, qint64 unitId)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT path, opd_id, kind, parent_id FROM org_unit WHERE id = ?"));
    query.addBindValue(unitId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Placement{query.value(0).toString(), query.value(1), query.value(2).toString(),
                     query.value(3).toLongLong()};
}

// "... WHERE <subtree>": the unit whose path is bound first and everything below it.
const QString InSubtree = QStringLiteral("substr(path, 1, length(?)) = ?");

int countOf(const QSqlDatabase &db, const QString &sql, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QHash<qint64, int> countsById(QSqlQuery &query)
{
    QHash<qint64, int> counts;
    if (!query.exec())
        return counts;
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    return counts;
}

} // namespace

OrgRepository::OrgRepository(Database &database)
    : m_database(database)
{}

DatabaseError OrgRepository::addRegion(Region &region)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO region (kind, name) VALUES (?, ?)"));
    query.addBindValue(region.kind == Region::Kind::Kota ? QStringLiteral("kota")
                                                         : QStringLiteral("kabupaten"));
    query.addBindValue(fromText(region.name));
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    region.id = query.lastInsertId().toLongLong();
    return {};
}

QList<Region> OrgRepository::regions() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, kind, name FROM region ORDER BY name"));
    return readAll<Region>(query, regionFromQuery);
}

DatabaseError OrgRepository::addUnit(OrgUnit &unit)
{
    // The OPD of a unit is the unit itself when it is an OPD, else its parent's OPD; the path
    // ("/1/4/17/") lets SQL select a unit with everything below it by prefix.
    qint64 opdId = 0;
    QString parentPath = QStringLiteral("/");
    if (unit.parentId > 0) {
        auto cached = m_unitPlacement.constFind(unit.parentId);
        if (cached == m_unitPlacement.constEnd()) {
            QSqlQuery query(m_database.connection());
            query.prepare(QStringLiteral("SELECT opd_id, path FROM org_unit WHERE id = ?"));
            query.addBindValue(unit.parentId);
            if (!query.exec() || !query.next())
                return DatabaseError::make(
                    DatabaseError::Kind::Constraint, m_database.path(),
                    QStringLiteral("parent unit %1 not found").arg(unit.parentId));
            cached = m_unitPlacement.insert(
                unit.parentId, {query.value(0).toLongLong(), query.value(1).toString()});
        }
        opdId = cached->first;
        parentPath = cached->second;
    }

    if (!prepareOnce(m_insertUnit, m_database.connection(),
                     QStringLiteral("INSERT INTO org_unit (parent_id, kind, code, name, region_id, "
                                    "remote, closed_on) VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return m_database.errorFrom(m_insertUnit.lastError());
    m_insertUnit.addBindValue(fromId(unit.parentId));
    m_insertUnit.addBindValue(orgUnitKindCode(unit.kind));
    m_insertUnit.addBindValue(fromText(unit.code));
    m_insertUnit.addBindValue(fromText(unit.name));
    m_insertUnit.addBindValue(fromId(unit.regionId));
    m_insertUnit.addBindValue(unit.remote ? 1 : 0);
    m_insertUnit.addBindValue(fromDate(unit.closedOn));
    if (!m_insertUnit.exec())
        return m_database.errorFrom(m_insertUnit.lastError());
    unit.id = m_insertUnit.lastInsertId().toLongLong();

    if (unit.kind == OrgUnit::Kind::Opd)
        opdId = unit.id;
    const QString path = parentPath + QString::number(unit.id) + u'/';
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE org_unit SET opd_id = ?, path = ? WHERE id = ?"));
    query.addBindValue(fromId(opdId));
    query.addBindValue(path);
    query.addBindValue(unit.id);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    m_unitPlacement.insert(unit.id, {opdId, path});
    return {};
}

DatabaseError OrgRepository::updateUnit(const OrgUnit &unit)
{
    const std::optional<Placement> before = placementOf(m_database.connection(), unit.id);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE org_unit SET kind = ?, code = ?, name = ?, region_id = ?, "
                                 "remote = ?, closed_on = ? WHERE id = ?"));
    query.addBindValue(orgUnitKindCode(unit.kind));
    query.addBindValue(fromText(unit.code));
    query.addBindValue(fromText(unit.name));
    query.addBindValue(fromId(unit.regionId));
    query.addBindValue(unit.remote ? 1 : 0);
    query.addBindValue(fromDate(unit.closedOn));
    query.addBindValue(unit.id);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    // A unit that becomes an OPD is the OPD of its subtree from now on; one that stops being an
    // OPD hands its subtree to the OPD above it.
    const QString opd = orgUnitKindCode(OrgUnit::Kind::Opd);
    const bool isOpd = unit.kind == OrgUnit::Kind::Opd;
    if (!before || (before->kind == opd) == isOpd)
        return {};
    m_unitPlacement.clear();
    const std::optional<Placement> parent = placementOf(m_database.connection(), before->parentId);
    return reassignOpd(before->path, before->opdId,
                       isOpd ? QVariant(unit.id) : (parent ? parent->opdId : QVariant()));
}

DatabaseError OrgRepository::reassignOpd(const QString &subtreePath, const QVariant &from,
                                         const QVariant &to)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE org_unit SET opd_id = ? WHERE ") + InSubtree +
                  QStringLiteral(" AND opd_id IS ?"));
    query.addBindValue(to);
    query.addBindValue(subtreePath);
    query.addBindValue(subtreePath);
    query.addBindValue(from);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    return {};
}

DatabaseError OrgRepository::moveUnit(qint64 unitId, qint64 newParentId)
{
    const QSqlDatabase db = m_database.connection();
    const std::optional<Placement> moved = placementOf(db, unitId);
    const std::optional<Placement> parent = placementOf(db, newParentId);
    if (!moved || !parent || parent->path.startsWith(moved->path))
        return DatabaseError::make(
            DatabaseError::Kind::Constraint, m_database.path(),
            QStringLiteral("unit %1 cannot move below unit %2").arg(unitId).arg(newParentId));
    m_unitPlacement.clear(); // the cached paths of the subtree change
    const QString newPath = parent->path + QString::number(unitId) + u'/';

    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE org_unit SET parent_id = ? WHERE id = ?"));
    query.addBindValue(newParentId);
    query.addBindValue(unitId);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    // An OPD stays its subtree's OPD; any other unit and the units that shared its OPD take the
    // OPD of the new parent (an OPD nested below keeps its own).
    if (moved->kind != orgUnitKindCode(OrgUnit::Kind::Opd)) {
        if (DatabaseError error = reassignOpd(moved->path, moved->opdId, parent->opdId))
            return error;
    }
    query.prepare(QStringLiteral("UPDATE org_unit SET path = ? || substr(path, length(?) + 1) "
                                 "WHERE ") +
                  InSubtree);
    query.addBindValue(newPath);
    query.addBindValue(moved->path);
    query.addBindValue(moved->path);
    query.addBindValue(moved->path);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    return {};
}

DatabaseError OrgRepository::closeUnit(qint64 unitId, const QDate &closedOn,
                                       QList<qint64> *closedIds)
{
    const QSqlDatabase db = m_database.connection();
    const std::optional<Placement> unit = placementOf(db, unitId);
    if (!unit || !closedOn.isValid())
        return DatabaseError::make(DatabaseError::Kind::Constraint, m_database.path(),
                                   QStringLiteral("unit %1 cannot be closed").arg(unitId));
    const QString open =
        QStringLiteral(" WHERE ") + InSubtree + QStringLiteral(" AND closed_on IS NULL");
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM org_unit") + open +
                  QStringLiteral(" ORDER BY path"));
    query.addBindValue(unit->path);
    query.addBindValue(unit->path);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    query.prepare(QStringLiteral("UPDATE org_unit SET closed_on = ?") + open);
    query.addBindValue(fromDate(closedOn));
    query.addBindValue(unit->path);
    query.addBindValue(unit->path);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    if (closedIds)
        *closedIds = ids;
    return {};
}

DatabaseError OrgRepository::removeUnit(qint64 unitId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM org_unit WHERE id = ?"));
    query.addBindValue(unitId);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    m_unitPlacement.remove(unitId);
    return {};
}

UnitUsage OrgRepository::unitUsage(qint64 unitId) const
{
    const QSqlDatabase db = m_database.connection();
    UnitUsage usage;
    usage.employees =
        countOf(db, QStringLiteral("SELECT count(*) FROM employee WHERE unit_id = ?"), unitId);
    usage.history = countOf(
        db, QStringLiteral("SELECT count(*) FROM jabatan_history WHERE unit_id = ?"), unitId);
    usage.formasi =
        countOf(db, QStringLiteral("SELECT count(*) FROM formasi WHERE unit_id = ?"), unitId);
    usage.children =
        countOf(db, QStringLiteral("SELECT count(*) FROM org_unit WHERE parent_id = ?"), unitId);
    usage.planning =
        countOf(db, QStringLiteral("SELECT count(*) FROM abk_task WHERE unit_id = ?"), unitId) +
        countOf(db, QStringLiteral("SELECT count(*) FROM shortlist WHERE unit_id = ?"), unitId);
    return usage;
}

QHash<qint64, int> OrgRepository::employeeCountsByUnit() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT unit_id, count(*) FROM employee WHERE unit_id IS NOT "
                                 "NULL GROUP BY unit_id"));
    return countsById(query);
}

std::optional<OrgUnit> OrgRepository::unit(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + unitColumns + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    return readFirst<OrgUnit>(query, unitFromQuery);
}

QList<OrgUnit> OrgRepository::units() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + unitColumns + QStringLiteral(" ORDER BY path"));
    return readAll<OrgUnit>(query, unitFromQuery);
}

QList<OrgUnit> OrgRepository::children(qint64 parentId) const
{
    QSqlQuery query(m_database.connection());
    if (parentId > 0) {
        query.prepare(QStringLiteral("SELECT ") + unitColumns +
                      QStringLiteral(" WHERE parent_id = ? ORDER BY name"));
        query.addBindValue(parentId);
    } else {
        query.prepare(QStringLiteral("SELECT ") + unitColumns +
                      QStringLiteral(" WHERE parent_id IS NULL ORDER BY name"));
    }
    return readAll<OrgUnit>(query, unitFromQuery);
}

qint64 OrgRepository::opdOf(qint64 unitId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT opd_id FROM org_unit WHERE id = ?"));
    query.addBindValue(unitId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

int OrgRepository::unitCount() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM org_unit")) && query.next()
               ? query.value(0).toInt()
               : 0;
}

int OrgRepository::opdCount() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM org_unit WHERE kind = ?"));
    query.addBindValue(orgUnitKindCode(OrgUnit::Kind::Opd));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

int OrgRepository::jabatanCount() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM jabatan")) && query.next()
               ? query.value(0).toInt()
               : 0;
}

DatabaseError OrgRepository::addJabatan(Jabatan &jabatan)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO jabatan (name, type, gol_min, gol_max, "
                                 "min_education, education_fields) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(fromText(jabatan.name));
    query.addBindValue(JabatanTypes::code(jabatan.type));
    query.addBindValue(jabatan.golonganRange.min.rank());
    query.addBindValue(jabatan.golonganRange.max.rank());
    query.addBindValue(fromEducation(jabatan.minEducation));
    query.addBindValue(fromText(jabatan.educationFields.join(u'|')));
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    jabatan.id = query.lastInsertId().toLongLong();
    return {};
}

DatabaseError OrgRepository::updateJabatan(const Jabatan &jabatan)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE jabatan SET name = ?, type = ?, gol_min = ?, gol_max = ?, "
                                 "min_education = ?, education_fields = ? WHERE id = ?"));
    query.addBindValue(fromText(jabatan.name));
    query.addBindValue(JabatanTypes::code(jabatan.type));
    query.addBindValue(jabatan.golonganRange.min.rank());
    query.addBindValue(jabatan.golonganRange.max.rank());
    query.addBindValue(fromEducation(jabatan.minEducation));
    query.addBindValue(fromText(jabatan.educationFields.join(u'|')));
    query.addBindValue(jabatan.id);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    return {};
}

std::optional<Jabatan> OrgRepository::jabatan(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + jabatanColumns + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    return readFirst<Jabatan>(query, jabatanFromQuery);
}

QList<Jabatan> OrgRepository::jabatans() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + jabatanColumns + QStringLiteral(" ORDER BY name"));
    return readAll<Jabatan>(query, jabatanFromQuery);
}

DatabaseError OrgRepository::setFormasi(const Formasi &formasi)
{
    if (!prepareOnce(m_insertFormasi, m_database.connection(),
                     QStringLiteral("INSERT INTO formasi (unit_id, jabatan_id, required) "
                                    "VALUES (?, ?, ?) ON CONFLICT (unit_id, jabatan_id) "
                                    "DO UPDATE SET required = excluded.required")))
        return m_database.errorFrom(m_insertFormasi.lastError());
    m_insertFormasi.addBindValue(formasi.unitId);
    m_insertFormasi.addBindValue(formasi.jabatanId);
    m_insertFormasi.addBindValue(formasi.required);
    if (!m_insertFormasi.exec())
        return m_database.errorFrom(m_insertFormasi.lastError());
    return {};
}

QList<Formasi> OrgRepository::formasi(qint64 unitId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT unit_id, jabatan_id, required FROM formasi WHERE unit_id = ? ORDER BY jabatan_id"));
    query.addBindValue(unitId);
    return readAll<Formasi>(query, formasiFromQuery);
}

QList<Formasi> OrgRepository::allFormasi() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT unit_id, jabatan_id, required FROM formasi ORDER BY unit_id, jabatan_id"));
    return readAll<Formasi>(query, formasiFromQuery);
}

std::optional<int> OrgRepository::formasiRequired(qint64 unitId, qint64 jabatanId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT required FROM formasi WHERE unit_id = ? AND jabatan_id = ?"));
    query.addBindValue(unitId);
    query.addBindValue(jabatanId);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return std::nullopt;
}

QHash<qint64, int> OrgRepository::bezetting(qint64 unitId) const
{
    // One grouped query over the (unit_id, jabatan_id) index.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT jabatan_id, count(*) FROM employee WHERE unit_id = ? AND "
                                 "jabatan_id IS NOT NULL GROUP BY jabatan_id"));
    query.addBindValue(unitId);
    return countsById(query);
}

} // namespace Simutasi
