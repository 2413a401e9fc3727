#include "CandidatePoolJob.h"

#include "storage/Database.h"

#include <QElapsedTimer>

namespace Simutasi {

CandidatePoolJob::CandidatePoolJob(const QString &databasePath, const QDate &referenceDate,
                                   const CandidatePool::LoadOptions &options, QObject *parent)
    : WorkerJob(QStringLiteral("candidatePool"), parent)
    , m_databasePath(databasePath)
    , m_referenceDate(referenceDate)
    , m_options(options)
{}

void CandidatePoolJob::run()
{
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<Database> database = openExisting(m_databasePath, &m_error);
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
