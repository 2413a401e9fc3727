#include "UserRepository.h"

#include "storage/Database.h"
#include "storage/SqlRows.h"
#include "storage/SqlValues.h"

namespace Simutasi {

using namespace SqlValues;

namespace {

const QString userColumns = QStringLiteral(
    "SELECT u.id, u.name, u.full_name, u.active, u.failed_logins, u.locked_until, u.created_at, "
    "u.last_login_at, (SELECT group_concat(role) FROM user_role r WHERE r.user_id = u.id) "
    "FROM app_user u");

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QDateTime toTimestamp(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

User userFromQuery(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.active = q.value(3).toInt() != 0;
    u.failedLogins = q.value(4).toInt();
    u.lockedUntil = toTimestamp(q.value(5));
    u.createdAt = toTimestamp(q.value(6));
    u.lastLoginAt = toTimestamp(q.value(7));
    const QStringList codes = q.value(8).toString().split(u',', Qt::SkipEmptyParts);
    for (const QString &code : codes) {
        if (const auto role = Roles::fromCode(code))
            u.roles.add(*role);
    }
    return u;
}

} // namespace

UserRepository::UserRepository(Database &database)
    : m_database(database)
{}

int UserRepository::count() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT count(*) FROM app_user")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QList<User> UserRepository::all() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(userColumns + QStringLiteral(" ORDER BY u.name COLLATE NOCASE"));
    return SqlRows::readAll<User>(query, userFromQuery);
}

std::optional<User> UserRepository::findWhere(const QString &condition, const QVariant &value) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(userColumns + QStringLiteral(" WHERE ") + condition);
    query.addBindValue(value);
    if (query.exec() && query.next())
        return userFromQuery(query);
    return std::nullopt;
}

std::optional<User> UserRepository::find(const QString &name) const
{
    return findWhere(QStringLiteral("u.name = ?"), name.trimmed());
}

std::optional<User> UserRepository::find(qint64 id) const
{
    return findWhere(QStringLiteral("u.id = ?"), id);
}

QString UserRepository::passwordHash(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT password_hash FROM app_user WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

DatabaseError UserRepository::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_database.connection());
    if (!query.prepare(sql))
        return m_database.errorFrom(query.lastError());
    SqlRows::bindAll(query, values);
    return SqlRows::execute(m_database, query);
}

DatabaseError UserRepository::insert(User &user, const QString &passwordHash)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO app_user (name, full_name, password_hash, active, "
                                 "created_at) VALUES (?, ?, ?, ?, ?)"));
    if (!user.createdAt.isValid())
        user.createdAt = QDateTime::currentDateTimeUtc();
    SqlRows::bindAll(query, {user.name, fromText(user.fullName), passwordHash, user.active ? 1 : 0,
                             timestamp(user.createdAt)});
    if (DatabaseError error = SqlRows::executeInsert(m_database, query, &user.id))
        return error;
    return setRoles(user.id, user.roles);
}

DatabaseError UserRepository::setRoles(qint64 id, RoleSet roles)
{
    // The role rows are the current assignment; the audit trail keeps the history.
    if (DatabaseError error =
            run(QStringLiteral("DELETE FROM user_role WHERE user_id = ?"), {QVariant(id)}))
        return error;
    for (Role role : roles.toList()) {
        if (DatabaseError error =
                run(QStringLiteral("INSERT INTO user_role (user_id, role) VALUES (?, ?)"),
                    {QVariant(id), Roles::code(role)}))
            return error;
    }
    return {};
}

DatabaseError UserRepository::setPasswordHash(qint64 id, const QString &hash)
{
    return run(QStringLiteral("UPDATE app_user SET password_hash = ? WHERE id = ?"),
               {hash, QVariant(id)});
}

DatabaseError UserRepository::setActive(qint64 id, bool active)
{
    return run(QStringLiteral("UPDATE app_user SET active = ? WHERE id = ?"),
               {active ? 1 : 0, QVariant(id)});
}

DatabaseError UserRepository::setLoginState(qint64 id, int failedLogins,
                                            const QDateTime &lockedUntil)
{
    return run(
        QStringLiteral("UPDATE app_user SET failed_logins = ?, locked_until = ? WHERE id = ?"),
        {failedLogins, lockedUntil.isValid() ? QVariant(timestamp(lockedUntil)) : QVariant(),
         QVariant(id)});
}

DatabaseError UserRepository::recordLogin(qint64 id, const QDateTime &at)
{
    return run(QStringLiteral("UPDATE app_user SET failed_logins = 0, locked_until = NULL, "
                              "last_login_at = ? WHERE id = ?"),
               {timestamp(at), QVariant(id)});
}

} // namespace Simutasi
