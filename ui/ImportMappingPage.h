#pragma once

#include "import/ImportField.h"

#include <QWizardPage>

class QComboBox;
class QGridLayout;
class QLabel;

namespace Simutasi {

class ImportWizard;

// Step 2 of the import: which column of the file holds which field. The header row and the
// columns are detected; the officer corrects any field with its combo box (a sample value of the
// first row is shown beside it). The choices are remembered for files of the same kind with the
// same header and offered again next time.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QComboBox *columnChoice(const QString &fieldKey) const;
    QComboBox *headerRowChoice() const { return m_headerRow; }
    bool usedSavedMapping() const { return m_usedSaved; }
    // "employees:1a2b...": the kind and a digest of the normalised header texts.
    static QString signature(const QString &kind, const QStringList &header);

private:
    void fillHeaderRows();
    void headerRowChosen(int index);
    void detectMapping();
    void buildFieldRows();
    void addFieldRow(const ImportField &field, int row);
    void columnChosen(const QString &fieldKey, int comboIndex);
    void updateStatus();
    QString sampleValue(int column) const;

    ImportWizard *m_wizard;
    QList<ImportField> m_fields;
    QLabel *m_source = nullptr;
    QComboBox *m_headerRow = nullptr;
    QWidget *m_fieldBox = nullptr;
    QGridLayout *m_fieldGrid = nullptr;
    QHash<QString, QComboBox *> m_combos;
    QLabel *m_status = nullptr;
    bool m_usedSaved = false;
};

} // namespace Simutasi
