#pragma once

#include "WorkerJob.h"

#include "report/Report.h"
#include "report/ReportExporter.h"

#include <memory>

namespace Simutasi {

// Runs a report, or exports a result, in a worker thread so that the window stays responsive
// with 100,000 rows. A run opens its own connection to the database file (a connection belongs
// to its thread) and closes it before finished(). Progress of an export is read by polling
// done()/total(); cancel() stops either, and an export cancelled leaves the target untouched.
class ReportJob : public WorkerJob
{
public:
    // Runs `report` with `filters` on the database at `databasePath`.
    ReportJob(const QString &databasePath, const Report &report, const ReportFilters &filters,
              QObject *parent = nullptr);
    // Writes `data` to `path` (.xlsx or .csv).
    ReportJob(std::shared_ptr<const ReportData> data, const QString &path,
              const ReportExportInfo &info, QObject *parent = nullptr);
    ~ReportJob() override { stopWorker(); }

    bool isExport() const { return !m_path.isEmpty(); }

    // Valid after finished().
    std::shared_ptr<const ReportData> data() const { return m_data; }
    const DatabaseError &error() const { return m_error; }       // of a run
    ReportExporter::Result result() const { return m_result; }   // of an export
    const QString &exportError() const { return m_exportError; } // of a failed export

private:
    void run() override;
    void runReport();
    void runExport();

    QString m_databasePath;
    Report m_report;
    ReportFilters m_filters;
    QString m_path;
    ReportExportInfo m_info;
    std::shared_ptr<const ReportData> m_data;
    DatabaseError m_error;
    ReportExporter::Result m_result = ReportExporter::Result::Failed;
    QString m_exportError;
};

} // namespace Simutasi
