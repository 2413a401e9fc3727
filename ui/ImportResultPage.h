#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace Simutasi {

class ImportCountsWidget;
class ImportWizard;

// Step 5 of the import: what happened. Imported (with the counts and the units and jabatan
// created), cancelled, failed, or nothing imported by choice, in each of the last three cases
// with the reassurance that the database was not changed; "Save report…" for rejected rows.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportResultPage(ImportWizard *wizard);

    void initializePage() override;
    QString headline() const;
    QString message() const;
    ImportCountsWidget *counts() const { return m_counts; }

private:
    void describe(const QString &headline, const QString &message, bool good);

    ImportWizard *m_wizard;
    QLabel *m_headline = nullptr;
    QLabel *m_message = nullptr;
    ImportCountsWidget *m_counts = nullptr;
    QPushButton *m_saveReport = nullptr;
    QLabel *m_saved = nullptr;
};

} // namespace Simutasi
