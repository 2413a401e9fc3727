// The demo generator, on real SQLite files: size, NIPs, formasi, staffing, statuses, histories,
// determinism, cancellation and refusal. Facts are read back with plain SQL on a connection of
// the test's own, independent of the repositories that wrote them.
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "domain/Nip.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Simutasi;

namespace {

const QDate Reference(2026, 11, 27);
constexpr int Employees = 1500;
constexpr quint64 Seed = 4242;

struct Generated
{
    DatabaseError error;
    DemoGenerator::Summary summary;
};

Generated generate(const QString &path, int employees, quint64 seed,
                   const DemoGenerator::Progress &progress = {})
{
    DatabaseError openError;
    auto database = Database::open(path, &openError);
    REQUIRE(database);
    DemoGenerator generator(*database, {employees, seed, Reference});
    Generated result;
    result.error = generator.generate(progress);
    result.summary = generator.summary();
    return result;
}

// Rows of a query on a raw connection of our own.
QList<QVariantList> rows(const QString &path, const QString &sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("demo-test-%1").arg(++counter);
    QList<QVariantList> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        query.setForwardOnly(true);
        REQUIRE(query.exec(sql));
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i)
                row.append(query.value(i));
            result.append(row);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

int number(const QString &path, const QString &sql)
{
    const auto result = rows(path, sql);
    REQUIRE(result.size() == 1);
    return result.first().first().toInt();
}

QByteArray tableHash(const QString &path, const QString &table)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QVariantList &row :
         rows(path, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table))) {
        for (const QVariant &value : row)
            hash.addData(value.toString().toUtf8() + '\x1f');
        hash.addData(QByteArrayLiteral("\x1e"));
    }
    return hash.result();
}

// One generated province shared by the read-only tests: generating it takes a moment.
struct SharedDemo
{
    Test::TempDir dir;
    QString path = dir.path(QStringLiteral("demo.db"));
    Generated generated = generate(path, Employees, Seed);
};

const SharedDemo &shared()
{
    static const SharedDemo demo;
    return demo;
}

} // namespace

TEST_CASE("The demo generator writes exactly the requested number of employees", "[demo]")
{
    const SharedDemo &demo = shared();
    REQUIRE_FALSE(demo.generated.error);
    CHECK(demo.generated.summary.employees == Employees);
    CHECK(number(demo.path, QStringLiteral("SELECT count(*) FROM employee")) == Employees);
    CHECK(demo.generated.summary.regions >= 10);
    CHECK(demo.generated.summary.opds >= 35);
    CHECK(number(demo.path, QStringLiteral("SELECT count(*) FROM org_unit WHERE kind = 'opd'")) ==
          demo.generated.summary.opds);
    CHECK(number(demo.path, QStringLiteral("SELECT count(*) FROM org_unit WHERE kind = 'province' "
                                           "AND name = 'Pemerintah Provinsi Wanggar'")) == 1);
    CHECK(number(demo.path, QStringLiteral("SELECT count(*) FROM org_unit WHERE code = 'BKD' AND "
                                           "name = 'Badan Kepegawaian Daerah'")) == 1);
    CHECK(demo.generated.summary.inconsistentRecords ==
          Employees / DemoGenerator::InconsistencyInterval);
}

TEST_CASE("Every demo NIP is valid, unique and agrees with the record but for the deliberate ones",
          "[demo]")
{
    const SharedDemo &demo = shared();
    QSet<QString> seen;
    int birthMismatches = 0;
    int genderMismatches = 0;
    for (const QVariantList &row :
         rows(demo.path, QStringLiteral("SELECT nip, birth_date, gender FROM employee"))) {
        const Nip nip = Nip::parse(row.at(0).toString());
        INFO(row.at(0).toString().toStdString() << ": " << nip.errorMessage().toStdString());
        REQUIRE(nip.isValid());
        CHECK(nip.digits() == row.at(0).toString());
        seen.insert(nip.digits());
        birthMismatches += nip.birthDate() != QDate::fromString(row.at(1).toString(), Qt::ISODate);
        genderMismatches += nip.gender() != genderFromCode(row.at(2).toString());
    }
    CHECK(seen.size() == Employees);
    CHECK(birthMismatches == 0);
    // 1500 employees: the 500th has a flipped gender digit; the 1000th a golongan outside its
    // range, or a flipped digit when it is a PPPK (who have no golongan).
    CHECK(genderMismatches >= 1);
    CHECK(genderMismatches <= 2);
}

TEST_CASE("Demo employees sit in posts that have formasi, but for the deliberate one", "[demo]")
{
    const SharedDemo &demo = shared();
    // The active ones: who left the province (the demo's pindah keluar) holds no post.
    CHECK(number(demo.path,
                 QStringLiteral("SELECT count(*) FROM employee e WHERE e.left_on IS NULL AND NOT "
                                "EXISTS (SELECT 1 FROM formasi f WHERE f.unit_id = e.unit_id AND "
                                "f.jabatan_id = e.jabatan_id AND f.required > 0)")) == 1);
    CHECK(number(demo.path, QStringLiteral("SELECT count(*) FROM employee WHERE left_on IS NULL "
                                           "AND (jabatan_id IS NULL OR unit_id IS NULL)")) == 0);
    CHECK(number(demo.path, QStringLiteral("SELECT count(*) FROM employee WHERE left_on IS NOT "
                                           "NULL AND (jabatan_id IS NOT NULL OR unit_id IS NOT "
                                           "NULL)")) == 0);
    // Golongan within the jabatan's range, for PNS and CPNS, but for at most the deliberate one.
    CHECK(number(demo.path,
                 QStringLiteral("SELECT count(*) FROM employee e JOIN jabatan j ON j.id = "
                                "e.jabatan_id WHERE e.status <> 'PPPK' AND (e.golongan < j.gol_min "
                                "OR e.golongan > j.gol_max)")) <= 1);
    // Structural posts have a formasi of one.
    CHECK(
        number(demo.path, QStringLiteral("SELECT count(*) FROM formasi f JOIN jabatan j ON j.id = "
                                         "f.jabatan_id WHERE j.type IN ('jpt_pratama', "
                                         "'administrator', 'pengawas') AND f.required <> 1")) == 0);
}

TEST_CASE("Demo staffing has short and over-staffed units, remote ones, ~95% bezetting", "[demo]")
{
    const SharedDemo &demo = shared();
    const QString perUnit = QStringLiteral(
        "SELECT u.id, u.kind, u.remote, (SELECT sum(required) FROM formasi f WHERE f.unit_id = "
        "u.id), (SELECT count(*) FROM employee e WHERE e.unit_id = u.id) FROM org_unit u");
    int shortUnits = 0;
    int overUnits = 0;
    int remoteShort = 0;
    int remote = 0;
    int schoolsAndPuskesmas = 0;
    for (const QVariantList &row : rows(demo.path, perUnit)) {
        const int required = row.at(3).toInt();
        const int staffed = row.at(4).toInt();
        shortUnits += staffed < required;
        overUnits += staffed > required;
        const QString kind = row.at(1).toString();
        if (kind == u"sekolah" || kind == u"puskesmas") {
            ++schoolsAndPuskesmas;
            remote += row.at(2).toInt();
            remoteShort += row.at(2).toInt() && staffed < required;
        }
    }
    CHECK(shortUnits > 0);
    CHECK(overUnits > 0);
    CHECK(remote > 0);
    CHECK(remoteShort > remote / 2); // remote units are mostly short
    CHECK(remote * 100 / schoolsAndPuskesmas >= 5);
    CHECK(remote * 100 / schoolsAndPuskesmas <= 35);

    const int formasi = number(demo.path, QStringLiteral("SELECT sum(required) FROM formasi"));
    CHECK(formasi == demo.generated.summary.formasi);
    CHECK(Employees * 100 / formasi >= 85);
    CHECK(Employees * 100 / formasi <= 105);
    // Schools hold 35-45% of the employees.
    const int inSchools =
        number(demo.path, QStringLiteral("SELECT count(*) FROM employee e JOIN org_unit u ON "
                                         "u.id = e.unit_id WHERE u.kind = 'sekolah'"));
    CHECK(inSchools * 100 / Employees >= 30);
    CHECK(inSchools * 100 / Employees <= 48);
}

TEST_CASE("The demo has PNS, CPNS and PPPK with matching grades", "[demo]")
{
    const SharedDemo &demo = shared();
    const auto count = [&](const char *status) {
        return number(demo.path, QStringLiteral("SELECT count(*) FROM employee WHERE status = '%1'")
                                     .arg(QLatin1String(status)));
    };
    CHECK(count("CPNS") > 0);
    CHECK(count("PPPK") * 100 / Employees >= 4);
    CHECK(count("PPPK") * 100 / Employees <= 14);
    CHECK(count("PNS") * 100 / Employees >= 80);
    CHECK(
        number(demo.path, QStringLiteral("SELECT count(*) FROM employee WHERE status = 'PPPK' AND "
                                         "(golongan IS NOT NULL OR pppk_grade IS NULL)")) == 0);
    CHECK(number(demo.path, QStringLiteral("SELECT count(*) FROM employee WHERE status <> 'PPPK' "
                                           "AND (golongan IS NULL OR pppk_grade IS NOT NULL)")) ==
          0);
    // A CPNS was appointed within the twelve months before 27 November 2026 (NIP digits 9-14),
    // a PNS before.
    CHECK(
        number(demo.path, QStringLiteral("SELECT count(*) FROM employee WHERE status = 'CPNS' AND "
                                         "substr(nip, 9, 6) < '202512'")) == 0);
    CHECK(number(demo.path, QStringLiteral("SELECT count(*) FROM employee WHERE status = 'PNS' AND "
                                           "substr(nip, 9, 6) >= '202512'")) == 0);
}

TEST_CASE("Demo dates are plausible and histories consistent", "[demo]")
{
    const SharedDemo &demo = shared();
    const auto zero = [&](const char *where) {
        INFO(where);
        CHECK(number(demo.path, QStringLiteral("SELECT count(*) FROM employee e WHERE ") +
                                    QLatin1String(where)) == 0);
    };
    zero("birth_date < '1966-01-01' OR birth_date > '2001-12-31'");
    zero("tmt_jabatan > '2026-11-27' OR tmt_golongan > '2026-11-27'");
    // TMT jabatan not before the appointment (NIP digits 9-14).
    zero("substr(replace(tmt_jabatan, '-', ''), 1, 6) < substr(nip, 9, 6)");
    // The last riwayat jabatan row is the current post, or for who left the province (pindah
    // keluar) the other instansi on the day they left.
    zero("left_on IS NULL AND NOT EXISTS (SELECT 1 FROM jabatan_history h WHERE h.employee_id = "
         "e.id AND h.tmt = e.tmt_jabatan AND h.jabatan_id = e.jabatan_id AND h.unit_id = "
         "e.unit_id)");
    zero("left_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM jabatan_history h WHERE "
         "h.employee_id = e.id AND h.tmt = e.left_on AND h.unit_id IS NULL AND h.unit_name = "
         "e.left_to)");
    zero("(SELECT count(*) FROM jabatan_history h WHERE h.employee_id = e.id) NOT BETWEEN 1 AND 4");
    // One riwayat pangkat row per golongan, the last one the current golongan (but for the
    // deliberate golongan, whose history was changed with it).
    zero("status <> 'PPPK' AND golongan <> (SELECT golongan FROM pangkat_history p WHERE "
         "p.employee_id = e.id ORDER BY tmt DESC LIMIT 1)");
    // No SKP for a year before the appointment; at most three years.
    zero("EXISTS (SELECT 1 FROM skp_rating s WHERE s.employee_id = e.id AND s.year < "
         "CAST(substr(nip, 9, 4) AS INTEGER))");
    zero("(SELECT count(*) FROM skp_rating s WHERE s.employee_id = e.id) > 3");
    zero("(SELECT count(*) FROM diklat d WHERE d.employee_id = e.id) > 3");

    CHECK(number(demo.path, QStringLiteral("SELECT count(*) FROM skp_rating")) > Employees * 2);
    CHECK(number(demo.path, QStringLiteral("SELECT count(*) FROM skp_rating WHERE predicate = 5")) >
          0);
    CHECK(number(demo.path,
                 QStringLiteral("SELECT count(*) FROM skp_rating WHERE predicate <= 3")) > 0);
    CHECK(number(demo.path, QStringLiteral("SELECT count(*) FROM sanction")) > 0);
    CHECK(number(demo.path, QStringLiteral("SELECT count(*) FROM diklat")) > Employees / 2);
    CHECK(number(demo.path, QStringLiteral("SELECT count(*) FROM employee WHERE tmt_jabatan <= "
                                           "'2021-11-27'")) > Employees / 5); // rotation due
}

TEST_CASE("The same seed gives the same demo, another seed another one", "[demo]")
{
    const SharedDemo &demo = shared();
    Test::TempDir dir;
    const QString same = dir.path(QStringLiteral("same.db"));
    const QString other = dir.path(QStringLiteral("other.db"));
    REQUIRE_FALSE(generate(same, Employees, Seed).error);
    REQUIRE_FALSE(generate(other, Employees, Seed + 1).error);
    for (const QString &table : {QStringLiteral("employee"), QStringLiteral("jabatan_history"),
                                 QStringLiteral("pangkat_history"), QStringLiteral("org_unit")}) {
        INFO(table.toStdString());
        CHECK(tableHash(same, table) == tableHash(demo.path, table));
    }
    CHECK(tableHash(other, QStringLiteral("employee")) !=
          tableHash(demo.path, QStringLiteral("employee")));
}

TEST_CASE("Cancelling the demo leaves the database empty", "[demo]")
{
    Test::TempDir dir;
    const QString path = dir.path(QStringLiteral("cancel.db"));
    QList<int> calls;
    const Generated result = generate(path, Employees, Seed, [&](int done, int total) {
        calls.append(done);
        CHECK(total == Employees);
        return false;
    });
    CHECK(result.error.kind == DatabaseError::Kind::Cancelled);
    CHECK(calls == QList<int>{DemoGenerator::ProgressInterval});
    CHECK(number(path, QStringLiteral("SELECT count(*) FROM employee")) == 0);
    CHECK(number(path, QStringLiteral("SELECT count(*) FROM org_unit")) == 0);
    CHECK(number(path, QStringLiteral("SELECT count(*) FROM jabatan")) == 0);
}

TEST_CASE("The demo reports progress and refuses a database that holds data", "[demo]")
{
    Test::TempDir dir;
    const QString path = dir.path(QStringLiteral("progress.db"));
    QList<int> calls;
    REQUIRE_FALSE(generate(path, 1234, Seed, [&](int done, int) {
                      calls.append(done);
                      return true;
                  }).error);
    CHECK(calls == QList<int>{500, 1000, 1234});

    const Generated again = generate(path, 10, Seed);
    CHECK(again.error.kind == DatabaseError::Kind::Constraint);
    CHECK(again.error.message.contains(QStringLiteral("progress.db")));
    CHECK(number(path, QStringLiteral("SELECT count(*) FROM employee")) == 1234);
}

TEST_CASE("A tiny demo still builds the organisation", "[demo]")
{
    Test::TempDir dir;
    for (const int employees : {0, 7}) {
        const QString path = dir.path(QStringLiteral("tiny-%1.db").arg(employees));
        const Generated result = generate(path, employees, Seed);
        REQUIRE_FALSE(result.error);
        CHECK(number(path, QStringLiteral("SELECT count(*) FROM employee")) == employees);
        CHECK(result.summary.opds >= 35);
    }
}
