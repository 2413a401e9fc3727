#include "ReportJob.h"

#include "report/ReportCatalogue.h"
#include "storage/Database.h"

namespace Simutasi {

ReportJob::ReportJob(const QString &databasePath, const Report &report,
                     const ReportFilters &filters, QObject *parent)
    : WorkerJob(QStringLiteral("report"), parent)
    , m_databasePath(databasePath)
    , m_report(report)
    , m_filters(filters)
{}

ReportJob::ReportJob(std::shared_ptr<const ReportData> data, const QString &path,
                     const ReportExportInfo &info, QObject *parent)
    : WorkerJob(QStringLiteral("report"), parent)
    , m_path(path)
    , m_info(info)
    , m_data(std::move(data))
{}

void ReportJob::run()
{
    if (isExport())
        runExport();
    else
        runReport();
}

void ReportJob::runExport()
{
    m_result = ReportExporter::write(
        m_path, m_info, *m_data,
        [this](qint64 done, qint64 total) { return reportProgress(done, total); }, &m_exportError);
}

void ReportJob::runReport()
{
    const std::unique_ptr<Database> database = openExisting(m_databasePath, &m_error);
    if (!database)
        return;
    auto data = std::make_shared<ReportData>();
    m_error = ReportCatalogue::run(*database, m_report, m_filters, data.get(), &cancelFlag());
    m_data = std::move(data);
    // The connection closes here, in the thread that opened it.
}

} // namespace Simutasi
