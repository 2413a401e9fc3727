// Round-trips of the registry through the repositories, on real temporary SQLite files.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/EmployeeRepository.h"
#include "storage/OrgRepository.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

using namespace Simutasi;

namespace {

struct Registry
{
    Test::TempDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<OrgRepository> org;
    std::unique_ptr<EmployeeRepository> employees;
    OrgUnit province, dinas, bidang, school;
    Jabatan guru, kepalaBidang;

    Registry()
    {
        DatabaseError error;
        db = Database::open(dir.path(QStringLiteral("registry.db")), &error);
        REQUIRE(db);
        org = std::make_unique<OrgRepository>(*db);
        employees = std::make_unique<EmployeeRepository>(*db);

        Region region{0, Region::Kind::Kabupaten, QStringLiteral("Lembah Sari")};
        REQUIRE_FALSE(org->addRegion(region));
        province = {0,
                    0,
                    OrgUnit::Kind::Province,
                    QStringLiteral("PROV"),
                    QStringLiteral("Pemerintah Provinsi Wanggar"),
                    0,
                    false,
                    {}};
        REQUIRE_FALSE(org->addUnit(province));
        dinas = {0,
                 province.id,
                 OrgUnit::Kind::Opd,
                 QStringLiteral("DISDIK"),
                 QStringLiteral("Dinas Pendidikan dan Kebudayaan"),
                 0,
                 false,
                 {}};
        REQUIRE_FALSE(org->addUnit(dinas));
        bidang = {0,
                  dinas.id,
                  OrgUnit::Kind::Bidang,
                  QStringLiteral("SMA"),
                  QStringLiteral("Bidang Pembinaan SMA"),
                  0,
                  false,
                  {}};
        REQUIRE_FALSE(org->addUnit(bidang));
        school = {0,
                  bidang.id,
                  OrgUnit::Kind::Sekolah,
                  QString(),
                  QStringLiteral("SMA Negeri 3 Lembah Sari"),
                  region.id,
                  true,
                  {}};
        REQUIRE_FALSE(org->addUnit(school));

        guru.name = QStringLiteral("Guru Ahli Muda");
        guru.type = JabatanType::AhliMuda;
        guru.golonganRange = JabatanTypes::defaultGolonganRange(JabatanType::AhliMuda);
        guru.minEducation = EducationLevel::S1;
        guru.educationFields = {QStringLiteral("Pendidikan Matematika"),
                                QStringLiteral("Pendidikan Fisika")};
        REQUIRE_FALSE(org->addJabatan(guru));
        kepalaBidang.name = QStringLiteral("Kepala Bidang Pembinaan SMA");
        kepalaBidang.type = JabatanType::Administrator;
        kepalaBidang.golonganRange = JabatanTypes::defaultGolonganRange(JabatanType::Administrator);
        REQUIRE_FALSE(org->addJabatan(kepalaBidang));
    }

    Employee makeEmployee(const QString &nip, const QString &name, Gender gender) const
    {
        Employee e;
        e.nip = Nip::parse(nip);
        REQUIRE(e.nip.isValid());
        e.name = name;
        e.gender = gender;
        e.birthDate = e.nip.birthDate();
        e.birthPlace = QStringLiteral("Wanggar");
        e.status = EmployeeStatus::Pns;
        e.golongan = Golongan::parse(QStringLiteral("III/c"));
        e.tmtGolongan = QDate(2018, 4, 1);
        e.jabatanId = guru.id;
        e.unitId = school.id;
        e.tmtJabatan = QDate(2019, 1, 2);
        e.educationLevel = EducationLevel::S1;
        e.educationField = QStringLiteral("Pendidikan Matematika");
        return e;
    }
};

} // namespace

TEST_CASE("Units know their OPD and their place in the tree", "[storage][org]")
{
    Registry r;
    CHECK(r.org->opdOf(r.school.id) == r.dinas.id);
    CHECK(r.org->opdOf(r.dinas.id) == r.dinas.id);
    CHECK(r.org->opdOf(r.province.id) == 0);

    const auto stored = r.org->unit(r.school.id);
    REQUIRE(stored);
    CHECK(stored->name == r.school.name);
    CHECK(stored->kind == OrgUnit::Kind::Sekolah);
    CHECK(stored->remote);
    CHECK(stored->parentId == r.bidang.id);
    CHECK(stored->isOpen());

    const QList<OrgUnit> all = r.org->units();
    REQUIRE(all.size() == 4);
    CHECK(all.first().id == r.province.id); // parents come before their children
    CHECK(r.org->children(r.dinas.id).size() == 1);
    CHECK(r.org->children(0).size() == 1);
}

TEST_CASE("A unit under a parent that does not exist is refused", "[storage][org]")
{
    Registry r;
    OrgUnit orphan{0, 9999, OrgUnit::Kind::Seksi, {}, QStringLiteral("Seksi Lepas"), 0, false, {}};
    const DatabaseError error = r.org->addUnit(orphan);
    CHECK(error.kind == DatabaseError::Kind::Constraint);
    CHECK(r.org->unitCount() == 4);
}

TEST_CASE("Jabatan and formasi round-trip; formasi is updated in place", "[storage][org]")
{
    Registry r;
    const auto stored = r.org->jabatan(r.guru.id);
    REQUIRE(stored);
    CHECK(stored->name == u"Guru Ahli Muda");
    CHECK(stored->type == JabatanType::AhliMuda);
    CHECK(stored->golonganRange.min.toString() == u"III/c");
    CHECK(stored->golonganRange.max.toString() == u"III/d");
    CHECK(stored->minEducation == EducationLevel::S1);
    CHECK(stored->educationFields == r.guru.educationFields);

    REQUIRE_FALSE(r.org->setFormasi({r.school.id, r.guru.id, 12}));
    REQUIRE_FALSE(r.org->setFormasi({r.school.id, r.guru.id, 14}));
    CHECK(r.org->formasiRequired(r.school.id, r.guru.id) == 14);
    CHECK(r.org->formasi(r.school.id).size() == 1);
    CHECK_FALSE(r.org->formasiRequired(r.bidang.id, r.guru.id).has_value());

    Jabatan duplicate = r.guru;
    CHECK(r.org->addJabatan(duplicate).kind == DatabaseError::Kind::Constraint);
}

TEST_CASE("An employee round-trips with every field", "[storage][employee]")
{
    Registry r;
    Employee e = r.makeEmployee(QStringLiteral("19850312 201001 2 003"),
                                QStringLiteral("Siti Aminah"), Gender::Female);
    e.frontTitle = QStringLiteral("Dr.");
    e.backTitle = QStringLiteral("S.Pd., M.Si.");
    e.email = QStringLiteral("siti.aminah@wanggarprov.go.id");
    e.phone = QStringLiteral("081234567890");
    REQUIRE_FALSE(r.employees->insert(e));
    REQUIRE(e.id > 0);

    const auto stored = r.employees->byNip(QStringLiteral("198503122010012003"));
    REQUIRE(stored);
    CHECK(stored->id == e.id);
    CHECK(stored->nip.formatted() == u"19850312 201001 2 003");
    CHECK(stored->fullName() == u"Dr. Siti Aminah, S.Pd., M.Si.");
    CHECK(stored->gender == Gender::Female);
    CHECK(stored->birthDate == QDate(1985, 3, 12));
    CHECK(stored->birthPlace == u"Wanggar");
    CHECK(stored->status == EmployeeStatus::Pns);
    REQUIRE(stored->golongan);
    CHECK(stored->golongan->toString() == u"III/c");
    CHECK(stored->tmtGolongan == QDate(2018, 4, 1));
    CHECK(stored->jabatanId == r.guru.id);
    CHECK(stored->unitId == r.school.id);
    CHECK(stored->tmtJabatan == QDate(2019, 1, 2));
    CHECK(stored->educationLevel == EducationLevel::S1);
    CHECK(stored->educationField == u"Pendidikan Matematika");
    CHECK(stored->email == e.email);
    CHECK(stored->phone == e.phone);

    Employee changed = *stored;
    changed.status = EmployeeStatus::Pppk;
    changed.golongan.reset();
    changed.pppkGrade = 9;
    REQUIRE_FALSE(r.employees->update(changed));
    const auto updated = r.employees->byId(e.id);
    REQUIRE(updated);
    CHECK(updated->status == EmployeeStatus::Pppk);
    CHECK_FALSE(updated->golongan);
    CHECK(updated->pppkGrade == 9);
}

TEST_CASE("Two employees cannot share a NIP", "[storage][employee]")
{
    Registry r;
    Employee a =
        r.makeEmployee(QStringLiteral("198503122010011003"), QStringLiteral("Budi"), Gender::Male);
    Employee b = a;
    REQUIRE_FALSE(r.employees->insert(a));
    CHECK(r.employees->insert(b).kind == DatabaseError::Kind::Constraint);
    CHECK(r.employees->count() == 1);
}

TEST_CASE("Histories are kept per employee in date order", "[storage][employee]")
{
    Registry r;
    Employee e =
        r.makeEmployee(QStringLiteral("198503122010011003"), QStringLiteral("Budi"), Gender::Male);
    REQUIRE_FALSE(r.employees->insert(e));

    JabatanHistoryEntry later{0,
                              e.id,
                              r.guru.id,
                              r.school.id,
                              QStringLiteral("Guru Ahli Muda"),
                              r.school.name,
                              QDate(2019, 1, 2),
                              QStringLiteral("821.2/45/BKD/2018"),
                              QDate(2018, 12, 20)};
    JabatanHistoryEntry earlier{0,
                                e.id,
                                0,
                                0,
                                QStringLiteral("Guru Pertama"),
                                QStringLiteral("SMA Negeri 1 Wanggar"),
                                QDate(2010, 1, 1),
                                {},
                                {}};
    REQUIRE_FALSE(r.employees->addJabatanHistory(later));
    REQUIRE_FALSE(r.employees->addJabatanHistory(earlier));
    const auto jabatan = r.employees->jabatanHistory(e.id);
    REQUIRE(jabatan.size() == 2);
    CHECK(jabatan[0].jabatanName == u"Guru Pertama");
    CHECK(jabatan[1].skNumber == u"821.2/45/BKD/2018");
    CHECK(jabatan[1].skDate == QDate(2018, 12, 20));

    PangkatHistoryEntry pangkat{
        0, e.id, *Golongan::parse(QStringLiteral("III/a")), QDate(2010, 1, 1), {}, {}};
    REQUIRE_FALSE(r.employees->addPangkatHistory(pangkat));
    CHECK(r.employees->pangkatHistory(e.id).first().golongan.toString() == u"III/a");

    SkpRating skp{0, e.id, 2025, SkpPredicate::Baik};
    REQUIRE_FALSE(r.employees->addSkpRating(skp));
    skp.predicate = SkpPredicate::SangatBaik; // a corrected rating replaces the year's rating
    REQUIRE_FALSE(r.employees->addSkpRating(skp));
    const auto ratings = r.employees->skpRatings(e.id);
    REQUIRE(ratings.size() == 1);
    CHECK(ratings[0].predicate == SkpPredicate::SangatBaik);

    DiklatEntry diklat{0,
                       e.id,
                       QStringLiteral("Pelatihan Dasar CPNS"),
                       QStringLiteral("BPSDM"),
                       QDate(2010, 5, 1),
                       QDate(2010, 6, 15),
                       120};
    REQUIRE_FALSE(r.employees->addDiklat(diklat));
    CHECK(r.employees->diklat(e.id).first().hours == 120);

    Sanction sanction{0,
                      e.id,
                      SanctionLevel::Sedang,
                      QStringLiteral("Teguran tertulis"),
                      QDate(2024, 2, 1),
                      QDate(2025, 1, 31),
                      QStringLiteral("800/12/2024")};
    REQUIRE_FALSE(r.employees->addSanction(sanction));
    const auto sanctions = r.employees->sanctions(e.id);
    REQUIRE(sanctions.size() == 1);
    CHECK(sanctions[0].level == SanctionLevel::Sedang);
    CHECK(sanctions[0].isActiveOn(QDate(2024, 6, 1)));
    CHECK_FALSE(sanctions[0].isActiveOn(QDate(2025, 2, 1)));
}

TEST_CASE("Employee pages filter, sort and count in SQL", "[storage][employee]")
{
    Registry r;
    const QStringList names = {QStringLiteral("Yusuf"), QStringLiteral("andi"),
                               QStringLiteral("Budi"), QStringLiteral("Citra"),
                               QStringLiteral("Dewi")};
    {
        Transaction transaction(*r.db);
        for (int i = 0; i < names.size(); ++i) {
            Employee e = r.makeEmployee(QStringLiteral("19850312201001100%1").arg(i + 1), names[i],
                                        Gender::Male);
            if (i >= 3)
                e.unitId = r.bidang.id; // Citra and Dewi work in the bidang
            REQUIRE_FALSE(r.employees->insert(e));
        }
        REQUIRE_FALSE(transaction.commit());
    }

    CHECK(r.employees->count() == 5);
    const auto byName = r.employees->page({}, EmployeeSortKey::Name, Qt::AscendingOrder, 0, 10);
    REQUIRE(byName.size() == 5);
    CHECK(byName[0].fullName == u"andi"); // case-insensitive order
    CHECK(byName[4].fullName == u"Yusuf");
    CHECK(byName[0].opdName == u"Dinas Pendidikan dan Kebudayaan");
    CHECK(byName[0].jabatanName == u"Guru Ahli Muda");

    const auto secondPage = r.employees->page({}, EmployeeSortKey::Name, Qt::DescendingOrder, 2, 2);
    REQUIRE(secondPage.size() == 2);
    CHECK(secondPage[0].fullName == u"Citra");

    EmployeeFilter filter;
    filter.text = QStringLiteral("BUD");
    CHECK(r.employees->count(filter) == 1);
    filter.text = QStringLiteral("19850312 201001 1 003"); // the NIP as printed
    CHECK(r.employees->count(filter) == 1);
    filter.text = QStringLiteral("19850312 2010"); // the start of a NIP: an index range
    CHECK(r.employees->count(filter) == 5);
    filter.text = QStringLiteral("19850312 201001 1 00"); // ...of every digit typed so far
    CHECK(r.employees->count(filter) == 5);
    filter.text = QStringLiteral("201001 1 004"); // a part from the middle still matches
    CHECK(r.employees->count(filter) == 1);
    filter.text = QStringLiteral("19850313"); // another birth date: nobody
    CHECK(r.employees->count(filter) == 0);
    filter.text = QStringLiteral("100%"); // LIKE wildcards are taken literally
    CHECK(r.employees->count(filter) == 0);

    filter = {};
    filter.unitId = r.dinas.id; // the OPD includes everything below it
    CHECK(r.employees->count(filter) == 5);
    filter.unitId = r.bidang.id;
    CHECK(r.employees->count(filter) == 5);
    filter.unitId = r.school.id;
    CHECK(r.employees->count(filter) == 3);
    filter.status = EmployeeStatus::Cpns;
    CHECK(r.employees->count(filter) == 0);
}
