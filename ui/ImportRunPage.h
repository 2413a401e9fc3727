#pragma once

#include <QWizardPage>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Simutasi {

class ImportJob;
class ImportWizard;

// Step 4 of the import: writes the rows in one transaction in a worker thread, with a progress
// bar and Cancel (which rolls everything back). Moves on to the result by itself.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard *wizard);
    ~ImportRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;
    void cancel();
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void poll();
    void runFinished();

    ImportWizard *m_wizard;
    std::unique_ptr<ImportJob> m_job;
    QLabel *m_text = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_poll = nullptr;
    bool m_finished = false;
};

} // namespace Simutasi
