#include "Role.h"

namespace Simutasi {

QList<Role> RoleSet::toList() const
{
    QList<Role> roles;
    for (Role role : Roles::all()) {
        if (has(role))
            roles.append(role);
    }
    return roles;
}

QList<Role> Roles::all()
{
    return {Role::Administrator, Role::Operator,      Role::Verifikator,
            Role::TimPenilai,    Role::Penandatangan, Role::Pimpinan};
}

QString Roles::code(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Verifikator:
        return QStringLiteral("verifikator");
    case Role::TimPenilai:
        return QStringLiteral("tim_penilai");
    case Role::Penandatangan:
        return QStringLiteral("penandatangan");
    case Role::Pimpinan:
        return QStringLiteral("pimpinan");
    }
    return {};
}

std::optional<Role> Roles::fromCode(const QString &code)
{
    for (Role role : all()) {
        if (Roles::code(role) == code)
            return role;
    }
    return std::nullopt;
}

QString Roles::name(Role role)
{
    switch (role) {
    case Role::Administrator:
        return tr("Administrator");
    case Role::Operator:
        return QStringLiteral("Operator BKD");
    case Role::Verifikator:
        return QStringLiteral("Verifikator BKD");
    case Role::TimPenilai:
        return QStringLiteral("Tim Penilai (Baperjakat)");
    case Role::Penandatangan:
        return QStringLiteral("Pejabat Penandatangan");
    case Role::Pimpinan:
        return QStringLiteral("Pimpinan");
    }
    return {};
}

QString Roles::names(RoleSet roles)
{
    QStringList names;
    for (Role role : roles.toList())
        names << name(role);
    return names.join(QStringLiteral(", "));
}

} // namespace Simutasi
