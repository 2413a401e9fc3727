#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace Simutasi {

// The roles of DOMAIN.md's workflow. A user holds one or several; what each may do is decided
// in Permissions, never by the screens alone.
enum class Role : quint8
{
    Administrator, // users, settings, and everything an operator may do at execution
    Operator,      // Operator BKD: prepares, submits and cancels proposals, executes them
    Verifikator,   // Verifikator BKD: checks submitted proposals, verifies or returns them
    TimPenilai,    // Tim Penilai Kinerja / Baperjakat: approves or rejects verified proposals
    Penandatangan, // Pejabat Penandatangan: signs the decree
    Pimpinan       // read-only overview
};
constexpr int RoleCount = 6;

// A set of roles as bits, cheap to copy into every check.
class RoleSet
{
public:
    RoleSet() = default;
    RoleSet(std::initializer_list<Role> roles)
    {
        for (Role role : roles)
            add(role);
    }

    bool has(Role role) const { return (m_bits & bit(role)) != 0; }
    bool hasAny(RoleSet other) const { return (m_bits & other.m_bits) != 0; }
    bool isEmpty() const { return m_bits == 0; }
    void add(Role role) { m_bits |= bit(role); }
    void remove(Role role) { m_bits &= ~bit(role); }
    QList<Role> toList() const;
    bool operator==(const RoleSet &) const = default;

private:
    static quint32 bit(Role role) { return 1u << static_cast<quint32>(role); }
    quint32 m_bits = 0;
};

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)
public:
    static QList<Role> all();
    static QString code(Role role); // stable storage key: "verifikator"
    static std::optional<Role> fromCode(const QString &code);
    // The name an officer knows: "Verifikator BKD", "Tim Penilai (Baperjakat)". Role names are
    // Indonesian institutional titles and stay untranslated.
    static QString name(Role role);
    static QString names(RoleSet roles); // "Operator BKD, Verifikator BKD"
};

} // namespace Simutasi
