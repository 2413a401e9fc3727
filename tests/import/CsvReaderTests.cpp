// CsvReader: RFC 4180 quoting, line ends, encodings, delimiter detection and malformed input.
#include "ImportTestSupport.h"
#include "import/CsvReader.h"

#include <QElapsedTimer>
#include <QStringDecoder>

using namespace Simutasi;

namespace {

QList<QStringList> cellsOf(const ImportTable &table)
{
    QList<QStringList> rows;
    for (const ImportRow &row : table.allRows())
        rows.append(row.cells);
    return rows;
}

QList<QStringList> readCells(const QByteArray &bytes, CsvReader *reader = nullptr)
{
    CsvReader local;
    CsvReader &r = reader ? *reader : local;
    const ImportTable table = r.read(bytes);
    REQUIRE_FALSE(r.error());
    return cellsOf(table);
}

QStringList row(std::initializer_list<const char16_t *> cells)
{
    QStringList result;
    for (const char16_t *cell : cells)
        result.append(QString::fromUtf16(cell));
    return result;
}

} // namespace

TEST_CASE("CSV quoted fields keep delimiters, doubled quotes and line breaks", "[import][csv]")
{
    const QByteArray csv = "NIP,Nama,Alamat\r\n"
                           "1,\"Aminah, S.Pd.\",\"Jl. \"\"Merdeka\"\" 5\"\r\n"
                           "2,\"Budi\",\"Baris satu\r\nbaris dua\nbaris tiga\"\r\n"
                           "3,,\"\"\r\n";
    const auto rows = readCells(csv);
    REQUIRE(rows.size() == 4);
    CHECK(rows[1] == row({u"1", u"Aminah, S.Pd.", u"Jl. \"Merdeka\" 5"}));
    CHECK(rows[2] == row({u"2", u"Budi", u"Baris satu\nbaris dua\nbaris tiga"}));
    CHECK(rows[3] == row({u"3", u"", u""}));
}

TEST_CASE("CSV row numbers count records, as a spreadsheet shows them", "[import][csv]")
{
    CsvReader reader;
    const ImportTable table = reader.read("a,b\n\"x\ny\",1\nz,2\n");
    REQUIRE(table.allRows().size() == 3);
    CHECK(table.dataRow(0).sourceRow == 2);
    CHECK(table.dataRow(1).sourceRow == 3);
}

TEST_CASE("CSV line ends: LF, CRLF, a lone CR and no final line end", "[import][csv]")
{
    const QList<QStringList> expected{row({u"a", u"b"}), row({u"1", u"2"})};
    CHECK(readCells("a,b\n1,2\n") == expected);
    CHECK(readCells("a,b\r\n1,2\r\n") == expected);
    CHECK(readCells("a,b\r1,2") == expected);
    CHECK(readCells("a,b\n1,2") == expected);
}

TEST_CASE("CSV in UTF-8 with and without BOM", "[import][csv]")
{
    CsvReader reader;
    const QByteArray plain = "Nama\nSutrisno Sé\xc3\xb6\n";
    auto rows = readCells(plain, &reader);
    CHECK(reader.encoding() == CsvReader::Encoding::Utf8);
    CHECK(rows[1][0] == QString::fromUtf16(u"Sutrisno Sé\u00f6"));

    rows = readCells("\xef\xbb\xbfNama\nAminah\n", &reader);
    CHECK(reader.encoding() == CsvReader::Encoding::Utf8);
    CHECK(rows[0][0] == u"Nama"); // no BOM left in the first header
}

TEST_CASE("CSV in Windows-1252 as Excel writes it on Indonesian Windows", "[import][csv]")
{
    CsvReader reader;
    // é (0xE9), ö (0xF6), the en dash 0x96 and the euro sign 0x80 are not valid UTF-8.
    const auto rows =
        readCells("Nama;Ket\nSutrisno Andr\xe9 K\xf6nig;2010 \x96 2015 \x80\n", &reader);
    CHECK(reader.encoding() == CsvReader::Encoding::Windows1252);
    CHECK(reader.delimiter() == u';');
    CHECK(rows[1][0] == QString::fromUtf16(u"Sutrisno Andr\u00e9 K\u00f6nig"));
    CHECK(rows[1][1] == QString::fromUtf16(u"2010 \u2013 2015 \u20ac"));
}

TEST_CASE("The built-in Windows-1252 table agrees with Qt's codec", "[import][csv]")
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(char(b));
    QStringDecoder system("windows-1252");
    if (!system.isValid()) {
        WARN("this Qt has no windows-1252 codec to compare with");
        return;
    }
    CHECK(CsvReader::decodeWindows1252(all) == system.decode(all));
}

TEST_CASE("CSV delimiter is detected from consistent counts outside quotes", "[import][csv]")
{
    SECTION("semicolons with commas inside values")
    {
        CHECK(CsvReader::detectDelimiter(u"NIP;Nama;TTL\n1;Aminah, S.Pd.;Wanggar, 12 Maret 1985\n"
                                         u"2;Budi;Lembah Sari, 1 Mei 1990\n") == u';');
    }
    SECTION("commas with semicolons inside quotes")
    {
        CHECK(CsvReader::detectDelimiter(u"NIP,Nama,Ket\n1,\"a;b;c\",x\n2,\"d;e\",y\n") == u',');
    }
    SECTION("tabs")
    {
        CHECK(CsvReader::detectDelimiter(u"NIP\tNama\tUnit, OPD\n1\tA\tB, C\n") == u'\t');
    }
    SECTION("a quoted line break does not end the sample line")
    {
        CHECK(CsvReader::detectDelimiter(u"a;b\n\"x,\ny,z\";1\n") == u';');
    }
    SECTION("a single column falls back to comma")
    {
        CHECK(CsvReader::detectDelimiter(u"Nama\nAminah\n") == u',');
    }
    SECTION("an explicit delimiter overrides detection")
    {
        CsvReader reader;
        reader.setDelimiter(u';');
        CHECK(readCells("a,b;c\n", &reader) == QList<QStringList>{row({u"a,b", u"c"})});
    }
}

TEST_CASE("CSV ragged rows are kept as they are", "[import][csv]")
{
    const auto rows = readCells("a,b,c\n1,2\n1,2,3,4\n\n");
    REQUIRE(rows.size() == 4);
    CHECK(rows[1].size() == 2);
    CHECK(rows[2].size() == 4);
    CHECK(rows[3] == row({u""}));
}

TEST_CASE("An empty CSV file gives an empty table, not an error", "[import][csv]")
{
    CsvReader reader;
    CHECK(reader.read(QByteArray()).isEmpty());
    CHECK_FALSE(reader.error());
    CHECK(reader.read("\xef\xbb\xbf").isEmpty());
    CHECK(reader.read("\n\n").header().isEmpty());
}

TEST_CASE("CSV with a huge field of 1 MB", "[import][csv]")
{
    const QByteArray huge(1024 * 1024, 'x');
    const QByteArray csv = "a,b\n\"" + huge + "\",2\n" + huge + ",3\n";
    const auto rows = readCells(csv);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1][0].size() == huge.size());
    CHECK(rows[1][1] == u"2");
    CHECK(rows[2][0].size() == huge.size());
}

TEST_CASE("An unterminated quote is reported with its line", "[import][csv]")
{
    CsvReader reader;
    const ImportTable table = reader.read("a,b\n1,2\n3,\"open\nstill open\n");
    CHECK(table.isEmpty());
    REQUIRE(reader.error());
    CHECK(reader.error().line == 3);
    CHECK(reader.error().message.contains(u"Line 3"));
}

TEST_CASE("A quote in the middle of a value is taken literally", "[import][csv]")
{
    CHECK(readCells("a,b\n12\" inch,\"x\"y\n") ==
          QList<QStringList>{row({u"a", u"b"}), row({u"12\" inch", u"xy"})});
}

TEST_CASE("A file that cannot be opened is an error naming it", "[import][csv]")
{
    CsvReader reader;
    reader.readFile(QStringLiteral("/nonexistent/pegawai.csv"));
    REQUIRE(reader.error());
    CHECK(reader.error().message.contains(u"pegawai.csv"));
}

TEST_CASE("100,000 CSV rows are read quickly", "[import][csv]")
{
    QByteArray csv = "NIP;Nama;Gol;Unit\n";
    for (int i = 0; i < 100000; ++i)
        csv += "198503122010011003;\"Pegawai " + QByteArray::number(i) +
               ", S.Pd.\";III/a;SMA Negeri 3\n";
    QElapsedTimer timer;
    timer.start();
    CsvReader reader;
    const ImportTable table = reader.read(csv);
    const qint64 ms = timer.elapsed();
    CHECK(table.dataRowCount() == 100000);
    CHECK(table.dataRow(99999).cells.at(1) == u"Pegawai 99999, S.Pd.");
    WARN("read 100,000 rows in " << ms << " ms");
    CHECK(ms < 5000); // generous: a debug build on a shared machine
}
