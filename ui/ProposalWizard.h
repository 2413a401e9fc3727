#pragma once

#include "workflow/ProposalWorkflow.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace Simutasi {

class Database;
class EmployeeTableModel;
class UnitSelector;

// "New proposal…" (or "Add lines…" to a draft): a title, the reason and planned TMT common to
// the lines, then employees from a vacancy's shortlist or picked by hand (search by name or
// NIP, several at once) with their target unit and jabatan. Every line is checked at once with
// ProposalWorkflow::checkLine: the eligibility findings, the conflicts, and whether it is
// blocked (kept out) or needs a written justification. Finishing creates the draft with the
// accepted lines.
class ProposalWizard : public QDialog
{
    Q_OBJECT
public:
    // proposalId 0: a new draft; else lines are added to that draft.
    ProposalWizard(Database &database, qint64 proposalId, QWidget *parent = nullptr);
    ~ProposalWizard() override;

    qint64 proposalId() const { return m_proposalId; }

    QLineEdit *titleField() const { return m_title; }
    QLineEdit *reasonField() const { return m_reason; }
    QDateEdit *tmtField() const { return m_tmt; }
    QCheckBox *selfRequestedBox() const { return m_selfRequested; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *employeeView() const { return m_employees; }
    EmployeeTableModel *employeeModel() const { return m_employeeModel; }
    UnitSelector *targetUnit() const { return m_unit; }
    QComboBox *targetJabatan() const { return m_jabatan; }
    QComboBox *shortlistCombo() const { return m_shortlists; }
    QTableWidget *pendingTable() const { return m_pending; }

    // As choosing a target unit in the selector (fills the jabatan list) and a jabatan.
    void setTarget(qint64 unitId, qint64 jabatanId);
    // Checks and lists the employees selected in the search list / the chosen shortlist.
    void addSelectedEmployees();
    void addShortlist();
    // Checks and lists employees by id with the current target and common fields.
    void addEmployees(const QList<qint64> &employeeIds, LineSource source);
    void setJustification(int row, const QString &text);
    int readyCount() const;   // lines that would go in
    int blockedCount() const; // lines kept out
    // Creates the draft (or adds to it) with the ready lines; false with a message otherwise.
    bool finish();

private:
    struct Pending
    {
        LineRequest request;
        LineCheck check;
        QString name;
        QString nip;
        QString target;
        bool blocked() const;
        bool needsJustification() const;
    };
    QWidget *createPickTab();
    QWidget *createShortlistTab();
    void fillJabatans(qint64 unitId);
    void recheck(int row);
    void showRow(int row);
    void updateSummary();
    void removeSelected();
    LineRequest commonRequest() const;

    Database &m_database;
    qint64 m_proposalId = 0;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_reason = nullptr;
    QDateEdit *m_tmt = nullptr;
    QCheckBox *m_selfRequested = nullptr;
    QTabWidget *m_sources = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_employees = nullptr;
    EmployeeTableModel *m_employeeModel = nullptr;
    UnitSelector *m_unit = nullptr;
    QComboBox *m_jabatan = nullptr;
    QComboBox *m_shortlists = nullptr;
    QLabel *m_shortlistInfo = nullptr;
    QTableWidget *m_pending = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_finish = nullptr;
    QList<Pending> m_lines;
    bool m_filling = false;
};

} // namespace Simutasi
