#pragma once

#include "DatabaseError.h"
#include "domain/AbkTask.h"

#include <QList>
#include <QSqlQuery>

namespace Simutasi {

class Database;

// A jabatan in a unit that has ABK tasks, for listing the workload analyses that exist.
struct AbkPost
{
    qint64 unitId = 0;
    qint64 jabatanId = 0;
    int tasks = 0;
};

// The tasks of the workload analysis (ABK) per jabatan and unit. Writes do not open a
// transaction: callers wrap a batch in one.
class AbkRepository
{
public:
    explicit AbkRepository(Database &database);

    DatabaseError addTask(AbkTask &task); // sets task.id
    DatabaseError updateTask(const AbkTask &task);
    DatabaseError removeTask(qint64 taskId);
    QList<AbkTask> tasks(qint64 unitId, qint64 jabatanId) const;
    QList<AbkPost> posts() const; // by unit, then jabatan

private:
    Database &m_database;
    QSqlQuery m_insert;
};

} // namespace Simutasi
