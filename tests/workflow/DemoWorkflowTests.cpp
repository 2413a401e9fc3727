// The demo province's users and transfer history, and the upgrade of a version 2 database.
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoWorkflow.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "workflow/ProposalRepository.h"
#include "workflow/UserAccounts.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace Simutasi;

namespace {

const QDate Reference(2026, 11, 27);

struct Demo
{
    Test::TempDir dir;
    std::unique_ptr<Database> db;
    DemoGenerator::Summary summary;

    explicit Demo(int employees = 1000, quint64 seed = 20261127)
    {
        DatabaseError error;
        db = Database::open(dir.path(QStringLiteral("demo.db")), &error);
        REQUIRE(db);
        DemoGenerator generator(*db, {employees, seed, Reference});
        REQUIRE_FALSE(generator.generate());
        summary = generator.summary();
    }

    int count(const QString &sql) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }

    QByteArray hash(const QString &sql) const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(sql));
        while (q.next()) {
            for (int i = 0; q.value(i).isValid(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + '\x1f');
        }
        return hash.result();
    }
};

} // namespace

TEST_CASE("The demo users log in with their documented passwords", "[workflow][demo]")
{
    const Demo demo(200);
    CHECK(demo.summary.users == 6);
    UserAccounts accounts(*demo.db);
    RoleSet seen;
    for (const DemoWorkflow::DemoUser &user : DemoWorkflow::users()) {
        const auto result = accounts.login(QLatin1String(user.name), QLatin1String(user.password));
        INFO(user.name);
        REQUIRE(result.ok());
        CHECK(result.user.roles == RoleSet({user.role}));
        seen.add(user.role);
    }
    for (Role role : Roles::all())
        CHECK(seen.has(role));
}

TEST_CASE("The demo has three years of executed transfers and open proposals in every state",
          "[workflow][demo]")
{
    const Demo demo;
    for (ProposalState state : ProposalStates::all()) {
        INFO(ProposalStates::code(state).toStdString());
        CHECK(demo.count(QStringLiteral("SELECT count(*) FROM proposal WHERE state = '%1'")
                             .arg(ProposalStates::code(state))) > 0);
    }
    // Every non-draft proposal has lines; a returned one went back to draft.
    CHECK(demo.count(QStringLiteral("SELECT count(*) FROM proposal p WHERE state <> 'draft' AND "
                                    "NOT EXISTS (SELECT 1 FROM proposal_line l WHERE "
                                    "l.proposal_id = p.id)")) == 0);
    CHECK(demo.count(QStringLiteral("SELECT count(*) FROM proposal_event WHERE action = "
                                    "'return'")) > 0);
    // Executed lines moved their employees and wrote riwayat jabatan with the decree.
    const int executed = demo.count(
        QStringLiteral("SELECT count(*) FROM proposal_line WHERE history_id IS NOT NULL"));
    CHECK(executed == demo.summary.executedTransfers);
    CHECK(executed >= 20);
    CHECK(demo.count(QStringLiteral(
              "SELECT count(*) FROM proposal_line l JOIN proposal p ON p.id = l.proposal_id JOIN "
              "jabatan_history h ON h.id = l.history_id WHERE h.sk_number <> p.decree_number OR "
              "h.sk_date <> p.decree_date OR h.tmt <> l.planned_tmt OR h.unit_id <> "
              "l.to_unit_id")) == 0);
    CHECK(demo.count(QStringLiteral("SELECT min(planned_tmt) >= '2023-01-01' FROM proposal_line "
                                    "WHERE history_id IS NOT NULL")) == 1);
    // Moved once: the employee still holds the post the transfer gave (nobody moved twice).
    CHECK(demo.count(QStringLiteral("SELECT count(*) FROM proposal_line l JOIN employee e ON "
                                    "e.id = l.employee_id WHERE l.history_id IS NOT NULL AND "
                                    "(e.unit_id <> l.to_unit_id OR e.tmt_jabatan <> "
                                    "l.planned_tmt)")) == 0);
    // Data-driven and manual choices, and a batch of teachers for remote schools.
    CHECK(demo.count(QStringLiteral("SELECT count(*) FROM proposal_line WHERE source = 'ranking' "
                                    "AND rank > 0 AND jpm IS NOT NULL")) > 0);
    CHECK(demo.count(QStringLiteral("SELECT count(*) FROM proposal_line WHERE source = "
                                    "'manual'")) > 0);
    CHECK(demo.count(QStringLiteral("SELECT count(*) FROM proposal_line l JOIN org_unit u ON u.id "
                                    "= l.to_unit_id WHERE u.remote = 1 AND u.kind = 'sekolah'")) >
          0);
    // Nobody on two open proposals; warnings carry their justification.
    CHECK(demo.count(QStringLiteral(
              "SELECT count(*) FROM (SELECT employee_id FROM proposal_line l JOIN proposal p ON "
              "p.id = l.proposal_id WHERE p.state IN ('draft', 'submitted', 'verified', "
              "'approved', 'decree_issued') AND l.decision NOT IN ('withdrawn', 'rejected') "
              "GROUP BY employee_id HAVING count(*) > 1)")) == 0);
    CHECK(demo.count(QStringLiteral("SELECT count(*) FROM proposal_line WHERE standing = "
                                    "'warning' AND justification = ''")) == 0);
    CHECK(AuditLog(*demo.db).verify().intact);
    CHECK(demo.count(QStringLiteral("SELECT count(*) FROM proposal_event WHERE at > "
                                    "'2026-11-28'")) == 0); // nothing in the future
}

TEST_CASE("The demo's workflow is the same for the same seed", "[workflow][demo]")
{
    const Demo a(500);
    const Demo b(500);
    const QString lines = QStringLiteral("SELECT * FROM proposal_line ORDER BY id");
    const QString events = QStringLiteral("SELECT * FROM proposal_event ORDER BY id");
    CHECK(a.hash(lines) == b.hash(lines));
    CHECK(a.hash(events) == b.hash(events));
    CHECK(a.hash(QStringLiteral("SELECT * FROM employee ORDER BY id")) ==
          b.hash(QStringLiteral("SELECT * FROM employee ORDER BY id")));
}

TEST_CASE("A version 2 database upgrades to the workflow schema and asks for an administrator",
          "[workflow][migration]")
{
    Test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v2.db"));
    REQUIRE(QFile::copy(Test::fixturePath(QStringLiteral("schema_v2.db")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    DatabaseError error;
    auto db = Database::open(path, &error);
    REQUIRE(db);
    CHECK(db->schemaVersion() >= 3);
    QSqlQuery q(db->connection());
    for (const char *table :
         {"app_user", "user_role", "proposal", "proposal_line", "proposal_event"}) {
        INFO(table);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    }
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM employee")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 40);
    CHECK(UserAccounts::needsFirstAdministrator(*db));
    CHECK(AuditLog(*db).verify().intact);
}
