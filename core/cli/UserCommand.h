#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Simutasi {

// `simutasi-cli user add|list --db DB ...`: the accounts that log in. `add` needs an
// administrator (--user), except on a database without users, where it creates the first
// administrator. The new password comes from SIMUTASI_NEW_PASSWORD or is asked.
class UserCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)
public:
    static constexpr const char *NewPasswordVariable = "SIMUTASI_NEW_PASSWORD";

    // `arguments` are those after "user".
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Simutasi
