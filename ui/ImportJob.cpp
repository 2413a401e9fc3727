#include "ImportJob.h"

#include "import/ImportKinds.h"
#include "storage/Database.h"

#include <QThread>

namespace Simutasi {

ImportJob::ImportJob(const Request &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
{}

ImportJob::~ImportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ImportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("import"));
    // Queued: finished() arrives in our thread after run() has returned, with the report done.
    connect(m_thread, &QThread::finished, this, &ImportJob::finished, Qt::QueuedConnection);
    m_thread->start();
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::run()
{
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    options.integrityCheck = false; // the window's own connection checked the file
    DatabaseError error;
    const std::unique_ptr<Database> database =
        Database::open(m_request.databasePath, options, &error);
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
    m_report = importer.run(m_request.table, m_request.mapping, [this](int done, int total) {
        m_done = done;
        m_total = total;
        return !m_cancelled.load();
    });
    // The connection closes here, in the thread that opened it.
}

} // namespace Simutasi
