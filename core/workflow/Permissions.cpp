#include "Permissions.h"

namespace Simutasi {

RoleSet Permissions::rolesFor(WorkflowAction action)
{
    // Separation of duties: who prepares a proposal does not verify or approve it in the same
    // role; the administrator manages accounts and may carry out an approved, decreed transfer.
    switch (action) {
    case WorkflowAction::Create:
    case WorkflowAction::EditDraft:
    case WorkflowAction::Submit:
        return {Role::Operator};
    case WorkflowAction::Verify:
    case WorkflowAction::Return:
        return {Role::Verifikator};
    case WorkflowAction::Approve:
    case WorkflowAction::Reject:
        return {Role::TimPenilai};
    case WorkflowAction::IssueDecree:
        return {Role::Penandatangan};
    case WorkflowAction::Execute:
    case WorkflowAction::Close:
    case WorkflowAction::Cancel:
        return {Role::Operator, Role::Administrator};
    case WorkflowAction::ManageUsers:
        return {Role::Administrator};
    }
    return {};
}

bool Permissions::allows(const User &user, WorkflowAction action)
{
    return user.isValid() && user.active && user.roles.hasAny(rolesFor(action));
}

DatabaseError Permissions::require(const User &user, WorkflowAction action,
                                   const QString &databasePath)
{
    if (allows(user, action))
        return {};
    DatabaseError error = DatabaseError::make(DatabaseError::Kind::Forbidden, databasePath);
    if (!user.isValid()) {
        error.message = tr("Nobody is logged in: log in to %1.").arg(purpose(action));
    } else if (!user.active) {
        error.message =
            tr("User '%1' is deactivated and may not %2.").arg(user.name, purpose(action));
    } else {
        QStringList names;
        for (Role role : rolesFor(action).toList())
            names << Roles::name(role);
        error.message = tr("User '%1' lacks the role %2 needed to %3.")
                            .arg(user.name, names.join(tr(" or ")), purpose(action));
    }
    return error;
}

QString Permissions::purpose(WorkflowAction action)
{
    switch (action) {
    case WorkflowAction::Create:
        return tr("create a proposal");
    case WorkflowAction::EditDraft:
        return tr("change a draft proposal");
    case WorkflowAction::Submit:
        return tr("submit a proposal");
    case WorkflowAction::Verify:
        return tr("verify a proposal");
    case WorkflowAction::Return:
        return tr("return a proposal");
    case WorkflowAction::Approve:
        return tr("approve a proposal");
    case WorkflowAction::Reject:
        return tr("reject a proposal");
    case WorkflowAction::IssueDecree:
        return tr("record the decree of a proposal");
    case WorkflowAction::Execute:
        return tr("execute a proposal");
    case WorkflowAction::Close:
        return tr("close a proposal");
    case WorkflowAction::Cancel:
        return tr("cancel a proposal");
    case WorkflowAction::ManageUsers:
        return tr("manage users");
    }
    return {};
}

} // namespace Simutasi
