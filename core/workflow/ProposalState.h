#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace Simutasi {

// Where a transfer proposal (usulan mutasi) stands. Returned proposals go back to Draft with the
// verifier's notes (the event log keeps the return). Rejected, Closed and Cancelled are final.
enum class ProposalState : quint8
{
    Draft,
    Submitted,
    Verified,
    Approved,
    Rejected,
    DecreeIssued,
    Executed,
    Closed,
    Cancelled
};
constexpr int ProposalStateCount = 9;

// What can be done to a proposal (and ManageUsers, for the user administration). Permissions
// says which roles may do it; ProposalStates says in which states and where it leads.
enum class WorkflowAction : quint8
{
    Create,
    EditDraft, // add, change or withdraw lines of a draft
    Submit,
    Verify,
    Return,
    Approve, // per line or whole; all lines rejected leads to Rejected
    Reject,
    IssueDecree, // set by the decree module through ProposalWorkflow::markDecreeIssued
    Execute,
    Close,
    Cancel,
    ManageUsers
};
constexpr int WorkflowActionCount = 12;

class ProposalStates
{
    Q_DECLARE_TR_FUNCTIONS(ProposalStates)
public:
    static QList<ProposalState> all();
    static QString code(ProposalState state); // stable storage key: "decree_issued"
    static std::optional<ProposalState> fromCode(const QString &code);
    static QString name(ProposalState state); // "Decree issued"
    // Open proposals hold their employees and posts: a second proposal may not take them.
    static bool isOpen(ProposalState state);
    static bool isFinal(ProposalState state);

    static QList<WorkflowAction> actions();
    static QString actionCode(WorkflowAction action); // "submit", as stored in proposal_event
    static std::optional<WorkflowAction> actionFromCode(const QString &code);
    // The state `action` leads to from `state`; nullopt when the action is not possible there.
    // Approve leads to Approved (or Rejected when every line was rejected: see ProposalWorkflow).
    static std::optional<ProposalState> target(ProposalState state, WorkflowAction action);
    // The actions possible in `state`, for a UI's buttons (roles not considered).
    static QList<WorkflowAction> actionsFrom(ProposalState state);
};

} // namespace Simutasi
