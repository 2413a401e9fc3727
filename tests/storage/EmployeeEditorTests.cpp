// EmployeeEditor: field diffs become audit entries, history rows are added, changed and deleted
// with their audit, and a failure midway leaves employee, histories and audit trail untouched.
#include "EmployeeFixture.h"

#include "registry/EmployeeEditor.h"
#include "registry/HistoryFields.h"
#include "storage/AuditLog.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace Simutasi;
using Test::EmployeeFixture;

namespace {

const QString User = QStringLiteral("operator.bkd");

struct EditorFixture : EmployeeFixture
{
    EmployeeEditor editor{*db, User};
    qint64 id = 0;
    EmployeeRecord before;

    EditorFixture()
    {
        id = add(complete(QStringLiteral("Siti Aminah"), QDate(1985, 3, 12), Gender::Female));
        JabatanHistoryEntry first{0,
                                  id,
                                  ahliMuda.id,
                                  school.id,
                                  ahliMuda.name,
                                  school.name,
                                  QDate(2016, 1, 4),
                                  QStringLiteral("821/12/2016"),
                                  {}};
        REQUIRE_FALSE(employees->addJabatanHistory(first));
        before = editor.load(id).value();
    }

    QList<AuditEntry> trail() const { return editor.auditTrail(id); }

    void exec(const QString &sql) const
    {
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(sql));
    }

    int auditCount() const
    {
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM audit_log")));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }
};

const AuditEntry *entryFor(const QList<AuditEntry> &entries, const QString &field)
{
    for (const AuditEntry &entry : entries) {
        if (entry.field == field)
            return &entry;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Saving an edited employee writes one audit entry per changed field", "[storage][editor]")
{
    EditorFixture f;
    EmployeeRecord after = f.before;
    CHECK_FALSE(f.editor.hasChanges(f.before, after));
    after.employee.name = QStringLiteral("Siti Aminah Rumbewas");
    after.employee.unitId = f.bidang.id;
    after.employee.tmtJabatan = QDate(2026, 7, 1);
    after.employee.email.clear();
    CHECK(f.editor.hasChanges(f.before, after));

    REQUIRE_FALSE(f.editor.save(f.before, after));
    const Employee stored = f.employees->byId(f.id).value();
    CHECK(stored.name == u"Siti Aminah Rumbewas");
    CHECK(stored.unitId == f.bidang.id);
    CHECK(stored.email.isEmpty());

    const QList<AuditEntry> trail = f.trail();
    REQUIRE(trail.size() == 4);
    for (const AuditEntry &entry : trail) {
        CHECK(entry.user == User);
        CHECK(entry.action == u"update");
        CHECK(entry.entity == u"employee");
        CHECK(entry.entityId == f.id);
    }
    const AuditEntry *name = entryFor(trail, QStringLiteral("name"));
    REQUIRE(name);
    CHECK(name->oldValue == u"Siti Aminah");
    CHECK(name->newValue == u"Siti Aminah Rumbewas");
    const AuditEntry *unit = entryFor(trail, QStringLiteral("unit"));
    REQUIRE(unit);
    CHECK(unit->oldValue == QStringLiteral("SMA Negeri 1 #%1").arg(f.school.id));
    CHECK(unit->newValue == QStringLiteral("Bidang SMA #%1").arg(f.bidang.id));
    const AuditEntry *tmt = entryFor(trail, QStringLiteral("tmt_jabatan"));
    REQUIRE(tmt);
    CHECK(tmt->oldValue == u"01-01-2024");
    CHECK(tmt->newValue == u"01-07-2026");
    CHECK(entryFor(trail, QStringLiteral("email")));
    CHECK(AuditLog(*f.db).verify().intact);

    SECTION("saving again without changes writes nothing")
    {
        const EmployeeRecord saved = after;
        REQUIRE_FALSE(f.editor.save(saved, after));
        CHECK(f.trail().size() == 4);
    }
}

TEST_CASE("History rows are added, changed and deleted with their audit entries",
          "[storage][editor]")
{
    EditorFixture f;
    EmployeeRecord after = f.before;
    REQUIRE(after.jabatanHistory.size() == 1);
    const qint64 firstRow = after.jabatanHistory[0].id;
    after.jabatanHistory[0].skNumber = QStringLiteral("821/15/2016");
    after.skpRatings.append({0, 0, 2024, SkpPredicate::SangatBaik});
    after.pangkatHistory.append(
        {0, 0, Golongan::parse(QStringLiteral("III/d")).value(), QDate(2024, 4, 1), {}, {}});
    REQUIRE_FALSE(f.editor.save(f.before, after));

    REQUIRE(after.skpRatings.size() == 2);
    const qint64 skpRow = after.skpRatings[1].id;
    CHECK(skpRow > 0);
    CHECK(after.pangkatHistory[0].id > 0);
    CHECK(f.employees->jabatanHistory(f.id)[0].skNumber == u"821/15/2016");
    CHECK(f.employees->skpRatings(f.id).size() == 2);

    QList<AuditEntry> trail = f.trail();
    const AuditEntry *sk = entryFor(trail, HistoryFields::auditField(HistoryKind::Jabatan, firstRow,
                                                                     QStringLiteral("sk_number")));
    REQUIRE(sk);
    CHECK(sk->action == u"update");
    CHECK(sk->oldValue == u"821/12/2016");
    const AuditEntry *predicate = entryFor(
        trail, HistoryFields::auditField(HistoryKind::Skp, skpRow, QStringLiteral("predicate")));
    REQUIRE(predicate);
    CHECK(predicate->action == u"create");
    CHECK(predicate->newValue == u"Sangat Baik");
    CHECK(entryFor(trail,
                   QStringLiteral("riwayat_pangkat[%1].golongan").arg(after.pangkatHistory[0].id)));

    SECTION("a row deleted by mistake leaves its old values in the audit trail")
    {
        const EmployeeRecord saved = after;
        after.jabatanHistory.clear();
        REQUIRE_FALSE(f.editor.save(saved, after));
        CHECK(f.employees->jabatanHistory(f.id).isEmpty());
        trail = f.trail();
        const AuditEntry *deleted =
            entryFor(trail, HistoryFields::auditField(HistoryKind::Jabatan, firstRow,
                                                      QStringLiteral("tmt")));
        REQUIRE(deleted);
        CHECK(deleted->action == u"delete");
        CHECK(deleted->oldValue == u"04-01-2016");
        CHECK(deleted->newValue.isEmpty());
    }
}

TEST_CASE("A new employee is created with a 'create' entry per filled field", "[storage][editor]")
{
    EditorFixture f;
    EmployeeRecord blank;
    EmployeeRecord record;
    record.employee = f.complete(QStringLiteral("Budi Santoso"), QDate(1990, 7, 7));
    record.employee.nip =
        Nip::parse(EmployeeFixture::nipFor(QDate(1990, 7, 7), Gender::Male, 2014, 77));
    REQUIRE_FALSE(f.editor.save(blank, record));
    REQUIRE(record.employee.id > 0);
    const QList<AuditEntry> trail = f.editor.auditTrail(record.employee.id);
    CHECK(trail.size() == 15); // every field but the two empty titles
    for (const AuditEntry &entry : trail) {
        CHECK(entry.action == u"create");
        CHECK(entry.oldValue.isEmpty());
    }
    CHECK(entryFor(trail, QStringLiteral("status"))->newValue == u"PNS");
}

TEST_CASE("The editor refuses what it cannot store, in words for the officer", "[storage][editor]")
{
    EditorFixture f;
    EmployeeRecord after = f.before;
    SECTION("an invalid NIP")
    {
        after.employee.nip = Nip::parse(QStringLiteral("1985031220100"));
        const DatabaseError error = f.editor.save(f.before, after);
        CHECK(error.kind == DatabaseError::Kind::Constraint);
        CHECK(error.message.startsWith(u"The NIP is not valid"));
    }
    SECTION("the NIP of another employee")
    {
        const qint64 other = f.add(f.complete(QStringLiteral("Other"), QDate(1970, 1, 1)));
        after.employee.nip = f.employees->byId(other)->nip;
        CHECK(f.editor.save(f.before, after).message.contains(u"already belongs to Other"));
    }
    SECTION("the same SKP year twice")
    {
        after.skpRatings.append({0, 0, 2025, SkpPredicate::Kurang});
        CHECK(f.editor.save(f.before, after).message.contains(u"2025"));
    }
    SECTION("a record changed elsewhere since it was opened")
    {
        f.exec(QStringLiteral("UPDATE employee SET phone = '0000' WHERE id = %1").arg(f.id));
        after.employee.name = QStringLiteral("Changed");
        CHECK(f.editor.save(f.before, after).message.contains(u"changed elsewhere"));
    }
    CHECK(f.trail().isEmpty());
}

TEST_CASE("A failure midway leaves the employee, the histories and the audit trail unchanged",
          "[storage][editor]")
{
    EditorFixture f;
    EmployeeRecord after = f.before;
    after.employee.name = QStringLiteral("Never Saved");
    after.employee.unitId = f.dinkes.id;
    after.jabatanHistory[0].skNumber = QStringLiteral("changed");
    after.diklat.append({0, 0, QStringLiteral("Latsar CPNS"), QStringLiteral("BPSDM"),
                         QDate(2011, 3, 1), QDate(2011, 4, 1), 120});
    const EmployeeRecord unsaved = after;
    const int auditBefore = f.auditCount();

    SECTION("the audit trail refuses the write")
    {
        f.exec(QStringLiteral("CREATE TRIGGER forced_failure BEFORE INSERT ON audit_log "
                              "BEGIN SELECT RAISE(ABORT, 'forced failure'); END"));
    }
    SECTION("the last history write fails, after everything else was written")
    {
        f.exec(QStringLiteral("CREATE TRIGGER forced_failure BEFORE INSERT ON diklat "
                              "BEGIN SELECT RAISE(ABORT, 'forced failure'); END"));
    }
    const DatabaseError error = f.editor.save(f.before, after);
    REQUIRE(error.isError());
    CHECK_FALSE(error.message.isEmpty());
    CHECK(after.diklat[0].id == 0); // the caller's record is left as it was
    CHECK(after.employee.name == unsaved.employee.name);

    const Employee stored = f.employees->byId(f.id).value();
    CHECK(stored.name == u"Siti Aminah");
    CHECK(stored.unitId == f.school.id);
    CHECK(f.employees->jabatanHistory(f.id)[0].skNumber == u"821/12/2016");
    CHECK(f.employees->diklat(f.id).isEmpty());
    CHECK(f.auditCount() == auditBefore);

    // Once the cause is gone, the same save goes through.
    f.exec(QStringLiteral("DROP TRIGGER forced_failure"));
    REQUIRE_FALSE(f.editor.save(f.before, after));
    CHECK(f.employees->byId(f.id)->name == u"Never Saved");
    CHECK(AuditLog(*f.db).verify().intact);
}
