// XlsxReader: workbooks written at test time with libxlsxwriter (shared and inline strings,
// numbers, dates as serials, NIP as text, booleans, formulas), damaged and foreign files.
#include "ImportTestSupport.h"
#include "import/DateParser.h"
#include "import/ImportKinds.h"
#include "import/TableReader.h"
#include "import/XlsxReader.h"
#include "storage/EmployeeRepository.h"

#include <QFile>
#include <xlsxwriter.h>

using namespace Simutasi;
using namespace Qt::StringLiterals;

namespace {

// Writes a two-sheet workbook: the employee sheet first, a second sheet that must be ignored.
void writeWorkbook(const QString &path, bool inlineStrings)
{
    lxw_workbook_options options{};
    options.constant_memory = inlineStrings ? LXW_TRUE : LXW_FALSE; // inline strings then
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    REQUIRE(book);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Pegawai");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    const char *header[] = {"NIP", "Nama", "Tgl Lahir", "Gol/Ruang", "Aktif", "Umur", "Catatan"};
    for (lxw_col_t c = 0; c < 7; ++c)
        worksheet_write_string(sheet, 0, c, header[c], nullptr);
    worksheet_write_string(sheet, 1, 0, "198503122010011003", nullptr); // NIP as text
    worksheet_write_string(sheet, 1, 1, "Ahmad Fauzi, S.Pd.", nullptr);
    lxw_datetime birth{1985, 3, 12, 0, 0, 0};
    worksheet_write_datetime(sheet, 1, 2, &birth, date);
    worksheet_write_string(sheet, 1, 3, "III/c", nullptr);
    worksheet_write_boolean(sheet, 1, 4, 1, nullptr);
    worksheet_write_formula_num(sheet, 1, 5, "=2026-1985", nullptr, 41);
    worksheet_write_string(sheet, 1, 6, "Sutrisno \xc3\xa9\xc3\xb6 \xe2\x80\x93 baris\nkedua",
                           nullptr);
    worksheet_write_string(sheet, 2, 0, "199001152015032001", nullptr);
    worksheet_write_string(sheet, 2, 1, "Siti Rahma", nullptr);
    worksheet_write_number(sheet, 2, 2, 32888, date); // 15-01-1990 as a serial
    worksheet_write_number(sheet, 2, 3, 3.5, nullptr);
    worksheet_write_boolean(sheet, 2, 4, 0, nullptr);
    worksheet_write_number(sheet, 2, 5, 198503122010011003.0, nullptr); // a NIP typed as number
    // Row 4 left empty; row 5 has a single cell beyond the header's width.
    worksheet_write_string(sheet, 4, 8, "lebih", nullptr);
    lxw_worksheet *other = workbook_add_worksheet(book, "Lain");
    worksheet_write_string(other, 0, 0, "jangan dibaca", nullptr);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
}

} // namespace

TEST_CASE("An XLSX sheet is read cell by cell as text", "[import][xlsx]")
{
    Test::TempDir dir;
    const bool inlineStrings = GENERATE(false, true);
    CAPTURE(inlineStrings);
    const QString path = dir.path(u"pegawai.xlsx"_s);
    writeWorkbook(path, inlineStrings);

    XlsxReader reader;
    const ImportTable table = reader.readFile(path);
    REQUIRE(reader.error().message == QString());
    CHECK(reader.sheetName() == u"Pegawai");
    REQUIRE(table.allRows().size() == 5);
    for (const ImportRow &row : table.allRows())
        CHECK(row.cells.size() == 9); // padded to the widest row
    CHECK(table.header().mid(0, 7) == QStringList{u"NIP"_s, u"Nama"_s, u"Tgl Lahir"_s,
                                                  u"Gol/Ruang"_s, u"Aktif"_s, u"Umur"_s,
                                                  u"Catatan"_s});
    const QStringList first = table.dataRow(0).cells;
    CHECK(first[0] == u"198503122010011003");
    CHECK(first[1] == u"Ahmad Fauzi, S.Pd.");
    CHECK(DateParser::parse(first[2]) == QDate(1985, 3, 12)); // a serial number
    CHECK(first[3] == u"III/c");
    CHECK(first[4] == u"TRUE");
    CHECK(first[5] == u"41"); // the formula's cached result
    CHECK(first[6] == QString::fromUtf16(u"Sutrisno \u00e9\u00f6 \u2013 baris\nkedua"));
    const QStringList second = table.dataRow(1).cells;
    CHECK(second[2] == u"32888");
    CHECK(DateParser::parse(second[2]) == QDate(1990, 1, 15));
    CHECK(second[3] == u"3.5");
    CHECK(second[4] == u"FALSE");
    CHECK(second[5] == u"1.98503122010011e+17"); // precision lost: shown as such
    CHECK(table.dataRow(2).isBlank());
    CHECK(table.dataRow(3).sourceRow == 5);
    CHECK(table.dataRow(3).cells[8] == u"lebih");
}

TEST_CASE("Numbers are shown as a spreadsheet shows them", "[import][xlsx]")
{
    CHECK(XlsxReader::numberText(2020) == u"2020");
    CHECK(XlsxReader::numberText(-3) == u"-3");
    CHECK(XlsxReader::numberText(0.25) == u"0.25");
    CHECK(XlsxReader::numberText(81234567890.0) == u"81234567890");
}

TEST_CASE("Damaged and foreign files give an error, not a crash", "[import][xlsx]")
{
    Test::TempDir dir;
    const QString path = dir.path(u"pegawai.xlsx"_s);
    writeWorkbook(path, false);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();

    XlsxReader reader;
    SECTION("truncated")
    {
        CHECK(reader.read(whole.left(whole.size() / 2)).isEmpty());
        REQUIRE(reader.error());
        CHECK(reader.error().message.contains(u"could not be read"));
    }
    SECTION("a ZIP that is no workbook")
    {
        QByteArray zip = whole;
        zip.replace("xl/workbook.xml", "xl/workbook.xmm");
        CHECK(reader.read(zip).isEmpty());
        CHECK(reader.error());
    }
    SECTION("not a ZIP at all")
    {
        CHECK(reader.read("NIP,Nama\n").isEmpty());
        CHECK(reader.error().message.contains(u"not an XLSX"));
    }
    SECTION("an old .xls through TableReader")
    {
        const QString xls = dir.path(u"lama.xls"_s);
        QFile out(xls);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
        out.close();
        TableReader tables;
        tables.readFile(xls);
        CHECK(tables.error().message.contains(u".xls"));
    }
}

TEST_CASE("Employees are imported from an XLSX file", "[import][xlsx][employees]")
{
    Test::ImportRegistry r;
    const QString path = r.dir.path(u"pegawai.xlsx"_s);
    writeWorkbook(path, false);
    TableReader reader;
    ImportTable table = reader.readFile(path);
    REQUIRE(reader.error().message == QString());
    CHECK(reader.format() == TableReader::Format::Xlsx);
    const ColumnMapping mapping = Test::mappingFor(u"employees"_s, &table);
    const auto kind = ImportKinds::create(u"employees"_s);
    const ImportReport report = Importer(*r.db, *kind, {}).run(table, mapping);
    // Siti's golongan 3.5 is no golongan; the row beyond the header's width is no employee.
    CHECK(report.inserted == 1);
    CHECK(report.rejectedRows == 2);
    const auto ahmad = EmployeeRepository(*r.db).byNip(u"198503122010011003"_s);
    REQUIRE(ahmad);
    CHECK(ahmad->birthDate == QDate(1985, 3, 12));
    CHECK(ahmad->golongan == Golongan::parse(u"III/c"_s));
}
