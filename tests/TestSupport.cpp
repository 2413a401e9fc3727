#include "TestSupport.h"

#include "session/Session.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

namespace Simutasi::Test {

TempDir::TempDir()
    : m_dir(QDir::tempPath() + QStringLiteral("/simutasi-test-XXXXXX"))
{}

QString TempDir::path(const QString &fileName) const
{
    return m_dir.filePath(fileName);
}

LoggedIn::LoggedIn(RoleSet roles, const QString &name)
{
    User user;
    user.id = 990001; // above any id a test database hands out
    user.name = name;
    user.fullName = name;
    user.roles = roles;
    Session::logIn(user);
}

LoggedIn::~LoggedIn()
{
    Session::logOut();
}

QString fixturePath(const QString &fileName)
{
    return QStringLiteral(SIMUTASI_FIXTURES_DIR "/") + fileName;
}

int runCli(const QStringList &arguments, QString *out, QString *err, const QByteArray &stdinData)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("SIMUTASI_LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SIMUTASI_CLI_PATH), arguments);
    process.waitForStarted();
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(300000);
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace Simutasi::Test
