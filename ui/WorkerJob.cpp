#include "WorkerJob.h"

#include "storage/Database.h"

#include <QThread>

namespace Simutasi {

WorkerJob::WorkerJob(const QString &threadName, QObject *parent)
    : QObject(parent)
    , m_threadName(threadName)
{}

WorkerJob::~WorkerJob()
{
    stopWorker();
    delete m_thread;
}

void WorkerJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(m_threadName);
    // QThread::finished is emitted in the worker; the queued connection brings it to our thread
    // after run() has returned, so the results are complete when finished() arrives.
    connect(m_thread, &QThread::finished, this, &WorkerJob::finished, Qt::QueuedConnection);
    m_thread->start();
}

bool WorkerJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void WorkerJob::stopWorker()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->wait();
}

bool WorkerJob::reportProgress(qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
    return !m_cancelled.load();
}

std::unique_ptr<Database> WorkerJob::openExisting(const QString &path, DatabaseError *error)
{
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    options.integrityCheck = false;
    return Database::open(path, options, error);
}

} // namespace Simutasi
