#pragma once

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QLineEdit;

namespace Simutasi {

class ImportWizard;

// Step 1 of the import: the CSV or XLSX file, and what it holds (employees, SKP ratings,
// formasi, units). The file is read when the officer goes on; a file that cannot be read stops
// here with the reader's explanation.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);

    QLineEdit *pathField() const { return m_path; }
    void chooseKind(const QString &kind);
    QString chosenKind() const;
    QString problem() const;

    bool isComplete() const override;
    bool validatePage() override;

public Q_SLOTS:
    void browse();

private:
    void addKind(const QString &kind, const QString &description, int index);
    void showProblem(const QString &problem);

    ImportWizard *m_wizard;
    QLineEdit *m_path = nullptr;
    QButtonGroup *m_kinds = nullptr;
    QStringList m_kindNames;
    QWidget *m_kindBox = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Simutasi
