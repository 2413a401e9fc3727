#pragma once

#include "domain/Competency.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Simutasi {

// Adds or edits one entry of the competency dictionary: code, name, kind, description and
// what each of the levels 1-5 means. The editor checks the entry when it is saved.
class CompetencyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CompetencyDialog(const Competency &competency, QWidget *parent = nullptr);

    Competency competency() const; // the entry as edited, with the id it was opened with

    QLineEdit *codeField() const { return m_code; }
    QLineEdit *nameField() const { return m_name; }
    QComboBox *kindField() const { return m_kind; }
    QPlainTextEdit *descriptionField() const { return m_description; }
    QLineEdit *levelField(int level) const { return m_levels.value(level - 1); }

private:
    void updateOk();

    qint64 m_id = 0;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QList<QLineEdit *> m_levels;
    QPushButton *m_ok = nullptr;
};

} // namespace Simutasi
