#pragma once

#include "WorkerJob.h"

#include "analysis/CandidatePool.h"
#include "storage/DatabaseError.h"

#include <QDate>
#include <memory>

namespace Simutasi {

// Loads a CandidatePool in a worker thread: about 0.4 s for 100,000 employees, too long to
// freeze the window. The worker opens its own connection to the database file (a connection
// belongs to its thread) and closes it before finished() is emitted; the pool is then handed
// over to the GUI thread, where rankings use it without touching the database.
class CandidatePoolJob : public WorkerJob
{
public:
    CandidatePoolJob(const QString &databasePath, const QDate &referenceDate,
                     const CandidatePool::LoadOptions &options, QObject *parent = nullptr);
    ~CandidatePoolJob() override { stopWorker(); }

    // Valid after finished(): the pool (nullptr when loading failed) and the error.
    std::shared_ptr<const CandidatePool> pool() const { return m_pool; }
    const DatabaseError &error() const { return m_error; }
    int elapsedMs() const { return m_elapsedMs; }

private:
    void run() override;

    QString m_databasePath;
    QDate m_referenceDate;
    CandidatePool::LoadOptions m_options;
    std::shared_ptr<const CandidatePool> m_pool; // written by the worker before it ends
    DatabaseError m_error;
    int m_elapsedMs = 0;
};

} // namespace Simutasi
