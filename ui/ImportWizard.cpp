#include "ImportWizard.h"

#include "DialogSeams.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportResultPage.h"
#include "ImportRunPage.h"
#include "import/RejectReport.h"
#include "session/Session.h"
#include "settings/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>

namespace Simutasi {

ImportWizard::ImportWizard(Settings &settings, const QString &databasePath, QWidget *parent)
    : QWizard(parent)
    , m_settings(settings)
    , m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import data"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    const QIcon logo(QStringLiteral(":/icons/simutasi.png"));
    if (!logo.isNull())
        setPixmap(QWizard::LogoPixmap, logo.pixmap(48, 48));

    m_filePage = new ImportFilePage(this);
    m_mappingPage = new ImportMappingPage(this);
    m_previewPage = new ImportPreviewPage(this);
    m_runPage = new ImportRunPage(this);
    m_resultPage = new ImportResultPage(this);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(RunPageId, m_runPage);
    setPage(ResultPageId, m_resultPage);
    setStartId(FilePageId);
    resize(900, 680);
}

QString ImportWizard::kindTitle(const QString &kind)
{
    if (kind == u"employees")
        return tr("Employees");
    if (kind == u"skp")
        return tr("SKP ratings");
    if (kind == u"formasi")
        return tr("Jabatan and formasi");
    if (kind == u"units")
        return tr("Organisation units");
    return kind;
}

void ImportWizard::setSource(const QString &path, const QString &kind, const ImportTable &table,
                             const QString &description)
{
    m_sourcePath = path;
    m_kind = kind;
    m_table = table;
    m_sourceDescription = description;
    m_mapping = {};
    m_preview = {};
    m_createMissing = false;
}

ImportJob::Request ImportWizard::jobRequest(ImportJob::Mode mode) const
{
    ImportJob::Request request;
    request.databasePath = m_databasePath;
    request.kind = m_kind;
    request.table = m_table;
    request.mapping = m_mapping;
    request.options.createMissing = m_createMissing;
    request.options.user = Session::userName();
    request.mode = mode;
    return request;
}

void ImportWizard::setResult(const ImportReport &report, bool cancelled)
{
    m_result = report;
    m_cancelled = cancelled;
    if (report.written)
        Q_EMIT imported();
}

bool ImportWizard::saveRejectReport(QWidget *parent, const QList<ImportIssue> &rejects)
{
    const QFileInfo source(m_sourcePath);
    const QString suggested =
        source.dir().filePath(tr("%1 - rejected rows.xlsx").arg(source.completeBaseName()));
    QString path =
        DialogSeams::getSaveFileName(parent, tr("Save the report of rejected rows"), suggested,
                                     tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    QString error;
    if (!RejectReport::save(path, rejects, &error)) {
        DialogSeams::critical(parent, tr("Report not saved"), error);
        return false;
    }
    return true;
}

void ImportWizard::reject()
{
    if (m_runPage->isRunning()) {
        m_runPage->cancel(); // the run page moves on to the result once the rollback is done
        return;
    }
    QWizard::reject();
}

} // namespace Simutasi
