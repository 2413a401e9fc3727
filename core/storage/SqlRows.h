#pragma once

#include "Database.h"

#include <QList>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace Simutasi::SqlRows {

// Small helpers shared by the repositories of competency mapping and workforce analysis.

// Runs the prepared `query` and reads every row with `read`; empty when the query fails.
template<typename T, typename Read>
QList<T> readAll(QSqlQuery &query, Read read)
{
    QList<T> rows;
    query.setForwardOnly(true);
    if (!query.exec())
        return rows;
    while (query.next())
        rows.append(read(query));
    return rows;
}

// Runs the prepared `query` and reads its first row with `read`; nullopt when there is none or
// the query fails.
template<typename T, typename Read>
std::optional<T> readFirst(QSqlQuery &query, Read read)
{
    if (query.exec() && query.next())
        return read(query);
    return std::nullopt;
}

// Runs the prepared `query`, calling `visit` for each row; returns the failure, if any. Bulk
// readers use it to fill their own compact structures without an intermediate list.
template<typename Visit>
DatabaseError forEachRow(const Database &db, QSqlQuery &query, Visit visit)
{
    query.setForwardOnly(true);
    if (!query.exec())
        return db.errorFrom(query.lastError());
    while (query.next())
        visit(query);
    return {};
}

inline DatabaseError execute(const Database &db, QSqlQuery &query)
{
    return query.exec() ? DatabaseError() : db.errorFrom(query.lastError());
}

// Runs the prepared INSERT `query` and stores the new row's id in *id.
inline DatabaseError executeInsert(const Database &db, QSqlQuery &query, qint64 *id)
{
    if (!query.exec())
        return db.errorFrom(query.lastError());
    *id = query.lastInsertId().toLongLong();
    return {};
}

inline void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

} // namespace Simutasi::SqlRows
