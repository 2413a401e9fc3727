#pragma once

#include "storage/DatabaseError.h"
#include "workflow/Proposal.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;
class QTreeWidget;

namespace Simutasi {

class Database;
class OptionalDateEdit;
class ProposalLinesModel;
class ProposalListModel;

// Usulan Mutasi: the transfer proposals with filters (state, OPD, period), the chosen one's
// lines and timeline, and a button per workflow step. A button shows when the step is possible
// in the proposal's state and is enabled only when the logged-in user holds the role; the core
// checks both again and its refusals are shown as they come.
class TransfersPage : public QWidget
{
    Q_OBJECT
public:
    explicit TransfersPage(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    void reload();
    // After a log-in or log-out: which buttons the user may press.
    void refreshPermissions();
    void selectProposal(qint64 proposalId);
    qint64 currentProposalId() const { return m_current.id; }

    QTableView *proposalView() const { return m_list; }
    QTableView *lineView() const { return m_lines; }
    QTreeWidget *timeline() const { return m_timeline; }
    ProposalListModel *proposalModel() const { return m_listModel; }
    ProposalLinesModel *linesModel() const { return m_linesModel; }
    QPushButton *actionButton(WorkflowAction action) const { return m_actions.value(action); }
    QPushButton *newProposalButton() const { return m_newButton; }
    QPushButton *addLinesButton() const { return m_addLinesButton; }
    QPushButton *withdrawLineButton() const { return m_withdrawButton; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    QComboBox *opdFilter() const { return m_opdFilter; }

    // The buttons' work, also for tests: each asks what it needs through DialogSeams.
    void newProposal();
    void addLines();
    void withdrawLine();
    void perform(WorkflowAction action);

Q_SIGNALS:
    void employeesMoved(); // a proposal was executed: the registry changed

private:
    void applyFilter();
    void showCurrent();
    void showDetail(const Proposal &proposal);
    bool report(const QString &what, const DatabaseError &error);

    Database *m_database = nullptr;
    Proposal m_current;
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_opdFilter = nullptr;
    OptionalDateEdit *m_from = nullptr;
    OptionalDateEdit *m_to = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_list = nullptr;
    ProposalListModel *m_listModel = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_facts = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_lines = nullptr;
    ProposalLinesModel *m_linesModel = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QHash<WorkflowAction, QPushButton *> m_actions;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_addLinesButton = nullptr;
    QPushButton *m_withdrawButton = nullptr;
    QWidget *m_detail = nullptr;
};

} // namespace Simutasi
