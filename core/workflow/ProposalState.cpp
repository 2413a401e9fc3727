#include "ProposalState.h"

namespace Simutasi {

namespace {

struct Transition
{
    ProposalState from;
    WorkflowAction action;
    ProposalState to;
};

using S = ProposalState;
using A = WorkflowAction;

// The lifecycle of DOMAIN.md / issue #5 as data. Cancel is possible in every open state, that is
// at any point before the execution.
constexpr Transition Transitions[] = {
    {S::Draft, A::EditDraft, S::Draft},         {S::Draft, A::Submit, S::Submitted},
    {S::Draft, A::Cancel, S::Cancelled},        {S::Submitted, A::Verify, S::Verified},
    {S::Submitted, A::Return, S::Draft},        {S::Submitted, A::Cancel, S::Cancelled},
    {S::Verified, A::Approve, S::Approved},     {S::Verified, A::Reject, S::Rejected},
    {S::Verified, A::Cancel, S::Cancelled},     {S::Approved, A::IssueDecree, S::DecreeIssued},
    {S::Approved, A::Cancel, S::Cancelled},     {S::DecreeIssued, A::Execute, S::Executed},
    {S::DecreeIssued, A::Cancel, S::Cancelled}, {S::Executed, A::Close, S::Closed},
};

} // namespace

QList<ProposalState> ProposalStates::all()
{
    return {S::Draft,        S::Submitted, S::Verified, S::Approved, S::Rejected,
            S::DecreeIssued, S::Executed,  S::Closed,   S::Cancelled};
}

QString ProposalStates::code(ProposalState state)
{
    switch (state) {
    case S::Draft:
        return QStringLiteral("draft");
    case S::Submitted:
        return QStringLiteral("submitted");
    case S::Verified:
        return QStringLiteral("verified");
    case S::Approved:
        return QStringLiteral("approved");
    case S::Rejected:
        return QStringLiteral("rejected");
    case S::DecreeIssued:
        return QStringLiteral("decree_issued");
    case S::Executed:
        return QStringLiteral("executed");
    case S::Closed:
        return QStringLiteral("closed");
    case S::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<ProposalState> ProposalStates::fromCode(const QString &code)
{
    for (ProposalState state : all()) {
        if (ProposalStates::code(state) == code)
            return state;
    }
    return std::nullopt;
}

QString ProposalStates::name(ProposalState state)
{
    switch (state) {
    case S::Draft:
        return tr("Draft");
    case S::Submitted:
        return tr("Submitted");
    case S::Verified:
        return tr("Verified");
    case S::Approved:
        return tr("Approved");
    case S::Rejected:
        return tr("Rejected");
    case S::DecreeIssued:
        return tr("Decree issued");
    case S::Executed:
        return tr("Executed");
    case S::Closed:
        return tr("Closed");
    case S::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

bool ProposalStates::isOpen(ProposalState state)
{
    return state == S::Draft || state == S::Submitted || state == S::Verified ||
           state == S::Approved || state == S::DecreeIssued;
}

bool ProposalStates::isFinal(ProposalState state)
{
    return state == S::Rejected || state == S::Closed || state == S::Cancelled;
}

QList<WorkflowAction> ProposalStates::actions()
{
    return {A::Create, A::EditDraft,   A::Submit,  A::Verify, A::Return, A::Approve,
            A::Reject, A::IssueDecree, A::Execute, A::Close,  A::Cancel, A::ManageUsers};
}

QString ProposalStates::actionCode(WorkflowAction action)
{
    switch (action) {
    case A::Create:
        return QStringLiteral("create");
    case A::EditDraft:
        return QStringLiteral("edit");
    case A::Submit:
        return QStringLiteral("submit");
    case A::Verify:
        return QStringLiteral("verify");
    case A::Return:
        return QStringLiteral("return");
    case A::Approve:
        return QStringLiteral("approve");
    case A::Reject:
        return QStringLiteral("reject");
    case A::IssueDecree:
        return QStringLiteral("issue_decree");
    case A::Execute:
        return QStringLiteral("execute");
    case A::Close:
        return QStringLiteral("close");
    case A::Cancel:
        return QStringLiteral("cancel");
    case A::ManageUsers:
        return QStringLiteral("manage_users");
    }
    return {};
}

std::optional<WorkflowAction> ProposalStates::actionFromCode(const QString &code)
{
    for (WorkflowAction action : actions()) {
        if (actionCode(action) == code)
            return action;
    }
    return std::nullopt;
}

std::optional<ProposalState> ProposalStates::target(ProposalState state, WorkflowAction action)
{
    for (const Transition &t : Transitions) {
        if (t.from == state && t.action == action)
            return t.to;
    }
    return std::nullopt;
}

QList<WorkflowAction> ProposalStates::actionsFrom(ProposalState state)
{
    QList<WorkflowAction> result;
    for (const Transition &t : Transitions) {
        if (t.from == state)
            result.append(t.action);
    }
    return result;
}

} // namespace Simutasi
