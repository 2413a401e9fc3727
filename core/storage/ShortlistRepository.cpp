#include "ShortlistRepository.h"

#include "Database.h"
#include "SqlRows.h"
#include "SqlValues.h"
#include "workflow/Permissions.h"

namespace Simutasi {

using namespace SqlValues;
using namespace SqlRows;

ShortlistRepository::ShortlistRepository(Database &database)
    : m_database(database)
{}

DatabaseError ShortlistRepository::add(ShortlistEntry &entry)
{
    if (DatabaseError refusal = Permissions::requireCurrent(m_database, DataAction::EditShortlist))
        return refusal;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO shortlist (jabatan_id, unit_id, employee_id, "
                                 "added_on, added_by, note) VALUES (?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (jabatan_id, unit_id, employee_id) DO NOTHING"));
    query.addBindValue(entry.jabatanId);
    query.addBindValue(entry.unitId);
    query.addBindValue(entry.employeeId);
    query.addBindValue(fromDate(entry.addedOn.isValid() ? entry.addedOn : QDate::currentDate()));
    query.addBindValue(fromText(entry.addedBy));
    query.addBindValue(fromText(entry.note));
    if (DatabaseError error = execute(m_database, query))
        return error;
    query.prepare(QStringLiteral("SELECT id FROM shortlist WHERE jabatan_id = ? AND unit_id = ? "
                                 "AND employee_id = ?"));
    query.addBindValue(entry.jabatanId);
    query.addBindValue(entry.unitId);
    query.addBindValue(entry.employeeId);
    if (!query.exec() || !query.next())
        return m_database.errorFrom(query.lastError());
    entry.id = query.value(0).toLongLong();
    return {};
}

DatabaseError ShortlistRepository::remove(qint64 entryId)
{
    if (DatabaseError refusal = Permissions::requireCurrent(m_database, DataAction::EditShortlist))
        return refusal;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM shortlist WHERE id = ?"));
    query.addBindValue(entryId);
    return execute(m_database, query);
}

QList<ShortlistEntry> ShortlistRepository::entries(qint64 jabatanId, qint64 unitId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, jabatan_id, unit_id, employee_id, added_on, "
                                 "added_by, note FROM shortlist WHERE jabatan_id = ? AND "
                                 "unit_id = ? ORDER BY id"));
    query.addBindValue(jabatanId);
    query.addBindValue(unitId);
    return readAll<ShortlistEntry>(query, [](const QSqlQuery &q) {
        return ShortlistEntry{q.value(0).toLongLong(), q.value(1).toLongLong(),
                              q.value(2).toLongLong(), q.value(3).toLongLong(),
                              toDate(q.value(4)),      q.value(5).toString(),
                              q.value(6).toString()};
    });
}

QList<ShortlistVacancy> ShortlistRepository::vacancies() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT jabatan_id, unit_id, count(*) FROM shortlist "
                                 "GROUP BY jabatan_id, unit_id ORDER BY jabatan_id, unit_id"));
    return readAll<ShortlistVacancy>(query, [](const QSqlQuery &q) {
        return ShortlistVacancy{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                q.value(2).toInt()};
    });
}

} // namespace Simutasi
