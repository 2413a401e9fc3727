#include "CliLogin.h"

#include "session/Session.h"
#include "workflow/UserAccounts.h"
#include "workflow/UserRepository.h"

#include <QFile>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace Simutasi {

namespace {

// Switches the terminal's echo off while it lives (when standard input is a terminal).
class NoEcho
{
public:
    NoEcho()
    {
#ifdef Q_OS_UNIX
        if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
        }
#endif
    }
    ~NoEcho()
    {
#ifdef Q_OS_UNIX
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
#endif
    }
    NoEcho(const NoEcho &) = delete;
    NoEcho &operator=(const NoEcho &) = delete;
    bool active() const
    {
        return m_active;
    }

private:
#ifdef Q_OS_UNIX
    termios m_saved{};
#endif
    bool m_active = false;
};

} // namespace

QString CliLogin::readPassword(const QString &prompt, const char *variable, QTextStream &err)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    err << prompt;
    err.flush();
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    NoEcho noEcho;
    const QString line = QString::fromUtf8(in.readLine()).remove(u'\n').remove(u'\r');
    if (noEcho.active())
        err << '\n';
    return line;
}

std::optional<User> CliLogin::logIn(Database &database, const QString &name, QTextStream &err)
{
    const QString password = readPassword(tr("Password of %1: ").arg(name), PasswordVariable, err);
    UserAccounts accounts(database);
    const UserAccounts::LoginResult result = accounts.login(name, password);
    if (!result.ok()) {
        err << (result.error ? result.error.message : result.message) << '\n';
        err.flush();
        return std::nullopt;
    }
    Session::logIn(result.user);
    return result.user;
}

bool CliLogin::logInToChange(Database &database, const QString &name, const QString &command,
                             QTextStream &err)
{
    if (!name.isEmpty())
        return logIn(database, name, err).has_value();
    if (UserRepository(database).count() == 0)
        return true;
    err << tr("simutasi-cli %1 needs --user: this database has user accounts, and changes are "
              "made by a logged-in user with the right role.")
               .arg(command)
        << '\n';
    err.flush();
    return false;
}

int CliLogin::failure(const DatabaseError &error, QTextStream &err)
{
    err << error.message << '\n';
    err.flush();
    const bool refusal =
        error.kind == DatabaseError::Kind::Refused || error.kind == DatabaseError::Kind::Forbidden;
    return refusal ? 1 : 2;
}

} // namespace Simutasi
