#include "CandidatePoolJob.h"

#include "storage/Database.h"

#include <QElapsedTimer>
#include <QThread>

namespace Simutasi {

CandidatePoolJob::CandidatePoolJob(const QString &databasePath, const QDate &referenceDate,
                                   const CandidatePool::LoadOptions &options, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_referenceDate(referenceDate)
    , m_options(options)
{}

CandidatePoolJob::~CandidatePoolJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void CandidatePoolJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("candidatePool"));
    // Queued: finished() arrives in our thread after run() has returned, with the pool set.
    connect(m_thread, &QThread::finished, this, &CandidatePoolJob::finished, Qt::QueuedConnection);
    m_thread->start();
}

bool CandidatePoolJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void CandidatePoolJob::run()
{
    QElapsedTimer timer;
    timer.start();
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    options.integrityCheck = false; // the window's own connection checked the file
    std::unique_ptr<Database> database = Database::open(m_databasePath, options, &m_error);
    if (!database)
        return;
    auto pool = std::make_shared<CandidatePool>(
        CandidatePool::load(*database, m_referenceDate, m_options, &m_error));
    if (!m_error)
        m_pool = std::move(pool);
    m_elapsedMs = int(timer.elapsed());
    // The connection closes here, in the thread that opened it.
}

} // namespace Simutasi
