#pragma once

#include <QWizardPage>
#include <memory>

class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;
class QTableWidget;

namespace Simutasi {

class ImportCountsWidget;
class ImportIssueModel;
class ImportJob;
class ImportWizard;
struct ImportReport;

// Step 3 of the import: every row is checked (in a worker thread) and nothing is written yet.
// Shows how many rows would be inserted, updated and rejected; the units and jabatan the file
// names that do not exist, to create or to reject; every rejected row with its column and
// reason, with "Save report…"; and the choice between importing the valid rows now and
// importing nothing until the file is fixed.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard *wizard);
    ~ImportPreviewPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    bool isChecking() const;
    ImportIssueModel *rejects() const { return m_rejects; }
    QTableWidget *missingTable() const { return m_missingTable; }
    ImportCountsWidget *counts() const { return m_counts; }
    QRadioButton *createMissingChoice() const { return m_createMissing; }
    QRadioButton *rejectMissingChoice() const { return m_rejectMissing; }
    QRadioButton *importValidChoice() const { return m_importValid; }
    QRadioButton *importNothingChoice() const { return m_importNothing; }
    QPushButton *saveReportButton() const { return m_saveReport; }

private:
    QWidget *createMissingBox();
    QWidget *createRejectBox();
    QWidget *createChoiceBox();
    void startPreview();
    void previewFinished();
    void showMissing(const ImportReport &report);
    void showChoice(const ImportReport &report);
    void updateCommitText();
    bool wantsImport() const;

    ImportWizard *m_wizard;
    std::unique_ptr<ImportJob> m_job;
    bool m_checking = false;
    bool m_checked = false;      // a report is shown
    bool m_offersChoice = false; // between importing the valid rows and nothing
    QWidget *m_busy = nullptr;
    QLabel *m_busyText = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_fatal = nullptr;
    ImportCountsWidget *m_counts = nullptr;
    QGroupBox *m_missingBox = nullptr;
    QLabel *m_missingText = nullptr;
    QTableWidget *m_missingTable = nullptr;
    QRadioButton *m_createMissing = nullptr;
    QRadioButton *m_rejectMissing = nullptr;
    QGroupBox *m_rejectBox = nullptr;
    ImportIssueModel *m_rejects = nullptr;
    QTableView *m_rejectTable = nullptr;
    QPushButton *m_saveReport = nullptr;
    QLabel *m_saved = nullptr;
    QGroupBox *m_choiceBox = nullptr;
    QRadioButton *m_importValid = nullptr;
    QRadioButton *m_importNothing = nullptr;
    QLabel *m_allGood = nullptr;
};

} // namespace Simutasi
