#pragma once

#include "report/Dashboard.h"
#include "workflow/User.h"

#include <QObject>

class QThread;

namespace Simutasi {

// Computes the dashboard's figures in a worker thread with its own connection to the database
// file (a connection belongs to its thread), so the Beranda page stays responsive at 100,000
// employees; finished() is emitted in the GUI thread with the figures ready.
class DashboardJob : public QObject
{
    Q_OBJECT
public:
    DashboardJob(const QString &databasePath, const QDate &referenceDate, const User &user,
                 QObject *parent = nullptr);
    ~DashboardJob() override; // waits for the worker

    void start();
    bool isRunning() const;

    // Valid after finished().
    const DashboardFigures &figures() const { return m_figures; }
    const DatabaseError &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void run(); // in the worker thread

    QString m_databasePath;
    QDate m_referenceDate;
    User m_user;
    QThread *m_thread = nullptr;
    DashboardFigures m_figures; // written by the worker before it ends
    DatabaseError m_error;
};

} // namespace Simutasi
