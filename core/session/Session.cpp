#include "Session.h"

#include <QtGlobal>

namespace Simutasi {

namespace {
QString &currentName()
{
    static QString name;
    return name;
}

User &loggedIn()
{
    static User user;
    return user;
}
} // namespace

QString Session::userName()
{
    if (loggedIn().isValid())
        return loggedIn().name;
    if (!currentName().isEmpty())
        return currentName();
    const QString account = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return account.isEmpty() ? QStringLiteral("system") : account;
}

void Session::setUserName(const QString &name)
{
    currentName() = name;
}

void Session::logIn(const User &user)
{
    loggedIn() = user;
}

void Session::logOut()
{
    loggedIn() = User();
}

bool Session::isLoggedIn()
{
    return loggedIn().isValid();
}

const User &Session::currentUser()
{
    return loggedIn();
}

} // namespace Simutasi
