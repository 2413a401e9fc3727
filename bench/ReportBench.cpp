// Issue 7: exporting a 100,000-row report to .xlsx, timed next to a bare libxlsxwriter loop that
// writes the same cells (same values, types and number formats, same constant-memory mode) in the
// same run, so the figure shows what the report framework adds to the library's own cost.
// Prints the figures; not run by ctest.
// Usage: report_bench --db PATH (e.g. from `simutasi-cli demo --employees 100000 --db PATH`)
//        [--report duk] [--runs 3] [--out DIR]
// With --all: every report of the catalogue (or the one of --report) is run, without export,
// and its time printed; with --dump DIR each report's cells (type and value) are also written
// to DIR/<id>.tsv, so that two builds can be compared for identical content (diff -r).
// The Indonesian catalogue is installed as in the programs (SIMUTASI_LANGUAGE=en for English):
// a tr() per row costs a catalogue lookup only then.
#include "i18n/Translations.h"
#include "report/ReportCatalogue.h"
#include "report/ReportExporter.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <algorithm>
#include <ctime>
#include <functional>
#include <xlsxwriter.h>

using namespace Simutasi;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Wall-clock and process CPU time of one piece of work, in milliseconds: on a shared machine
// the CPU time is the fairer figure, the wall time what a user waits.
struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

Timing medianMs(int runs, const std::function<void()> &work)
{
    QList<double> walls;
    QList<double> cpus;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        work();
        cpus.append(1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        walls.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls.at(walls.size() / 2), cpus.at(cpus.size() / 2)};
}

void print(const QString &what, const Timing &t)
{
    out() << QStringLiteral("%1 %2 ms wall %3 ms CPU")
                 .arg(what, -52)
                 .arg(t.wallMs, 9, 'f', 1)
                 .arg(t.cpuMs, 9, 'f', 1)
          << Qt::endl;
}

// The same cells as ReportExporter writes, with nothing around them: no title block, no
// progress, no atomic rename, no column sizing.
void bareLoop(const QString &path, const ReportData &data)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format *text = workbook_add_format(book);
    format_set_num_format(text, "@");
    lxw_format *integer = workbook_add_format(book);
    format_set_num_format(integer, "0");
    for (int part = 0; part < data.partCount(); ++part) {
        lxw_worksheet *sheet =
            workbook_add_worksheet(book, QByteArray::number(part + 1).prepend("S").constData());
        const QList<ReportColumn> &columns = data.part(part).columns;
        for (int row = 0; row < data.rowCount(part); ++row) {
            for (int column = 0; column < columns.size(); ++column) {
                const QVariant &value = data.cell(part, row, column);
                if (value.isNull())
                    continue;
                const auto r = lxw_row_t(row + 1);
                const auto c = lxw_col_t(column);
                switch (columns[column].type) {
                case ColumnType::Date: {
                    const QDate d = value.toDate();
                    lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0.0};
                    worksheet_write_datetime(sheet, r, c, &when, date);
                    break;
                }
                case ColumnType::Integer:
                case ColumnType::Percentage:
                case ColumnType::Decimal:
                    worksheet_write_number(sheet, r, c, value.toDouble(), integer);
                    break;
                case ColumnType::Text:
                case ColumnType::Nip:
                    worksheet_write_string(sheet, r, c, value.toString().toUtf8().constData(),
                                           columns[column].type == ColumnType::Nip ? text
                                                                                   : nullptr);
                    break;
                }
            }
        }
    }
    workbook_close(book);
}

// Every cell of every part, one row a line, each cell as "type:value": two runs that must
// produce the same report can be compared with diff.
void dump(const QString &path, const ReportData &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    QTextStream stream(&file);
    for (int part = 0; part < data.partCount(); ++part) {
        stream << "# " << data.part(part).name << '\n';
        for (int row = 0; row < data.rowCount(part); ++row) {
            for (int column = 0; column < data.columnCount(part); ++column) {
                const QVariant &value = data.cell(part, row, column);
                stream << (column > 0 ? "\t" : "") << value.typeName() << ':' << value.toString();
            }
            stream << '\n';
        }
    }
}

// --all: each report of the catalogue (or only `only`) with no filter but the reference date.
int runAll(Database &db, int runs, const QString &dumpDir, const QString &only)
{
    ReportFilters filters;
    filters.asOf = QDate(2026, 11, 27);
    Timing total;
    for (const Report &report : ReportCatalogue::all()) {
        if (!only.isEmpty() && report.id != only)
            continue;
        ReportData data;
        const Timing t = medianMs(runs, [&] {
            if (const DatabaseError failed = ReportCatalogue::run(db, report, filters, &data))
                out() << failed.message << Qt::endl;
        });
        total.wallMs += t.wallMs;
        total.cpuMs += t.cpuMs;
        print(QStringLiteral("%1 (%2 rows)").arg(report.id).arg(data.totalRows()), t);
        if (!dumpDir.isEmpty())
            dump(dumpDir + u'/' + report.id + QStringLiteral(".tsv"), data);
    }
    print(QStringLiteral("all reports"), total);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("PATH")},
         {QStringLiteral("report"), QStringLiteral("report id"), QStringLiteral("ID")},
         {QStringLiteral("runs"), QStringLiteral("runs"), QStringLiteral("N")},
         {QStringLiteral("out"), QStringLiteral("directory"), QStringLiteral("DIR")},
         {QStringLiteral("all"), QStringLiteral("every report, SQL only")},
         {QStringLiteral("dump"), QStringLiteral("with --all: cells to DIR/<id>.tsv"),
          QStringLiteral("DIR")}});
    parser.process(app);
    // As the programs do: the Indonesian catalogue makes every tr() of a producer a lookup.
    Translations::install(Translations::effectiveLanguage());
    const QString reportId = parser.value(QStringLiteral("report")).isEmpty()
                                 ? QStringLiteral("duk")
                                 : parser.value(QStringLiteral("report"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString dir = parser.value(QStringLiteral("out")).isEmpty()
                            ? QDir::tempPath()
                            : parser.value(QStringLiteral("out"));
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    DatabaseError error;
    const auto db = Database::open(parser.value(QStringLiteral("db")), options, &error);
    const std::optional<Report> report = ReportCatalogue::find(reportId);
    if (!db || !report) {
        out() << (db ? QStringLiteral("unknown report") : error.message) << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("all")))
        return runAll(*db, runs, parser.value(QStringLiteral("dump")),
                      parser.value(QStringLiteral("report")));
    ReportFilters filters;
    filters.asOf = QDate(2026, 11, 27);
    ReportData data;
    const Timing collect = medianMs(runs, [&] {
        if (const DatabaseError failed = ReportCatalogue::run(*db, *report, filters, &data))
            out() << failed.message << Qt::endl;
    });
    qint64 cells = 0;
    for (int part = 0; part < data.partCount(); ++part)
        cells += qint64(data.rowCount(part)) * data.columnCount(part);
    out() << QStringLiteral("report %1: %2 rows, %3 cells, %4 run(s) each (median)")
                 .arg(reportId)
                 .arg(data.totalRows())
                 .arg(cells)
                 .arg(runs)
          << Qt::endl;
    print(QStringLiteral("run the report (SQL into ReportData)"), collect);

    const QString xlsxPath = dir + QStringLiteral("/report_bench.xlsx");
    const QString barePath = dir + QStringLiteral("/report_bench_bare.xlsx");
    const QString csvPath = dir + QStringLiteral("/report_bench.csv");
    const ReportExportInfo info{report->title, QStringLiteral("bench")};
    QString message;
    qint64 progressCalls = 0;
    const auto progress = [&progressCalls](qint64, qint64) {
        ++progressCalls;
        return true;
    };
    const Timing exportXlsx = medianMs(
        runs, [&] { ReportExporter::writeXlsx(xlsxPath, info, data, progress, &message); });
    const Timing bare = medianMs(runs, [&] { bareLoop(barePath, data); });
    const Timing exportCsv =
        medianMs(runs, [&] { ReportExporter::writeCsv(csvPath, info, data, progress, &message); });
    print(QStringLiteral("ReportExporter .xlsx (atomic, progress, title, widths)"), exportXlsx);
    print(QStringLiteral("bare libxlsxwriter loop, same cells"), bare);
    print(QStringLiteral("ReportExporter .csv"), exportCsv);
    out() << QStringLiteral("overhead of the exporter over the bare loop: %1% wall, %2% CPU")
                 .arg(100.0 * (exportXlsx.wallMs - bare.wallMs) / bare.wallMs, 0, 'f', 1)
                 .arg(100.0 * (exportXlsx.cpuMs - bare.cpuMs) / bare.cpuMs, 0, 'f', 1)
          << Qt::endl;
    out() << QStringLiteral("files: %1 (%2 bytes), bare %3 bytes, csv %4 bytes")
                 .arg(xlsxPath)
                 .arg(QFileInfo(xlsxPath).size())
                 .arg(QFileInfo(barePath).size())
                 .arg(QFileInfo(csvPath).size())
          << Qt::endl;
    return 0;
}
