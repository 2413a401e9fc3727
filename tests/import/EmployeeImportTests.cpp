// Employee import: validation with reasons, upsert semantics, strict mode, create-missing,
// audit entries, and the all-or-nothing write (cancel and a forced failure midway).
#include "ImportTestSupport.h"
#include "import/EmployeeImporter.h"
#include "storage/AuditLog.h"
#include "storage/EmployeeRepository.h"
#include "storage/OrgRepository.h"

#include <QSqlQuery>

using namespace Simutasi;
using namespace Qt::StringLiterals;

namespace {

const QString Ahmad = u"198503122010011003"_s; // born 12-03-1985, male
const QString Siti = u"199001152015032001"_s;  // born 15-01-1990, female
const QString Budi = u"197807202003121002"_s;  // born 20-07-1978, male

QByteArray lines(std::initializer_list<const char16_t *> rows)
{
    QString text;
    for (const char16_t *row : rows)
        text += QString::fromUtf16(row) + u"\r\n"_s;
    return text.toUtf8();
}

const char16_t *FullHeader = u"NIP;Nama;Gelar Belakang;Tgl Lahir;L/P;Status;Gol/Ruang;TMT Gol;"
                             u"Jabatan;Unit Kerja;OPD;TMT Jabatan;Pendidikan;Jurusan;Email;No HP";

QByteArray threeEmployees()
{
    return lines(
        {FullHeader,
         u"19850312 201001 1 003;Ahmad Fauzi;S.Pd.;12-03-1985;L;PNS;III/c;01-04-2018;"
         u"Guru Ahli Muda;SMA Negeri 3 Lembah Sari;Dinas Pendidikan;02/01/2019;S-1/Sarjana;"
         u"Pendidikan Matematika;ahmad@wanggarprov.go.id;0812-3456-7890",
         u"199001152015032001;Siti Rahma;S.E.;15 Januari 1990;P;PNS;3b;01-10-2019;"
         u"Pengadministrasi Umum;Sekretariat;Dinas Kesehatan;2020-01-01;D-III;"
         u"Akuntansi;;",
         u"197807202003121002;Budi Santoso;;20 Juli 1978;Laki-laki;PNS;"
         u"Pembina, IV/a;1 Apr 2015;Kepala Bidang Pembinaan SMA;Bidang Pembinaan SMA;"
         u"Dinas Pendidikan;1 Agt 2016;S2;Manajemen Pendidikan;;"});
}

std::optional<Employee> stored(Test::ImportRegistry &r, const QString &nip)
{
    return EmployeeRepository(*r.db).byNip(nip);
}

bool hasReject(const ImportReport &report, int row, const QString &column, const QString &part)
{
    for (const ImportIssue &issue : report.rejects) {
        if (issue.row == row && issue.column == column && issue.reason.contains(part))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Employees are inserted with every mapped column read", "[import][employees]")
{
    Test::ImportRegistry r;
    const ImportReport report = r.run(u"employees"_s, threeEmployees());
    INFO(report.rejects.value(0).reason.toStdString());
    CHECK(report.fatal.isEmpty());
    CHECK_FALSE(report.error);
    CHECK(report.rowsRead == 3);
    CHECK(report.inserted == 3);
    CHECK(report.rejectedRows == 0);
    CHECK(report.written);

    const auto ahmad = stored(r, Ahmad);
    REQUIRE(ahmad);
    CHECK(ahmad->name == u"Ahmad Fauzi");
    CHECK(ahmad->backTitle == u"S.Pd.");
    CHECK(ahmad->birthDate == QDate(1985, 3, 12));
    CHECK(ahmad->gender == Gender::Male);
    CHECK(ahmad->golongan == Golongan::parse(u"III/c"_s));
    CHECK(ahmad->tmtGolongan == QDate(2018, 4, 1));
    CHECK(ahmad->jabatanId == r.guru.id);
    CHECK(ahmad->unitId == r.sma3.id);
    CHECK(ahmad->tmtJabatan == QDate(2019, 1, 2));
    CHECK(ahmad->educationLevel == EducationLevel::S1);
    CHECK(ahmad->educationField == u"Pendidikan Matematika");
    CHECK(ahmad->email == u"ahmad@wanggarprov.go.id");
    CHECK(ahmad->phone == u"0812-3456-7890");

    const auto siti = stored(r, Siti);
    REQUIRE(siti);
    CHECK(siti->unitId == r.sekretariatDinkes.id); // "Sekretariat" resolved through the OPD
    CHECK(siti->educationLevel == EducationLevel::D3);
    CHECK(siti->gender == Gender::Female);
    const auto budi = stored(r, Budi);
    REQUIRE(budi);
    CHECK(budi->golongan == Golongan::parse(u"IV/a"_s));
    CHECK(budi->tmtJabatan == QDate(2016, 8, 1));
}

TEST_CASE("A second import updates only mapped, non-empty columns", "[import][employees]")
{
    Test::ImportRegistry r;
    REQUIRE(r.run(u"employees"_s, threeEmployees()).inserted == 3);
    const ImportReport same = r.run(u"employees"_s, threeEmployees());
    CHECK(same.unchanged == 3);
    CHECK(same.updated == 0);

    // Promotion file: NIP, golongan and a new post only; Siti's row is the same as stored.
    const ImportReport report = r.run(
        u"employees"_s, lines({u"NIP;Gol/Ruang;TMT Gol;Jabatan;Unit Kerja;Email",
                               u"198503122010011003;III/d;01-04-2022;Kepala Bidang Pembinaan SMA;"
                               u"Bidang Pembinaan SMA;",
                               u"199001152015032001;III/b;01-10-2019;Pengadministrasi Umum;"
                               u"Sekretariat, Dinas Kesehatan;"}));
    CHECK(report.rejects.isEmpty());
    CHECK(report.inserted == 0);
    CHECK(report.updated == 1);
    CHECK(report.unchanged == 1);

    const auto ahmad = stored(r, Ahmad);
    REQUIRE(ahmad);
    CHECK(ahmad->golongan == Golongan::parse(u"III/d"_s));
    CHECK(ahmad->tmtGolongan == QDate(2022, 4, 1));
    CHECK(ahmad->jabatanId == r.kepalaBidang.id);
    CHECK(ahmad->unitId == r.bidangSma.id);
    // Not in the file, or empty in it: untouched.
    CHECK(ahmad->name == u"Ahmad Fauzi");
    CHECK(ahmad->backTitle == u"S.Pd.");
    CHECK(ahmad->email == u"ahmad@wanggarprov.go.id");
    CHECK(ahmad->educationField == u"Pendidikan Matematika");
    CHECK(ahmad->tmtJabatan == QDate(2019, 1, 2));

    SECTION("the old file again puts Ahmad back and leaves the others")
    {
        const ImportReport again = r.run(u"employees"_s, threeEmployees());
        CHECK(again.updated == 1);
        CHECK(again.unchanged == 2);
        CHECK(stored(r, Ahmad)->golongan == Golongan::parse(u"III/c"_s));
    }
}

TEST_CASE("Updates and inserts are recorded in the audit trail", "[import][employees][audit]")
{
    Test::ImportRegistry r;
    Importer::Options options;
    options.user = u"operator.bkd"_s;
    REQUIRE(r.run(u"employees"_s, threeEmployees(), options).inserted == 3);
    REQUIRE(r.run(u"employees"_s, lines({u"NIP;Gol/Ruang", u"198503122010011003;III/d"}), options)
                .updated == 1);
    AuditLog log(*r.db);
    const auto ahmad = stored(r, Ahmad);
    AuditFilter filter;
    filter.entity = u"employee"_s;
    filter.entityId = ahmad->id;
    const QList<AuditEntry> entries = log.entries(filter);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].field == u"golongan"); // newest first
    CHECK(entries[0].oldValue == u"III/c");
    CHECK(entries[0].newValue == u"III/d");
    CHECK(entries[0].user == u"operator.bkd");
    CHECK(entries[0].action == u"import");
    CHECK(entries[1].field.isEmpty());
    CHECK(entries[1].newValue.contains(u"Ahmad Fauzi"));
    CHECK(log.verify().intact);
}

TEST_CASE("Rejected rows name row, column, value and reason", "[import][employees]")
{
    Test::ImportRegistry r;
    const ImportReport report = r.preview(
        u"employees"_s, lines({u"NIP;Nama;Tgl Lahir;L/P;Gol/Ruang;TMT Jabatan;Unit Kerja",
                               u"19850312201001100;Kurang Digit;;;;;",                      // 2
                               u"198503122010011003;Tanggal Beda;13-03-1985;;;;",           // 3
                               u"198503122010011003;Duplikat;;;;;",                         // 4
                               u"199001152015032001;Jenis Beda;;L;;;",                      // 5
                               u"197807202003121002;Gol Salah;;;III/f;31-02-2020;",         // 6
                               u"197807202003121012;;;;;;",                                 // 7
                               u"197807202003121022;Unit Hilang;;;;;Kantor Antah Berantah", // 8
                               u"197807202003121032;Unit Ganda;;;;;Sekretariat",            // 9
                               u"197807202003121042;Kolom Lebih;;;;;;x",                    // 10
                               u"1.97807202003121E+17;Angka;;;;;",                          // 11
                               u";;;;;;"}));                                                // blank
    CHECK(report.rowsRead == 10);
    CHECK(report.rejectedRows == 10);
    CHECK(report.inserted == 0);
    CHECK(hasReject(report, 2, u"NIP"_s, u"18 digits; this one has 17"_s));
    CHECK(hasReject(report, 3, u"Tgl Lahir"_s, u"does not match the NIP"_s));
    CHECK(hasReject(report, 4, u"NIP"_s, u"already in row 3"_s));
    CHECK(hasReject(report, 5, u"L/P"_s, u"does not match the NIP, whose digit 15 gives P"_s));
    CHECK(hasReject(report, 6, u"Gol/Ruang"_s, u"not a golongan/ruang"_s));
    CHECK(hasReject(report, 6, u"TMT Jabatan"_s, u"has 29 days"_s));
    CHECK(hasReject(report, 7, u"Nama"_s, u"name is empty"_s));
    CHECK(hasReject(report, 8, u"Unit Kerja"_s, u"\"Kantor Antah Berantah\" is not in the"_s));
    CHECK(hasReject(report, 9, u"Unit Kerja"_s, u"There are 2 units named \"Sekretariat\""_s));
    CHECK(hasReject(report, 10, QString(), u"This row has 8 cells but the header row has 7"_s));
    CHECK(hasReject(report, 11, u"NIP"_s, u"stored this NIP as a number"_s));
    const ImportIssue first = report.rejects.constFirst();
    CHECK(first.value == u"19850312201001100");

    REQUIRE(report.missing.size() == 1);
    CHECK(report.missing[0].name == u"Kantor Antah Berantah");
    CHECK(report.missing[0].rows == QList<int>{8});
}

TEST_CASE("Rows without an optional value take it from the NIP", "[import][employees]")
{
    Test::ImportRegistry r;
    const ImportReport report =
        r.run(u"employees"_s, lines({u"NIP;Nama;Tempat/Tanggal Lahir;Gol/Ruang",
                                     u"198503122010011003;Ahmad;Wanggar, 12 Maret 1985;3c",
                                     u"199001152015032001;Siti;;IX",
                                     u"197807202003121002;Budi;Lembah Sari 20-07-1978;"}));
    REQUIRE(report.rejects.isEmpty());
    const auto ahmad = stored(r, Ahmad);
    CHECK(ahmad->birthPlace == u"Wanggar");
    CHECK(ahmad->birthDate == QDate(1985, 3, 12));
    CHECK(ahmad->gender == Gender::Male);
    const auto siti = stored(r, Siti);
    CHECK(siti->birthDate == QDate(1990, 1, 15));
    CHECK(siti->gender == Gender::Female);
    CHECK(siti->status == EmployeeStatus::Pppk); // "IX" is a PPPK grade
    CHECK(siti->pppkGrade == 9);
    CHECK_FALSE(siti->golongan);
    CHECK(stored(r, Budi)->birthPlace == u"Lembah Sari");
}

TEST_CASE("A new employee without a name column is rejected", "[import][employees]")
{
    Test::ImportRegistry r;
    const ImportReport report =
        r.preview(u"employees"_s, lines({u"NIP;Gol/Ruang", u"198503122010011003;III/a"}));
    REQUIRE(report.rejects.size() == 1);
    CHECK(report.rejects[0].reason.contains(u"needs a name"));
}

TEST_CASE("Strict mode writes nothing when a row is rejected", "[import][employees]")
{
    Test::ImportRegistry r;
    const QString before = Test::dumpContent(*r.db);
    QByteArray csv = threeEmployees();
    QStringList wrong{u"123"_s, u"Salah"_s};
    wrong.resize(16);
    csv += wrong.join(u';').toUtf8() + "\r\n";
    Importer::Options strict;
    strict.strict = true;
    const ImportReport report = r.run(u"employees"_s, csv, strict);
    CHECK(report.rejectedRows == 1);
    CHECK(report.inserted == 3); // what would have been written
    CHECK_FALSE(report.written);
    CHECK(Test::dumpContent(*r.db) == before);

    SECTION("without strict the valid rows are imported")
    {
        const ImportReport lenient = r.run(u"employees"_s, csv);
        CHECK(lenient.written);
        CHECK(lenient.inserted == 3);
        CHECK(lenient.rejectedRows == 1);
    }
}

TEST_CASE("A preview writes nothing", "[import][employees]")
{
    Test::ImportRegistry r;
    const QString before = Test::dumpContent(*r.db);
    const ImportReport report = r.preview(u"employees"_s, threeEmployees());
    CHECK(report.inserted == 3);
    CHECK_FALSE(report.written);
    CHECK(Test::dumpContent(*r.db) == before);
}

TEST_CASE("Missing units and jabatan are created on request", "[import][employees]")
{
    Test::ImportRegistry r;
    const QByteArray csv = lines(
        {u"NIP;Nama;Jabatan;Unit Kerja;OPD",
         u"198503122010011003;Ahmad;Analis Kebijakan Ahli Muda;UPT Laboratorium Kesehatan;"
         u"Dinas Kesehatan",
         u"199001152015032001;Siti;Kepala Seksi Kurikulum;Seksi Kurikulum;"
         u"Badan Riset Daerah",
         u"197807202003121002;Budi;Kepala Seksi Kurikulum;Seksi Kurikulum, Badan Riset Daerah;",
         u"197807202003121012;Citra;Pengelola Data;;Dinas Pendidikan",
         u"197807202003121022;Dedi;Pengelola Data;Badan Riset Daerah;Badan Riset Daerah"});

    SECTION("without create-missing the rows are rejected and the names listed")
    {
        const ImportReport report = r.preview(u"employees"_s, csv);
        CHECK(report.rejectedRows == 5); // Citra's unit is her OPD, but her jabatan is new
        CHECK(report.inserted == 0);
        QStringList names;
        for (const MissingReference &m : report.missing)
            names.append(m.name);
        CHECK(names.contains(u"UPT Laboratorium Kesehatan"_s));
        CHECK(names.contains(u"Badan Riset Daerah"_s));
        CHECK(names.contains(u"Analis Kebijakan Ahli Muda"_s));
    }
    SECTION("with create-missing they are created once, in the right place")
    {
        Importer::Options options;
        options.createMissing = true;
        const ImportReport report = r.run(u"employees"_s, csv, options);
        REQUIRE(report.rejects.isEmpty());
        CHECK(report.inserted == 5);
        OrgRepository org(*r.db);
        const auto ahmad = stored(r, Ahmad);
        const auto upt = org.unit(ahmad->unitId);
        REQUIRE(upt);
        CHECK(upt->name == u"UPT Laboratorium Kesehatan");
        CHECK(upt->parentId == r.dinkes.id);
        CHECK(upt->kind == OrgUnit::Kind::Upt);
        CHECK(org.jabatan(ahmad->jabatanId)->type == JabatanType::AhliMuda);

        const auto siti = stored(r, Siti);
        const auto budi = stored(r, Budi);
        CHECK(siti->unitId == budi->unitId); // created once for both spellings
        const auto seksi = org.unit(siti->unitId);
        CHECK(seksi->kind == OrgUnit::Kind::Seksi);
        const auto badan = org.unit(seksi->parentId);
        CHECK(badan->name == u"Badan Riset Daerah");
        CHECK(badan->kind == OrgUnit::Kind::Opd);
        CHECK(badan->parentId == r.province.id);
        CHECK(org.jabatan(siti->jabatanId)->type == JabatanType::Pengawas);
        CHECK(stored(r, u"197807202003121012"_s)->unitId == r.disdik.id);
        CHECK(org.jabatan(stored(r, u"197807202003121012"_s)->jabatanId)->type ==
              JabatanType::Pelaksana);
        // A unit named like its OPD is the OPD, also when both are new.
        CHECK(stored(r, u"197807202003121022"_s)->unitId == badan->id);
        CHECK(report.created == 6); // 2 units, 1 OPD, 3 jabatan
    }
}

TEST_CASE("A cancel midway rolls everything back", "[import][employees][transaction]")
{
    Test::ImportRegistry r;
    REQUIRE(r.run(u"employees"_s, threeEmployees()).inserted == 3);
    const QString before = Test::dumpContent(*r.db);

    QList<QStringList> rows{{u"NIP"_s, u"Nama"_s, u"Gol/Ruang"_s}};
    for (int i = 0; i < 1200; ++i)
        rows.append({Test::makeNip(QDate(1980, 1, 1).addDays(i), 1 + i % 2, 1 + i % 999),
                     u"Pegawai %1"_s.arg(i), u"II/b"_s});
    rows.append({Ahmad, u"Ahmad Diubah"_s, u"IV/e"_s}); // an update too
    int calls = 0;
    const ImportReport report =
        r.run(u"employees"_s, Test::csvBytes(rows), {}, [&](int done, int total) {
            ++calls;
            CHECK(total == 1201);
            return done < 1000;
        });
    CHECK(calls == 3); // at 0, 500 and 1000
    CHECK(report.error.kind == DatabaseError::Kind::Cancelled);
    CHECK_FALSE(report.written);
    CHECK(Test::dumpContent(*r.db) == before);
}

TEST_CASE("A database error midway rolls everything back", "[import][employees][transaction]")
{
    Test::ImportRegistry r;
    REQUIRE(r.run(u"employees"_s, threeEmployees()).inserted == 3);
    // The 50th insert of this import fails, as a full disk or a constraint would.
    QSqlQuery trigger(r.db->connection());
    REQUIRE(trigger.exec(u"CREATE TRIGGER fail_50th BEFORE INSERT ON employee "
                         u"WHEN (SELECT count(*) FROM employee) >= 52 "
                         u"BEGIN SELECT RAISE(ABORT, 'forced failure'); END"_s));
    const QString before = Test::dumpContent(*r.db);

    QList<QStringList> rows{{u"NIP"_s, u"Nama"_s, u"Unit Kerja"_s, u"Jabatan"_s}};
    for (int i = 0; i < 100; ++i)
        rows.append({Test::makeNip(QDate(1980, 1, 1).addDays(i), 1, i + 1), u"Pegawai %1"_s.arg(i),
                     u"UPT Baru"_s, u"Jabatan Baru"_s});
    Importer::Options options;
    options.createMissing = true;
    const ImportReport report = r.run(u"employees"_s, Test::csvBytes(rows), options);
    REQUIRE(report.error);
    CHECK(report.error.detail.contains(u"forced failure"));
    CHECK(report.failedRow == 51); // the 50th data row
    CHECK_FALSE(report.written);
    CHECK(Test::dumpContent(*r.db) == before); // the created unit and jabatan are gone too
}
