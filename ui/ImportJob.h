#pragma once

#include "WorkerJob.h"

#include "import/ColumnMapping.h"
#include "import/ImportReport.h"
#include "import/ImportTable.h"
#include "import/Importer.h"

namespace Simutasi {

// Checks (preview) or writes (run) an import in a worker thread, so the window stays
// responsive with 100,000 rows. The worker opens its own connection to the database file (Qt
// SQL connections belong to one thread) and closes it before finished() is emitted. Progress is
// read by polling done()/total() (total() is 0 while the rows are still being checked);
// cancel() makes the run roll back, leaving the database as it was.
class ImportJob : public WorkerJob
{
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
    ~ImportJob() override { stopWorker(); }

    Mode mode() const { return m_request.mode; }
    // Valid after finished().
    const ImportReport &report() const { return m_report; }

private:
    void run() override;

    Request m_request;
    ImportReport m_report; // written by the worker before it ends
};

} // namespace Simutasi
