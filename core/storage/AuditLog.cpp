#include "AuditLog.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCryptographicHash>

namespace Simutasi {

using namespace SqlValues;

namespace {

const QString auditColumns = QStringLiteral(
    "id, at, user_name, action, entity, entity_id, field, old_value, new_value, prev_hash, hash "
    "FROM audit_log");

AuditEntry entryFromQuery(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.user = q.value(2).toString();
    e.action = q.value(3).toString();
    e.entity = q.value(4).toString();
    e.entityId = q.value(5).toLongLong();
    e.field = q.value(6).toString();
    e.oldValue = q.value(7).toString();
    e.newValue = q.value(8).toString();
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

AuditLog::AuditLog(Database &database)
    : m_database(database)
{}

QString AuditLog::computeHash(const AuditEntry &e)
{
    // The id is part of the content so that swapping two entries breaks the chain too. Fields
    // are length-prefixed so that moving text from one field to the next changes the hash.
    QByteArray content;
    const auto add = [&content](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        content += QByteArray::number(bytes.size()) + ':' + bytes + ';';
    };
    add(QString::number(e.id));
    add(timestamp(e.at));
    add(e.user);
    add(e.action);
    add(e.entity);
    add(QString::number(e.entityId));
    add(e.field);
    add(e.oldValue);
    add(e.newValue);
    add(e.prevHash);
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

DatabaseError AuditLog::append(AuditEntry &entry)
{
    QSqlQuery &last = m_last;
    if (!prepareOnce(last, m_database.connection(),
                     QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")) ||
        !last.exec())
        return m_database.errorFrom(last.lastError());
    const bool hasLast = last.next();
    entry.id = hasLast ? last.value(0).toLongLong() + 1 : 1;
    entry.prevHash = hasLast ? last.value(1).toString() : QString();
    last.finish();
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    // Stored at millisecond precision, so hash what will be read back.
    entry.at = QDateTime::fromString(timestamp(entry.at), Qt::ISODateWithMs);
    entry.hash = computeHash(entry);

    if (!prepareOnce(m_insert, m_database.connection(),
                     QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, entity, "
                                    "entity_id, field, old_value, new_value, prev_hash, hash) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return m_database.errorFrom(m_insert.lastError());
    m_insert.addBindValue(entry.id);
    m_insert.addBindValue(timestamp(entry.at));
    m_insert.addBindValue(fromText(entry.user));
    m_insert.addBindValue(fromText(entry.action));
    m_insert.addBindValue(fromText(entry.entity));
    m_insert.addBindValue(fromId(entry.entityId));
    m_insert.addBindValue(fromText(entry.field));
    m_insert.addBindValue(fromText(entry.oldValue));
    m_insert.addBindValue(fromText(entry.newValue));
    m_insert.addBindValue(fromText(entry.prevHash));
    m_insert.addBindValue(entry.hash);
    if (!m_insert.exec())
        return m_database.errorFrom(m_insert.lastError());
    return {};
}

DatabaseError AuditLog::appendChanges(const QString &user, const QString &action,
                                      const QString &entity, qint64 entityId,
                                      const QList<FieldChange> &changes)
{
    const QList<FieldChange> rows = changes.isEmpty() ? QList<FieldChange>{FieldChange{}} : changes;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const FieldChange &change : rows) {
        AuditEntry entry{
            0,  now, user, action, entity, entityId, change.field, change.oldValue, change.newValue,
            {}, {}};
        if (DatabaseError error = append(entry))
            return error;
    }
    return {};
}

QList<AuditEntry> AuditLog::entries(const AuditFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (!filter.user.isEmpty()) {
        conditions << QStringLiteral("user_name = ?");
        values << filter.user;
    }
    if (!filter.entity.isEmpty()) {
        conditions << QStringLiteral("entity = ?");
        values << filter.entity;
    }
    if (filter.entityId > 0) {
        conditions << QStringLiteral("entity_id = ?");
        values << filter.entityId;
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        values << timestamp(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("at <= ?");
        values << timestamp(filter.to);
    }
    QString sql = QStringLiteral("SELECT ") + auditColumns;
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << filter.limit;

    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<AuditEntry> result;
    if (query.exec()) {
        while (query.next())
            result.append(entryFromQuery(query));
    }
    return result;
}

AuditLog::Verification AuditLog::verify() const
{
    Verification result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + auditColumns + QStringLiteral(" ORDER BY id"))) {
        result.intact = false;
        result.reason = query.lastError().text();
        return result;
    }
    QString previousHash;
    qint64 expectedId = 1;
    while (query.next()) {
        const AuditEntry entry = entryFromQuery(query);
        ++result.checked;
        QString problem;
        if (entry.id != expectedId)
            problem = tr("entry %1 is missing").arg(expectedId);
        else if (entry.prevHash != previousHash)
            problem = tr("it does not follow the entry before it");
        else if (computeHash(entry) != entry.hash)
            problem = tr("its content was changed");
        if (!problem.isEmpty()) {
            result.intact = false;
            result.firstBrokenId = entry.id;
            result.reason = problem;
            return result;
        }
        previousHash = entry.hash;
        expectedId = entry.id + 1;
    }
    return result;
}

} // namespace Simutasi
