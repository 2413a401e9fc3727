#pragma once

#include "storage/DatabaseError.h"
#include "workflow/DataAction.h"

#include <functional>

namespace Simutasi {

class Database;

// The frame of one change an officer makes to the registry (employees, organisation,
// competencies), shared by the editors: first the logged-in user must be allowed the change's
// DataAction (Permissions::requireCurrent, whose Forbidden error names the user, the role
// needed and the purpose), then the change runs in its own transaction and is committed, or
// rolled back when it fails. So a refused or failed change writes nothing, audit entries
// included. There is deliberately no way to skip the check.
class RegistryWrite
{
public:
    RegistryWrite(Database &database, DataAction action);

    DatabaseError run(const std::function<DatabaseError()> &change) const;
    // A Constraint error whose message is `reason`, in words for the officer.
    DatabaseError refuse(const QString &reason) const;

private:
    Database &m_database;
    DataAction m_action;
};

} // namespace Simutasi
