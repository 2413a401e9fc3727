#pragma once

#include <QFrame>

class QLabel;

namespace Simutasi {

struct Employee;

// A read-only summary of the selected employee under the employee table: identity, rank,
// current post, education and contact. Editing comes with the employee dialog.
class EmployeeDetailPanel : public QFrame
{
    Q_OBJECT
public:
    explicit EmployeeDetailPanel(QWidget *parent = nullptr);

    // jabatan, unit and OPD are passed as names: the list row already has them.
    void showEmployee(const Employee &employee, const QString &jabatan, const QString &unit,
                      const QString &opd);
    void clear();
    QString shownName() const;

private:
    QLabel *addField(int row, int column, const QString &caption, int span = 1);

    QLabel *m_name = nullptr;
    QLabel *m_nip = nullptr;
    QLabel *m_birth = nullptr;
    QLabel *m_rank = nullptr;
    QLabel *m_post = nullptr;
    QLabel *m_tmt = nullptr;
    QLabel *m_education = nullptr;
    QLabel *m_contact = nullptr;
};

} // namespace Simutasi
