#include "JabatanType.h"

#include "CodeTable.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Simutasi {

namespace {

// Rank of golongan group/ruang, e.g. gol(3, 'b') for III/b, to keep the table below readable.
constexpr int gol(int group, char ruang)
{
    return (group - 1) * 4 + (ruang - 'a') + 1;
}

// Everything DOMAIN.md says about a jabatan type. Rows are in enum order (checked below).
struct JabatanTypeInfo
{
    JabatanType type;
    JabatanCategory category;
    QLatin1StringView code;
    QLatin1StringView displayName; // Indonesian domain term: never translated
    int minRank;
    int maxRank;
    int bup;
};

using enum JabatanType;
using enum JabatanCategory;

// Keterampilan ranges are uncertain in the source (DOMAIN.md): Pemula is given as II/a only and
// taken here as II/a-II/b, the ruang a newly appointed Pemula is promoted to. All editable.
constexpr std::array<JabatanTypeInfo, 14> JabatanTypeTable{{
    {JptUtama, Jpt, "jpt_utama"_L1, "JPT Utama"_L1, gol(4, 'd'), gol(4, 'e'), 60},
    {JptMadya, Jpt, "jpt_madya"_L1, "JPT Madya"_L1, gol(4, 'c'), gol(4, 'e'), 60},
    {JptPratama, Jpt, "jpt_pratama"_L1, "JPT Pratama"_L1, gol(4, 'b'), gol(4, 'd'), 60},
    {Administrator, Administrasi, "administrator"_L1, "Administrator"_L1, gol(3, 'd'), gol(4, 'b'),
     58},
    {Pengawas, Administrasi, "pengawas"_L1, "Pengawas"_L1, gol(3, 'b'), gol(3, 'd'), 58},
    {Pelaksana, Administrasi, "pelaksana"_L1, "Pelaksana"_L1, gol(1, 'a'), gol(3, 'd'), 58},
    {AhliUtama, FungsionalKeahlian, "ahli_utama"_L1, "Fungsional Ahli Utama"_L1, gol(4, 'd'),
     gol(4, 'e'), 65},
    {AhliMadya, FungsionalKeahlian, "ahli_madya"_L1, "Fungsional Ahli Madya"_L1, gol(4, 'a'),
     gol(4, 'c'), 60},
    {AhliMuda, FungsionalKeahlian, "ahli_muda"_L1, "Fungsional Ahli Muda"_L1, gol(3, 'c'),
     gol(3, 'd'), 58},
    {AhliPertama, FungsionalKeahlian, "ahli_pertama"_L1, "Fungsional Ahli Pertama"_L1, gol(3, 'a'),
     gol(3, 'b'), 58},
    {Penyelia, FungsionalKeterampilan, "penyelia"_L1, "Fungsional Penyelia"_L1, gol(3, 'b'),
     gol(3, 'd'), 58},
    {Mahir, FungsionalKeterampilan, "mahir"_L1, "Fungsional Mahir"_L1, gol(3, 'a'), gol(3, 'b'),
     58},
    {Terampil, FungsionalKeterampilan, "terampil"_L1, "Fungsional Terampil"_L1, gol(2, 'c'),
     gol(2, 'd'), 58},
    {Pemula, FungsionalKeterampilan, "pemula"_L1, "Fungsional Pemula"_L1, gol(2, 'a'), gol(2, 'b'),
     58},
}};

constexpr bool isInEnumOrder()
{
    for (std::size_t i = 0; i < JabatanTypeTable.size(); ++i) {
        if (static_cast<std::size_t>(JabatanTypeTable[i].type) != i)
            return false;
    }
    return true;
}
static_assert(isInEnumOrder(), "JabatanTypeTable must list the types in enum order");

const JabatanTypeInfo &info(JabatanType type)
{
    return JabatanTypeTable[static_cast<std::size_t>(type)];
}

constexpr std::array<Detail::CodeEntry<JabatanCategory>, 4> CategoryNames{{
    {Jpt, "Jabatan Pimpinan Tinggi"_L1},
    {Administrasi, "Administrasi"_L1},
    {FungsionalKeahlian, "Fungsional Keahlian"_L1},
    {FungsionalKeterampilan, "Fungsional Keterampilan"_L1},
}};

using enum EducationLevel;

constexpr std::array<Detail::CodeEntry<EducationLevel>, 10> EducationCodes{{
    {SD, "SD"_L1},
    {SMP, "SMP"_L1},
    {SMA, "SMA"_L1},
    {D1, "D1"_L1},
    {D2, "D2"_L1},
    {D3, "D3"_L1},
    {D4, "D4"_L1},
    {S1, "S1"_L1},
    {S2, "S2"_L1},
    {S3, "S3"_L1},
}};

// Other spellings found in personnel records, written as normalizeEducation() leaves them
// (upper case, letters and digits only). Old vocational schools (STM, SMEA, SPG, SPK) are SLTA.
constexpr std::array<Detail::CodeEntry<EducationLevel>, 37> EducationAliases{{
    {SD, "SEKOLAHDASAR"_L1},
    {SD, "MI"_L1},
    {SMP, "SLTP"_L1},
    {SMP, "MTS"_L1},
    {SMP, "SEKOLAHMENENGAHPERTAMA"_L1},
    {SMA, "SLTA"_L1},
    {SMA, "SMK"_L1},
    {SMA, "SMU"_L1},
    {SMA, "MA"_L1},
    {SMA, "MAK"_L1},
    {SMA, "STM"_L1},
    {SMA, "SMEA"_L1},
    {SMA, "SPG"_L1},
    {SMA, "SPK"_L1},
    {SMA, "SEKOLAHMENENGAHATAS"_L1},
    {D1, "DI"_L1},
    {D1, "DIPLOMAI"_L1},
    {D1, "DIPLOMA1"_L1},
    {D2, "DII"_L1},
    {D2, "DIPLOMAII"_L1},
    {D2, "DIPLOMA2"_L1},
    {D3, "DIII"_L1},
    {D3, "DIPLOMAIII"_L1},
    {D3, "DIPLOMA3"_L1},
    {D4, "DIV"_L1},
    {D4, "DIPLOMAIV"_L1},
    {D4, "DIPLOMA4"_L1},
    {S1, "SARJANA"_L1},
    {S1, "STRATA1"_L1},
    {S1, "STRATAI"_L1},
    {S2, "MAGISTER"_L1},
    {S2, "MASTER"_L1},
    {S2, "STRATA2"_L1},
    {S2, "STRATAII"_L1},
    {S3, "DOKTOR"_L1},
    {S3, "STRATA3"_L1},
    {S3, "STRATAIII"_L1},
}};

// "D-III", "D III", "Diploma III" and "DIII" all become "DIII".
QString normalizeEducation(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            result.append(c.toUpper());
    }
    return result;
}

} // namespace

QString GolonganRange::toString() const
{
    if (!min.isValid() || !max.isValid())
        return {};
    if (min == max)
        return min.toString();
    return min.toString() + u" - "_s + max.toString();
}

namespace JabatanTypes {

QList<JabatanType> all()
{
    QList<JabatanType> result;
    result.reserve(JabatanTypeTable.size());
    for (const JabatanTypeInfo &row : JabatanTypeTable)
        result.append(row.type);
    return result;
}

JabatanCategory category(JabatanType type)
{
    return info(type).category;
}

QString code(JabatanType type)
{
    return QString(info(type).code);
}

std::optional<JabatanType> fromCode(const QString &code)
{
    const QString wanted = code.trimmed();
    const auto it = std::find_if(JabatanTypeTable.begin(), JabatanTypeTable.end(),
                                 [&](const JabatanTypeInfo &row) {
                                     return wanted.compare(row.code, Qt::CaseInsensitive) == 0;
                                 });
    if (it == JabatanTypeTable.end())
        return std::nullopt;
    return it->type;
}

QString displayName(JabatanType type)
{
    return QString(info(type).displayName);
}

QString categoryName(JabatanCategory category)
{
    return Detail::codeOf(CategoryNames, category);
}

GolonganRange defaultGolonganRange(JabatanType type)
{
    const JabatanTypeInfo &row = info(type);
    return {Golongan::fromRank(row.minRank).value(), Golongan::fromRank(row.maxRank).value()};
}

int defaultBup(JabatanType type)
{
    return info(type).bup;
}

} // namespace JabatanTypes

QDate pensiunDate(const QDate &birthDate, int bupYears)
{
    if (!birthDate.isValid() || bupYears <= 0)
        return {};
    // addYears() moves 29 February to 28 February in common years: the month, all that counts
    // here, stays the same.
    const QDate bupBirthday = birthDate.addYears(bupYears);
    return QDate(bupBirthday.year(), bupBirthday.month(), 1).addMonths(1);
}

namespace EducationLevels {

QList<EducationLevel> all()
{
    QList<EducationLevel> result;
    result.reserve(EducationCodes.size());
    for (const auto &entry : EducationCodes)
        result.append(entry.value);
    return result;
}

QString code(EducationLevel level)
{
    return Detail::codeOf(EducationCodes, level);
}

EducationLevel fromText(const QString &text)
{
    const QString key = normalizeEducation(text);
    if (const auto level = Detail::valueOf<EducationLevel>(EducationCodes, key))
        return *level;
    return Detail::valueOf<EducationLevel>(EducationAliases, key).value_or(Unknown);
}

} // namespace EducationLevels

} // namespace Simutasi
