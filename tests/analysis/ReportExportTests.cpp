#include "ReportFixture.h"
#include "report/ReportCatalogue.h"
#include "report/ReportExporter.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace Simutasi;
using namespace Simutasi::Test;

namespace {

ReportData run(Database &db, const QString &id, const ReportFilters &filters = asOf())
{
    const std::optional<Report> report = ReportCatalogue::find(id);
    REQUIRE(report);
    ReportData data;
    REQUIRE_FALSE(ReportCatalogue::run(db, *report, filters, &data));
    return data;
}

ReportExportInfo info()
{
    return {QStringLiteral("Rekap mutasi"), QStringLiteral("All data"),
            QDateTime(QDate(2026, 11, 27), QTime(9, 30))};
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// The files of the directory but the database (and its journal).
QStringList filesIn(const TempDir &dir)
{
    QStringList files = QDir(dir.path(QString())).entryList(QDir::Files | QDir::Hidden);
    files.removeIf(
        [](const QString &name) { return name.startsWith(QStringLiteral("province.db")); });
    return files;
}

QJsonObject cellAt(const QJsonObject &sheet, int row, int column)
{
    return sheet[QStringLiteral("rows")].toArray()[row].toArray()[column].toObject();
}

} // namespace

TEST_CASE("The .xlsx of the Rekap mutasi reads back with typed cells and print settings",
          "[report][xlsx]")
{
    ReportProvince p;
    const ReportData data = run(*p.db, QStringLiteral("rekap-mutasi"), {});
    const QString path = p.dir.path(QStringLiteral("rekap.xlsx"));
    QString error;
    REQUIRE(ReportExporter::writeXlsx(path, info(), data, {}, &error) ==
            ReportExporter::Result::Written);

    const QJsonArray sheets = readXlsx(path);
    REQUIRE(sheets.size() == 1);
    const QJsonObject sheet = sheets[0].toObject();
    CHECK(cellAt(sheet, 0, 0)[QStringLiteral("v")] == QStringLiteral("Rekap mutasi"));
    CHECK(cellAt(sheet, 1, 0)[QStringLiteral("v")] == QStringLiteral("All data"));
    CHECK(
        cellAt(sheet, 2, 0)[QStringLiteral("v")].toString().contains(QStringLiteral("27/11/2026")));
    CHECK(cellAt(sheet, 4, 2)[QStringLiteral("v")] == QStringLiteral("NIP"));
    CHECK(sheet[QStringLiteral("headerBold")].toBool());
    CHECK(sheet[QStringLiteral("freeze")] == QStringLiteral("A6"));
    CHECK(sheet[QStringLiteral("autofilter")] == QStringLiteral("A5:N7"));
    CHECK(sheet[QStringLiteral("orientation")] == QStringLiteral("landscape"));
    CHECK(sheet[QStringLiteral("fitToPage")].toBool());
    CHECK(sheet[QStringLiteral("fitToWidth")].toInt() == 1);
    CHECK(sheet[QStringLiteral("fitToHeight")].toInt() == 0);
    CHECK(sheet[QStringLiteral("printTitleRows")] == QStringLiteral("$5:$5"));
    CHECK(sheet[QStringLiteral("dateFormat")] == QStringLiteral("dd/mm/yyyy"));
    CHECK(sheet[QStringLiteral("widths")].toObject()[QStringLiteral("C")].toDouble() >= 18.0);

    // Row 6 (index 5): Butet. The number is an int, the NIP 18-digit text, the dates real dates.
    const QJsonObject number = cellAt(sheet, 5, 0);
    CHECK(number[QStringLiteral("t")] == QStringLiteral("int"));
    CHECK(number[QStringLiteral("v")].toInt() == 1);
    const QJsonObject nip = cellAt(sheet, 5, 2);
    CHECK(nip[QStringLiteral("t")] == QStringLiteral("str"));
    CHECK(nip[QStringLiteral("v")] == QStringLiteral("198201102008042002"));
    const QJsonObject skDate = cellAt(sheet, 5, 10);
    CHECK(skDate[QStringLiteral("t")] == QStringLiteral("datetime"));
    CHECK(skDate[QStringLiteral("v")] == QStringLiteral("2021-11-20T00:00:00"));
    CHECK(cellAt(sheet, 5, 11)[QStringLiteral("v")] == QStringLiteral("2021-11-27T00:00:00"));
    CHECK(cellAt(sheet, 6, 1)[QStringLiteral("v")].toString().startsWith(QStringLiteral("Guru")));
}

TEST_CASE("A multi-part report is one sheet per part; counts and shares stay numbers",
          "[report][xlsx]")
{
    SmallProvince p;
    const ReportData data = run(*p.db, QStringLiteral("formasi"), {});
    const QString path = p.dir.path(QStringLiteral("formasi.xlsx"));
    QString error;
    REQUIRE(ReportExporter::writeXlsx(path, info(), data, {}, &error) ==
            ReportExporter::Result::Written);
    const QJsonArray sheets = readXlsx(path);
    REQUIRE(sheets.size() == 4);
    QStringList names;
    for (const QJsonValue &sheet : sheets)
        names << sheet[QStringLiteral("name")].toString();
    CHECK(names == QStringList{QStringLiteral("Per OPD"), QStringLiteral("Per jabatan"),
                               QStringLiteral("Shortages"), QStringLiteral("Surpluses")});
    const QJsonObject byOpd = sheets[0].toObject();
    CHECK(cellAt(byOpd, 5, 2)[QStringLiteral("t")] == QStringLiteral("int"));
    CHECK(cellAt(byOpd, 5, 2)[QStringLiteral("v")].toInt() == 2);
    CHECK(cellAt(byOpd, 5, 7)[QStringLiteral("t")] == QStringLiteral("float"));
    CHECK(cellAt(byOpd, 5, 7)[QStringLiteral("v")].toDouble() == Approx(0.5));
    CHECK(cellAt(sheets[2].toObject(), 5, 8)[QStringLiteral("v")].toInt() == 3);
}

TEST_CASE("CSV: BOM, semicolons, dd/mm/yyyy dates, decimal comma, NIP digits", "[report][csv]")
{
    ReportProvince p;
    const QString path = p.dir.path(QStringLiteral("rekap.csv"));
    QString error;
    REQUIRE(ReportExporter::writeCsv(path, info(), run(*p.db, QStringLiteral("rekap-mutasi"), {}),
                                     {}, &error) == ReportExporter::Result::Written);
    const QByteArray bytes = contents(path);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 4); // header, two rows, the empty rest after the last CRLF
    CHECK(lines[0].startsWith(QStringLiteral("No;Name;NIP;L/P;")));
    CHECK(lines[1].startsWith(QStringLiteral("1;Butet;198201102008042002;P;Penata, III/c;")));
    CHECK(lines[1].contains(QStringLiteral(";800/77/BKD/XI/2021;20/11/2021;27/11/2021;")));

    const QString outcome = p.dir.path(QStringLiteral("hasil.csv"));
    REQUIRE(ReportExporter::writeCsv(outcome, info(), run(*p.db, QStringLiteral("hasil-mutasi")),
                                     {}, &error) == ReportExporter::Result::Written);
    const QString text = QString::fromUtf8(contents(outcome));
    CHECK(text.contains(QStringLiteral(";3,50;4,50;1,00;1;0;0;100,0%;")));
}

TEST_CASE("Exports are atomic: a cancelled or failed export leaves the target as it was",
          "[report][atomic]")
{
    ReportProvince p;
    const ReportData data = run(*p.db, QStringLiteral("duk"));
    for (const QString &name : {QStringLiteral("old.xlsx"), QStringLiteral("old.csv")}) {
        const QString path = p.dir.path(name);
        writeFile(path, "previous report");
        int calls = 0;
        QString error;
        const auto cancel = [&calls](qint64 done, qint64 total) {
            ++calls;
            return done < total; // cancels at the last row, after everything but the commit
        };
        CHECK(ReportExporter::write(path, info(), data, cancel, &error) ==
              ReportExporter::Result::Cancelled);
        CHECK(calls >= 2);
        CHECK(contents(path) == "previous report");
    }
    // Nothing but the two targets and the database is left in the directory.
    CHECK(filesIn(p.dir) == QStringList{QStringLiteral("old.csv"), QStringLiteral("old.xlsx")});

    // A target that cannot be replaced (a directory of that name) fails and stays.
    const QString blocked = p.dir.path(QStringLiteral("blocked.xlsx"));
    REQUIRE(QDir().mkpath(blocked + QStringLiteral("/inside")));
    QString error;
    CHECK(ReportExporter::writeXlsx(blocked, info(), data, {}, &error) ==
          ReportExporter::Result::Failed);
    CHECK_FALSE(error.isEmpty());
    CHECK(QFileInfo(blocked + QStringLiteral("/inside")).isDir());
    CHECK(ReportExporter::writeXlsx(p.dir.path(QStringLiteral("missing/dir/out.xlsx")), info(),
                                    data, {}, &error) == ReportExporter::Result::Failed);
    CHECK(filesIn(p.dir).size() == 2);

    // A completed export replaces the previous file.
    const QString path = p.dir.path(QStringLiteral("old.xlsx"));
    REQUIRE(ReportExporter::write(path, info(), data, {}, &error) ==
            ReportExporter::Result::Written);
    CHECK(contents(path).startsWith("PK"));
}

TEST_CASE("Sheet names are cleaned, shortened and unique", "[report]")
{
    CHECK(ReportExporter::sheetName(QStringLiteral("A/B: [x]"), {}) == QStringLiteral("A-B- -x-"));
    const QString longName(40, u'x');
    CHECK(ReportExporter::sheetName(longName, {}).size() == 31);
    CHECK(ReportExporter::sheetName(QStringLiteral("Per OPD"), {QStringLiteral("per opd")}) ==
          QStringLiteral("Per OPD (2)"));
}

TEST_CASE("simutasi-cli report lists the catalogue and writes a report", "[report][cli]")
{
    ReportProvince p;
    const QString db = p.db->path();
    QString out;
    QString err;
    REQUIRE(runCli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--list")},
                   &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("rekap-mutasi")));
    CHECK(out.contains(QStringLiteral("duk")));
    CHECK(out.contains(QStringLiteral("opd, region, date")));

    const QString xlsx = p.dir.path(QStringLiteral("duk.xlsx"));
    REQUIRE(runCli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("duk"),
                    QStringLiteral("--filter"), QStringLiteral("opd=%1").arg(p.bkd.id),
                    QStringLiteral("--filter"), QStringLiteral("date=2026-11-27"),
                    QStringLiteral("--xlsx"), xlsx},
                   &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(": 8 row")));
    const QJsonObject sheet = readXlsx(xlsx)[0].toObject();
    CHECK(cellAt(sheet, 1, 0)[QStringLiteral("v")].toString().contains(
        QStringLiteral("Badan Kepegawaian Daerah")));
    CHECK(cellAt(sheet, 5, 1)[QStringLiteral("v")] == QStringLiteral("Ahmad"));

    CHECK(runCli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("nothing"),
                  QStringLiteral("--csv"), p.dir.path(QStringLiteral("x.csv"))},
                 &out, &err) == 2);
    CHECK(runCli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("duk"),
                  QStringLiteral("--filter"), QStringLiteral("from=2020-01-01"),
                  QStringLiteral("--csv"), p.dir.path(QStringLiteral("x.csv"))},
                 &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("from")));
    CHECK(runCli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("duk")},
                 &out, &err) == 2);
    CHECK_FALSE(QFileInfo::exists(p.dir.path(QStringLiteral("x.csv"))));
}
