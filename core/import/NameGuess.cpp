#include "NameGuess.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Simutasi::NameGuess {

namespace {

template<typename T>
struct Rule
{
    QLatin1StringView words; // lower case, matched as whole words anywhere in the name
    T value;
};

// Checked in order: the more specific rule first ("kepala sub bagian" before "kepala bagian",
// "sekretaris daerah" before "sekretaris").
constexpr std::array<Rule<JabatanType>, 32> JabatanRules{{
    {"ahli utama"_L1, JabatanType::AhliUtama},
    {"ahli madya"_L1, JabatanType::AhliMadya},
    {"ahli muda"_L1, JabatanType::AhliMuda},
    {"ahli pertama"_L1, JabatanType::AhliPertama},
    {"penyelia"_L1, JabatanType::Penyelia},
    {"mahir"_L1, JabatanType::Mahir},
    {"terampil"_L1, JabatanType::Terampil},
    {"pemula"_L1, JabatanType::Pemula},
    {"sekretaris daerah"_L1, JabatanType::JptMadya},
    {"kepala seksi"_L1, JabatanType::Pengawas},
    {"kepala subbagian"_L1, JabatanType::Pengawas},
    {"kepala sub bagian"_L1, JabatanType::Pengawas},
    {"kepala subbidang"_L1, JabatanType::Pengawas},
    {"kepala sub bidang"_L1, JabatanType::Pengawas},
    {"kasubbag"_L1, JabatanType::Pengawas},
    {"kasubag"_L1, JabatanType::Pengawas},
    {"kasi"_L1, JabatanType::Pengawas},
    {"lurah"_L1, JabatanType::Pengawas},
    {"kepala dinas"_L1, JabatanType::JptPratama},
    {"kepala badan"_L1, JabatanType::JptPratama},
    {"kepala biro"_L1, JabatanType::JptPratama},
    {"kepala satuan"_L1, JabatanType::JptPratama},
    {"inspektur"_L1, JabatanType::JptPratama},
    {"asisten"_L1, JabatanType::JptPratama},
    {"staf ahli"_L1, JabatanType::JptPratama},
    {"direktur"_L1, JabatanType::JptPratama},
    {"kepala bidang"_L1, JabatanType::Administrator},
    {"kepala bagian"_L1, JabatanType::Administrator},
    {"sekretaris"_L1, JabatanType::Administrator},
    {"camat"_L1, JabatanType::Administrator},
    {"kabid"_L1, JabatanType::Administrator},
    {"kabag"_L1, JabatanType::Administrator},
}};

constexpr std::array<Rule<OrgUnit::Kind>, 17> UnitRules{{
    {"sekretariat"_L1, OrgUnit::Kind::Sekretariat},
    {"bidang"_L1, OrgUnit::Kind::Bidang},
    {"seksi"_L1, OrgUnit::Kind::Seksi},
    {"subbagian"_L1, OrgUnit::Kind::Seksi},
    {"sub bagian"_L1, OrgUnit::Kind::Seksi},
    {"upt"_L1, OrgUnit::Kind::Upt},
    {"uptd"_L1, OrgUnit::Kind::Upt},
    {"sd"_L1, OrgUnit::Kind::Sekolah},
    {"smp"_L1, OrgUnit::Kind::Sekolah},
    {"sma"_L1, OrgUnit::Kind::Sekolah},
    {"smk"_L1, OrgUnit::Kind::Sekolah},
    {"slb"_L1, OrgUnit::Kind::Sekolah},
    {"sekolah"_L1, OrgUnit::Kind::Sekolah},
    {"puskesmas"_L1, OrgUnit::Kind::Puskesmas},
    {"rumah sakit"_L1, OrgUnit::Kind::Rumahsakit},
    {"rsud"_L1, OrgUnit::Kind::Rumahsakit},
    {"rsu"_L1, OrgUnit::Kind::Rumahsakit},
}};

// " kepala seksi kurikulum ": lower case, punctuation as spaces, padded so that every word,
// the first and the last included, has a space on both sides.
QString wordsOf(const QString &text)
{
    QString result = text.toLower();
    for (QChar &c : result) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    return u' ' + result.simplified() + u' ';
}

template<typename T, std::size_t N>
std::optional<T> firstMatch(const std::array<Rule<T>, N> &rules, const QString &name)
{
    const QString words = wordsOf(name);
    for (const Rule<T> &rule : rules) {
        if (words.contains(u' ' + QString(rule.words) + u' '))
            return rule.value;
    }
    return std::nullopt;
}

} // namespace

JabatanType jabatanType(const QString &jabatanName)
{
    return firstMatch(JabatanRules, jabatanName).value_or(JabatanType::Pelaksana);
}

std::optional<JabatanType> parseJabatanType(const QString &text)
{
    const QString words = wordsOf(text).simplified();
    if (words.isEmpty())
        return std::nullopt;
    for (const JabatanType type : JabatanTypes::all()) {
        const QString name = wordsOf(JabatanTypes::displayName(type)).simplified();
        if (words == wordsOf(JabatanTypes::code(type)).simplified() || words == name ||
            u"fungsional "_s + words == name)
            return type;
    }
    return std::nullopt;
}

OrgUnit::Kind unitKind(const QString &unitName, bool insideOpd)
{
    if (const auto kind = firstMatch(UnitRules, unitName))
        return *kind;
    return insideOpd ? OrgUnit::Kind::Bidang : OrgUnit::Kind::Opd;
}

std::optional<OrgUnit::Kind> parseUnitKind(const QString &text)
{
    const QString words = wordsOf(text).simplified();
    if (words.isEmpty())
        return std::nullopt;
    if (const auto kind = orgUnitKindFromCode(words.simplified().remove(u' ')))
        return kind;
    if (words == u"provinsi"_s)
        return OrgUnit::Kind::Province;
    if (words == u"perangkat daerah"_s || words == u"dinas"_s || words == u"badan"_s)
        return OrgUnit::Kind::Opd;
    if (words == u"rumah sakit"_s)
        return OrgUnit::Kind::Rumahsakit;
    return firstMatch(UnitRules, text);
}

} // namespace Simutasi::NameGuess
