#include "AbkRepository.h"

#include "Database.h"
#include "SqlRows.h"
#include "SqlValues.h"

namespace Simutasi {

using namespace SqlValues;
using namespace SqlRows;

namespace {

// Binds the columns in the order of the INSERT and UPDATE statements.
void bindTask(QSqlQuery &q, const AbkTask &task)
{
    q.addBindValue(task.unitId);
    q.addBindValue(task.jabatanId);
    q.addBindValue(fromText(task.name));
    q.addBindValue(fromText(task.outputUnit));
    q.addBindValue(task.yearlyVolume);
    q.addBindValue(task.minutesPerUnit);
}

} // namespace

AbkRepository::AbkRepository(Database &database)
    : m_database(database)
{}

DatabaseError AbkRepository::addTask(AbkTask &task)
{
    if (!prepareOnce(m_insert, m_database.connection(),
                     QStringLiteral("INSERT INTO abk_task (unit_id, jabatan_id, name, output_unit, "
                                    "yearly_volume, minutes_per_unit) VALUES (?, ?, ?, ?, ?, ?)")))
        return m_database.errorFrom(m_insert.lastError());
    bindTask(m_insert, task);
    return executeInsert(m_database, m_insert, &task.id);
}

DatabaseError AbkRepository::updateTask(const AbkTask &task)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE abk_task SET unit_id = ?, jabatan_id = ?, name = ?, "
                                 "output_unit = ?, yearly_volume = ?, minutes_per_unit = ? "
                                 "WHERE id = ?"));
    bindTask(query, task);
    query.addBindValue(task.id);
    return execute(m_database, query);
}

DatabaseError AbkRepository::removeTask(qint64 taskId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM abk_task WHERE id = ?"));
    query.addBindValue(taskId);
    return execute(m_database, query);
}

QList<AbkTask> AbkRepository::tasks(qint64 unitId, qint64 jabatanId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, unit_id, jabatan_id, name, output_unit, "
                                 "yearly_volume, minutes_per_unit FROM abk_task "
                                 "WHERE unit_id = ? AND jabatan_id = ? ORDER BY id"));
    query.addBindValue(unitId);
    query.addBindValue(jabatanId);
    return readAll<AbkTask>(query, [](const QSqlQuery &q) {
        return AbkTask{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                       q.value(3).toString(),   q.value(4).toString(),   q.value(5).toDouble(),
                       q.value(6).toDouble()};
    });
}

QList<AbkPost> AbkRepository::posts() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT unit_id, jabatan_id, count(*) FROM abk_task "
                                 "GROUP BY unit_id, jabatan_id ORDER BY unit_id, jabatan_id"));
    return readAll<AbkPost>(query, [](const QSqlQuery &q) {
        return AbkPost{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt()};
    });
}

} // namespace Simutasi
