#pragma once

#include "storage/DatabaseError.h"
#include "workflow/User.h"

#include <QCoreApplication>
#include <QTextStream>
#include <optional>

namespace Simutasi {

class Database;

// How simutasi-cli commands that change data log a user in: the name from --user, the password
// from an environment variable (SIMUTASI_PASSWORD) for scripts, else asked on the terminal
// without echo, else read as one line from standard input.
class CliLogin
{
    Q_DECLARE_TR_FUNCTIONS(CliLogin)
public:
    static constexpr const char *PasswordVariable = "SIMUTASI_PASSWORD";

    static QString readPassword(const QString &prompt, const char *variable, QTextStream &err);
    // The logged-in user; nullopt after printing why not (wrong password, locked, ...).
    static std::optional<User> logIn(Database &database, const QString &name, QTextStream &err);
    // For a command that changes registry data (import, decree --notify, ...): logs the user
    // named by --user in to Session for the rest of the run, so that the core's role check and
    // the audit entries see them. Without --user the command may go on only while the database
    // has no account at all (a province being set up; the core accepts that too). False after
    // printing why not ("simutasi-cli import needs --user: ..."); the command then exits with 1
    // and writes nothing.
    static bool logInToChange(Database &database, const QString &name, const QString &command,
                              QTextStream &err);
    // Prints a failed workflow call's message; returns 1 for a refusal (role, state, rule),
    // 2 when the database failed.
    static int failure(const DatabaseError &error, QTextStream &err);
};

} // namespace Simutasi
