#pragma once

#include "ImportJob.h"

#include "import/ColumnMapping.h"
#include "import/ImportReport.h"
#include "import/ImportTable.h"

#include <QWizard>

namespace Simutasi {

class ImportFilePage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportResultPage;
class ImportRunPage;
class Settings;

// File → Import…: brings a CSV or XLSX file of employees, SKP ratings, formasi or units into
// the open database in five steps: the file and what it holds; which column is which field
// (detected, correctable, remembered for files with the same header); a preview of what would
// be inserted, updated and rejected, with the missing units and jabatan and a report to save;
// the import itself in a worker thread with progress and cancel, written in one transaction;
// and the result. Nothing is written before the officer says "Import".
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        FilePageId,
        MappingPageId,
        PreviewPageId,
        RunPageId,
        ResultPageId
    };

    ImportWizard(Settings &settings, const QString &databasePath, QWidget *parent = nullptr);

    Settings &settings() const { return m_settings; }
    QString databasePath() const { return m_databasePath; }

    // What the pages settle, step by step.
    QString kind() const { return m_kind; }
    void setSource(const QString &path, const QString &kind, const ImportTable &table,
                   const QString &description);
    QString sourcePath() const { return m_sourcePath; }
    QString sourceDescription() const { return m_sourceDescription; }
    ImportTable &table() { return m_table; }
    ColumnMapping &mapping() { return m_mapping; }
    bool createMissing() const { return m_createMissing; }
    void setCreateMissing(bool create) { m_createMissing = create; }
    // What the preview and the run pages hand their ImportJob: all of the above, by the user
    // logged in.
    ImportJob::Request jobRequest(ImportJob::Mode mode) const;
    const ImportReport &preview() const { return m_preview; }
    void setPreview(const ImportReport &report) { m_preview = report; }
    const ImportReport &result() const { return m_result; }
    void setResult(const ImportReport &report, bool cancelled);
    bool wasCancelled() const { return m_cancelled; }

    // Saves the rejected rows as CSV or XLSX, asking where; false when not saved.
    bool saveRejectReport(QWidget *parent, const QList<ImportIssue> &rejects);

    ImportFilePage *filePage() const { return m_filePage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportRunPage *runPage() const { return m_runPage; }
    ImportResultPage *resultPage() const { return m_resultPage; }

    static QString kindTitle(const QString &kind);

public Q_SLOTS:
    void reject() override; // while writing: cancels, and closes once the rollback is done

Q_SIGNALS:
    void imported(); // the write committed: lists showing the data should refresh

private:
    Settings &m_settings;
    QString m_databasePath;
    QString m_kind;
    QString m_sourcePath;
    QString m_sourceDescription;
    ImportTable m_table;
    ColumnMapping m_mapping;
    bool m_createMissing = false;
    ImportReport m_preview;
    ImportReport m_result;
    bool m_cancelled = false;
    ImportFilePage *m_filePage = nullptr;
    ImportMappingPage *m_mappingPage = nullptr;
    ImportPreviewPage *m_previewPage = nullptr;
    ImportRunPage *m_runPage = nullptr;
    ImportResultPage *m_resultPage = nullptr;
};

} // namespace Simutasi
