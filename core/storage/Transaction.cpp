#include "Transaction.h"

#include "Database.h"

#include <QSqlQuery>

namespace Simutasi {

Transaction::Transaction(Database &database)
    : m_database(database)
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        m_active = true;
    else
        m_error = m_database.errorFrom(query.lastError());
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

DatabaseError Transaction::commit()
{
    if (!m_active)
        return m_error.isError()
                   ? m_error
                   : DatabaseError::make(DatabaseError::Kind::Other, m_database.path(),
                                         QStringLiteral("no active transaction"));
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_error = m_database.errorFrom(query.lastError());
        rollback();
        return m_error;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_database.connection());
    query.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace Simutasi
