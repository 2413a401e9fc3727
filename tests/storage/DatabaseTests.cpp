// Opening, migrating and refusing database files, on real SQLite files in a temporary folder.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <unistd.h>

using namespace Simutasi;
using Kind = DatabaseError::Kind;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// Runs statements on a raw connection of our own, outside Simutasi's Database class.
void rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            REQUIRE(query.exec(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int rawUserVersion(const QString &path)
{
    const QString name = QStringLiteral("raw-version-") + path;
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(query.next());
        version = query.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

DatabaseError openError(const QString &path, Database::Options options = {})
{
    DatabaseError error;
    auto db = Database::open(path, options, &error);
    CHECK_FALSE(db);
    return error;
}

void createSampleDatabase(const QString &path)
{
    DatabaseError error;
    auto db = Database::open(path, &error);
    REQUIRE(db);
    REQUIRE_FALSE(db->setSetting(QStringLiteral("sample"), QStringLiteral("value")));
}

} // namespace

TEST_CASE("A new database is created at the latest schema version", "[storage]")
{
    Test::TempDir dir;
    const QString path = dir.path(QStringLiteral("new.db"));
    DatabaseError error;
    auto db = Database::open(path, &error);
    INFO(error.message.toStdString() << " / " << error.detail.toStdString());
    REQUIRE(db);
    CHECK_FALSE(error);
    CHECK(db->schemaVersion() == Migrations::latestVersion());
    CHECK(db->backupPath().isEmpty()); // nothing to back up in a new file

    QSqlQuery query(db->connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == u"wal");
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    REQUIRE(query.exec(QStringLiteral("PRAGMA application_id")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == Migrations::ApplicationId);
}

TEST_CASE("Migration steps are numbered 1..N without gaps", "[storage][migration]")
{
    const auto &steps = Migrations::steps();
    REQUIRE_FALSE(steps.isEmpty());
    for (int i = 0; i < steps.size(); ++i)
        CHECK(steps[i].version == i + 1);
}

TEST_CASE("Every old schema version has a fixture that upgrades to the newest",
          "[storage][migration]")
{
    // A fixture per version 1..latest: when a step is added, the file of the previous version
    // must be added too (make it with the previous release's `simutasi-cli demo`).
    for (int version = 1; version <= Migrations::latestVersion(); ++version) {
        const QString fixture = Test::fixturePath(QStringLiteral("schema_v%1.db").arg(version));
        INFO("fixture " << fixture.toStdString());
        REQUIRE(QFile::exists(fixture));

        Test::TempDir dir;
        const QString path = dir.path(QStringLiteral("old.db"));
        REQUIRE(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        CHECK(rawUserVersion(path) == version);
        const QByteArray before = fileHash(path);

        DatabaseError error;
        auto db = Database::open(path, &error);
        REQUIRE(db);
        CHECK(db->schemaVersion() == Migrations::latestVersion());
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM employee")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() > 0); // the fixture's data survived

        if (version < Migrations::latestVersion()) {
            REQUIRE_FALSE(db->backupPath().isEmpty());
            CHECK(rawUserVersion(db->backupPath()) == version);
        } else {
            CHECK(db->backupPath().isEmpty());
            db.reset();
            CHECK(fileHash(path) == before); // opening the current version rewrites nothing
        }
    }
}

TEST_CASE("Step 5 upgrades a version 4 file: every employee active, departures recordable",
          "[storage][migration]")
{
    Test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v4.db"));
    REQUIRE(QFile::copy(Test::fixturePath(QStringLiteral("schema_v4.db")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    REQUIRE(rawUserVersion(path) == 4);

    DatabaseError error;
    auto db = Database::open(path, &error);
    REQUIRE(db);
    REQUIRE(db->schemaVersion() >= 5);
    CHECK(rawUserVersion(db->backupPath()) == 4); // the backup was taken before the steps
    QSqlQuery query(db->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*), count(left_on), count(left_reason), "
                                      "count(left_to), count(left_decree) FROM employee")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() > 0);
    for (int column = 1; column <= 4; ++column)
        CHECK(query.value(column).toInt() == 0); // nobody had left before the step
    REQUIRE(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE name IN "
                                      "('employee_departed', 'employee_active_name', "
                                      "'employee_departed_insert', 'employee_departed_update') "
                                      "ORDER BY name")));
    QStringList objects;
    while (query.next())
        objects << query.value(0).toString();
    CHECK(objects == QStringList{QStringLiteral("employee_active_name"),
                                 QStringLiteral("employee_departed"),
                                 QStringLiteral("employee_departed_insert"),
                                 QStringLiteral("employee_departed_update")});

    // A departure without a post is stored; a post for a departed employee, or an unknown reason,
    // is refused by the database itself.
    REQUIRE(query.exec(QStringLiteral("SELECT id FROM employee WHERE unit_id IS NOT NULL "
                                      "ORDER BY id LIMIT 1")));
    REQUIRE(query.next());
    const qint64 id = query.value(0).toLongLong();
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE employee SET left_on = '2026-01-01', "
                                          "left_reason = 'pindah_keluar' WHERE id = %1")
                               .arg(id)));
    CHECK(query.exec(QStringLiteral("UPDATE employee SET unit_id = NULL, jabatan_id = NULL, "
                                    "left_on = '2026-01-01', left_reason = 'pindah_keluar', "
                                    "left_to = 'Kementerian Kesehatan' WHERE id = %1")
                         .arg(id)));
    CHECK_FALSE(query.exec(
        QStringLiteral("UPDATE employee SET left_reason = 'dipecat' WHERE id = %1").arg(id)));
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE employee SET unit_id = (SELECT min(id) FROM "
                                          "org_unit) WHERE id = %1")
                               .arg(id)));
    // The active list's count is answered by the partial index, not a scan of the table.
    REQUIRE(query.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM employee e WHERE "
                                      "e.left_on IS NULL")));
    QString plan;
    while (query.next())
        plan += query.value(3).toString();
    CHECK(plan.contains(QStringLiteral("employee_active_name")));
    REQUIRE(query.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT e.id FROM employee e WHERE "
                                      "e.left_on IS NOT NULL ORDER BY e.name COLLATE NOCASE")));
    plan.clear();
    while (query.next())
        plan += query.value(3).toString();
    CHECK(plan.contains(QStringLiteral("employee_departed")));
}

TEST_CASE("Opening refuses files it must not touch, and leaves them unchanged", "[storage][errors]")
{
    Test::TempDir dir;

    SECTION("a missing file when asked to open an existing one")
    {
        const QString path = dir.path(QStringLiteral("missing.db"));
        const DatabaseError error =
            openError(path, Database::Options{Database::OpenMode::OpenExisting, 5000, true});
        CHECK(error.kind == Kind::NotFound);
        CHECK(error.message.contains(QStringLiteral("missing.db")));
        CHECK_FALSE(QFile::exists(path));
    }

    SECTION("a text file")
    {
        const QString path = dir.path(QStringLiteral("notes.db"));
        writeFile(path, "NIP;Nama\n198503122010011003;Budi\n");
        const QByteArray before = fileHash(path);
        const DatabaseError error = openError(path);
        CHECK(error.kind == Kind::NotADatabase);
        CHECK(error.message.contains(QStringLiteral("notes.db")));
        CHECK(fileHash(path) == before);
    }

    SECTION("another program's SQLite file")
    {
        const QString path = dir.path(QStringLiteral("other.sqlite"));
        rawExec(path, {QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"),
                       QStringLiteral("INSERT INTO customers (name) VALUES ('Toko Makmur')")});
        const QByteArray before = fileHash(path);
        CHECK(openError(path).kind == Kind::ForeignDatabase);
        CHECK(fileHash(path) == before);
    }

    SECTION("a damaged file")
    {
        const QString path = dir.path(QStringLiteral("damaged.db"));
        {
            DatabaseError error;
            auto db = Database::open(path, &error);
            REQUIRE(db);
            QSqlQuery query(db->connection());
            REQUIRE(query.exec(QStringLiteral("BEGIN")));
            for (int i = 0; i < 400; ++i)
                REQUIRE(query.exec(QStringLiteral("INSERT INTO app_setting VALUES ('key%1', '%2')")
                                       .arg(i)
                                       .arg(QString(200, u'x'))));
            REQUIRE(query.exec(QStringLiteral("COMMIT")));
            REQUIRE(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        REQUIRE(size > 16 * 4096);
        // Scribble over the interior pages, keeping the header page intact.
        for (qint64 offset = 2 * 4096; offset < size; offset += 4096) {
            file.seek(offset);
            file.write(QByteArray(64, '\xA5'));
        }
        file.close();
        const QByteArray before = fileHash(path);
        const DatabaseError error = openError(path);
        CHECK(error.kind == Kind::Corrupt);
        CHECK(error.message.contains(QStringLiteral("damaged.db")));
        CHECK(fileHash(path) == before);
    }

    SECTION("a database written by a newer Simutasi")
    {
        const QString path = dir.path(QStringLiteral("newer.db"));
        createSampleDatabase(path);
        rawExec(path,
                {QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 5)});
        const DatabaseError error = openError(path);
        CHECK(error.kind == Kind::NewerSchema);
        CHECK(rawUserVersion(path) == Migrations::latestVersion() + 5);
    }

    SECTION("a database another program holds locked")
    {
        const QString path = dir.path(QStringLiteral("locked.db"));
        createSampleDatabase(path);
        const QString lockName = QStringLiteral("locker");
        {
            QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lockName);
            locker.setDatabaseName(path);
            REQUIRE(locker.open());
            QSqlQuery query(locker);
            REQUIRE(query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
            REQUIRE(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            REQUIRE(query.exec(QStringLiteral("UPDATE app_setting SET value = 'busy'")));

            const DatabaseError error =
                openError(path, Database::Options{Database::OpenMode::OpenExisting, 100, true});
            CHECK(error.kind == Kind::Locked);
            CHECK(error.message.contains(QStringLiteral("locked.db")));
            REQUIRE(query.exec(QStringLiteral("ROLLBACK")));
            locker.close();
        }
        QSqlDatabase::removeDatabase(lockName);
        DatabaseError error;
        auto db = Database::open(path, &error);
        REQUIRE(db);
        CHECK(db->setting(QStringLiteral("sample")) == u"value");
    }
}

TEST_CASE("A read-only database file is refused with a clear message", "[storage][errors]")
{
    Test::TempDir dir;
    const QString path = dir.path(QStringLiteral("readonly.db"));
    createSampleDatabase(path);
    const QByteArray before = fileHash(path);
    // root ignores permission bits, so there the file is made immutable instead.
    const bool asRoot = geteuid() == 0;
    if (asRoot) {
        if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) != 0) {
            WARN("chattr +i is not available here: the read-only case is not exercised as root");
            return;
        }
    } else {
        REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    }
    const DatabaseError error = openError(path);
    if (asRoot)
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
    CHECK(error.kind == Kind::ReadOnly);
    CHECK(error.message.contains(QStringLiteral("readonly.db")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A full disk during a write is reported and rolled back", "[storage][errors]")
{
    Test::TempDir dir;
    const QString path = dir.path(QStringLiteral("full.db"));
    DatabaseError error;
    auto db = Database::open(path, &error);
    REQUIRE(db);
    REQUIRE_FALSE(db->setSetting(QStringLiteral("kept"), QStringLiteral("yes")));

    QSqlQuery query(db->connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(query.next());
    // Capping the file at its current size makes SQLite answer SQLITE_FULL, as a full disk does.
    REQUIRE(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(query.value(0).toInt())));

    DatabaseError writeError;
    {
        Transaction transaction(*db);
        REQUIRE(transaction.isActive());
        for (int i = 0; i < 1000 && !writeError; ++i)
            writeError = db->setSetting(QStringLiteral("big%1").arg(i), QString(1000, u'y'));
    }
    CHECK(writeError.kind == Kind::DiskFull);
    CHECK(writeError.message.contains(QStringLiteral("full.db")));
    CHECK(db->setting(QStringLiteral("kept")) == u"yes");
    CHECK(db->setting(QStringLiteral("big0")).isEmpty());
}

TEST_CASE("A transaction not committed leaves nothing behind", "[storage]")
{
    Test::TempDir dir;
    DatabaseError error;
    auto db = Database::open(dir.path(QStringLiteral("tx.db")), &error);
    REQUIRE(db);
    {
        Transaction transaction(*db);
        REQUIRE_FALSE(db->setSetting(QStringLiteral("a"), QStringLiteral("1")));
    }
    CHECK(db->setting(QStringLiteral("a")).isEmpty());
    {
        Transaction transaction(*db);
        REQUIRE_FALSE(db->setSetting(QStringLiteral("a"), QStringLiteral("2")));
        CHECK_FALSE(transaction.commit());
    }
    CHECK(db->setting(QStringLiteral("a")) == u"2");
}

TEST_CASE("Two Database objects on one file see each other's committed writes", "[storage]")
{
    Test::TempDir dir;
    const QString path = dir.path(QStringLiteral("shared.db"));
    DatabaseError error;
    auto first = Database::open(path, &error);
    auto second = Database::open(path, &error);
    REQUIRE(first);
    REQUIRE(second);
    REQUIRE_FALSE(first->setSetting(QStringLiteral("x"), QStringLiteral("from first")));
    CHECK(second->setting(QStringLiteral("x")) == u"from first");
}
