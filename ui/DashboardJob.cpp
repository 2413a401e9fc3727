#include "DashboardJob.h"

#include "storage/Database.h"

namespace Simutasi {

DashboardJob::DashboardJob(const QString &databasePath, const QDate &referenceDate,
                           const User &user, QObject *parent)
    : WorkerJob(QStringLiteral("dashboard"), parent)
    , m_databasePath(databasePath)
    , m_referenceDate(referenceDate)
    , m_user(user)
{}

void DashboardJob::run()
{
    const std::unique_ptr<Database> database = openExisting(m_databasePath, &m_error);
    if (!database)
        return;
    m_figures = Dashboard::compute(*database, m_referenceDate, m_user, &m_error);
    // The connection closes here, in the thread that opened it.
}

} // namespace Simutasi
