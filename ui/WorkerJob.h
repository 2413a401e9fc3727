#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

class QThread;

namespace Simutasi {

class Database;
struct DatabaseError;

// Base of the jobs that run one piece of long work (a report, an import, the dashboard, the
// candidate pool...) in a worker thread, so the window stays responsive at 100,000 employees.
// It owns the thread, starts it once, carries the cancel flag and the progress the work reports,
// and emits finished() in the thread that started it after run() has returned, so a subclass's
// results are complete when finished() arrives.
// A subclass implements run() and calls stopWorker() in its own destructor: the worker writes
// the subclass's members, which are gone by the time this base's destructor runs.
class WorkerJob : public QObject
{
    Q_OBJECT
public:
    ~WorkerJob() override; // cancels and waits for the worker

    void start();
    // Asks the work to stop; work that never asks isCancelled() simply runs to its end.
    void cancel() { m_cancelled = true; }
    bool wasCancelled() const { return m_cancelled; }
    bool isRunning() const;

    // Progress as the work last reported it (see reportProgress); read by polling.
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }

Q_SIGNALS:
    void finished();

protected:
    // `threadName` names the worker thread for debuggers and crash reports.
    WorkerJob(const QString &threadName, QObject *parent);

    virtual void run() = 0; // in the worker thread

    // Cancels and waits until run() has returned; safe to call more than once.
    void stopWorker();

    // Records progress; returns false once cancelled, the shape every progress callback wants.
    bool reportProgress(qint64 done, qint64 total);
    const std::atomic<bool> &cancelFlag() const { return m_cancelled; }

    // The worker's own connection to an existing file (a connection belongs to its thread): no
    // integrity check, the window's own connection checked the file when it opened it.
    static std::unique_ptr<Database> openExisting(const QString &path, DatabaseError *error);

private:
    QString m_threadName;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
};

} // namespace Simutasi
