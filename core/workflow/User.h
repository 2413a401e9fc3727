#pragma once

#include "Role.h"

#include <QDateTime>
#include <QString>

namespace Simutasi {

// A person who logs in to Simutasi: the account name every audit entry records, and roles.
struct User
{
    qint64 id = 0;
    QString name; // the log-in name, unique regardless of case
    QString fullName;
    RoleSet roles;
    bool active = true;
    int failedLogins = 0;
    QDateTime lockedUntil; // invalid when not locked
    QDateTime createdAt;
    QDateTime lastLoginAt;

    bool has(Role role) const { return roles.has(role); }
    bool isValid() const { return id > 0; }
};

} // namespace Simutasi
