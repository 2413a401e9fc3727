#include "DomainTestSupport.h"
#include "domain/Jabatan.h"
#include "domain/JabatanType.h"

#include <algorithm>

using namespace Simutasi;
using namespace Qt::StringLiterals;

namespace {

Golongan gol(const QString &text)
{
    return Golongan::parse(text).value();
}

// Everything DOMAIN.md says about one jabatan type, written out independently of the table in
// JabatanType.cpp so that a slip in either shows up here.
struct Expected
{
    JabatanType type;
    QString code;
    QString displayName;
    JabatanCategory category;
    QString minGolongan;
    QString maxGolongan;
    int bup;
};

const QList<Expected> ExpectedTypes{
    {JabatanType::JptUtama, u"jpt_utama"_s, u"JPT Utama"_s, JabatanCategory::Jpt, u"IV/d"_s,
     u"IV/e"_s, 60},
    {JabatanType::JptMadya, u"jpt_madya"_s, u"JPT Madya"_s, JabatanCategory::Jpt, u"IV/c"_s,
     u"IV/e"_s, 60},
    {JabatanType::JptPratama, u"jpt_pratama"_s, u"JPT Pratama"_s, JabatanCategory::Jpt, u"IV/b"_s,
     u"IV/d"_s, 60},
    {JabatanType::Administrator, u"administrator"_s, u"Administrator"_s,
     JabatanCategory::Administrasi, u"III/d"_s, u"IV/b"_s, 58},
    {JabatanType::Pengawas, u"pengawas"_s, u"Pengawas"_s, JabatanCategory::Administrasi, u"III/b"_s,
     u"III/d"_s, 58},
    {JabatanType::Pelaksana, u"pelaksana"_s, u"Pelaksana"_s, JabatanCategory::Administrasi,
     u"I/a"_s, u"III/d"_s, 58},
    {JabatanType::AhliUtama, u"ahli_utama"_s, u"Fungsional Ahli Utama"_s,
     JabatanCategory::FungsionalKeahlian, u"IV/d"_s, u"IV/e"_s, 65},
    {JabatanType::AhliMadya, u"ahli_madya"_s, u"Fungsional Ahli Madya"_s,
     JabatanCategory::FungsionalKeahlian, u"IV/a"_s, u"IV/c"_s, 60},
    {JabatanType::AhliMuda, u"ahli_muda"_s, u"Fungsional Ahli Muda"_s,
     JabatanCategory::FungsionalKeahlian, u"III/c"_s, u"III/d"_s, 58},
    {JabatanType::AhliPertama, u"ahli_pertama"_s, u"Fungsional Ahli Pertama"_s,
     JabatanCategory::FungsionalKeahlian, u"III/a"_s, u"III/b"_s, 58},
    {JabatanType::Penyelia, u"penyelia"_s, u"Fungsional Penyelia"_s,
     JabatanCategory::FungsionalKeterampilan, u"III/b"_s, u"III/d"_s, 58},
    {JabatanType::Mahir, u"mahir"_s, u"Fungsional Mahir"_s, JabatanCategory::FungsionalKeterampilan,
     u"III/a"_s, u"III/b"_s, 58},
    {JabatanType::Terampil, u"terampil"_s, u"Fungsional Terampil"_s,
     JabatanCategory::FungsionalKeterampilan, u"II/c"_s, u"II/d"_s, 58},
    {JabatanType::Pemula, u"pemula"_s, u"Fungsional Pemula"_s,
     JabatanCategory::FungsionalKeterampilan, u"II/a"_s, u"II/b"_s, 58},
};

} // namespace

TEST_CASE("JabatanTypes: code, name, category, golongan range and BUP of each type", "[jabatan]")
{
    const Expected e = GENERATE(from_range(ExpectedTypes));
    CAPTURE(e.code);
    CHECK(JabatanTypes::code(e.type) == e.code);
    CHECK(JabatanTypes::fromCode(e.code) == e.type);
    CHECK(JabatanTypes::displayName(e.type) == e.displayName);
    CHECK(JabatanTypes::category(e.type) == e.category);
    const GolonganRange range = JabatanTypes::defaultGolonganRange(e.type);
    CHECK(range.min == gol(e.minGolongan));
    CHECK(range.max == gol(e.maxGolongan));
    CHECK(range.min <= range.max);
    CHECK(JabatanTypes::defaultBup(e.type) == e.bup);
}

TEST_CASE("JabatanTypes: all() lists every type once, in enum order", "[jabatan]")
{
    const QList<JabatanType> all = JabatanTypes::all();
    REQUIRE(all.size() == ExpectedTypes.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        CHECK(all.at(i) == ExpectedTypes.at(i).type);

    QStringList codes;
    QStringList names;
    for (const JabatanType type : all) {
        codes.append(JabatanTypes::code(type));
        names.append(JabatanTypes::displayName(type));
    }
    codes.removeDuplicates();
    names.removeDuplicates();
    CHECK(codes.size() == all.size());
    CHECK(names.size() == all.size());
}

TEST_CASE("JabatanTypes: fromCode", "[jabatan]")
{
    CHECK(JabatanTypes::fromCode(u" AHLI_MUDA "_s) == JabatanType::AhliMuda);
    CHECK(JabatanTypes::fromCode(u"Pelaksana"_s) == JabatanType::Pelaksana);
    const QString unknown = GENERATE(u""_s, u"ahli"_s, u"ahli muda"_s, u"Ahli Muda"_s,
                                     u"eselon_ii"_s, u"jpt"_s, u"JPT Utama"_s);
    CAPTURE(unknown);
    CHECK_FALSE(JabatanTypes::fromCode(unknown).has_value());
}

TEST_CASE("JabatanTypes: category names", "[jabatan]")
{
    CHECK(JabatanTypes::categoryName(JabatanCategory::Jpt) == u"Jabatan Pimpinan Tinggi"_s);
    CHECK(JabatanTypes::categoryName(JabatanCategory::Administrasi) == u"Administrasi"_s);
    CHECK(JabatanTypes::categoryName(JabatanCategory::FungsionalKeahlian) ==
          u"Fungsional Keahlian"_s);
    CHECK(JabatanTypes::categoryName(JabatanCategory::FungsionalKeterampilan) ==
          u"Fungsional Keterampilan"_s);
}

TEST_CASE("JabatanTypes: BUP by category as DOMAIN.md states it", "[jabatan][bup]")
{
    for (const JabatanType type : JabatanTypes::all()) {
        CAPTURE(JabatanTypes::code(type));
        const JabatanCategory category = JabatanTypes::category(type);
        const int bup = JabatanTypes::defaultBup(type);
        if (category == JabatanCategory::Jpt || type == JabatanType::AhliMadya)
            CHECK(bup == 60);
        else if (type == JabatanType::AhliUtama)
            CHECK(bup == 65);
        else
            CHECK(bup == 58);
    }
}

TEST_CASE("GolonganRange: contains its bounds and nothing outside", "[jabatan]")
{
    const GolonganRange range{gol(u"III/b"_s), gol(u"III/d"_s)};
    CHECK_FALSE(range.contains(gol(u"III/a"_s)));
    CHECK(range.contains(gol(u"III/b"_s)));
    CHECK(range.contains(gol(u"III/c"_s)));
    CHECK(range.contains(gol(u"III/d"_s)));
    CHECK_FALSE(range.contains(gol(u"IV/a"_s)));
    CHECK_FALSE(range.contains(Golongan()));
}

TEST_CASE("GolonganRange: toString", "[jabatan]")
{
    CHECK(GolonganRange{gol(u"III/b"_s), gol(u"III/d"_s)}.toString() == u"III/b - III/d"_s);
    CHECK(JabatanTypes::defaultGolonganRange(JabatanType::Pelaksana).toString() ==
          u"I/a - III/d"_s);
    CHECK(GolonganRange{gol(u"II/a"_s), gol(u"II/a"_s)}.toString() == u"II/a"_s);
    CHECK(GolonganRange{}.toString().isEmpty());
    CHECK(GolonganRange{Golongan(), gol(u"II/a"_s)}.toString().isEmpty());
}

TEST_CASE("Jabatan: a new jabatan is a Pelaksana with its default range", "[jabatan]")
{
    const Jabatan jabatan;
    CHECK(jabatan.type == JabatanType::Pelaksana);
    CHECK(jabatan.golonganRange.min == gol(u"I/a"_s));
    CHECK(jabatan.golonganRange.max == gol(u"III/d"_s));
    CHECK(jabatan.minEducation == EducationLevel::Unknown);
    CHECK(jabatan.educationFields.isEmpty());
}

TEST_CASE("pensiunDate: the first day of the month after the BUP birthday", "[bup]")
{
    struct Case
    {
        QDate birth;
        int bup;
        QDate pensiun;
    };
    const Case c = GENERATE(values<Case>({
        {QDate(1968, 3, 12), 58, QDate(2026, 4, 1)},
        {QDate(1968, 3, 1), 58, QDate(2026, 4, 1)}, // born on the 1st: still the month after
        {QDate(1968, 3, 31), 58, QDate(2026, 4, 1)},
        {QDate(1968, 12, 31), 58, QDate(2027, 1, 1)}, // across the year end
        {QDate(1968, 12, 1), 60, QDate(2029, 1, 1)},
        {QDate(1968, 1, 1), 65, QDate(2033, 2, 1)},
        {QDate(1968, 2, 29), 58, QDate(2026, 3, 1)}, // BUP birthday falls in a common year
        {QDate(1972, 2, 29), 60, QDate(2032, 3, 1)}, // ... and in a leap year
        {QDate(1966, 11, 30), 60, QDate(2026, 12, 1)},
    }));
    CAPTURE(c.birth, c.bup);
    CHECK(pensiunDate(c.birth, c.bup) == c.pensiun);
}

TEST_CASE("pensiunDate: no date without a birth date or a BUP", "[bup]")
{
    CHECK(pensiunDate(QDate(), 58).isNull());
    CHECK(pensiunDate(QDate(1968, 3, 12), 0).isNull());
    CHECK(pensiunDate(QDate(1968, 3, 12), -5).isNull());
}

TEST_CASE("pensiunDate with each type's default BUP", "[bup]")
{
    const QDate birth(1970, 6, 15);
    CHECK(pensiunDate(birth, JabatanTypes::defaultBup(JabatanType::Pelaksana)) ==
          QDate(2028, 7, 1));
    CHECK(pensiunDate(birth, JabatanTypes::defaultBup(JabatanType::JptPratama)) ==
          QDate(2030, 7, 1));
    CHECK(pensiunDate(birth, JabatanTypes::defaultBup(JabatanType::AhliUtama)) ==
          QDate(2035, 7, 1));
}

TEST_CASE("EducationLevels: codes round-trip and are ordered", "[education]")
{
    const QList<EducationLevel> all = EducationLevels::all();
    QStringList codes;
    for (const EducationLevel level : all) {
        codes.append(EducationLevels::code(level));
        CHECK(EducationLevels::fromText(EducationLevels::code(level)) == level);
    }
    CHECK(codes == QStringList{u"SD"_s, u"SMP"_s, u"SMA"_s, u"D1"_s, u"D2"_s, u"D3"_s, u"D4"_s,
                               u"S1"_s, u"S2"_s, u"S3"_s});
    CHECK(std::is_sorted(all.begin(), all.end()));
    CHECK_FALSE(all.contains(EducationLevel::Unknown));
    CHECK(EducationLevels::code(EducationLevel::Unknown).isEmpty());
    CHECK(EducationLevel::S1 > EducationLevel::D3);
    CHECK(EducationLevel::D4 < EducationLevel::S1);
}

TEST_CASE("EducationLevels: spellings found in personnel records", "[education]")
{
    struct Case
    {
        QString text;
        EducationLevel level;
    };
    using enum EducationLevel;
    const Case c = GENERATE(values<Case>({
        {u"SD"_s, SD},          {u"Sekolah Dasar"_s, SD},
        {u"SLTP"_s, SMP},       {u"SMP"_s, SMP},
        {u"MTs"_s, SMP},        {u"SLTA"_s, SMA},
        {u"SMA"_s, SMA},        {u"SMK"_s, SMA},
        {u"SMU"_s, SMA},        {u"MA"_s, SMA},
        {u"sma"_s, SMA},        {u" SLTA "_s, SMA},
        {u"D-I"_s, D1},         {u"D1"_s, D1},
        {u"D-II"_s, D2},        {u"D-III"_s, D3},
        {u"DIII"_s, D3},        {u"D III"_s, D3},
        {u"Diploma III"_s, D3}, {u"D3"_s, D3},
        {u"d-iii"_s, D3},       {u"D-IV"_s, D4},
        {u"DIV"_s, D4},         {u"D4"_s, D4},
        {u"S-1"_s, S1},         {u"S1"_s, S1},
        {u"Sarjana"_s, S1},     {u"Strata 1"_s, S1},
        {u"s1"_s, S1},          {u"S-2"_s, S2},
        {u"S2"_s, S2},          {u"Magister"_s, S2},
        {u"Master"_s, S2},      {u"S-3"_s, S3},
        {u"S3"_s, S3},          {u"Doktor"_s, S3},
        {u"S.1"_s, S1},
    }));
    CAPTURE(c.text);
    CHECK(EducationLevels::fromText(c.text) == c.level);
}

TEST_CASE("EducationLevels: unknown text", "[education]")
{
    const QString text = GENERATE(u""_s, u"   "_s, u"TK"_s, u"D5"_s, u"S4"_s, u"Sarjana Muda"_s,
                                  u"Profesi"_s, u"Dokter"_s, u"xyz"_s, u"-"_s);
    CAPTURE(text);
    CHECK(EducationLevels::fromText(text) == EducationLevel::Unknown);
}
