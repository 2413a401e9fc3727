#include "ReportJob.h"

#include "report/ReportCatalogue.h"
#include "storage/Database.h"

#include <QThread>

namespace Simutasi {

ReportJob::ReportJob(const QString &databasePath, const Report &report,
                     const ReportFilters &filters, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_report(report)
    , m_filters(filters)
{}

ReportJob::ReportJob(std::shared_ptr<const ReportData> data, const QString &path,
                     const ReportExportInfo &info, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_info(info)
    , m_data(std::move(data))
{}

ReportJob::~ReportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ReportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("report"));
    // Queued: finished() arrives in our thread after run() has returned.
    connect(m_thread, &QThread::finished, this, &ReportJob::finished, Qt::QueuedConnection);
    m_thread->start();
}

bool ReportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ReportJob::run()
{
    if (isExport()) {
        m_result = ReportExporter::write(
            m_path, m_info, *m_data,
            [this](qint64 done, qint64 total) {
                m_done = done;
                m_total = total;
                return !m_cancelled.load();
            },
            &m_exportError);
        return;
    }
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    options.integrityCheck = false; // the window's own connection checked the file
    const std::unique_ptr<Database> database = Database::open(m_databasePath, options, &m_error);
    if (!database)
        return;
    auto data = std::make_shared<ReportData>();
    m_error = ReportCatalogue::run(*database, m_report, m_filters, data.get(), &m_cancelled);
    m_data = std::move(data);
    // The connection closes here, in the thread that opened it.
}

} // namespace Simutasi
