#pragma once

#include "User.h"
#include "storage/DatabaseError.h"

#include <QList>
#include <optional>

namespace Simutasi {

class Database;

// The rows of app_user and user_role. No policy here (who may add whom, lock-out): that is
// UserAccounts. Writes take part in the caller's transaction.
class UserRepository
{
public:
    explicit UserRepository(Database &database);

    int count() const;
    QList<User> all() const;                             // by name
    std::optional<User> find(const QString &name) const; // case-insensitive
    std::optional<User> find(qint64 id) const;
    QString passwordHash(qint64 id) const;

    DatabaseError insert(User &user, const QString &passwordHash); // sets user.id, createdAt
    DatabaseError setRoles(qint64 id, RoleSet roles);
    DatabaseError setPasswordHash(qint64 id, const QString &hash);
    DatabaseError setActive(qint64 id, bool active);
    // failed_logins and locked_until (invalid: not locked).
    DatabaseError setLoginState(qint64 id, int failedLogins, const QDateTime &lockedUntil);
    DatabaseError recordLogin(qint64 id, const QDateTime &at);

private:
    std::optional<User> findWhere(const QString &condition, const QVariant &value) const;
    DatabaseError run(const QString &sql, const QVariantList &values);

    Database &m_database;
};

} // namespace Simutasi
