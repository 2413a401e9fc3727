// Moving and closing units, usage and bezetting queries of OrgRepository, and the audited edits
// of OrgEditor, on real temporary SQLite files.
#include "TestSupport.h"

#include "registry/OrgEditor.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"
#include "storage/OrgRepository.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace Simutasi;

namespace {

// Province / two OPDs / a bidang with a seksi and a school below it, one jabatan, employees.
struct Tree
{
    Test::TempDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<OrgRepository> org;
    OrgUnit province, disdik, dinkes, bidang, seksi, school;
    Jabatan guru, staf;

    Tree()
    {
        DatabaseError error;
        db = Database::open(dir.path(QStringLiteral("tree.db")), &error);
        REQUIRE(db);
        org = std::make_unique<OrgRepository>(*db);
        province = add(0, OrgUnit::Kind::Province, QStringLiteral("Pemerintah Provinsi Wanggar"));
        disdik = add(province.id, OrgUnit::Kind::Opd, QStringLiteral("Dinas Pendidikan"));
        dinkes = add(province.id, OrgUnit::Kind::Opd, QStringLiteral("Dinas Kesehatan"));
        bidang = add(disdik.id, OrgUnit::Kind::Bidang, QStringLiteral("Bidang SMA"));
        seksi = add(bidang.id, OrgUnit::Kind::Seksi, QStringLiteral("Seksi Kurikulum"));
        school = add(bidang.id, OrgUnit::Kind::Sekolah, QStringLiteral("SMA Negeri 1"));
        guru = jabatan(QStringLiteral("Guru Ahli Muda"), JabatanType::AhliMuda);
        staf = jabatan(QStringLiteral("Pengadministrasi Umum"), JabatanType::Pelaksana);
    }

    OrgUnit add(qint64 parent, OrgUnit::Kind kind, const QString &name)
    {
        OrgUnit unit{0, parent, kind, {}, name, 0, false, {}};
        REQUIRE_FALSE(org->addUnit(unit));
        return unit;
    }

    Jabatan jabatan(const QString &name, JabatanType type)
    {
        Jabatan j;
        j.name = name;
        j.type = type;
        j.golonganRange = JabatanTypes::defaultGolonganRange(type);
        REQUIRE_FALSE(org->addJabatan(j));
        return j;
    }

    void addEmployee(int serial, qint64 unitId, qint64 jabatanId)
    {
        Employee e;
        e.nip = Nip::parse(QStringLiteral("19850312201001100%1").arg(serial));
        REQUIRE(e.nip.isValid());
        e.name = QStringLiteral("Pegawai %1").arg(serial);
        e.gender = e.nip.gender();
        e.birthDate = e.nip.birthDate();
        e.golongan = Golongan::parse(QStringLiteral("III/c"));
        e.unitId = unitId;
        e.jabatanId = jabatanId;
        REQUIRE_FALSE(EmployeeRepository(*db).insert(e));
    }

    QString pathOf(qint64 id) const
    {
        QSqlQuery query(db->connection());
        query.prepare(QStringLiteral("SELECT path FROM org_unit WHERE id = ?"));
        query.addBindValue(id);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return query.value(0).toString();
    }

    QString expectedPath(const QList<qint64> &ids) const
    {
        QString path = QStringLiteral("/");
        for (qint64 id : ids)
            path += QString::number(id) + u'/';
        return path;
    }

    QList<AuditEntry> auditOf(const QString &entity, qint64 id) const
    {
        AuditFilter filter;
        filter.entity = entity;
        filter.entityId = id;
        return AuditLog(*db).entries(filter);
    }
};

} // namespace

TEST_CASE("Moving a unit moves its subtree: parent, path and OPD", "[storage][org]")
{
    Tree t;
    REQUIRE_FALSE(t.org->moveUnit(t.bidang.id, t.dinkes.id));

    CHECK(t.org->unit(t.bidang.id)->parentId == t.dinkes.id);
    CHECK(t.pathOf(t.bidang.id) == t.expectedPath({t.province.id, t.dinkes.id, t.bidang.id}));
    CHECK(t.pathOf(t.school.id) ==
          t.expectedPath({t.province.id, t.dinkes.id, t.bidang.id, t.school.id}));
    CHECK(t.pathOf(t.seksi.id) ==
          t.expectedPath({t.province.id, t.dinkes.id, t.bidang.id, t.seksi.id}));
    for (qint64 id : {t.bidang.id, t.seksi.id, t.school.id})
        CHECK(t.org->opdOf(id) == t.dinkes.id);
    // The OPD that lost the bidang and the units outside the subtree are untouched.
    CHECK(t.org->opdOf(t.disdik.id) == t.disdik.id);
    CHECK(t.pathOf(t.disdik.id) == t.expectedPath({t.province.id, t.disdik.id}));

    // A unit added below the moved one later gets the new path (no stale cache).
    const OrgUnit lab = t.add(t.school.id, OrgUnit::Kind::Upt, QStringLiteral("Laboratorium"));
    CHECK(t.pathOf(lab.id) ==
          t.expectedPath({t.province.id, t.dinkes.id, t.bidang.id, t.school.id, lab.id}));
    CHECK(t.org->opdOf(lab.id) == t.dinkes.id);
}

TEST_CASE("An OPD moved below another unit stays the OPD of its subtree", "[storage][org]")
{
    Tree t;
    const OrgUnit sekda =
        t.add(t.province.id, OrgUnit::Kind::Sekretariat, QStringLiteral("Sekretariat Daerah"));
    REQUIRE_FALSE(t.org->moveUnit(t.disdik.id, sekda.id));
    CHECK(t.org->opdOf(t.disdik.id) == t.disdik.id);
    CHECK(t.org->opdOf(t.school.id) == t.disdik.id);
    CHECK(t.pathOf(t.school.id) ==
          t.expectedPath({t.province.id, sekda.id, t.disdik.id, t.bidang.id, t.school.id}));
}

TEST_CASE("A unit that becomes an OPD, or stops being one, takes its subtree along",
          "[storage][org]")
{
    Tree t;
    OrgUnit bidang = *t.org->unit(t.bidang.id);
    bidang.kind = OrgUnit::Kind::Opd;
    REQUIRE_FALSE(t.org->updateUnit(bidang));
    for (qint64 id : {t.bidang.id, t.seksi.id, t.school.id})
        CHECK(t.org->opdOf(id) == t.bidang.id);
    CHECK(t.org->opdOf(t.disdik.id) == t.disdik.id);

    bidang.kind = OrgUnit::Kind::Bidang;
    REQUIRE_FALSE(t.org->updateUnit(bidang));
    for (qint64 id : {t.bidang.id, t.seksi.id, t.school.id})
        CHECK(t.org->opdOf(id) == t.disdik.id);
}

TEST_CASE("A unit cannot move below itself or its own units", "[storage][org]")
{
    Tree t;
    CHECK(t.org->moveUnit(t.bidang.id, t.bidang.id).kind == DatabaseError::Kind::Constraint);
    CHECK(t.org->moveUnit(t.bidang.id, t.school.id).kind == DatabaseError::Kind::Constraint);
    CHECK(t.org->moveUnit(t.bidang.id, 9999).kind == DatabaseError::Kind::Constraint);
    CHECK(t.org->unit(t.bidang.id)->parentId == t.disdik.id);
}

TEST_CASE("Closing a unit closes its open subtree and nothing else", "[storage][org]")
{
    Tree t;
    REQUIRE_FALSE(t.org->closeUnit(t.seksi.id, QDate(2024, 1, 31), nullptr));
    QList<qint64> closed;
    REQUIRE_FALSE(t.org->closeUnit(t.bidang.id, QDate(2025, 6, 30), &closed));
    CHECK(closed == QList<qint64>{t.bidang.id, t.school.id}); // the seksi was closed already
    CHECK(t.org->unit(t.bidang.id)->closedOn == QDate(2025, 6, 30));
    CHECK(t.org->unit(t.school.id)->closedOn == QDate(2025, 6, 30));
    CHECK(t.org->unit(t.seksi.id)->closedOn == QDate(2024, 1, 31));
    CHECK(t.org->unit(t.disdik.id)->isOpen());
    CHECK(t.org->closeUnit(t.bidang.id, QDate(), nullptr).kind == DatabaseError::Kind::Constraint);
}

TEST_CASE("Usage counts what refers to a unit; an unused unit can be removed", "[storage][org]")
{
    Tree t;
    t.addEmployee(1, t.school.id, t.guru.id);
    REQUIRE_FALSE(t.org->setFormasi({t.school.id, t.guru.id, 3}));
    const UnitUsage school = t.org->unitUsage(t.school.id);
    CHECK(school.employees == 1);
    CHECK(school.formasi == 1);
    CHECK(school.children == 0);
    CHECK(school.isUsed());
    CHECK(t.org->unitUsage(t.bidang.id).children == 2);
    QSqlQuery abk(t.db->connection());
    REQUIRE(abk.exec(QStringLiteral("INSERT INTO abk_task (unit_id, jabatan_id, name, "
                                    "yearly_volume, minutes_per_unit) VALUES (%1, %2, 'Mengajar', "
                                    "100, 45)")
                         .arg(t.seksi.id)
                         .arg(t.guru.id)));
    CHECK(t.org->unitUsage(t.seksi.id).planning == 1);
    REQUIRE(abk.exec(QStringLiteral("DELETE FROM abk_task")));
    CHECK_FALSE(t.org->unitUsage(t.seksi.id).isUsed());

    REQUIRE_FALSE(t.org->removeUnit(t.seksi.id));
    CHECK_FALSE(t.org->unit(t.seksi.id));
    // The database itself refuses to delete a unit that employees refer to.
    CHECK(t.org->removeUnit(t.school.id).isError());
    CHECK(t.org->unit(t.school.id));
}

TEST_CASE("Bezetting counts employees per jabatan of one unit", "[storage][org]")
{
    Tree t;
    t.addEmployee(1, t.school.id, t.guru.id);
    t.addEmployee(2, t.school.id, t.guru.id);
    t.addEmployee(3, t.school.id, t.staf.id);
    t.addEmployee(4, t.seksi.id, t.guru.id);
    const QHash<qint64, int> bezetting = t.org->bezetting(t.school.id);
    CHECK(bezetting.size() == 2);
    CHECK(bezetting.value(t.guru.id) == 2);
    CHECK(bezetting.value(t.staf.id) == 1);
    CHECK(t.org->bezetting(t.bidang.id).isEmpty());
    const QHash<qint64, int> byUnit = t.org->employeeCountsByUnit();
    CHECK(byUnit.value(t.school.id) == 3);
    CHECK(byUnit.value(t.seksi.id) == 1);
    CHECK_FALSE(byUnit.contains(t.bidang.id));
}

TEST_CASE("A jabatan is updated in place", "[storage][org]")
{
    Tree t;
    Jabatan changed = t.guru;
    changed.name = QStringLiteral("Guru Ahli Madya");
    changed.type = JabatanType::AhliMadya;
    changed.golonganRange = JabatanTypes::defaultGolonganRange(JabatanType::AhliMadya);
    changed.minEducation = EducationLevel::S2;
    changed.educationFields = {QStringLiteral("Pendidikan Fisika")};
    REQUIRE_FALSE(t.org->updateJabatan(changed));
    const auto stored = t.org->jabatan(t.guru.id);
    REQUIRE(stored);
    CHECK(stored->name == changed.name);
    CHECK(stored->type == JabatanType::AhliMadya);
    CHECK(stored->golonganRange.min == changed.golonganRange.min);
    CHECK(stored->minEducation == EducationLevel::S2);
    CHECK(stored->educationFields == changed.educationFields);
}

TEST_CASE("OrgEditor writes each change with its audit entries", "[storage][org][audit]")
{
    Tree t;
    OrgEditor editor(*t.db, QStringLiteral("petugas"));

    OrgUnit upt{0,
                t.dinkes.id,
                OrgUnit::Kind::Upt,
                QStringLiteral("LABKES"),
                QStringLiteral("  UPT Laboratorium  Kesehatan "),
                0,
                true,
                {}};
    REQUIRE_FALSE(editor.addUnit(upt));
    CHECK(upt.name == u"UPT Laboratorium Kesehatan");
    QList<AuditEntry> entries = t.auditOf(OrgEditor::UnitEntity, upt.id);
    REQUIRE(entries.size() >= 3);
    CHECK(entries.constFirst().user == u"petugas");
    CHECK(entries.constFirst().action == u"create");

    OrgUnit renamed = *t.org->unit(upt.id);
    renamed.name = QStringLiteral("UPT Labkesda");
    renamed.remote = false;
    REQUIRE_FALSE(editor.updateUnit(renamed));
    entries = t.auditOf(OrgEditor::UnitEntity, upt.id);
    QStringList updated;
    for (const AuditEntry &e : entries) {
        if (e.action == u"update")
            updated.append(e.field + u'=' + e.oldValue + u'>' + e.newValue);
    }
    updated.sort();
    CHECK(updated == QStringList{QStringLiteral("name=UPT Laboratorium Kesehatan>UPT Labkesda"),
                                 QStringLiteral("remote=Y>N")});

    REQUIRE_FALSE(editor.moveUnit(upt.id, t.disdik.id));
    CHECK(t.org->opdOf(upt.id) == t.disdik.id);
    CHECK(t.auditOf(OrgEditor::UnitEntity, upt.id).constFirst().action == u"move");

    REQUIRE_FALSE(editor.setFormasi(t.school.id, t.guru.id, 4));
    REQUIRE_FALSE(editor.setFormasi(t.school.id, t.guru.id, 6));
    const QList<AuditEntry> formasi = t.auditOf(OrgEditor::FormasiEntity, t.school.id);
    REQUIRE(formasi.size() == 2);
    const AuditEntry &latest = formasi.constFirst(); // entries come newest first
    CHECK(latest.action == u"update");
    CHECK(latest.field == t.guru.name);
    CHECK(latest.oldValue == u"4");
    CHECK(latest.newValue == u"6");
    CHECK(AuditLog(*t.db).verify().intact);
}

TEST_CASE("OrgEditor refuses what would break the tree, and writes nothing then",
          "[storage][org][audit]")
{
    Tree t;
    t.addEmployee(1, t.school.id, t.guru.id);
    OrgEditor editor(*t.db, QStringLiteral("petugas"));
    const int auditBefore = int(AuditLog(*t.db).entries({}).size());

    const QString blocker = editor.removalBlocker(t.school.id);
    CHECK(blocker.contains(u"1 employee"));
    const DatabaseError refused = editor.removeUnit(t.school.id);
    CHECK(refused.kind == DatabaseError::Kind::Constraint);
    CHECK(refused.message == blocker);
    CHECK(editor.moveUnit(t.disdik.id, t.school.id).message.contains(u"below itself"));
    OrgUnit twin{0,     t.bidang.id, OrgUnit::Kind::Seksi, {}, QStringLiteral("seksi kurikulum"), 0,
                 false, {}};
    CHECK(editor.addUnit(twin).message.contains(u"already a unit"));
    Jabatan duplicate;
    duplicate.name = QStringLiteral("GURU AHLI MUDA");
    CHECK(editor.addJabatan(duplicate).message.contains(u"already has"));
    CHECK(AuditLog(*t.db).entries({}).size() == auditBefore);

    // Closing is the way out for a used unit; the closed subtree takes no new units or formasi.
    QList<qint64> closed;
    REQUIRE_FALSE(editor.closeUnit(t.bidang.id, QDate(2025, 12, 31), &closed));
    CHECK(closed.size() == 3);
    CHECK(t.auditOf(OrgEditor::UnitEntity, t.school.id).constFirst().newValue == u"2025-12-31");
    OrgUnit late{0,     t.school.id, OrgUnit::Kind::Upt, {}, QStringLiteral("Perpustakaan"), 0,
                 false, {}};
    CHECK(editor.addUnit(late).isError());
    CHECK(editor.setFormasi(t.school.id, t.guru.id, 2).isError());
    CHECK(editor.reopenUnit(t.school.id).message.contains(u"reopen it first"));
    REQUIRE_FALSE(editor.reopenUnit(t.bidang.id));
    CHECK(t.org->unit(t.bidang.id)->isOpen());

    // A unit made by mistake, used by nothing, may go.
    OrgUnit mistake{0,     t.dinkes.id, OrgUnit::Kind::Seksi, {}, QStringLiteral("Seksi Salah"), 0,
                    false, {}};
    REQUIRE_FALSE(editor.addUnit(mistake));
    CHECK(editor.removalBlocker(mistake.id).isEmpty());
    REQUIRE_FALSE(editor.removeUnit(mistake.id));
    CHECK_FALSE(t.org->unit(mistake.id));
    CHECK(t.auditOf(OrgEditor::UnitEntity, mistake.id).constFirst().action == u"delete");
}
