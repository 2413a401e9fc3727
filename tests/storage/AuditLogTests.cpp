// The audit trail's hash chain: appends link up, and tampering outside the program is found.
#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace Simutasi;

namespace {

struct AuditFixture
{
    Test::TempDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> log;

    AuditFixture()
    {
        DatabaseError error;
        db = Database::open(dir.path(QStringLiteral("audit.db")), &error);
        REQUIRE(db);
        log = std::make_unique<AuditLog>(*db);
        Transaction transaction(*db);
        for (int i = 1; i <= 5; ++i) {
            AuditEntry entry;
            entry.user = i % 2 ? QStringLiteral("operator") : QStringLiteral("admin");
            entry.action = QStringLiteral("update");
            entry.entity = QStringLiteral("employee");
            entry.entityId = 100 + i;
            entry.field = QStringLiteral("unit_id");
            entry.oldValue = QString::number(i);
            entry.newValue = QString::number(i + 1);
            REQUIRE_FALSE(log->append(entry));
        }
        REQUIRE_FALSE(transaction.commit());
    }

    void exec(const QString &sql)
    {
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(sql));
    }
};

} // namespace

TEST_CASE("Audit entries are chained and read back", "[storage][audit]")
{
    AuditFixture f;
    const auto all = f.log->entries({});
    REQUIRE(all.size() == 5);
    CHECK(all.last().prevHash.isEmpty()); // newest first: the last is the first entry
    CHECK(all.first().prevHash == all[1].hash);
    CHECK(all.first().hash == AuditLog::computeHash(all.first()));

    AuditFilter filter;
    filter.user = QStringLiteral("admin");
    CHECK(f.log->entries(filter).size() == 2);
    filter = {};
    filter.entityId = 103;
    REQUIRE(f.log->entries(filter).size() == 1);
    CHECK(f.log->entries(filter).first().newValue == u"4");

    const AuditLog::Verification check = f.log->verify();
    CHECK(check.intact);
    CHECK(check.checked == 5);
}

TEST_CASE("Tampering with the audit trail is detected at the first broken entry",
          "[storage][audit]")
{
    AuditFixture f;
    SECTION("an edited value")
    {
        f.exec(QStringLiteral("UPDATE audit_log SET new_value = '99' WHERE id = 3"));
        const auto check = f.log->verify();
        CHECK_FALSE(check.intact);
        CHECK(check.firstBrokenId == 3);
    }
    SECTION("a deleted entry")
    {
        f.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2"));
        const auto check = f.log->verify();
        CHECK_FALSE(check.intact);
        CHECK(check.firstBrokenId == 3);
    }
    SECTION("a deleted entry whose successors were renumbered")
    {
        f.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2"));
        f.exec(QStringLiteral("UPDATE audit_log SET id = id - 1 WHERE id > 2"));
        const auto check = f.log->verify();
        CHECK_FALSE(check.intact);
        CHECK(check.firstBrokenId == 2);
    }
    SECTION("two entries swapped")
    {
        f.exec(QStringLiteral("UPDATE audit_log SET id = 100 WHERE id = 2"));
        f.exec(QStringLiteral("UPDATE audit_log SET id = 2 WHERE id = 4"));
        f.exec(QStringLiteral("UPDATE audit_log SET id = 4 WHERE id = 100"));
        const auto check = f.log->verify();
        CHECK_FALSE(check.intact);
        CHECK(check.firstBrokenId == 2);
    }
    SECTION("a recomputed hash does not hide an edit from the next entry")
    {
        f.exec(QStringLiteral("UPDATE audit_log SET user_name = 'intruder' WHERE id = 3"));
        const auto edited = f.log->entries({}).at(2); // id 3
        f.exec(QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE id = 3")
                   .arg(AuditLog::computeHash(edited)));
        const auto check = f.log->verify();
        CHECK_FALSE(check.intact);
        CHECK(check.firstBrokenId == 4);
    }
}

TEST_CASE("An audit entry written in a rolled-back transaction is gone", "[storage][audit]")
{
    AuditFixture f;
    {
        Transaction transaction(*f.db);
        AuditEntry entry;
        entry.user = QStringLiteral("operator");
        entry.action = QStringLiteral("create");
        entry.entity = QStringLiteral("employee");
        REQUIRE_FALSE(f.log->append(entry));
    }
    CHECK(f.log->entries({}).size() == 5);
    CHECK(f.log->verify().intact);
}
