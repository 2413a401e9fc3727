#pragma once

#include "domain/Jabatan.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Simutasi {

// Adds or edits a jabatan of the catalogue: name, type and level, the golongan range it
// accepts (the type's usual range is offered), the minimum education level and the accepted
// fields of study, one per line.
class JabatanDialog : public QDialog
{
    Q_OBJECT
public:
    explicit JabatanDialog(const Jabatan &jabatan, QWidget *parent = nullptr);

    Jabatan jabatan() const;

    QLineEdit *nameField() const { return m_name; }
    QComboBox *typeField() const { return m_type; }
    QComboBox *golonganMinField() const { return m_golMin; }
    QComboBox *golonganMaxField() const { return m_golMax; }
    QComboBox *educationField() const { return m_education; }
    QPlainTextEdit *fieldsField() const { return m_fields; }

private:
    QComboBox *createGolonganCombo(const Golongan &selected);
    void typeChosen();
    void useUsualRange();
    void validate();

    Jabatan m_jabatan;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_golMin = nullptr;
    QComboBox *m_golMax = nullptr;
    QComboBox *m_education = nullptr;
    QPlainTextEdit *m_fields = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Simutasi
