#include "Permissions.h"

#include "UserRepository.h"
#include "session/Session.h"
#include "storage/Database.h"

namespace Simutasi {

namespace {
bool userHoldsAny(const User &user, RoleSet roles)
{
    return user.isValid() && user.active && user.roles.hasAny(roles);
}
} // namespace

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
    return userHoldsAny(user, rolesFor(action));
}

DatabaseError Permissions::require(const User &user, WorkflowAction action,
                                   const QString &databasePath)
{
    if (allows(user, action))
        return {};
    return forbidden(user, rolesFor(action), purpose(action), databasePath);
}

DatabaseError Permissions::forbidden(const User &user, RoleSet needed, const QString &purpose,
                                     const QString &databasePath)
{
    DatabaseError error = DatabaseError::make(DatabaseError::Kind::Forbidden, databasePath);
    if (!user.isValid()) {
        error.message = tr("Nobody is logged in: log in to %1.").arg(purpose);
    } else if (!user.active) {
        error.message = tr("User '%1' is deactivated and may not %2.").arg(user.name, purpose);
    } else {
        QStringList names;
        for (Role role : needed.toList())
            names << Roles::name(role);
        error.message = tr("User '%1' lacks the role %2 needed to %3.")
                            .arg(user.name, names.join(tr(" or ")), purpose);
    }
    return error;
}

RoleSet Permissions::rolesFor(DataAction action)
{
    // Operators keep the registry that proposals are made from; rules and settings change how
    // every later decision is made or printed, so they are the administrator's alone.
    switch (action) {
    case DataAction::EditEmployees:
    case DataAction::EditOrganisation:
    case DataAction::EditCompetencies:
    case DataAction::EditShortlist:
    case DataAction::ImportData:
    case DataAction::NotifyEmployees:
        return {Role::Operator, Role::Administrator};
    case DataAction::EditRules:
    case DataAction::EditSettings:
        return {Role::Administrator};
    }
    return {};
}

bool Permissions::allows(const User &user, DataAction action)
{
    return userHoldsAny(user, rolesFor(action));
}

DatabaseError Permissions::require(const User &user, DataAction action, const QString &databasePath)
{
    if (allows(user, action))
        return {};
    return forbidden(user, rolesFor(action), purpose(action), databasePath);
}

QString Permissions::purpose(DataAction action)
{
    switch (action) {
    case DataAction::EditEmployees:
        return tr("change employee data");
    case DataAction::EditOrganisation:
        return tr("change units, jabatan or formasi");
    case DataAction::EditCompetencies:
        return tr("change competency data");
    case DataAction::EditShortlist:
        return tr("change the shortlist");
    case DataAction::ImportData:
        return tr("import data");
    case DataAction::NotifyEmployees:
        return tr("record or send notifications of a decree");
    case DataAction::EditRules:
        return tr("change the eligibility rules");
    case DataAction::EditSettings:
        return tr("change the settings");
    }
    return {};
}

DatabaseError Permissions::requireCurrent(Database &database, DataAction action)
{
    if (!Session::isLoggedIn() && UserRepository(database).count() == 0)
        return {};
    return require(Session::currentUser(), action, database.path());
}

bool Permissions::allowsCurrent(Database &database, DataAction action)
{
    return !requireCurrent(database, action).isError();
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
