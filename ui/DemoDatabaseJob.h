#pragma once

#include "demo/DemoGenerator.h"
#include "storage/DatabaseError.h"

#include <QObject>
#include <QString>
#include <atomic>

class QThread;

namespace Simutasi {

// Builds a demo database in a worker thread, so the window stays responsive. The worker opens
// its own connection to the file (Qt SQL connections belong to one thread) and closes it before
// finished() is emitted; the GUI then opens the file itself. Progress is read by polling
// done()/total(); cancel() asks the generator to stop, which leaves the file empty.
class DemoDatabaseJob : public QObject
{
    Q_OBJECT
public:
    DemoDatabaseJob(const QString &path, const DemoGenerator::Options &options,
                    QObject *parent = nullptr);
    ~DemoDatabaseJob() override; // cancels and waits for the worker

    void start();
    void cancel() { m_cancelled = true; }
    bool isRunning() const;
    bool wasCancelled() const { return m_cancelled; }

    int done() const { return m_done; }
    int total() const { return m_total; }
    // Valid after finished().
    DatabaseError error() const { return m_error; }
    DemoGenerator::Summary summary() const { return m_summary; }

Q_SIGNALS:
    void finished();

private:
    void run(); // in the worker thread

    QString m_path;
    DemoGenerator::Options m_options;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled{false};
    std::atomic<int> m_done{0};
    std::atomic<int> m_total{0};
    DatabaseError m_error;            // written by the worker before it ends
    DemoGenerator::Summary m_summary; // likewise
};

} // namespace Simutasi
