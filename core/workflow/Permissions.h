#pragma once

#include "ProposalState.h"
#include "User.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>

namespace Simutasi {

// Who may do what: the roles each workflow action needs. Every write path of the workflow calls
// require() first, so a call without the right role fails in core whatever the screen shows;
// the UI asks allows() only to hide or disable what would be refused.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)
public:
    static RoleSet rolesFor(WorkflowAction action);
    static bool allows(const User &user, WorkflowAction action);
    // None when allowed; else a Forbidden error for `databasePath` saying which role is missing:
    // "User 'budi' lacks the role Verifikator BKD needed to verify a proposal."
    static DatabaseError require(const User &user, WorkflowAction action,
                                 const QString &databasePath);
    static QString purpose(WorkflowAction action); // "verify a proposal"
};

} // namespace Simutasi
