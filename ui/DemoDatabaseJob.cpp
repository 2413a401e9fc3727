#include "DemoDatabaseJob.h"

#include "storage/Database.h"

namespace Simutasi {

DemoDatabaseJob::DemoDatabaseJob(const QString &path, const DemoGenerator::Options &options,
                                 QObject *parent)
    : WorkerJob(QStringLiteral("demo-generator"), parent)
    , m_path(path)
    , m_options(options)
{
    reportProgress(0, options.employees);
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
    m_error =
        generator.generate([this](int done, int total) { return reportProgress(done, total); });
    m_summary = generator.summary();
    // The connection closes here, in the thread that opened it.
}

} // namespace Simutasi
