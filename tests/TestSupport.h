#pragma once

#include "workflow/Role.h"

#include <QString>
#include <QTemporaryDir>

namespace Simutasi {
class Database;
}

namespace Simutasi::Test {

// A temporary directory that lives for one test, with a helper to name files in it.
class TempDir
{
public:
    TempDir();
    QString path(const QString &fileName) const;
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

// Path of a file under tests/fixtures.
QString fixturePath(const QString &fileName);

// Everything in every table, row by row, as text: two dumps are equal exactly when the
// content is (to prove that a refused or failed write left the database as it was).
QString dumpContent(Database &database);

// Runs simutasi-cli with the arguments; returns its exit code and fills stdout/stderr.
int runCli(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr,
           const QByteArray &stdinData = {});

// Logs a user holding `roles` in to this process's Session for one test scope (writers check the
// logged-in user's roles), and at the end gives the Session back to whoever was logged in
// before (nobody, or an enclosing scope's user). The account need not exist in the database:
// Permissions judges the Session's user.
class LoggedIn
{
public:
    explicit LoggedIn(RoleSet roles, const QString &name = QStringLiteral("tester"));
    ~LoggedIn();
    LoggedIn(const LoggedIn &) = delete;
    LoggedIn &operator=(const LoggedIn &) = delete;
};

} // namespace Simutasi::Test

#include "storage/DatabaseError.h"

#include <catch2/catch.hpp>

// Lets Catch print a DatabaseError's message when an assertion on it fails.
namespace Catch {
template<>
struct StringMaker<Simutasi::DatabaseError>
{
    static std::string convert(const Simutasi::DatabaseError &error)
    {
        return error.isError()
                   ? (error.message + QStringLiteral(" [") + error.detail + QStringLiteral("]"))
                         .toStdString()
                   : std::string("no error");
    }
};
} // namespace Catch
