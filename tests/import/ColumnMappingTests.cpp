// ColumnMapping: header detection over real-looking header sets, header-row guessing, JSON.
#include "ImportTestSupport.h"
#include "import/EmployeeImporter.h"
#include "import/FormasiImporter.h"
#include "import/SkpImporter.h"

#include <QJsonDocument>

using namespace Simutasi;
using namespace Qt::StringLiterals;

namespace {

QStringList split(const char16_t *text, QChar delimiter = u';')
{
    return QString::fromUtf16(text).split(delimiter);
}

// field key -> header text it was mapped to, for readable comparisons.
QMap<QString, QString> mappedHeaders(const ColumnMapping &mapping, const QStringList &header)
{
    QMap<QString, QString> result;
    for (const QString &field : mapping.mappedFields())
        result.insert(field, header.at(mapping.column(field)));
    return result;
}

} // namespace

TEST_CASE("Header names are compared without case, spaces and punctuation", "[import][mapping]")
{
    CHECK(ColumnMapping::normalizeHeader(QStringLiteral("Tgl. Lahir")) == u"tgllahir");
    CHECK(ColumnMapping::normalizeHeader(QStringLiteral("TGL_LAHIR")) == u"tgllahir");
    CHECK(ColumnMapping::normalizeHeader(QStringLiteral(" Gol / Ruang ")) == u"golruang");
}

TEST_CASE("Employee columns of a colleague's spreadsheet", "[import][mapping]")
{
    const QStringList header =
        split(u"No;NIP;Nama;Gelar Depan;Gelar Belakang;Tempat Lahir;Tgl. Lahir;L/P;Gol/Ruang;"
              u"TMT Gol;Jabatan;Unit Kerja;OPD;TMT Jabatan;Pendidikan Terakhir;Jurusan;E-mail;"
              u"No. HP;Keterangan");
    const ColumnMapping mapping = ColumnMapping::detect(EmployeeImporter().fields(), header);
    const QMap<QString, QString> expected{
        {u"nip"_s, u"NIP"_s},
        {u"name"_s, u"Nama"_s},
        {u"front_title"_s, u"Gelar Depan"_s},
        {u"back_title"_s, u"Gelar Belakang"_s},
        {u"birth_place"_s, u"Tempat Lahir"_s},
        {u"birth_date"_s, u"Tgl. Lahir"_s},
        {u"gender"_s, u"L/P"_s},
        {u"golongan"_s, u"Gol/Ruang"_s},
        {u"tmt_golongan"_s, u"TMT Gol"_s},
        {u"jabatan"_s, u"Jabatan"_s},
        {u"unit"_s, u"Unit Kerja"_s},
        {u"opd"_s, u"OPD"_s},
        {u"tmt_jabatan"_s, u"TMT Jabatan"_s},
        {u"education_level"_s, u"Pendidikan Terakhir"_s},
        {u"education_field"_s, u"Jurusan"_s},
        {u"email"_s, u"E-mail"_s},
        {u"phone"_s, u"No. HP"_s},
    };
    CHECK(mappedHeaders(mapping, header) == expected);
}

TEST_CASE("Employee columns of a SIASN export", "[import][mapping]")
{
    const QStringList header =
        split(u"PNS_ID,NIP_BARU,NIP_LAMA,NAMA,GELAR_DEPAN,GELAR_BELAKANG,TEMPAT_LAHIR_NAMA,"
              u"TANGGAL_LAHIR,JENIS_KELAMIN,STATUS_CPNS_PNS,GOL_AKHIR_NAMA,TMT_GOLONGAN,"
              u"JENIS_JABATAN_NAMA,JABATAN_NAMA,TMT_JABATAN,TINGKAT_PENDIDIKAN_NAMA,"
              u"PENDIDIKAN_NAMA,UNOR_NAMA,EMAIL,NOMOR_HP",
              u',');
    const ColumnMapping mapping = ColumnMapping::detect(EmployeeImporter().fields(), header);
    const QMap<QString, QString> headers = mappedHeaders(mapping, header);
    CHECK(headers.value(u"nip"_s) == u"NIP_BARU"); // never NIP_LAMA, the old 9-digit id
    CHECK(headers.value(u"name"_s) == u"NAMA");
    CHECK(headers.value(u"birth_place"_s) == u"TEMPAT_LAHIR_NAMA");
    CHECK(headers.value(u"birth_date"_s) == u"TANGGAL_LAHIR");
    CHECK(headers.value(u"gender"_s) == u"JENIS_KELAMIN");
    CHECK(headers.value(u"status"_s) == u"STATUS_CPNS_PNS");
    CHECK(headers.value(u"golongan"_s) == u"GOL_AKHIR_NAMA");
    CHECK(headers.value(u"tmt_golongan"_s) == u"TMT_GOLONGAN");
    CHECK(headers.value(u"jabatan_type"_s) == u"JENIS_JABATAN_NAMA");
    CHECK(headers.value(u"jabatan"_s) == u"JABATAN_NAMA");
    CHECK(headers.value(u"education_level"_s) == u"TINGKAT_PENDIDIKAN_NAMA");
    CHECK(headers.value(u"education_field"_s) == u"PENDIDIKAN_NAMA");
    CHECK(headers.value(u"unit"_s) == u"UNOR_NAMA");
    CHECK(headers.value(u"phone"_s) == u"NOMOR_HP");
    CHECK_FALSE(mapping.isMapped(u"opd"_s));
}

TEST_CASE("Employee columns with the combined birth place and date", "[import][mapping]")
{
    const QStringList header =
        split(u"NO;NIP 18;NAMA PEGAWAI;TEMPAT/TANGGAL LAHIR;JK;PANGKAT/GOL;TMT PANGKAT;"
              u"NAMA JABATAN;SATUAN KERJA;PERANGKAT DAERAH;TINGKAT PENDIDIKAN;PROGRAM STUDI;"
              u"TELEPON");
    const QMap<QString, QString> headers =
        mappedHeaders(ColumnMapping::detect(EmployeeImporter().fields(), header), header);
    CHECK(headers.value(u"nip"_s) == u"NIP 18");
    CHECK(headers.value(u"name"_s) == u"NAMA PEGAWAI");
    CHECK(headers.value(u"birth_place_date"_s) == u"TEMPAT/TANGGAL LAHIR");
    CHECK(headers.value(u"gender"_s) == u"JK");
    CHECK(headers.value(u"golongan"_s) == u"PANGKAT/GOL");
    CHECK(headers.value(u"tmt_golongan"_s) == u"TMT PANGKAT");
    CHECK(headers.value(u"jabatan"_s) == u"NAMA JABATAN");
    CHECK(headers.value(u"unit"_s) == u"SATUAN KERJA");
    CHECK(headers.value(u"opd"_s) == u"PERANGKAT DAERAH");
    CHECK(headers.value(u"education_level"_s) == u"TINGKAT PENDIDIKAN");
    CHECK(headers.value(u"education_field"_s) == u"PROGRAM STUDI");
    CHECK(headers.value(u"phone"_s) == u"TELEPON");
}

TEST_CASE("SKP and formasi columns", "[import][mapping]")
{
    QStringList header = split(u"No;NIP;Nama;Tahun;Predikat");
    ColumnMapping mapping = ColumnMapping::detect(SkpImporter().fields(), header);
    CHECK(mapping.column(u"nip"_s) == 1);
    CHECK(mapping.column(u"year"_s) == 3);
    CHECK(mapping.column(u"predicate"_s) == 4);
    CHECK(mapping.missingRequired(SkpImporter().fields()).isEmpty());

    header = split(u"Unit Kerja;OPD;Nama Jabatan;Jenis Jabatan;Kebutuhan");
    mapping = ColumnMapping::detect(FormasiImporter().fields(), header);
    CHECK(mapping.column(u"required"_s) == 4);
    CHECK(mapping.missingRequired(FormasiImporter().fields()).isEmpty());
}

TEST_CASE("A title above the header is skipped", "[import][mapping]")
{
    const ImportTable table =
        Test::tableFromCsv("DAFTAR PEGAWAI DINAS PENDIDIKAN;;\r\nKeadaan 1 Januari 2026;;\r\n;;\r\n"
                           "NIP;Nama;Gol/Ruang\r\n198503122010011003;Aminah;III/a\r\n");
    CHECK(ColumnMapping::guessHeaderIndex(EmployeeImporter().fields(), table) == 3);
}

TEST_CASE("A mapping is saved as JSON by header and applied again", "[import][mapping]")
{
    const QList<ImportField> fields = EmployeeImporter().fields();
    const QStringList header = split(u"NIP;Nama;Catatan;Kolom");
    ColumnMapping mapping = ColumnMapping::detect(fields, header);
    mapping.set(u"email"_s, 3); // the officer fixes it by hand
    const QJsonObject json = mapping.toJson(header);
    CHECK(json.value(u"nip"_s).toString() == u"NIP");
    CHECK(json.value(u"email"_s).toString() == u"Kolom");

    // The same layout with the columns moved: found again by their headers.
    const QStringList moved = split(u"Kolom;Nama;NIP");
    ColumnMapping again;
    QString error;
    REQUIRE(again.apply(json, fields, moved, &error));
    CHECK(again.column(u"nip"_s) == 2);
    CHECK(again.column(u"email"_s) == 0);

    SECTION("numbers and null")
    {
        const QJsonObject numbered =
            QJsonDocument::fromJson(R"({"name": 3, "nip": null})").object();
        REQUIRE(again.apply(numbered, fields, moved, &error));
        CHECK(again.column(u"name"_s) == 2);
        CHECK_FALSE(again.isMapped(u"nip"_s));
    }
    SECTION("errors")
    {
        CHECK_FALSE(again.apply(QJsonDocument::fromJson(R"({"nama": "Nama"})").object(), fields,
                                moved, &error));
        CHECK(error.contains(u"nama"));
        CHECK_FALSE(again.apply(QJsonDocument::fromJson(R"({"nip": "NIP Baru"})").object(), fields,
                                moved, &error));
        CHECK(error.contains(u"NIP Baru"));
        CHECK_FALSE(
            again.apply(QJsonDocument::fromJson(R"({"nip": 9})").object(), fields, moved, &error));
        CHECK(again.column(u"nip"_s) == 2); // unchanged after a failed apply
    }
}
