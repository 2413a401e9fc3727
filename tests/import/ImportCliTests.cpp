// `simutasi-cli import` end to end: summary and rejects on stdout, exit codes, --strict,
// --dry-run, --create-missing, --mapping, --save-mapping, --rejects as CSV and XLSX.
#include "ImportTestSupport.h"
#include "import/XlsxReader.h"
#include "storage/EmployeeRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Simutasi;
using namespace Qt::StringLiterals;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun import(const QStringList &arguments)
{
    CliRun run;
    run.exitCode = Test::runCli(QStringList{u"import"_s} + arguments, &run.out, &run.err);
    return run;
}

QString writeFile(Test::ImportRegistry &r, const QString &name, const QByteArray &content)
{
    const QString path = r.dir.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

const QByteArray Employees = "NIP;Nama;Gol/Ruang;Unit Kerja;OPD\r\n"
                             "198503122010011003;Ahmad Fauzi;III/c;Sekretariat;Dinas Pendidikan\r\n"
                             "199001152015032001;Siti Rahma;III/b;Puskesmas Wanggar Kota;\r\n"
                             "123;Salah;III/a;;\r\n"
                             "197807202003121002;Budi;IV/a;UPT Baru;Dinas Kesehatan\r\n";

int employeeCount(Test::ImportRegistry &r)
{
    return EmployeeRepository(*r.db).count();
}

} // namespace

TEST_CASE("CLI import prints the summary and every reject", "[import][cli]")
{
    Test::ImportRegistry r;
    const QString file = writeFile(r, u"pegawai.csv"_s, Employees);
    const CliRun run = import({u"--db"_s, r.dbPath(), u"--kind"_s, u"employees"_s, file});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"Rows read: 4"));
    CHECK(run.out.contains(u"Inserted: 2"));
    CHECK(run.out.contains(u"Rejected: 2"));
    CHECK(run.out.contains(u"Row 4, NIP \"123\": A NIP has 18 digits; this one has 3."));
    CHECK(run.out.contains(u"Row 5, Unit Kerja \"UPT Baru\": The unit \"UPT Baru\" of Dinas "
                           u"Kesehatan is not in the database."));
    CHECK(run.out.contains(u"--create-missing"));
    CHECK(run.out.contains(u"NIP <- \"NIP\" (column 1)"));
    CHECK(employeeCount(r) == 2);
}

TEST_CASE("CLI import --strict writes nothing and exits 1", "[import][cli]")
{
    Test::ImportRegistry r;
    const QString before = Test::dumpContent(*r.db);
    const QString file = writeFile(r, u"pegawai.csv"_s, Employees);
    const CliRun run =
        import({u"--db"_s, r.dbPath(), u"--kind"_s, u"employees"_s, u"--strict"_s, file});
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(u"Nothing was written"));
    CHECK(Test::dumpContent(*r.db) == before);
}

TEST_CASE("CLI import --dry-run writes nothing", "[import][cli]")
{
    Test::ImportRegistry r;
    const QString before = Test::dumpContent(*r.db);
    const QString file = writeFile(r, u"pegawai.csv"_s, Employees);
    const CliRun run = import({u"--db"_s, r.dbPath(), u"--kind"_s, u"employees"_s, u"--dry-run"_s,
                               u"--create-missing"_s, file});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"Would insert: 3"));
    CHECK(run.out.contains(u"Dry run: nothing was written."));
    CHECK(Test::dumpContent(*r.db) == before);
}

TEST_CASE("CLI import --create-missing creates the unit", "[import][cli]")
{
    Test::ImportRegistry r;
    const QString file = writeFile(r, u"pegawai.csv"_s, Employees);
    const CliRun run =
        import({u"--db"_s, r.dbPath(), u"--kind"_s, u"employees"_s, u"--create-missing"_s, file});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"Inserted: 3"));
    CHECK(run.out.contains(u"Units and jabatan created: 1"));
    CHECK(employeeCount(r) == 3);
}

TEST_CASE("CLI import saves the rejects as CSV and XLSX", "[import][cli]")
{
    Test::ImportRegistry r;
    const QString file = writeFile(r, u"pegawai.csv"_s,
                                   "NIP;Nama\r\n1985031220100110;Kurang\r\n"
                                   "198503122010011003;\r\n");
    const QString csv = r.dir.path(u"ditolak.csv"_s);
    CHECK(import({u"--db"_s, r.dbPath(), u"--kind"_s, u"employees"_s, u"--rejects"_s, csv, file})
              .exitCode == 0);
    QFile report(csv);
    REQUIRE(report.open(QIODevice::ReadOnly));
    const QByteArray bytes = report.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(u"Row,Column,Value,Reason"));
    CHECK(text.contains(u"2,NIP,1985031220100110,\"A NIP has 18 digits; this one has 16.\""));

    const QString xlsx = r.dir.path(u"ditolak.xlsx"_s);
    CHECK(import({u"--db"_s, r.dbPath(), u"--kind"_s, u"employees"_s, u"--rejects"_s, xlsx, file})
              .exitCode == 0);
    XlsxReader reader;
    const ImportTable table = reader.readFile(xlsx);
    REQUIRE(reader.error().message == QString());
    REQUIRE(table.dataRowCount() == 2);
    CHECK(table.dataRow(0).cells == QStringList{u"2"_s, u"NIP"_s, u"1985031220100110"_s,
                                                u"A NIP has 18 digits; this one has 16."_s});
    CHECK(table.dataRow(1).cells.at(1) == u"Nama");
}

TEST_CASE("CLI import with a mapping file", "[import][cli]")
{
    Test::ImportRegistry r;
    const QString file = writeFile(r, u"pegawai.csv"_s,
                                   "Nomor Pegawai,Nama Lengkap Pegawai,Pangkat\r\n"
                                   "198503122010011003,Ahmad Fauzi,III/c\r\n");
    CliRun run = import({u"--db"_s, r.dbPath(), u"--kind"_s, u"employees"_s, file});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"No column for \"NIP\""));

    const QString mapping = writeFile(
        r, u"mapping.json"_s, R"({"nip": "Nomor Pegawai", "name": 2, "golongan": "PANGKAT"})");
    const QString saved = r.dir.path(u"saved.json"_s);
    run = import({u"--db"_s, r.dbPath(), u"--kind"_s, u"employees"_s, u"--mapping"_s, mapping,
                  u"--save-mapping"_s, saved, file});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"Inserted: 1"));
    const auto ahmad = EmployeeRepository(*r.db).byNip(u"198503122010011003"_s);
    REQUIRE(ahmad);
    CHECK(ahmad->golongan == Golongan::parse(u"III/c"_s));
    QFile savedFile(saved);
    REQUIRE(savedFile.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(savedFile.readAll()).object();
    CHECK(json.value(u"nip"_s).toString() == u"Nomor Pegawai");
    CHECK(json.value(u"name"_s).toString() == u"Nama Lengkap Pegawai");

    const QString bad = writeFile(r, u"bad.json"_s, R"({"nip": "Tidak Ada"})");
    run = import({u"--db"_s, r.dbPath(), u"--kind"_s, u"employees"_s, u"--mapping"_s, bad, file});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"Tidak Ada"));
}

TEST_CASE("CLI import of SKP ratings", "[import][cli][skp]")
{
    Test::ImportRegistry r;
    const QString employees = writeFile(r, u"pegawai.csv"_s, Employees);
    REQUIRE(import({u"--db"_s, r.dbPath(), u"--kind"_s, u"employees"_s, employees}).exitCode == 0);
    const QString skp =
        writeFile(r, u"skp.csv"_s, "NIP\tTahun\tPredikat\r\n198503122010011003\t2025\tBaik\r\n");
    const CliRun run = import({u"--db"_s, r.dbPath(), u"--kind"_s, u"skp"_s, skp});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"Inserted: 1"));
}

TEST_CASE("CLI import usage and database errors exit 2", "[import][cli]")
{
    Test::ImportRegistry r;
    const QString file = writeFile(r, u"pegawai.csv"_s, Employees);
    CHECK(import({u"--kind"_s, u"employees"_s, file}).exitCode == 2);
    CliRun run = import({u"--db"_s, r.dbPath(), u"--kind"_s, u"pensiun"_s, file});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"Unknown kind"));
    run = import({u"--db"_s, r.dir.path(u"tidak-ada.db"_s), u"--kind"_s, u"employees"_s, file});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"does not exist"));
    run = import(
        {u"--db"_s, r.dbPath(), u"--kind"_s, u"employees"_s, r.dir.path(u"tidak-ada.csv"_s)});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"could not be opened"));
    run = import({u"--help"_s});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"--create-missing"));
}
