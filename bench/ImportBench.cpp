// Import benchmark (built, not run by ctest): generates a demo province, exports its employees
// to a CSV file, and times `simutasi-cli import`'s engine importing that file into an empty
// database, next to sqlite3's own `.import --csv` of the same file into a bare table, in the
// same run. Usage: import_bench [employees=100000]
#include "demo/DemoGenerator.h"
#include "import/ColumnMapping.h"
#include "import/ImportKinds.h"
#include "import/Importer.h"
#include "import/TableReader.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <sys/resource.h>

using namespace Simutasi;

namespace {

// CPU time of this process (or of its finished children) in ms: the machine the benchmark
// runs on may be busy with other work, which inflates wall-clock times but not CPU times.
qint64 cpuMs(int who = RUSAGE_SELF)
{
    rusage usage{};
    getrusage(who, &usage);
    const auto ms = [](const timeval &t) {
        return qint64(t.tv_sec) * 1000 + t.tv_usec / 1000;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString rankText(const EmployeeListRow &row)
{
    if (const auto golongan = Golongan::fromRank(row.golonganRank))
        return golongan->toString();
    return row.pppkGrade > 0 ? pppkGradeToString(row.pppkGrade) : QString();
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

// Writes every employee as an officer's spreadsheet would list them; returns the row count.
int exportEmployees(Database &database, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    QTextStream csv(&file);
    csv << "NIP,Nama,L/P,Status,Gol/Ruang,Jabatan,Unit Kerja,OPD,TMT Jabatan,Tgl Lahir\n";
    EmployeeRepository employees(database);
    constexpr int Page = 10000;
    int written = 0;
    for (int offset = 0;; offset += Page) {
        const QList<EmployeeListRow> rows =
            employees.page({}, EmployeeSortKey::Nip, Qt::AscendingOrder, offset, Page);
        for (const EmployeeListRow &row : rows) {
            const QStringList cells{row.nip,
                                    row.fullName,
                                    genderCode(row.gender),
                                    employeeStatusCode(row.status),
                                    rankText(row),
                                    row.jabatanName,
                                    row.unitName,
                                    row.opdName,
                                    dateText(row.tmtJabatan),
                                    dateText(row.birthDate)};
            QStringList quoted;
            for (const QString &cell : cells)
                quoted.append(csvField(cell));
            csv << quoted.join(u',') << '\n';
        }
        written += int(rows.size());
        if (rows.size() < Page)
            break;
    }
    return written;
}

std::unique_ptr<Database> openFresh(const QString &path)
{
    DatabaseError error;
    auto database = Database::open(path, &error);
    if (!database)
        out() << "cannot open " << path << ": " << error.message << Qt::endl;
    return database;
}

void printReport(const char *what, const ImportReport &report, qint64 ms, qint64 cpu)
{
    out() << what << ": " << ms << " ms wall, " << cpu << " ms CPU (read " << report.rowsRead
          << ", inserted " << report.inserted << ", updated " << report.updated << ", unchanged "
          << report.unchanged << ", rejected " << report.rejectedRows << ", created "
          << report.created
          << (report.error ? QStringLiteral(", ERROR ") + report.error.detail : QString()) << ")"
          << Qt::endl;
}

// One import of `csv` into `database` with units and jabatan created as needed.
ImportReport timeImport(Database &database, const QString &csv, qint64 *readMs, qint64 *totalMs,
                        qint64 *cpu)
{
    QElapsedTimer timer;
    timer.start();
    TableReader reader;
    ImportTable table = reader.readFile(csv);
    const auto kind = ImportKinds::create(QStringLiteral("employees"));
    table.setHeaderIndex(ColumnMapping::guessHeaderIndex(kind->fields(), table));
    const ColumnMapping mapping = ColumnMapping::detect(kind->fields(), table.header());
    *readMs = timer.elapsed();
    Importer::Options options;
    options.createMissing = true;
    options.user = QStringLiteral("bench");
    QElapsedTimer check;
    check.start();
    qint64 cpuStart = cpuMs();
    Importer(database, *kind, options).preview(table, mapping);
    out() << "  checks alone, as the preview runs them: " << check.elapsed() << " ms wall, "
          << cpuMs() - cpuStart << " ms CPU" << Qt::endl;
    timer.restart();
    cpuStart = cpuMs();
    const ImportReport report = Importer(database, *kind, options).run(table, mapping);
    *totalMs = timer.elapsed();
    *cpu = cpuMs() - cpuStart;
    return report;
}

qint64 timeSqliteImport(const QString &dbPath, const QString &csv, qint64 *cpu)
{
    const qint64 cpuStart = cpuMs(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {dbPath, QStringLiteral(".import --csv %1 t").arg(csv)});
    if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0) {
        out() << "sqlite3 failed: " << sqlite.readAllStandardError() << Qt::endl;
        return -1;
    }
    *cpu = cpuMs(RUSAGE_CHILDREN) - cpuStart;
    return timer.elapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = app.arguments().value(1, QStringLiteral("100000")).toInt();
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("pegawai.csv"));

    QElapsedTimer timer;
    timer.start();
    {
        auto demo = openFresh(dir.filePath(QStringLiteral("demo.db")));
        DemoGenerator::Options options;
        options.employees = count;
        options.referenceDate = QDate(2026, 1, 1);
        if (!demo || DemoGenerator(*demo, options).generate())
            return 1;
        out() << "demo database with " << count << " employees: " << timer.elapsed() << " ms"
              << Qt::endl;
        timer.restart();
        const int rows = exportEmployees(*demo, csv);
        out() << "exported " << rows << " rows (" << QFile(csv).size() / 1024
              << " KiB): " << timer.elapsed() << " ms" << Qt::endl;
    }

    auto target = openFresh(dir.filePath(QStringLiteral("import.db")));
    if (!target)
        return 1;
    qint64 readMs = 0;
    qint64 totalMs = 0;
    qint64 cpu = 0;
    ImportReport report = timeImport(*target, csv, &readMs, &totalMs, &cpu);
    out() << "read CSV + detect mapping: " << readMs << " ms" << Qt::endl;
    printReport("Simutasi import into an empty database (check + write, one transaction)", report,
                totalMs, cpu);
    report = timeImport(*target, csv, &readMs, &totalMs, &cpu);
    printReport("Simutasi import of the same file again (all rows known)", report, totalMs, cpu);

    const qint64 sqliteMs = timeSqliteImport(dir.filePath(QStringLiteral("bare.db")), csv, &cpu);
    out() << "sqlite3 .import --csv into a bare table: " << sqliteMs << " ms wall, " << cpu
          << " ms CPU" << Qt::endl;
    return 0;
}
