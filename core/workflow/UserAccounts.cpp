#include "UserAccounts.h"

#include "Permissions.h"
#include "UserRepository.h"
#include "WriteScope.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QLocale>
#include <QRegularExpression>

namespace Simutasi {

namespace {

const QString UserEntity = QStringLiteral("user");

QString roleCodes(RoleSet roles)
{
    QStringList codes;
    for (Role role : roles.toList())
        codes << Roles::code(role);
    return codes.join(u',');
}

} // namespace

UserAccounts::UserAccounts(Database &database)
    : m_database(database)
{}

bool UserAccounts::needsFirstAdministrator(Database &database)
{
    return UserRepository(database).count() == 0;
}

QString UserAccounts::checkName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$"));
    if (!pattern.match(name).hasMatch())
        return tr("A user name has 2 to 32 letters, digits, dots, hyphens or underscores and "
                  "starts with a letter or digit.");
    return {};
}

QString UserAccounts::checkPassword(const QString &password)
{
    if (password.size() < MinPasswordLength)
        return tr("A password has at least %1 characters.").arg(MinPasswordLength);
    return {};
}

DatabaseError UserAccounts::refused(const QString &message) const
{
    DatabaseError error = DatabaseError::make(DatabaseError::Kind::Refused, m_database.path());
    error.message = message;
    return error;
}

DatabaseError UserAccounts::insertUser(const QString &actorName, const NewUser &newUser, qint64 *id)
{
    if (const QString problem = checkName(newUser.name); !problem.isEmpty())
        return refused(problem);
    if (const QString problem = checkPassword(newUser.password); !problem.isEmpty())
        return refused(problem);
    if (newUser.roles.isEmpty())
        return refused(tr("A user needs at least one role."));
    UserRepository users(m_database);
    if (users.find(newUser.name))
        return refused(tr("There is already a user '%1'.").arg(newUser.name));
    const QString hash = PasswordHasher::hash(newUser.password, m_cost);
    if (hash.isEmpty())
        return refused(tr("The password could not be hashed (out of memory)."));
    User user;
    user.name = newUser.name;
    user.fullName = newUser.fullName;
    user.roles = newUser.roles;
    if (DatabaseError error = users.insert(user, hash))
        return error;
    if (DatabaseError error =
            AuditLog(m_database)
                .appendChanges(actorName, QStringLiteral("create"), UserEntity, user.id,
                               {{QStringLiteral("name"), {}, user.name},
                                {QStringLiteral("full_name"), {}, user.fullName},
                                {QStringLiteral("roles"), {}, roleCodes(user.roles)}}))
        return error;
    if (id)
        *id = user.id;
    return {};
}

DatabaseError UserAccounts::createFirstAdministrator(const NewUser &user, qint64 *id)
{
    WriteScope scope(m_database, m_ownTransaction);
    if (DatabaseError error = scope.error())
        return error;
    if (!needsFirstAdministrator(m_database))
        return refused(tr("The database already has users; an administrator adds new ones."));
    NewUser admin = user;
    admin.roles.add(Role::Administrator);
    if (DatabaseError error = insertUser(admin.name, admin, id))
        return error;
    return scope.commit();
}

DatabaseError UserAccounts::addUser(const User &actor, const NewUser &user, qint64 *id)
{
    if (DatabaseError error =
            Permissions::require(actor, WorkflowAction::ManageUsers, m_database.path()))
        return error;
    WriteScope scope(m_database, m_ownTransaction);
    if (DatabaseError error = scope.error())
        return error;
    if (DatabaseError error = insertUser(actor.name, user, id))
        return error;
    return scope.commit();
}

DatabaseError UserAccounts::changeUser(const QString &actorName, qint64 userId,
                                       const QString &action, const UserChange &change)
{
    WriteScope scope(m_database, m_ownTransaction);
    if (DatabaseError error = scope.error())
        return error;
    const std::optional<User> user = UserRepository(m_database).find(userId);
    if (!user)
        return refused(tr("There is no user with id %1.").arg(userId));
    QList<FieldChange> changes;
    if (DatabaseError error = change(*user, &changes))
        return error;
    if (DatabaseError error =
            AuditLog(m_database).appendChanges(actorName, action, UserEntity, userId, changes))
        return error;
    return scope.commit();
}

DatabaseError UserAccounts::setRoles(const User &actor, qint64 userId, RoleSet roles)
{
    if (DatabaseError error =
            Permissions::require(actor, WorkflowAction::ManageUsers, m_database.path()))
        return error;
    if (roles.isEmpty())
        return refused(tr("A user needs at least one role."));
    if (actor.id == userId && !roles.has(Role::Administrator))
        return refused(tr("You cannot take the Administrator role from yourself."));
    return changeUser(actor.name, userId, QStringLiteral("update"),
                      [&](const User &user, QList<FieldChange> *changes) {
                          *changes << FieldChange{QStringLiteral("roles"), roleCodes(user.roles),
                                                  roleCodes(roles)};
                          return UserRepository(m_database).setRoles(userId, roles);
                      });
}

DatabaseError UserAccounts::setPassword(const User &actor, qint64 userId, const QString &password)
{
    if (actor.id != userId || !actor.isValid()) {
        if (DatabaseError error =
                Permissions::require(actor, WorkflowAction::ManageUsers, m_database.path()))
            return error;
    }
    if (const QString problem = checkPassword(password); !problem.isEmpty())
        return refused(problem);
    return changeUser(actor.name, userId, QStringLiteral("update"),
                      [&](const User &, QList<FieldChange> *changes) {
                          const QString hash = PasswordHasher::hash(password, m_cost);
                          if (hash.isEmpty())
                              return refused(tr("The password could not be hashed (out of "
                                                "memory)."));
                          // The audit entry says that the password changed, never what it is.
                          *changes << FieldChange{QStringLiteral("password"), QStringLiteral("*"),
                                                  QStringLiteral("*")};
                          return UserRepository(m_database).setPasswordHash(userId, hash);
                      });
}

DatabaseError UserAccounts::setActive(const User &actor, qint64 userId, bool active)
{
    if (DatabaseError error =
            Permissions::require(actor, WorkflowAction::ManageUsers, m_database.path()))
        return error;
    if (actor.id == userId && !active)
        return refused(tr("You cannot deactivate your own account."));
    return changeUser(actor.name, userId, QStringLiteral("update"),
                      [&](const User &user, QList<FieldChange> *changes) {
                          *changes << FieldChange{QStringLiteral("active"),
                                                  QString::number(user.active ? 1 : 0),
                                                  QString::number(active ? 1 : 0)};
                          return UserRepository(m_database).setActive(userId, active);
                      });
}

DatabaseError UserAccounts::unlock(const User &actor, qint64 userId)
{
    if (DatabaseError error =
            Permissions::require(actor, WorkflowAction::ManageUsers, m_database.path()))
        return error;
    return changeUser(actor.name, userId, QStringLiteral("unlock"),
                      [&](const User &user, QList<FieldChange> *changes) {
                          *changes << FieldChange{QStringLiteral("locked_until"),
                                                  user.lockedUntil.toString(Qt::ISODate),
                                                  {}};
                          return UserRepository(m_database).setLoginState(userId, 0, {});
                      });
}

UserAccounts::LockoutPolicy UserAccounts::lockoutPolicy() const
{
    LockoutPolicy policy;
    const int failures = m_database.setting(QLatin1String(MaxFailedLoginsKey)).toInt();
    const int minutes = m_database.setting(QLatin1String(LockoutMinutesKey)).toInt();
    if (failures > 0)
        policy.maxFailedLogins = failures;
    if (minutes > 0)
        policy.lockoutMinutes = minutes;
    return policy;
}

DatabaseError UserAccounts::setLockoutPolicy(const User &actor, const LockoutPolicy &policy)
{
    if (DatabaseError error =
            Permissions::require(actor, WorkflowAction::ManageUsers, m_database.path()))
        return error;
    if (policy.maxFailedLogins < 1 || policy.lockoutMinutes < 1)
        return refused(tr("The lock-out needs at least one failure and one minute."));
    WriteScope scope(m_database, m_ownTransaction);
    if (DatabaseError error = scope.error())
        return error;
    const LockoutPolicy before = lockoutPolicy();
    if (DatabaseError e = m_database.setSetting(QLatin1String(MaxFailedLoginsKey),
                                                QString::number(policy.maxFailedLogins)))
        return e;
    if (DatabaseError e = m_database.setSetting(QLatin1String(LockoutMinutesKey),
                                                QString::number(policy.lockoutMinutes)))
        return e;
    if (DatabaseError e =
            AuditLog(m_database)
                .appendChanges(
                    actor.name, QStringLiteral("update"), QStringLiteral("setting"), 0,
                    {{QLatin1String(MaxFailedLoginsKey), QString::number(before.maxFailedLogins),
                      QString::number(policy.maxFailedLogins)},
                     {QLatin1String(LockoutMinutesKey), QString::number(before.lockoutMinutes),
                      QString::number(policy.lockoutMinutes)}}))
        return e;
    return scope.commit();
}

UserAccounts::LoginResult UserAccounts::login(const QString &name, const QString &password,
                                              const QDateTime &now)
{
    using Status = LoginResult::Status;
    LoginResult result;
    WriteScope scope(m_database, m_ownTransaction);
    if ((result.error = scope.error()))
        return result;
    UserRepository users(m_database);
    const std::optional<User> user = users.find(name);
    if (!user) {
        result.status = Status::WrongCredentials;
        result.message = tr("Unknown user name or wrong password.");
        return result;
    }
    if (!user->active) {
        result.status = Status::Inactive;
        result.message =
            tr("The account '%1' is deactivated; ask an administrator.").arg(user->name);
        return result;
    }
    const QString lockedMessage =
        tr("The account '%1' is locked after repeated failed log-ins until %2; try again later "
           "or ask an administrator to unlock it.");
    if (user->lockedUntil.isValid() && user->lockedUntil > now) {
        result.status = Status::Locked;
        result.lockedUntil = user->lockedUntil;
        result.message = lockedMessage.arg(
            user->name, QLocale().toString(user->lockedUntil.toLocalTime(), QLocale::ShortFormat));
        return result;
    }
    AuditLog audit(m_database);
    if (!PasswordHasher::verify(users.passwordHash(user->id), password)) {
        const LockoutPolicy policy = lockoutPolicy();
        // An expired lock starts a fresh count.
        const int failures = (user->lockedUntil.isValid() ? 0 : user->failedLogins) + 1;
        const bool lock = failures >= policy.maxFailedLogins;
        const QDateTime until =
            lock ? now.addSecs(qint64(policy.lockoutMinutes) * 60) : QDateTime();
        if ((result.error = users.setLoginState(user->id, lock ? 0 : failures, until)))
            return result;
        if ((result.error = audit.appendChanges(
                 user->name, lock ? QStringLiteral("lock") : QStringLiteral("login_failed"),
                 UserEntity, user->id,
                 {{QStringLiteral("failed_logins"), QString::number(failures - 1),
                   QString::number(failures)}})))
            return result;
        if ((result.error = scope.commit()))
            return result;
        result.status = lock ? Status::Locked : Status::WrongCredentials;
        result.lockedUntil = until;
        result.message =
            lock ? lockedMessage.arg(user->name,
                                     QLocale().toString(until.toLocalTime(), QLocale::ShortFormat))
                 : tr("Unknown user name or wrong password.");
        return result;
    }
    if ((result.error = users.recordLogin(user->id, now)))
        return result;
    if ((result.error =
             audit.appendChanges(user->name, QStringLiteral("login"), UserEntity, user->id, {})))
        return result;
    if ((result.error = scope.commit()))
        return result;
    result.status = Status::Ok;
    result.user = *users.find(user->id);
    return result;
}

QList<User> UserAccounts::users() const
{
    return UserRepository(m_database).all();
}

std::optional<User> UserAccounts::user(const QString &name) const
{
    return UserRepository(m_database).find(name);
}

} // namespace Simutasi
