#include "DatabaseTask.h"

#include "storage/Database.h"

namespace Simutasi {

DatabaseTask::DatabaseTask(const QString &databasePath, Work work, QObject *parent)
    : WorkerJob(QStringLiteral("database-task"), parent)
    , m_path(databasePath)
    , m_work(std::move(work))
{}

void DatabaseTask::run()
{
    DatabaseError error;
    const std::unique_ptr<Database> database = openExisting(m_path, &error);
    if (!database) {
        m_error = error;
        return;
    }
    m_error = m_work(*database);
    // The connection closes here, in the thread that opened it.
}

} // namespace Simutasi
