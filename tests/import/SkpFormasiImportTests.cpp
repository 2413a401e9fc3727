// The other kinds on the same pipeline: SKP ratings per employee and year, formasi per unit
// and jabatan.
#include "ImportTestSupport.h"
#include "storage/EmployeeRepository.h"
#include "storage/OrgRepository.h"

using namespace Simutasi;
using namespace Qt::StringLiterals;

namespace {

QByteArray lines(std::initializer_list<const char16_t *> rows)
{
    QString text;
    for (const char16_t *row : rows)
        text += QString::fromUtf16(row) + u"\r\n"_s;
    return text.toUtf8();
}

void addEmployees(Test::ImportRegistry &r)
{
    const ImportReport report =
        r.run(u"employees"_s,
              lines({u"NIP;Nama", u"198503122010011003;Ahmad", u"199001152015032001;Siti"}));
    REQUIRE(report.inserted == 2);
}

QMap<int, SkpPredicate> ratingsOf(Test::ImportRegistry &r, const QString &nip)
{
    EmployeeRepository employees(*r.db);
    QMap<int, SkpPredicate> result;
    for (const SkpRating &rating : employees.skpRatings(employees.byNip(nip)->id))
        result.insert(rating.year, rating.predicate);
    return result;
}

} // namespace

TEST_CASE("SKP ratings are inserted and updated per employee and year", "[import][skp]")
{
    Test::ImportRegistry r;
    addEmployees(r);
    ImportReport report =
        r.run(u"skp"_s, lines({u"NIP;Nama;Tahun;Predikat", u"198503122010011003;Ahmad;2024;Baik",
                               u"198503122010011003;Ahmad;2025;SANGAT BAIK",
                               u"199001152015032001;Siti;2025;Butuh Perbaikan"}));
    CHECK(report.rejects.isEmpty());
    CHECK(report.inserted == 3);
    CHECK(ratingsOf(r, u"198503122010011003"_s) ==
          QMap<int, SkpPredicate>{{2024, SkpPredicate::Baik}, {2025, SkpPredicate::SangatBaik}});

    report = r.run(u"skp"_s,
                   lines({u"NIP;Tahun;Predikat", u"198503122010011003;2024;Baik",
                          u"198503122010011003;2025;Kurang", u"199001152015032001;2026;Cukup"}));
    CHECK(report.unchanged == 1);
    CHECK(report.updated == 1);
    CHECK(report.inserted == 1);
    CHECK(ratingsOf(r, u"198503122010011003"_s).value(2025) == SkpPredicate::Kurang);
    CHECK(ratingsOf(r, u"199001152015032001"_s).value(2026) == SkpPredicate::ButuhPerbaikan);
}

TEST_CASE("SKP rows with unknown employees, years or predicates are rejected", "[import][skp]")
{
    Test::ImportRegistry r;
    addEmployees(r);
    const ImportReport report = r.preview(
        u"skp"_s, lines({u"NIP;Tahun;Predikat", u"197807202003121002;2024;Baik",
                         u"198503122010011003;dua ribu;Baik", u"198503122010011003;2024;Luar Biasa",
                         u"198503122010011003;2023;Baik", u"198503122010011003;2023.0;Kurang"}));
    CHECK(report.rejectedRows == 4);
    CHECK(report.inserted == 1);
    REQUIRE(report.rejects.size() == 4);
    CHECK(report.rejects[0].reason.contains(u"No employee with this NIP"));
    CHECK(report.rejects[1].column == u"Tahun");
    CHECK(report.rejects[2].reason.contains(u"not an SKP predicate"));
    CHECK(report.rejects[3].reason.contains(u"already in row 5"));
}

TEST_CASE("Formasi is set per unit and jabatan, creating what is missing", "[import][formasi]")
{
    Test::ImportRegistry r;
    const QByteArray csv = lines({u"Unit Kerja;OPD;Jabatan;Jenis Jabatan;Kebutuhan",
                                  u"SMA Negeri 3 Lembah Sari;;Guru Ahli Muda;;12",
                                  u"Sekretariat;Dinas Kesehatan;Pengadministrasi Umum;;3",
                                  u"Puskesmas Wanggar Kota;;Dokter Ahli Pertama;Ahli Pertama;4",
                                  u"Sekretariat;;Pengadministrasi Umum;;2",
                                  u"SMA Negeri 3 Lembah Sari;;Guru Ahli Muda;;-1"});
    ImportReport report = r.preview(u"formasi"_s, csv);
    CHECK(report.inserted == 2);
    CHECK(report.rejectedRows == 3); // new jabatan, ambiguous unit, negative count + duplicate

    Importer::Options options;
    options.createMissing = true;
    report = r.run(u"formasi"_s, csv, options);
    CHECK(report.inserted == 3);
    OrgRepository org(*r.db);
    CHECK(org.formasiRequired(r.sma3.id, r.guru.id) == 12);
    CHECK(org.formasiRequired(r.sekretariatDinkes.id, r.pengadministrasi.id) == 3);
    const QList<Formasi> puskesmas = org.formasi(r.puskesmas.id);
    REQUIRE(puskesmas.size() == 1);
    CHECK(org.jabatan(puskesmas[0].jabatanId)->type == JabatanType::AhliPertama);

    report = r.run(u"formasi"_s, lines({u"Unit Kerja;Jabatan;Kebutuhan",
                                        u"SMA Negeri 3 Lembah Sari;Guru Ahli Muda;15"}));
    CHECK(report.updated == 1);
    CHECK(org.formasiRequired(r.sma3.id, r.guru.id) == 15);
}
