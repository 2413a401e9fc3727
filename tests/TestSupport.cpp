#include "TestSupport.h"

#include "session/Session.h"
#include "storage/Database.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QSqlRecord>
#include <catch2/catch.hpp>

namespace Simutasi::Test {

TempDir::TempDir()
    : m_dir(QDir::tempPath() + QStringLiteral("/simutasi-test-XXXXXX"))
{}

QString TempDir::path(const QString &fileName) const
{
    return m_dir.filePath(fileName);
}

namespace {
// The users the enclosing LoggedIn scopes replaced, innermost last (scopes nest).
QList<User> &replacedUsers()
{
    static QList<User> users;
    return users;
}
} // namespace

LoggedIn::LoggedIn(RoleSet roles, const QString &name)
{
    replacedUsers().append(Session::currentUser());
    User user;
    user.id = 990001; // above any id a test database hands out
    user.name = name;
    user.fullName = name;
    user.roles = roles;
    Session::logIn(user);
}

LoggedIn::~LoggedIn()
{
    const User previous = replacedUsers().takeLast();
    if (previous.isValid())
        Session::logIn(previous);
    else
        Session::logOut();
}

QString dumpContent(Database &database)
{
    QSqlQuery tables(database.connection());
    REQUIRE(tables.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QString dump;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(database.connection());
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table)));
        dump += u'[' + table + QStringLiteral("]\n");
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < rows.record().count(); ++i)
                cells.append(rows.value(i).isNull() ? QStringLiteral("NULL")
                                                    : rows.value(i).toString());
            dump += cells.join(u'|') + u'\n';
        }
    }
    return dump;
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
