// simutasi-cli as a user runs it: the real binary, its output streams and its exit codes.
#include "TestSupport.h"

#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

using namespace Simutasi;
using Test::runCli;

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *arg : list)
        result.append(QString::fromUtf8(arg));
    return result;
}

} // namespace

TEST_CASE("simutasi-cli --version prints the version", "[cli]")
{
    QString out;
    CHECK(runCli(args({"--version"}), &out) == 0);
    CHECK(out.trimmed() == QStringLiteral("simutasi-cli " SIMUTASI_VERSION));
}

TEST_CASE("simutasi-cli --help lists the commands", "[cli]")
{
    QString out;
    QString err;
    CHECK(runCli(args({"--help"}), &out, &err) == 0);
    for (const char *command : {"init", "demo", "check"})
        CHECK(out.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))));
    CHECK(out.contains(QStringLiteral("Exit codes")));
    CHECK(err.isEmpty());

    // Without a command: the help on stderr, and a usage error.
    CHECK(runCli({}, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("demo")));

    CHECK(runCli(args({"demo", "--help"}), &out) == 0);
    CHECK(out.startsWith(QStringLiteral("Usage: simutasi-cli demo [options]")));
    CHECK(out.contains(QStringLiteral("--employees")));
    CHECK(runCli(args({"help", "check"}), &out) == 0);
    CHECK(out.contains(QStringLiteral("--limit")));
}

TEST_CASE("simutasi-cli init creates a database at the latest schema", "[cli]")
{
    Test::TempDir dir;
    const QString path = dir.path(QStringLiteral("new.db"));
    QString out;
    QString err;
    CHECK(runCli({QStringLiteral("init"), QStringLiteral("--db"), path}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Created")));
    CHECK(err.isEmpty());
    {
        DatabaseError error;
        auto database = Database::open(path, &error);
        REQUIRE(database);
        CHECK(database->schemaVersion() == Database::latestSchemaVersion());
    }
    // Again: the existing database is reported, not changed.
    CHECK(runCli({QStringLiteral("init"), QStringLiteral("--db"), path}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("already a Simutasi database")));
    CHECK(out.contains(QStringLiteral("schema version %1").arg(Database::latestSchemaVersion())));

    // An empty database is consistent.
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--db"), path}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("No findings")));
}

TEST_CASE("simutasi-cli demo fills a database that check then examines", "[cli]")
{
    Test::TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.db"));
    QString out;
    QString err;
    const QStringList demo{
        QStringLiteral("demo"),        QStringLiteral("--db"),   path,
        QStringLiteral("--employees"), QStringLiteral("1200"),   QStringLiteral("--seed"),
        QStringLiteral("7"),           QStringLiteral("--date"), QStringLiteral("2026-11-27")};
    REQUIRE(runCli(demo, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Employees: 1,200")));
    CHECK(out.contains(QStringLiteral(" s.")));
    CHECK(err.isEmpty()); // no progress: stderr is not a terminal

    // 1200 employees carry two deliberate flaws; the first is a NIP gender digit (an error).
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--db"), path}, &out, &err) == 1);
    CHECK(out.contains(QStringLiteral("[error]")));
    CHECK(out.contains(QStringLiteral("Summary:")));
    CHECK(out.contains(QStringLiteral("NIP gender differs from the record: ")));
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--limit"),
                  QStringLiteral("1")},
                 &out, &err) == 1);
    CHECK(out.contains(QStringLiteral("1 more")));

    // A second demo into the same database is refused.
    CHECK(runCli(demo, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("demo.db")));
}

TEST_CASE("simutasi-cli reports unusable databases and wrong usage", "[cli]")
{
    Test::TempDir dir;
    const QString text = dir.path(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("this is not a database\n");
    }
    QString out;
    QString err;
    for (const char *command : {"init", "demo", "check"}) {
        INFO(command);
        CHECK(runCli({QLatin1String(command), QStringLiteral("--db"), text}, &out, &err) == 2);
        CHECK(err.contains(QStringLiteral("notes.txt")));
    }

    // check never creates a file.
    const QString missing = dir.path(QStringLiteral("missing.db"));
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--db"), missing}, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("missing.db")));
    CHECK_FALSE(QFileInfo::exists(missing));

    CHECK(runCli(args({"frobnicate"}), &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("frobnicate")));
    CHECK(runCli(args({"check"}), &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("--db")));
    CHECK(runCli(args({"demo", "--db", "x.db", "--employees", "many"}), &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("--employees")));
    CHECK(runCli(args({"demo", "--db", "x.db", "--date", "2026-02-30"}), &out, &err) == 2);
    CHECK(runCli(args({"check", "--db", "x.db", "--bogus"}), &out, &err) == 2);
    CHECK(runCli(args({"check", "--db", "x.db", "extra"}), &out, &err) == 2);
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("x.db")));
}
