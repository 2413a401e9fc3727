#pragma once

#include "storage/DatabaseError.h"
#include "storage/Transaction.h"

#include <optional>

namespace Simutasi {

class Database;

// The transaction of one workflow write: its own (BEGIN IMMEDIATE ... COMMIT), or the caller's
// when the caller already holds one (the demo generator writes a whole province in one).
class WriteScope
{
public:
    WriteScope(Database &database, bool ownTransaction)
    {
        if (ownTransaction)
            m_transaction.emplace(database);
    }

    DatabaseError error() const
    {
        return m_transaction && !m_transaction->isActive() ? m_transaction->error()
                                                           : DatabaseError();
    }
    DatabaseError commit() { return m_transaction ? m_transaction->commit() : DatabaseError(); }

private:
    std::optional<Transaction> m_transaction;
};

} // namespace Simutasi
