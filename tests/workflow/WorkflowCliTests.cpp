// simutasi-cli proposals, proposal ACTION, user and audit, on a demo database with its demo
// users; passwords come on standard input, as typed at the prompt.
#include "CliDemo.h"
#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "workflow/ProposalRepository.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace Simutasi;
using Test::CliDemo;

TEST_CASE("proposals lists the demo's proposals, filtered by state", "[workflow][cli]")
{
    const CliDemo demo;
    QString out, err;
    REQUIRE(demo.run({QStringLiteral("proposals")}, {}, &out, &err) == 0);
    for (const char *state : {"draft", "submitted", "verified", "approved", "decree_issued",
                              "executed", "closed", "cancelled"})
        CHECK(out.contains(QLatin1String(state)));
    CHECK(out.contains(QStringLiteral("800.1.3.1/"))); // decree numbers
    REQUIRE(
        demo.run({QStringLiteral("proposals"), QStringLiteral("--state"), QStringLiteral("closed")},
                 {}, &out) == 0);
    CHECK_FALSE(out.contains(QStringLiteral(" draft ")));
    CHECK(out.contains(QStringLiteral(" closed ")));
    CHECK(demo.run(
              {QStringLiteral("proposals"), QStringLiteral("--state"), QStringLiteral("nonsense")},
              {}, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("Unknown state")));
}

TEST_CASE("proposal actions log in and obey the same permissions as the application",
          "[workflow][cli]")
{
    const CliDemo demo;
    const qint64 submitted = demo.firstIn(QStringLiteral("submitted"));
    const QString id = QString::number(submitted);
    QString out, err;

    // The operator may not verify: refused with the role named, nothing changed.
    CHECK(demo.run({QStringLiteral("proposal"), QStringLiteral("verify"), id,
                    QStringLiteral("--user"), QStringLiteral("operator")},
                   "operator123\n", &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("lacks the role Verifikator BKD needed to verify")));
    CHECK(demo.stateOf(submitted) == u"submitted");

    // A wrong password is refused before anything happens.
    CHECK(demo.run({QStringLiteral("proposal"), QStringLiteral("verify"), id,
                    QStringLiteral("--user"), QStringLiteral("verifikator")},
                   "wrong\n", &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("wrong password")));
    CHECK(demo.stateOf(submitted) == u"submitted");

    // --user is required to change data.
    CHECK(demo.run({QStringLiteral("proposal"), QStringLiteral("verify"), id}, {}, &out, &err) ==
          2);

    REQUIRE(demo.run({QStringLiteral("proposal"), QStringLiteral("verify"), id,
                      QStringLiteral("--user"), QStringLiteral("verifikator"),
                      QStringLiteral("--note"), QStringLiteral("Berkas lengkap")},
                     "verifikator123\n", &out, &err) == 0);
    CHECK(demo.stateOf(submitted) == u"verified");
    // The wrong state: verifying twice is refused.
    CHECK(demo.run({QStringLiteral("proposal"), QStringLiteral("verify"), id,
                    QStringLiteral("--user"), QStringLiteral("verifikator")},
                   "verifikator123\n", &out, &err) == 1);

    REQUIRE(demo.run({QStringLiteral("proposal"), QStringLiteral("approve"), id,
                      QStringLiteral("--user"), QStringLiteral("penilai"),
                      QStringLiteral("--meeting-date"), QStringLiteral("2026-11-26")},
                     "penilai123\n", &out, &err) == 0);
    CHECK(demo.stateOf(submitted) == u"approved");
    REQUIRE(demo.run({QStringLiteral("proposal"), QStringLiteral("decree"), id,
                      QStringLiteral("--user"), QStringLiteral("penandatangan"),
                      QStringLiteral("--number"), QStringLiteral("800.1.3.1/0999/BKD/XI/2026"),
                      QStringLiteral("--date"), QStringLiteral("2026-11-27")},
                     "penandatangan123\n", &out, &err) == 0);
    CHECK(demo.stateOf(submitted) == u"decree_issued");
    // Its TMT is still to come: execution is refused.
    CHECK(demo.run({QStringLiteral("proposal"), QStringLiteral("execute"), id,
                    QStringLiteral("--user"), QStringLiteral("admin")},
                   "admin123\n", &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("still to come")));
    REQUIRE(demo.run({QStringLiteral("proposal"), QStringLiteral("cancel"), id,
                      QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--note"),
                      QStringLiteral("Formasi berubah")},
                     "admin123\n", &out, &err) == 0);
    CHECK(demo.stateOf(submitted) == u"cancelled");

    REQUIRE(demo.run({QStringLiteral("proposal"), QStringLiteral("show"), id}, {}, &out, &err) ==
            0);
    CHECK(out.contains(QStringLiteral("verifikator: verify -> verified (Berkas lengkap)")));
    CHECK(out.contains(QStringLiteral("admin: cancel -> cancelled (Formasi berubah)")));

    // Executing a proposal whose TMT has come: the demo's decree_issued one waits for December,
    // the executed one cannot be executed again.
    const QString executed = QString::number(demo.firstIn(QStringLiteral("executed")));
    CHECK(demo.run({QStringLiteral("proposal"), QStringLiteral("execute"), executed,
                    QStringLiteral("--user"), QStringLiteral("operator")},
                   "operator123\n", &out, &err) == 1);
    REQUIRE(demo.run({QStringLiteral("proposal"), QStringLiteral("close"), executed,
                      QStringLiteral("--user"), QStringLiteral("operator")},
                     "operator123\n", &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("closed")));
}

TEST_CASE("user add needs an administrator, or creates the first one", "[workflow][cli]")
{
    const CliDemo demo;
    QString out, err;
    // Both passwords on standard input: the administrator's, then the new user's.
    REQUIRE(demo.run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--user"),
                      QStringLiteral("admin"), QStringLiteral("--name"), QStringLiteral("sari"),
                      QStringLiteral("--roles"), QStringLiteral("operator,verifikator"),
                      QStringLiteral("--full-name"), QStringLiteral("Sari Dewi")},
                     "admin123\nsari-rahasia\n", &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Operator BKD, Verifikator BKD")));
    CHECK(demo.run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--user"),
                    QStringLiteral("operator"), QStringLiteral("--name"), QStringLiteral("eko"),
                    QStringLiteral("--roles"), QStringLiteral("operator")},
                   "operator123\neko-rahasia\n", &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("lacks the role Administrator")));
    REQUIRE(demo.run({QStringLiteral("user"), QStringLiteral("list")}, {}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("sari")));
    CHECK_FALSE(out.contains(QStringLiteral("eko")));
    // The new user logs in with the password given.
    const QString draft = QString::number(demo.firstIn(QStringLiteral("verified")));
    CHECK(demo.run({QStringLiteral("proposal"), QStringLiteral("return"), draft,
                    QStringLiteral("--user"), QStringLiteral("sari"), QStringLiteral("--note"),
                    QStringLiteral("Lengkapi")},
                   "sari-rahasia\n", &out, &err) == 1); // verified: too late to return
    CHECK(err.contains(QStringLiteral("not possible")));

    Test::TempDir dir;
    const QString fresh = dir.path(QStringLiteral("fresh.db"));
    REQUIRE(Test::runCli({QStringLiteral("init"), QStringLiteral("--db"), fresh}) == 0);
    REQUIRE(Test::runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"),
                          fresh, QStringLiteral("--name"), QStringLiteral("kepala")},
                         &out, &err, "kepala-rahasia\n") == 0);
    CHECK(out.contains(QStringLiteral("first administrator")));
}

TEST_CASE("audit verify names the first broken entry - audit list filters", "[workflow][cli]")
{
    const CliDemo demo;
    QString out, err;
    REQUIRE(demo.run({QStringLiteral("audit"), QStringLiteral("verify")}, {}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("intact")));

    REQUIRE(demo.run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--user"),
                      QStringLiteral("penilai"), QStringLiteral("--entity"),
                      QStringLiteral("proposal"), QStringLiteral("--limit"), QStringLiteral("5")},
                     {}, &out, &err) == 0);
    const QStringList lines = out.trimmed().split(u'\n');
    REQUIRE(lines.size() == 6); // five entries and the count
    for (int i = 0; i < 5; ++i) {
        CHECK(lines.at(i).contains(QStringLiteral(" penilai ")));
        CHECK(lines.at(i).contains(QStringLiteral(" proposal#")));
    }
    REQUIRE(demo.run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--from"),
                      QStringLiteral("2000-01-01"), QStringLiteral("--to"),
                      QStringLiteral("2000-12-31")},
                     {}, &out, &err) == 0);
    CHECK(out.trimmed() == u"0 entries.");

    {
        DatabaseError error;
        auto db = Database::open(demo.path, &error);
        REQUIRE(db);
        QSqlQuery q(db->connection());
        REQUIRE(
            q.exec(QStringLiteral("UPDATE audit_log SET new_value = 'verified' WHERE id = 40")));
    }
    CHECK(demo.run({QStringLiteral("audit"), QStringLiteral("verify")}, {}, &out, &err) == 1);
    CHECK(out.contains(QStringLiteral("BROKEN at entry 40")));
    {
        DatabaseError error;
        auto db = Database::open(demo.path, &error);
        REQUIRE(db);
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id < 40")));
    }
    CHECK(demo.run({QStringLiteral("audit"), QStringLiteral("verify")}, {}, &out, &err) == 1);
    CHECK(out.contains(QStringLiteral("BROKEN at entry 40")));
    CHECK(out.contains(QStringLiteral("entry 1 is missing")));
}
