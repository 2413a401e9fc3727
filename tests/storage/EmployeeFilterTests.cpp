// The Pegawai page's filters as SQL, on a hand-built registry with known answers, including the
// boundaries: exactly five years in post, a pensiun date exactly twelve months away.
#include "EmployeeFixture.h"

#include "domain/EmployeeFacts.h"

#include <catch2/catch.hpp>

using namespace Simutasi;
using Test::EmployeeFixture;

namespace {

QStringList list(std::initializer_list<const char16_t *> names)
{
    QStringList result;
    for (const char16_t *name : names)
        result << QString::fromUtf16(name);
    result.sort();
    return result;
}

} // namespace

TEST_CASE("Due for rotation: five years or more in the current post, at the boundary",
          "[storage][filter]")
{
    EmployeeFixture f;
    const auto withTmt = [&](const QString &name, const QDate &tmt) {
        Employee e = f.complete(name, QDate(1980, 1, 1));
        e.tmtJabatan = tmt;
        f.add(e);
    };
    withTmt(QStringLiteral("Exactly five"), QDate(2021, 6, 1));
    withTmt(QStringLiteral("One day short"), QDate(2021, 6, 2));
    withTmt(QStringLiteral("Long ago"), QDate(2010, 3, 15));
    withTmt(QStringLiteral("Recent"), QDate(2025, 1, 1));
    withTmt(QStringLiteral("Two years"), QDate(2024, 6, 1));
    withTmt(QStringLiteral("No TMT"), QDate());

    EmployeeFilter filter = f.filter();
    filter.rotationDue = true;
    CHECK(f.names(filter) == list({u"Exactly five", u"Long ago"}));

    SECTION("the number of years is a parameter")
    {
        filter.rotationYears = 2;
        CHECK(f.names(filter) ==
              list({u"Exactly five", u"One day short", u"Long ago", u"Two years"}));
    }
    SECTION("the reference date moves the boundary")
    {
        filter.referenceDate = QDate(2026, 6, 2);
        CHECK(f.names(filter) == list({u"Exactly five", u"One day short", u"Long ago"}));
    }
}

TEST_CASE("Nearing BUP: pensiun date within twelve months, by the BUP of the jabatan type",
          "[storage][filter]")
{
    EmployeeFixture f;
    const auto born = [&](const QString &name, const QDate &birth, qint64 jabatanId) {
        Employee e = f.complete(name, birth);
        e.jabatanId = jabatanId;
        f.add(e);
    };
    // Reference 2026-06-01: twelve months ahead is 2027-06-01.
    born(QStringLiteral("Muda exactly 12"), QDate(1969, 5, 31), f.ahliMuda.id);  // 2027-06-01
    born(QStringLiteral("Muda 13 months"), QDate(1969, 6, 1), f.ahliMuda.id);    // 2027-07-01
    born(QStringLiteral("JPT at 60"), QDate(1967, 5, 10), f.jptPratama.id);      // 2027-06-01
    born(QStringLiteral("Madya too young"), QDate(1969, 5, 10), f.ahliMadya.id); // 2029-06-01
    born(QStringLiteral("Utama at 65"), QDate(1962, 5, 10), f.ahliUtama.id);     // 2027-06-01
    born(QStringLiteral("Utama at 60"), QDate(1967, 5, 10), f.ahliUtama.id);     // 2032-06-01
    born(QStringLiteral("Already past"), QDate(1968, 1, 15), f.pelaksana.id);    // 2026-02-01
    born(QStringLiteral("No jabatan"), QDate(1969, 5, 10), 0);                   // 58: 2027-06-01
    born(QStringLiteral("Leap day"), QDate(1968, 2, 29), f.ahliMadya.id);        // 2028-03-01

    EmployeeFilter filter = f.filter();
    filter.nearingBup = true;
    CHECK(f.names(filter) ==
          list({u"Muda exactly 12", u"JPT at 60", u"Utama at 65", u"Already past", u"No jabatan"}));

    SECTION("the number of months is a parameter; 29 February counts as February")
    {
        filter.bupMonths = 21; // 2028-03-01
        CHECK(f.names(filter).contains(QStringLiteral("Leap day")));
        filter.bupMonths = 20; // 2028-02-01
        CHECK_FALSE(f.names(filter).contains(QStringLiteral("Leap day")));
        filter.bupMonths = 0; // only pensiun dates already reached
        CHECK(f.names(filter) == list({u"Already past"}));
    }
}

TEST_CASE("Nearing BUP in SQL agrees with pensiunDate() for every jabatan type",
          "[storage][filter]")
{
    EmployeeFixture f;
    const QList<std::pair<qint64, JabatanType>> jabatans = {
        {f.ahliMuda.id, JabatanType::AhliMuda},
        {f.ahliMadya.id, JabatanType::AhliMadya},
        {f.ahliUtama.id, JabatanType::AhliUtama},
        {f.jptPratama.id, JabatanType::JptPratama},
        {f.pelaksana.id, JabatanType::Pelaksana}};
    QList<std::pair<QString, QDate>> pensiun; // name -> pensiun date
    int n = 0;
    for (QDate birth(1960, 1, 1); birth < QDate(1972, 1, 1); birth = birth.addDays(23)) {
        for (const QDate day : {birth, QDate(birth.year(), 2, 29)}) {
            if (!day.isValid())
                continue;
            const auto &[jabatanId, type] = jabatans.at(n % jabatans.size());
            Employee e = f.complete(QStringLiteral("P%1").arg(++n), day);
            e.jabatanId = jabatanId;
            f.add(e);
            pensiun.append({e.name, pensiunDate(day, JabatanTypes::defaultBup(type))});
        }
    }
    for (const int months : {0, 1, 6, 12, 18, 30, 70}) {
        EmployeeFilter filter = f.filter();
        filter.nearingBup = true;
        filter.bupMonths = months;
        QStringList expected;
        for (const auto &[name, date] : pensiun) {
            if (date <= EmployeeFixture::Reference.addMonths(months))
                expected << name;
        }
        expected.sort();
        INFO("months: " << months);
        CHECK(f.names(filter) == expected);
    }
}

TEST_CASE("Data incomplete: each missing piece is enough, and only those", "[storage][filter]")
{
    EmployeeFixture f;
    const QDate birth(1980, 1, 1);
    const auto variant = [&](const QString &name, auto change, QList<int> skp = {2025}) {
        Employee e = f.complete(name, birth);
        change(e);
        f.add(e, skp);
    };
    variant(QStringLiteral("Complete"), [](Employee &) {});
    variant(QStringLiteral("No education level"),
            [](Employee &e) { e.educationLevel = EducationLevel::Unknown; });
    variant(QStringLiteral("No education field"), [](Employee &e) { e.educationField.clear(); });
    variant(QStringLiteral("Phone only"), [](Employee &e) { e.email.clear(); });
    variant(QStringLiteral("Email only"), [](Employee &e) { e.phone.clear(); });
    variant(QStringLiteral("No contact"), [](Employee &e) {
        e.email.clear();
        e.phone = QStringLiteral("  ");
    });
    variant(QStringLiteral("No jabatan"), [](Employee &e) { e.jabatanId = 0; });
    variant(QStringLiteral("No unit"), [](Employee &e) { e.unitId = 0; });
    variant(QStringLiteral("No TMT jabatan"), [](Employee &e) { e.tmtJabatan = {}; });
    variant(QStringLiteral("SKP of 2024 only"), [](Employee &) {}, {2024});
    variant(QStringLiteral("No SKP at all"), [](Employee &) {}, {});
    // Appointed in 2025: no SKP for 2025 can be expected yet.
    Employee newcomer =
        f.complete(QStringLiteral("CPNS of last year"), QDate(1998, 2, 2), Gender::Female, 2025);
    f.add(newcomer, {});

    EmployeeFilter filter = f.filter();
    filter.incomplete = true;
    CHECK(f.names(filter) ==
          list({u"No education level", u"No education field", u"No contact", u"No jabatan",
                u"No unit", u"No TMT jabatan", u"SKP of 2024 only", u"No SKP at all"}));
}

TEST_CASE("Unit, golongan, jabatan type, status and gender filters combine", "[storage][filter]")
{
    EmployeeFixture f;
    const auto person = [&](const QString &name, auto change) {
        Employee e = f.complete(name, QDate(1982, 8, 17));
        change(e);
        f.add(e);
    };
    person(QStringLiteral("School teacher"), [](Employee &) {}); // III/c, Ahli Muda, school
    person(QStringLiteral("Bidang head"), [&](Employee &e) {
        e.unitId = f.bidang.id;
        e.jabatanId = f.jptPratama.id;
        e.golongan = Golongan::parse(QStringLiteral("IV/b"));
        e.gender = Gender::Female;
        e.nip = Nip::parse(EmployeeFixture::nipFor(e.birthDate, Gender::Female, 2010, 1));
    });
    person(QStringLiteral("Clerk"), [&](Employee &e) {
        e.unitId = f.dinkes.id;
        e.jabatanId = f.pelaksana.id;
        e.golongan = Golongan::parse(QStringLiteral("II/a"));
    });
    person(QStringLiteral("Contract nurse"), [&](Employee &e) {
        e.unitId = f.dinkes.id;
        e.jabatanId = f.ahliMadya.id;
        e.status = EmployeeStatus::Pppk;
        e.golongan.reset();
        e.pppkGrade = 9;
    });
    person(QStringLiteral("Candidate"), [&](Employee &e) {
        e.status = EmployeeStatus::Cpns;
        e.golongan = Golongan::parse(QStringLiteral("III/a"));
    });

    EmployeeFilter filter = f.filter();
    SECTION("a unit includes every unit below it")
    {
        filter.unitId = f.disdik.id;
        CHECK(f.names(filter) == list({u"School teacher", u"Bidang head", u"Candidate"}));
        filter.unitId = f.school.id;
        CHECK(f.names(filter) == list({u"School teacher", u"Candidate"}));
    }
    SECTION("golongan from and to are inclusive and leave PPPK out")
    {
        filter.golonganFrom = Golongan::parse(QStringLiteral("III/a"))->rank();
        filter.golonganTo = Golongan::parse(QStringLiteral("III/c"))->rank();
        CHECK(f.names(filter) == list({u"School teacher", u"Candidate"}));
        filter.golonganTo = 0;
        CHECK(f.names(filter) == list({u"School teacher", u"Candidate", u"Bidang head"}));
        filter.golonganFrom = 0;
        filter.golonganTo = Golongan::parse(QStringLiteral("II/d"))->rank();
        CHECK(f.names(filter) == list({u"Clerk"}));
    }
    SECTION("jabatan types: a category is a list of types")
    {
        filter.jabatanTypes = {JabatanType::AhliMuda, JabatanType::AhliMadya,
                               JabatanType::AhliPertama, JabatanType::AhliUtama};
        CHECK(f.names(filter) == list({u"School teacher", u"Contract nurse", u"Candidate"}));
        filter.jabatanTypes = {JabatanType::JptPratama};
        CHECK(f.names(filter) == list({u"Bidang head"}));
    }
    SECTION("status and gender")
    {
        filter.status = EmployeeStatus::Pppk;
        CHECK(f.names(filter) == list({u"Contract nurse"}));
        filter.status.reset();
        filter.gender = Gender::Female;
        CHECK(f.names(filter) == list({u"Bidang head"}));
    }
    SECTION("criteria combine with AND, the search text included")
    {
        filter.unitId = f.disdik.id;
        filter.status = EmployeeStatus::Pns;
        filter.gender = Gender::Male;
        CHECK(f.names(filter) == list({u"School teacher"}));
        filter.text = QStringLiteral("clerk");
        CHECK(f.names(filter).isEmpty());
    }
}
