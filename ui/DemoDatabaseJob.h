#pragma once

#include "WorkerJob.h"

#include "demo/DemoGenerator.h"
#include "storage/DatabaseError.h"

namespace Simutasi {

// Builds a demo database in a worker thread, so the window stays responsive. The worker opens
// its own connection to the file (Qt SQL connections belong to one thread) and closes it before
// finished() is emitted; the GUI then opens the file itself. Progress is read by polling
// done()/total(); cancel() asks the generator to stop, which leaves the file empty.
class DemoDatabaseJob : public WorkerJob
{
public:
    DemoDatabaseJob(const QString &path, const DemoGenerator::Options &options,
                    QObject *parent = nullptr);
    ~DemoDatabaseJob() override { stopWorker(); }

    // Valid after finished().
    DatabaseError error() const { return m_error; }
    DemoGenerator::Summary summary() const { return m_summary; }

private:
    void run() override;

    QString m_path;
    DemoGenerator::Options m_options;
    DatabaseError m_error;            // written by the worker before it ends
    DemoGenerator::Summary m_summary; // likewise
};

} // namespace Simutasi
