#include "ImportJob.h"

#include "import/ImportKinds.h"
#include "storage/Database.h"

namespace Simutasi {

ImportJob::ImportJob(const Request &request, QObject *parent)
    : WorkerJob(QStringLiteral("import"), parent)
    , m_request(request)
{}

void ImportJob::run()
{
    DatabaseError error;
    const std::unique_ptr<Database> database = openExisting(m_request.databasePath, &error);
    const std::unique_ptr<ImportKind> kind = ImportKinds::create(m_request.kind);
    if (!database || !kind) {
        m_report.error = error;
        return;
    }
    Importer importer(*database, *kind, m_request.options);
    if (m_request.mode == Mode::Preview) {
        m_report = importer.preview(m_request.table, m_request.mapping);
        return;
    }
    m_report = importer.run(m_request.table, m_request.mapping,
                            [this](int done, int total) { return reportProgress(done, total); });
    // The connection closes here, in the thread that opened it.
}

} // namespace Simutasi
