#include "DashboardJob.h"

#include "storage/Database.h"

#include <QThread>

namespace Simutasi {

DashboardJob::DashboardJob(const QString &databasePath, const QDate &referenceDate,
                           const User &user, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_referenceDate(referenceDate)
    , m_user(user)
{}

DashboardJob::~DashboardJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void DashboardJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("dashboard"));
    connect(m_thread, &QThread::finished, this, &DashboardJob::finished, Qt::QueuedConnection);
    m_thread->start();
}

bool DashboardJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DashboardJob::run()
{
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    options.integrityCheck = false; // the window's own connection checked the file
    const std::unique_ptr<Database> database = Database::open(m_databasePath, options, &m_error);
    if (!database)
        return;
    m_figures = Dashboard::compute(*database, m_referenceDate, m_user, &m_error);
    // The connection closes here, in the thread that opened it.
}

} // namespace Simutasi
