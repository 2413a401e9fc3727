#pragma once

#include "domain/Competency.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Simutasi {

// Records the level an employee was assessed at for one competency, with the date and the
// source of the assessment. Offers the competencies in use; when an existing level is edited its
// competency is fixed (a retired one included).
class AssessedLevelDialog : public QDialog
{
    Q_OBJECT
public:
    // choices: the competencies that can be picked; `level.competencyId` non-zero edits that one.
    AssessedLevelDialog(const QString &employeeName, const QList<Competency> &choices,
                        const EmployeeCompetency &level, QWidget *parent = nullptr);

    EmployeeCompetency level() const; // employeeId as given

    QComboBox *competencyField() const { return m_competency; }
    QSpinBox *levelField() const { return m_level; }
    QDateEdit *dateField() const { return m_date; }
    QLineEdit *sourceField() const { return m_source; }

private:
    void showLevelMeaning();
    void updateOk();

    QList<Competency> m_choices;
    qint64 m_employeeId = 0;
    QComboBox *m_competency = nullptr;
    QSpinBox *m_level = nullptr;
    QLabel *m_meaning = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_source = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Simutasi
