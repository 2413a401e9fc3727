#pragma once

#include "report/Report.h"
#include "report/ReportExporter.h"

#include <QObject>
#include <atomic>
#include <memory>

class QThread;

namespace Simutasi {

// Runs a report, or exports a result, in a worker thread so that the window stays responsive
// with 100,000 rows. A run opens its own connection to the database file (a connection belongs
// to its thread) and closes it before finished(). Progress of an export is read by polling
// done()/total(); cancel() stops either, and an export cancelled leaves the target untouched.
class ReportJob : public QObject
{
    Q_OBJECT
public:
    // Runs `report` with `filters` on the database at `databasePath`.
    ReportJob(const QString &databasePath, const Report &report, const ReportFilters &filters,
              QObject *parent = nullptr);
    // Writes `data` to `path` (.xlsx or .csv).
    ReportJob(std::shared_ptr<const ReportData> data, const QString &path,
              const ReportExportInfo &info, QObject *parent = nullptr);
    ~ReportJob() override; // cancels and waits for the worker

    void start();
    void cancel() { m_cancelled = true; }
    bool isRunning() const;
    bool isExport() const { return !m_path.isEmpty(); }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }

    // Valid after finished().
    std::shared_ptr<const ReportData> data() const { return m_data; }
    const DatabaseError &error() const { return m_error; }       // of a run
    ReportExporter::Result result() const { return m_result; }   // of an export
    const QString &exportError() const { return m_exportError; } // of a failed export

Q_SIGNALS:
    void finished();

private:
    void run(); // in the worker thread

    QString m_databasePath;
    Report m_report;
    ReportFilters m_filters;
    QString m_path;
    ReportExportInfo m_info;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::shared_ptr<const ReportData> m_data;
    DatabaseError m_error;
    ReportExporter::Result m_result = ReportExporter::Result::Failed;
    QString m_exportError;
};

} // namespace Simutasi
