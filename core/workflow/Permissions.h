#pragma once

#include "DataAction.h"
#include "ProposalState.h"
#include "User.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>

namespace Simutasi {

// Who may do what: the roles each workflow action needs. Every write path of the workflow calls
// require() first, so a call without the right role fails in core whatever the screen shows;
// the UI asks allows() only to hide or disable what would be refused.
class Database;

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

    // The same for changes outside a proposal (registry, competencies, rules, settings).
    static RoleSet rolesFor(DataAction action);
    static bool allows(const User &user, DataAction action);
    static DatabaseError require(const User &user, DataAction action, const QString &databasePath);
    static QString purpose(DataAction action); // "change employee data"
    // What writers call: the logged-in user of this process (Session) must hold the role. A
    // database without any account yet (just created, before its first administrator) accepts
    // the change from whoever runs the program, so a province can be set up and imported before
    // accounts exist; once one account exists, nobody logged in means refused.
    static DatabaseError requireCurrent(Database &database, DataAction action);
    static bool allowsCurrent(Database &database, DataAction action);

private:
    static DatabaseError forbidden(const User &user, RoleSet needed, const QString &purpose,
                                   const QString &databasePath);
};

} // namespace Simutasi
