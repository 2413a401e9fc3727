#include "ImportValues.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Simutasi {

namespace {

// Lower case, letters and digits only: "Laki - Laki" -> "lakilaki".
QString compact(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            result.append(c.toLower());
    }
    return result;
}

bool isOneOf(const QString &key, std::initializer_list<QLatin1StringView> words)
{
    return std::any_of(words.begin(), words.end(), [&](QLatin1StringView w) { return key == w; });
}

} // namespace

Gender ImportValues::gender(const QString &text)
{
    const QString key = compact(text);
    if (isOneOf(key, {"l"_L1, "lakilaki"_L1, "laki"_L1, "pria"_L1, "1"_L1, "m"_L1, "male"_L1}))
        return Gender::Male;
    if (isOneOf(key, {"p"_L1, "perempuan"_L1, "wanita"_L1, "2"_L1, "f"_L1, "female"_L1, "w"_L1}))
        return Gender::Female;
    return Gender::Unknown;
}

std::optional<EmployeeStatus> ImportValues::status(const QString &text)
{
    const QString key = compact(text);
    if (key == u"c"_s || key.startsWith(u"cpns"_s) || key == u"calonpns"_s)
        return EmployeeStatus::Cpns;
    if (key.startsWith(u"pppk"_s) || key == u"p3k"_s)
        return EmployeeStatus::Pppk;
    if (key == u"p"_s || key.startsWith(u"pns"_s))
        return EmployeeStatus::Pns;
    return std::nullopt;
}

std::optional<Golongan> ImportValues::golongan(const QString &text)
{
    const QString trimmed = text.simplified();
    if (const auto direct = Golongan::parse(trimmed))
        return direct;
    // The golongan inside a longer text: "Penata Muda, III/a", "III/a (Penata Muda)".
    static const QRegularExpression inside(
        u"(?:^|[^A-Za-z])((?:IV|III|II|I|[1-4])\\s*[/.-]\\s*[A-Ea-e])(?:$|[^A-Za-z])"_s);
    const QRegularExpressionMatch m = inside.match(trimmed);
    if (m.hasMatch())
        return Golongan::parse(m.captured(1));
    // A pangkat name alone, compared whole: "Penata Muda" is not "Penata Muda Tingkat I".
    const QString wanted = compact(trimmed);
    for (const Golongan &g : Golongan::all()) {
        if (compact(g.pangkat()) == wanted)
            return g;
    }
    return std::nullopt;
}

std::optional<int> ImportValues::pppkGrade(const QString &text)
{
    QString value = text.simplified();
    static const QRegularExpression prefix(u"^(golongan|gol\\.?)\\s*"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    value.remove(prefix);
    return parsePppkGrade(value);
}

EducationLevel ImportValues::educationLevel(const QString &text)
{
    const EducationLevel whole = EducationLevels::fromText(text);
    if (whole != EducationLevel::Unknown)
        return whole;
    // SIASN writes "S-1/Sarjana" and SIMPEG "S-1 Pendidikan Matematika": try the first part.
    static const QRegularExpression separators(u"[/,(]|\\s+"_s);
    const QStringList parts = text.simplified().split(separators, Qt::SkipEmptyParts);
    return parts.isEmpty() ? EducationLevel::Unknown : EducationLevels::fromText(parts.first());
}

std::optional<SkpPredicate> ImportValues::skpPredicate(const QString &text)
{
    SkpPredicate predicate;
    if (skpPredicateFromName(text.simplified(), &predicate))
        return predicate;
    const QString key = compact(text);
    if (key == u"amatbaik"_s)
        return SkpPredicate::SangatBaik;
    if (key == u"cukup"_s)
        return SkpPredicate::ButuhPerbaikan;
    if (key == u"buruk"_s)
        return SkpPredicate::SangatKurang;
    return std::nullopt;
}

std::optional<bool> ImportValues::yesNo(const QString &text)
{
    const QString key = compact(text);
    if (isOneOf(key, {"y"_L1, "ya"_L1, "yes"_L1, "1"_L1, "true"_L1, "benar"_L1}))
        return true;
    if (isOneOf(key, {"n"_L1, "t"_L1, "tidak"_L1, "no"_L1, "0"_L1, "false"_L1, "salah"_L1, ""_L1}))
        return false;
    return std::nullopt;
}

std::optional<int> ImportValues::wholeNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || value != std::floor(value) || std::abs(value) > 1e9)
        return std::nullopt;
    return int(value);
}

bool ImportValues::isPlausibleEmail(const QString &text)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return pattern.match(text.trimmed()).hasMatch();
}

bool ImportValues::isScientificNumber(const QString &text)
{
    if (!text.contains(u'E', Qt::CaseInsensitive))
        return false;
    static const QRegularExpression pattern(u"^\\d+([.,]\\d+)?[eE][+]?\\d+$"_s);
    return pattern.match(text.trimmed()).hasMatch();
}

} // namespace Simutasi
