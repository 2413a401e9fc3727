#pragma once

#include "DatabaseError.h"

#include <QSqlDatabase>

namespace Simutasi {

class Database;

// Scope guard for one write transaction: rolls back unless commit() succeeded. Begins with
// BEGIN IMMEDIATE so that a lock held by another writer is reported at the start, before any
// work is done, rather than at commit.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const DatabaseError &error() const { return m_error; }
    DatabaseError commit();
    void rollback();

private:
    Database &m_database;
    bool m_active = false;
    DatabaseError m_error;
};

} // namespace Simutasi
