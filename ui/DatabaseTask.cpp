#include "DatabaseTask.h"

#include "storage/Database.h"

#include <QThread>

namespace Simutasi {

DatabaseTask::DatabaseTask(const QString &databasePath, Work work, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_work(std::move(work))
{}

DatabaseTask::~DatabaseTask()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void DatabaseTask::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("database-task"));
    // Queued: finished() arrives in our thread after run() has returned, its result complete.
    connect(m_thread, &QThread::finished, this, &DatabaseTask::finished, Qt::QueuedConnection);
    m_thread->start();
}

bool DatabaseTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DatabaseTask::run()
{
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    options.integrityCheck = false; // the window's own connection checked the file
    DatabaseError error;
    const std::unique_ptr<Database> database = Database::open(m_path, options, &error);
    if (!database) {
        m_error = error;
        return;
    }
    m_error = m_work(*database);
    // The connection closes here, in the thread that opened it.
}

} // namespace Simutasi
