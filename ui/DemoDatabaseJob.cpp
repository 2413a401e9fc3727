#include "DemoDatabaseJob.h"

#include "storage/Database.h"

#include <QThread>

namespace Simutasi {

DemoDatabaseJob::DemoDatabaseJob(const QString &path, const DemoGenerator::Options &options,
                                 QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_options(options)
{
    m_total = options.employees;
}

DemoDatabaseJob::~DemoDatabaseJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void DemoDatabaseJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("demo-generator"));
    // QThread::finished is emitted in the worker; the queued connection brings it to our thread
    // after run() has returned, so error() and summary() are complete when finished() arrives.
    connect(m_thread, &QThread::finished, this, &DemoDatabaseJob::finished, Qt::QueuedConnection);
    m_thread->start();
}

bool DemoDatabaseJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DemoDatabaseJob::run()
{
    Database::Options options;
    options.mode = Database::OpenMode::CreateIfMissing;
    DatabaseError error;
    std::unique_ptr<Database> database = Database::open(m_path, options, &error);
    if (!database) {
        m_error = error;
        return;
    }
    DemoGenerator generator(*database, m_options);
    m_error = generator.generate([this](int done, int total) {
        m_done = done;
        m_total = total;
        return !m_cancelled.load();
    });
    m_summary = generator.summary();
    // The connection closes here, in the thread that opened it.
}

} // namespace Simutasi
