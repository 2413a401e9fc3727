#pragma once

#include "WorkerJob.h"

#include "report/Dashboard.h"
#include "workflow/User.h"

namespace Simutasi {

// Computes the dashboard's figures in a worker thread with its own connection to the database
// file (a connection belongs to its thread), so the Beranda page stays responsive at 100,000
// employees; finished() is emitted in the GUI thread with the figures ready.
class DashboardJob : public WorkerJob
{
public:
    DashboardJob(const QString &databasePath, const QDate &referenceDate, const User &user,
                 QObject *parent = nullptr);
    ~DashboardJob() override { stopWorker(); }

    // Valid after finished().
    const DashboardFigures &figures() const { return m_figures; }
    const DatabaseError &error() const { return m_error; }

private:
    void run() override;

    QString m_databasePath;
    QDate m_referenceDate;
    User m_user;
    DashboardFigures m_figures; // written by the worker before it ends
    DatabaseError m_error;
};

} // namespace Simutasi
