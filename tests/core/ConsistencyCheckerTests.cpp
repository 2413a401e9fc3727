// The consistency check on small hand-built databases with one flaw per employee, on a damaged
// index, and on a generated demo province.
#include "TestSupport.h"

#include "check/ConsistencyChecker.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"
#include "storage/OrgRepository.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Simutasi;
using Kind = ConsistencyChecker::Kind;
using Severity = ConsistencyChecker::Severity;

namespace {

// A tiny organisation: one OPD with one Bidang, a Pelaksana jabatan with formasi there and a
// fungsional one without.
struct SmallRegistry
{
    Test::TempDir dir;
    QString path = dir.path(QStringLiteral("check.db"));
    std::unique_ptr<Database> database;
    qint64 bidang = 0;
    qint64 pelaksana = 0;  // I/a - III/d, formasi in the Bidang
    qint64 fungsional = 0; // no formasi anywhere

    SmallRegistry()
    {
        DatabaseError error;
        database = Database::open(path, &error);
        REQUIRE(database);
        OrgRepository org(*database);
        Region region{0, Region::Kind::Kota, QStringLiteral("Wanggar")};
        REQUIRE_FALSE(org.addRegion(region));
        OrgUnit opd;
        opd.kind = OrgUnit::Kind::Opd;
        opd.code = QStringLiteral("BKD");
        opd.name = QStringLiteral("Badan Kepegawaian Daerah");
        REQUIRE_FALSE(org.addUnit(opd));
        OrgUnit unit;
        unit.parentId = opd.id;
        unit.kind = OrgUnit::Kind::Bidang;
        unit.name = QStringLiteral("Bidang Mutasi dan Promosi");
        unit.regionId = region.id;
        REQUIRE_FALSE(org.addUnit(unit));
        bidang = unit.id;
        pelaksana =
            addJabatan(org, QStringLiteral("Penata Layanan Operasional"), JabatanType::Pelaksana);
        fungsional = addJabatan(org, QStringLiteral("Analis SDM Aparatur Ahli Pertama"),
                                JabatanType::AhliPertama);
        REQUIRE_FALSE(org.setFormasi({bidang, pelaksana, 3}));
    }

    static qint64 addJabatan(OrgRepository &org, const QString &name, JabatanType type)
    {
        Jabatan jabatan;
        jabatan.name = name;
        jabatan.type = type;
        jabatan.golonganRange = JabatanTypes::defaultGolonganRange(type);
        REQUIRE_FALSE(org.addJabatan(jabatan));
        return jabatan.id;
    }

    // A consistent PNS Penata Muda in the Bidang; tests then spoil one field.
    Employee employee(const QString &nip, Gender gender, const QDate &birth) const
    {
        Employee e;
        e.nip = Nip::parse(nip);
        e.name = QStringLiteral("Pegawai %1").arg(nip.right(3));
        e.gender = gender;
        e.birthDate = birth;
        e.status = EmployeeStatus::Pns;
        e.golongan = Golongan::parse(QStringLiteral("III/a"));
        e.tmtGolongan = QDate(2014, 4, 1);
        e.jabatanId = pelaksana;
        e.unitId = bidang;
        e.tmtJabatan = QDate(2018, 1, 2);
        e.educationLevel = EducationLevel::S1;
        return e;
    }

    qint64 insert(Employee e)
    {
        EmployeeRepository repository(*database);
        REQUIRE_FALSE(repository.insert(e));
        return e.id;
    }

    ConsistencyChecker check()
    {
        ConsistencyChecker checker(*database);
        REQUIRE_FALSE(checker.run());
        return checker;
    }
};

const QDate Birth(1985, 3, 12);

} // namespace

TEST_CASE("A consistent registry gives no findings", "[check]")
{
    SmallRegistry registry;
    registry.insert(registry.employee(QStringLiteral("198503122010011001"), Gender::Male, Birth));
    Employee pppk = registry.employee(QStringLiteral("198503122021012001"), Gender::Female, Birth);
    pppk.status = EmployeeStatus::Pppk;
    pppk.golongan.reset();
    pppk.pppkGrade = 9;
    registry.insert(pppk);
    const ConsistencyChecker checker = registry.check();
    CHECK(checker.findings().isEmpty());
    CHECK(checker.count(Severity::Error) == 0);
}

TEST_CASE("Each kind of inconsistency is reported once, for its employee", "[check]")
{
    SmallRegistry r;
    QMap<Kind, qint64> expected;
    r.insert(r.employee(QStringLiteral("198503122010011001"), Gender::Male, Birth)); // clean
    expected[Kind::InvalidNip] =
        r.insert(r.employee(QStringLiteral("198513122010011002"), Gender::Male, Birth));
    expected[Kind::BirthDateMismatch] =
        r.insert(r.employee(QStringLiteral("198503122010011003"), Gender::Male, Birth.addDays(1)));
    expected[Kind::GenderMismatch] =
        r.insert(r.employee(QStringLiteral("198503122010011004"), Gender::Female, Birth));
    Employee tooHigh = r.employee(QStringLiteral("198503122010011005"), Gender::Male, Birth);
    tooHigh.golongan = Golongan::parse(QStringLiteral("IV/a"));
    expected[Kind::GolonganOutOfRange] = r.insert(tooHigh);
    Employee noFormasi = r.employee(QStringLiteral("198503122010011006"), Gender::Male, Birth);
    noFormasi.jabatanId = r.fungsional;
    expected[Kind::NoFormasi] = r.insert(noFormasi);
    Employee noJabatan = r.employee(QStringLiteral("198503122010011007"), Gender::Male, Birth);
    noJabatan.jabatanId = 0;
    expected[Kind::MissingJabatan] = r.insert(noJabatan);
    Employee noUnit = r.employee(QStringLiteral("198503122010011008"), Gender::Male, Birth);
    noUnit.unitId = 0;
    expected[Kind::MissingUnit] = r.insert(noUnit);

    const ConsistencyChecker checker = r.check();
    REQUIRE(checker.findings().size() == expected.size());
    for (const ConsistencyChecker::Finding &finding : checker.findings()) {
        INFO(finding.message.toStdString());
        CHECK(expected.value(finding.kind) == finding.employeeId);
        CHECK(checker.count(finding.kind) == 1);
        CHECK_FALSE(finding.message.isEmpty());
        CHECK_FALSE(finding.name.isEmpty());
    }
    CHECK(checker.count(Kind::Integrity) == 0);
    CHECK(checker.count(Severity::Error) == 3); // the three NIP findings
    CHECK(checker.count(Severity::Warning) == 4);

    const auto message = [&](Kind kind) {
        for (const auto &finding : checker.findings()) {
            if (finding.kind == kind)
                return finding.message;
        }
        return QString();
    };
    // The NIP's own explanation, and the facts in conflict, are in the messages.
    CHECK(message(Kind::InvalidNip)
              .contains(Nip::parse(QStringLiteral("198513122010011002")).errorMessage()));
    CHECK(message(Kind::BirthDateMismatch).contains(QStringLiteral("12 March 1985")));
    CHECK(message(Kind::BirthDateMismatch).contains(QStringLiteral("13 March 1985")));
    CHECK(message(Kind::GolonganOutOfRange).contains(QStringLiteral("IV/a")));
    CHECK(message(Kind::GolonganOutOfRange).contains(QStringLiteral("III/d")));
    CHECK(message(Kind::NoFormasi).contains(QStringLiteral("Analis SDM Aparatur Ahli Pertama")));
}

TEST_CASE("A reference to a jabatan that does not exist is an error", "[check]")
{
    SmallRegistry r;
    const qint64 id =
        r.insert(r.employee(QStringLiteral("198503122010011001"), Gender::Male, Birth));
    // Only a file edited with foreign keys off can hold such a reference.
    QSqlQuery query(r.database->connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    REQUIRE(
        query.exec(QStringLiteral("UPDATE employee SET jabatan_id = 999 WHERE id = %1").arg(id)));
    const ConsistencyChecker checker = r.check();
    REQUIRE(checker.findings().size() == 1);
    CHECK(checker.findings().first().kind == Kind::MissingJabatan);
    CHECK(checker.findings().first().severity == Severity::Error);
    CHECK(checker.findings().first().message.contains(QStringLiteral("999")));
}

TEST_CASE("A damaged index is reported by the integrity check", "[check]")
{
    Test::TempDir dir;
    const QString path = dir.path(QStringLiteral("damaged.db"));
    {
        SmallRegistry r; // builds a valid database, then we damage a copy of it
        r.insert(r.employee(QStringLiteral("198503122010011001"), Gender::Male, Birth));
        r.insert(r.employee(QStringLiteral("198503122010012002"), Gender::Female, Birth));
        QSqlQuery query(r.database->connection());
        REQUIRE(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        REQUIRE(QFile::copy(r.path, path));
    }
    {
        // Redefine an index over another column: the stored index entries no longer match the
        // table, which PRAGMA integrity_check notices (quick_check, run on open, does not).
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        REQUIRE(query.exec(QStringLiteral("PRAGMA writable_schema = ON")));
        REQUIRE(query.exec(QStringLiteral("UPDATE sqlite_master SET sql = 'CREATE INDEX "
                                          "employee_name ON employee(nip)' WHERE name = "
                                          "'employee_name'")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));

    DatabaseError error;
    auto database = Database::open(path, &error);
    REQUIRE(database);
    ConsistencyChecker checker(*database);
    REQUIRE_FALSE(checker.run());
    CHECK(checker.count(Kind::Integrity) > 0);
    CHECK(checker.count(Severity::Error) == checker.count(Kind::Integrity));
}

TEST_CASE("The check finds exactly the deliberate inconsistencies of a demo", "[check][demo]")
{
    Test::TempDir dir;
    DatabaseError error;
    auto database = Database::open(dir.path(QStringLiteral("demo.db")), &error);
    REQUIRE(database);
    DemoGenerator generator(*database, {1500, 99, QDate(2026, 11, 27)});
    REQUIRE_FALSE(generator.generate());
    ConsistencyChecker checker(*database);
    REQUIRE_FALSE(checker.run());
    CHECK(checker.findings().size() == generator.summary().inconsistentRecords);
    CHECK(checker.count(Kind::NoFormasi) == 1);
    CHECK(checker.count(Kind::GenderMismatch) + checker.count(Kind::GolonganOutOfRange) == 2);
    CHECK(checker.count(Kind::InvalidNip) == 0);
    CHECK(checker.count(Kind::BirthDateMismatch) == 0);
}
