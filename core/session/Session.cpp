#include "Session.h"

#include <QtGlobal>

namespace Simutasi {

namespace {
QString &currentName()
{
    static QString name;
    return name;
}
} // namespace

QString Session::userName()
{
    if (!currentName().isEmpty())
        return currentName();
    const QString account = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return account.isEmpty() ? QStringLiteral("system") : account;
}

void Session::setUserName(const QString &name)
{
    currentName() = name;
}

} // namespace Simutasi
