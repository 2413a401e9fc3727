#pragma once

#include "domain/JabatanType.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

namespace Simutasi::SqlValues {

// Conversions between domain values and the portable column types of the schema.

inline QVariant fromDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

inline QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

// A null QString would be bound as SQL NULL; text columns hold '' instead.
inline QVariant fromText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

inline QVariant fromEducation(EducationLevel level)
{
    return fromText(level == EducationLevel::Unknown ? QString() : EducationLevels::code(level));
}

inline QVariant fromId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// Prepares `query` once on `db`; later calls reuse the prepared statement.
inline bool prepareOnce(QSqlQuery &query, const QSqlDatabase &db, const QString &sql)
{
    if (!sql.isEmpty() && query.lastQuery() == sql)
        return true;
    query = QSqlQuery(db);
    return query.prepare(sql);
}

} // namespace Simutasi::SqlValues
