#include "RegistryWrite.h"

#include "storage/Database.h"
#include "storage/Transaction.h"
#include "workflow/Permissions.h"

namespace Simutasi {

RegistryWrite::RegistryWrite(Database &database, DataAction action)
    : m_database(database)
    , m_action(action)
{}

DatabaseError RegistryWrite::run(const std::function<DatabaseError()> &change) const
{
    if (DatabaseError refusal = Permissions::requireCurrent(m_database, m_action))
        return refusal;
    Transaction transaction(m_database);
    if (transaction.error())
        return transaction.error();
    DatabaseError error = change();
    if (!error)
        error = transaction.commit();
    if (error)
        transaction.rollback();
    return error;
}

DatabaseError RegistryWrite::refuse(const QString &reason) const
{
    DatabaseError error = DatabaseError::make(DatabaseError::Kind::Constraint, m_database.path());
    error.message = reason;
    return error;
}

} // namespace Simutasi
