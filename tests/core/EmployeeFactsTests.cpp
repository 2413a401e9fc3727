// Masa kerja, time in post, age and pensiun date as the employee dialog shows them.
#include "DomainTestSupport.h"

#include "domain/EmployeeFacts.h"

#include <catch2/catch.hpp>

using namespace Simutasi;

TEST_CASE("YearsMonths counts whole months, a month ending on the same day", "[core][facts]")
{
    CHECK(YearsMonths::between(QDate(2003, 3, 1), QDate(2026, 7, 1)) == YearsMonths{23, 4});
    CHECK(YearsMonths::between(QDate(2003, 3, 1), QDate(2026, 6, 30)) == YearsMonths{23, 3});
    CHECK(YearsMonths::between(QDate(2020, 1, 31), QDate(2020, 2, 29)) == YearsMonths{0, 1});
    CHECK(YearsMonths::between(QDate(2020, 1, 31), QDate(2020, 2, 28)) == YearsMonths{0, 0});
    CHECK(YearsMonths::between(QDate(2020, 5, 5), QDate(2020, 5, 5)) == YearsMonths{0, 0});
    CHECK_FALSE(YearsMonths::between(QDate(2021, 1, 1), QDate(2020, 1, 1)).isValid());
    CHECK_FALSE(YearsMonths::between(QDate(), QDate(2020, 1, 1)).isValid());
}

TEST_CASE("Employee facts come from the NIP, the TMT jabatan and the jabatan type", "[core][facts]")
{
    Employee e;
    e.nip = Nip::parse(QStringLiteral("19690531 200303 1 004"));
    REQUIRE(e.nip.isValid());
    e.birthDate = e.nip.birthDate();
    e.tmtJabatan = QDate(2021, 6, 1);
    const QDate today(2026, 7, 15);

    CHECK(EmployeeFacts::masaKerja(e, today) == YearsMonths{23, 4}); // from 1 March 2003
    CHECK(EmployeeFacts::timeInPost(e, today) == YearsMonths{5, 1});
    CHECK(EmployeeFacts::age(e, today) == YearsMonths{57, 1});
    CHECK(EmployeeFacts::pensiun(e, JabatanType::AhliMuda) == QDate(2027, 6, 1));
    CHECK(EmployeeFacts::pensiun(e, JabatanType::AhliUtama) == QDate(2034, 6, 1));
    CHECK(EmployeeFacts::pensiun(e, std::nullopt) == QDate(2027, 6, 1)); // BUP 58

    e.nip = Nip::parse(QStringLiteral("1969"));
    CHECK_FALSE(EmployeeFacts::masaKerja(e, today).isValid());
}
