#pragma once

#include "WorkerJob.h"

#include "storage/DatabaseError.h"

#include <functional>

namespace Simutasi {

// Runs one read of the database in a worker thread, so a computation that takes longer than a
// blink (the talent grid, the data-quality board: a few hundred ms at 100,000 employees) does
// not freeze the window. The worker opens its own connection to the file (Qt SQL connections
// belong to one thread), hands it to `work`, and closes it before finished() arrives in the
// thread that started the task. `work` stores its result where the caller will read it after
// finished(); it must not touch widgets.
class DatabaseTask : public WorkerJob
{
public:
    using Work = std::function<DatabaseError(Database &)>;

    DatabaseTask(const QString &databasePath, Work work, QObject *parent = nullptr);
    ~DatabaseTask() override { stopWorker(); }

    // Valid after finished(): the failure to open the file, or what `work` returned.
    DatabaseError error() const { return m_error; }

private:
    void run() override;

    QString m_path;
    Work m_work;
    DatabaseError m_error; // written by the worker before it ends
};

} // namespace Simutasi
