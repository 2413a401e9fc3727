#pragma once

#include "import/ColumnMapping.h"
#include "import/ImportReport.h"
#include "import/ImportTable.h"
#include "import/Importer.h"

#include <QObject>
#include <atomic>

class QThread;

namespace Simutasi {

// Checks (preview) or writes (run) an import in a worker thread, so the window stays
// responsive with 100,000 rows. The worker opens its own connection to the database file (Qt
// SQL connections belong to one thread) and closes it before finished() is emitted. Progress is
// read by polling done()/total(); cancel() makes the run roll back, leaving the database as it
// was.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Preview,
        Run
    };
    struct Request
    {
        QString databasePath;
        QString kind; // an ImportKinds name
        ImportTable table;
        ColumnMapping mapping;
        Importer::Options options;
        Mode mode = Mode::Preview;
    };

    explicit ImportJob(const Request &request, QObject *parent = nullptr);
    ~ImportJob() override; // cancels and waits for the worker

    void start();
    void cancel() { m_cancelled = true; }
    bool wasCancelled() const { return m_cancelled; }
    bool isRunning() const;
    Mode mode() const { return m_request.mode; }

    int done() const { return m_done; }
    int total() const { return m_total; } // 0 while the rows are still being checked
    // Valid after finished().
    const ImportReport &report() const { return m_report; }

Q_SIGNALS:
    void finished();

private:
    void run(); // in the worker thread

    Request m_request;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled{false};
    std::atomic<int> m_done{0};
    std::atomic<int> m_total{0};
    ImportReport m_report; // written by the worker before it ends
};

} // namespace Simutasi
