#include "DomainTestSupport.h"
#include "domain/Employee.h"
#include "domain/EmployeeHistory.h"
#include "domain/OrgUnit.h"
#include "domain/Region.h"

using namespace Simutasi;
using namespace Qt::StringLiterals;

TEST_CASE("Employee::fullName joins the titles around the name", "[employee]")
{
    struct Case
    {
        QString front;
        QString name;
        QString back;
        QString full;
    };
    const Case c = GENERATE(values<Case>({
        {u"Dr."_s, u"Siti Aminah"_s, u"S.Pd., M.Si."_s, u"Dr. Siti Aminah, S.Pd., M.Si."_s},
        {u""_s, u"Siti Aminah"_s, u"S.Pd."_s, u"Siti Aminah, S.Pd."_s},
        {u"dr."_s, u"Budi Santoso"_s, u""_s, u"dr. Budi Santoso"_s},
        {u""_s, u"Budi Santoso"_s, u""_s, u"Budi Santoso"_s},
        {u" Ir. "_s, u" Made Wirawan "_s, u" M.T. "_s, u"Ir. Made Wirawan, M.T."_s},
        {u"   "_s, u"Sutrisno"_s, u"  "_s, u"Sutrisno"_s},
    }));
    CAPTURE(c.full);
    Employee employee;
    employee.frontTitle = c.front;
    employee.name = c.name;
    employee.backTitle = c.back;
    CHECK(employee.fullName() == c.full);
}

TEST_CASE("Employee: a new record is a PNS with no rank yet", "[employee]")
{
    const Employee employee;
    CHECK(employee.status == EmployeeStatus::Pns);
    CHECK_FALSE(employee.golongan.has_value());
    CHECK(employee.pppkGrade == 0);
    CHECK_FALSE(employee.nip.isValid());
    CHECK(employee.gender == Gender::Unknown);
    CHECK(employee.educationLevel == EducationLevel::Unknown);
}

TEST_CASE("Employee status codes", "[employee]")
{
    struct Case
    {
        EmployeeStatus status;
        QString code;
    };
    const Case c = GENERATE(values<Case>({
        {EmployeeStatus::Pns, u"PNS"_s},
        {EmployeeStatus::Cpns, u"CPNS"_s},
        {EmployeeStatus::Pppk, u"PPPK"_s},
    }));
    CHECK(employeeStatusCode(c.status) == c.code);
    CHECK(employeeStatusFromCode(c.code) == c.status);
    CHECK(employeeStatusFromCode(c.code.toLower()) == c.status);
    CHECK(employeeStatusFromCode(u" "_s + c.code + u" "_s) == c.status);
}

TEST_CASE("Employee status: unknown codes", "[employee]")
{
    const QString code = GENERATE(u""_s, u"honorer"_s, u"P3K"_s, u"PN S"_s);
    CAPTURE(code);
    CHECK_FALSE(employeeStatusFromCode(code).has_value());
}

TEST_CASE("OrgUnit kind codes", "[orgunit]")
{
    using Kind = OrgUnit::Kind;
    struct Case
    {
        Kind kind;
        QString code;
    };
    const Case c = GENERATE(values<Case>({
        {Kind::Province, u"province"_s},
        {Kind::Opd, u"opd"_s},
        {Kind::Sekretariat, u"sekretariat"_s},
        {Kind::Bidang, u"bidang"_s},
        {Kind::Seksi, u"seksi"_s},
        {Kind::Upt, u"upt"_s},
        {Kind::Sekolah, u"sekolah"_s},
        {Kind::Puskesmas, u"puskesmas"_s},
        {Kind::Rumahsakit, u"rumahsakit"_s},
    }));
    CHECK(orgUnitKindCode(c.kind) == c.code);
    CHECK(orgUnitKindFromCode(c.code) == c.kind);
    CHECK(orgUnitKindFromCode(c.code.toUpper()) == c.kind);
}

TEST_CASE("OrgUnit kind: unknown codes", "[orgunit]")
{
    const QString code = GENERATE(u""_s, u"dinas"_s, u"rumah sakit"_s, u"school"_s);
    CAPTURE(code);
    CHECK_FALSE(orgUnitKindFromCode(code).has_value());
}

TEST_CASE("OrgUnit: open until closed", "[orgunit]")
{
    OrgUnit unit;
    CHECK(unit.isOpen());
    unit.closedOn = QDate(2025, 12, 31);
    CHECK_FALSE(unit.isOpen());
}

TEST_CASE("Region display names", "[orgunit]")
{
    CHECK(Region{1, Region::Kind::Kabupaten, u"Lembah Sari"_s}.displayName() ==
          u"Kabupaten Lembah Sari"_s);
    CHECK(Region{2, Region::Kind::Kota, u"Wanggar"_s}.displayName() == u"Kota Wanggar"_s);
}

TEST_CASE("SKP predicates: names and parsing", "[history]")
{
    struct Case
    {
        SkpPredicate predicate;
        QString name;
    };
    const Case c = GENERATE(values<Case>({
        {SkpPredicate::SangatBaik, u"Sangat Baik"_s},
        {SkpPredicate::Baik, u"Baik"_s},
        {SkpPredicate::ButuhPerbaikan, u"Butuh Perbaikan"_s},
        {SkpPredicate::Kurang, u"Kurang"_s},
        {SkpPredicate::SangatKurang, u"Sangat Kurang"_s},
    }));
    CAPTURE(c.name);
    CHECK(skpPredicateName(c.predicate) == c.name);
    // Predicates are typed by hand in imports: any case, stray spaces.
    for (const QString &spelling :
         {c.name, c.name.toUpper(), c.name.toLower(), u"  "_s + c.name + u" "_s}) {
        CAPTURE(spelling);
        SkpPredicate parsed = c.predicate == SkpPredicate::SangatKurang
                                  ? SkpPredicate::Baik
                                  : SkpPredicate::SangatKurang;
        CHECK(skpPredicateFromName(spelling, &parsed));
        CHECK(parsed == c.predicate);
    }
}

TEST_CASE("SKP predicates: the scale is ordered", "[history]")
{
    CHECK(SkpPredicate::SangatBaik > SkpPredicate::Baik);
    CHECK(SkpPredicate::Baik > SkpPredicate::ButuhPerbaikan);
    CHECK(SkpPredicate::ButuhPerbaikan > SkpPredicate::Kurang);
    CHECK(SkpPredicate::Kurang > SkpPredicate::SangatKurang);
    SkpPredicate parsed = SkpPredicate::Kurang;
    CHECK(skpPredicateFromName(u"sangat   baik"_s, &parsed));
    CHECK(parsed == SkpPredicate::SangatBaik);
}

TEST_CASE("SKP predicates: unknown names leave the output alone", "[history]")
{
    const QString name = GENERATE(u""_s, u"Cukup"_s, u"Sangat"_s, u"Baik Sekali"_s, u"4"_s);
    CAPTURE(name);
    SkpPredicate parsed = SkpPredicate::Kurang;
    CHECK_FALSE(skpPredicateFromName(name, &parsed));
    CHECK(parsed == SkpPredicate::Kurang);
}

TEST_CASE("SKP predicates: the output pointer may be null", "[history]")
{
    CHECK(skpPredicateFromName(u"Baik"_s, nullptr));
    CHECK_FALSE(skpPredicateFromName(u"Cukup"_s, nullptr));
}

TEST_CASE("Sanction levels", "[history]")
{
    CHECK(sanctionLevelName(SanctionLevel::Ringan) == u"Ringan"_s);
    CHECK(sanctionLevelName(SanctionLevel::Sedang) == u"Sedang"_s);
    CHECK(sanctionLevelName(SanctionLevel::Berat) == u"Berat"_s);
}

TEST_CASE("Sanction: active from its start to its end, inclusive", "[history]")
{
    Sanction sanction;
    sanction.startDate = QDate(2025, 1, 1);
    sanction.endDate = QDate(2025, 12, 31);
    CHECK_FALSE(sanction.isActiveOn(QDate(2024, 12, 31)));
    CHECK(sanction.isActiveOn(QDate(2025, 1, 1)));
    CHECK(sanction.isActiveOn(QDate(2025, 12, 31)));
    CHECK_FALSE(sanction.isActiveOn(QDate(2026, 1, 1)));

    sanction.endDate = QDate(); // open-ended
    CHECK(sanction.isActiveOn(QDate(2040, 1, 1)));
    CHECK_FALSE(sanction.isActiveOn(QDate(2024, 12, 31)));
}
