#pragma once

#include "PasswordHasher.h"
#include "User.h"
#include "storage/AuditLog.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <functional>

namespace Simutasi {

class Database;

// Accounts and log-in: the first administrator of a new database, users added by an
// administrator, roles, passwords (only Argon2id hashes are stored) and the lock-out after
// repeated failures. Every change writes its audit entries in the same transaction.
class UserAccounts
{
    Q_DECLARE_TR_FUNCTIONS(UserAccounts)
public:
    // Database-wide settings (app_setting) of the lock-out, with their defaults.
    static constexpr const char *MaxFailedLoginsKey = "auth/max_failed_logins";
    static constexpr const char *LockoutMinutesKey = "auth/lockout_minutes";
    static constexpr int DefaultMaxFailedLogins = 5;
    static constexpr int DefaultLockoutMinutes = 15;
    static constexpr int MinPasswordLength = 8;

    struct LockoutPolicy
    {
        int maxFailedLogins = DefaultMaxFailedLogins; // failures in a row that lock the account
        int lockoutMinutes = DefaultLockoutMinutes;
    };

    struct NewUser
    {
        QString name;
        QString fullName;
        QString password;
        RoleSet roles;
    };

    struct LoginResult
    {
        enum class Status
        {
            Ok,
            WrongCredentials, // unknown name or wrong password: the message does not tell which
            Locked,
            Inactive,
            Failed // the database failed: see error
        };
        Status status = Status::Failed;
        User user; // valid when Ok
        QDateTime lockedUntil;
        QString message; // for the officer, empty when Ok
        DatabaseError error;
        bool ok() const { return status == Status::Ok; }
    };

    explicit UserAccounts(Database &database);

    // Test and demo databases hash with the minimal cost; real accounts never do.
    void setPasswordCost(PasswordHasher::Cost cost) { m_cost = cost; }
    // Write inside a transaction the caller holds instead of an own one (the demo generator).
    void setInCallerTransaction(bool inCaller) { m_ownTransaction = !inCaller; }

    // A database without any user must have its administrator created before anything else.
    static bool needsFirstAdministrator(Database &database);
    // Refused once any user exists. The account gets the Administrator role (and `extraRoles`).
    DatabaseError createFirstAdministrator(const NewUser &user, qint64 *id = nullptr);

    LoginResult login(const QString &name, const QString &password,
                      const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The following need the Administrator role (setPassword: or the user's own account).
    DatabaseError addUser(const User &actor, const NewUser &user, qint64 *id = nullptr);
    DatabaseError setRoles(const User &actor, qint64 userId, RoleSet roles);
    DatabaseError setPassword(const User &actor, qint64 userId, const QString &password);
    DatabaseError setActive(const User &actor, qint64 userId, bool active);
    DatabaseError unlock(const User &actor, qint64 userId);
    DatabaseError setLockoutPolicy(const User &actor, const LockoutPolicy &policy);

    LockoutPolicy lockoutPolicy() const;
    QList<User> users() const;
    std::optional<User> user(const QString &name) const;

    // Why a name or password would be refused; empty when acceptable.
    static QString checkName(const QString &name);
    static QString checkPassword(const QString &password);

private:
    DatabaseError insertUser(const QString &actorName, const NewUser &user, qint64 *id);
    DatabaseError refused(const QString &message) const;
    // One change of an existing account in one transaction: `change` writes it and lists the
    // fields for the audit entries.
    using UserChange = std::function<DatabaseError(const User &user, QList<FieldChange> *changes)>;
    DatabaseError changeUser(const QString &actorName, qint64 userId, const QString &action,
                             const UserChange &change);

    Database &m_database;
    PasswordHasher::Cost m_cost = PasswordHasher::Cost::Interactive;
    bool m_ownTransaction = true;
};

} // namespace Simutasi
