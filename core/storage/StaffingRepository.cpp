#include "StaffingRepository.h"

#include "Database.h"
#include "SqlRows.h"

namespace Simutasi {

StaffingRepository::StaffingRepository(Database &database)
    : m_database(database)
{}

QList<StaffingCell> StaffingRepository::cells(DatabaseError *error) const
{
    // Bezetting counts every holder (PNS, CPNS and PPPK): they all fill the formasi. Posts of
    // closed units are left out: their staff is shown where it was moved to.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "WITH b AS (SELECT unit_id, jabatan_id, count(*) AS n FROM employee "
        "  WHERE unit_id IS NOT NULL AND jabatan_id IS NOT NULL GROUP BY unit_id, jabatan_id), "
        "posts AS (SELECT unit_id, jabatan_id FROM formasi UNION SELECT unit_id, jabatan_id FROM "
        "b) "
        "SELECT p.unit_id, p.jabatan_id, u.opd_id, u.region_id, u.remote, "
        "  coalesce(f.required, 0), coalesce(b.n, 0) "
        "FROM posts p JOIN org_unit u ON u.id = p.unit_id "
        "LEFT JOIN formasi f ON f.unit_id = p.unit_id AND f.jabatan_id = p.jabatan_id "
        "LEFT JOIN b ON b.unit_id = p.unit_id AND b.jabatan_id = p.jabatan_id "
        "WHERE u.closed_on IS NULL ORDER BY p.unit_id, p.jabatan_id"));
    QList<StaffingCell> cells;
    const DatabaseError result = SqlRows::forEachRow(m_database, query, [&](const QSqlQuery &q) {
        cells.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                      q.value(3).toLongLong(), q.value(4).toBool(), q.value(5).toInt(),
                      q.value(6).toInt()});
    });
    if (error)
        *error = result;
    return cells;
}

} // namespace Simutasi
