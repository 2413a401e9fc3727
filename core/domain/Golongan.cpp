#include "Golongan.h"

#include <QRegularExpression>
#include <array>

using namespace Qt::StringLiterals;

namespace Simutasi {

namespace {

constexpr int RuangPerGroup = 4; // a..d; only group IV has a fifth ruang, e
constexpr int MaxGroup = 4;
constexpr int MaxPppkGrade = 17; // PPPK grades I..XVII

// Pangkat names indexed by rank - 1 (DOMAIN.md). Indonesian terms, never translated.
constexpr std::array<QLatin1StringView, Golongan::MaxRank> PangkatNames{{
    "Juru Muda"_L1,
    "Juru Muda Tingkat I"_L1,
    "Juru"_L1,
    "Juru Tingkat I"_L1,
    "Pengatur Muda"_L1,
    "Pengatur Muda Tingkat I"_L1,
    "Pengatur"_L1,
    "Pengatur Tingkat I"_L1,
    "Penata Muda"_L1,
    "Penata Muda Tingkat I"_L1,
    "Penata"_L1,
    "Penata Tingkat I"_L1,
    "Pembina"_L1,
    "Pembina Tingkat I"_L1,
    "Pembina Utama Muda"_L1,
    "Pembina Utama Madya"_L1,
    "Pembina Utama"_L1,
}};

// Roman numerals 1..17: golongan groups use I..IV, PPPK grades use all of them.
constexpr std::array<QLatin1StringView, MaxPppkGrade> Romans{{
    "I"_L1,
    "II"_L1,
    "III"_L1,
    "IV"_L1,
    "V"_L1,
    "VI"_L1,
    "VII"_L1,
    "VIII"_L1,
    "IX"_L1,
    "X"_L1,
    "XI"_L1,
    "XII"_L1,
    "XIII"_L1,
    "XIV"_L1,
    "XV"_L1,
    "XVI"_L1,
    "XVII"_L1,
}};

// 1-based position of text in Romans[0, limit), compared case-insensitively; 0 when absent.
int romanValue(QStringView text, int limit)
{
    for (int i = 0; i < limit; ++i) {
        if (text.compare(Romans[i], Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

// A number written in roman (within limit) or arabic digits (any value; callers range-check).
int romanOrArabic(QStringView text, int limit)
{
    bool ok = false;
    const int arabic = text.toInt(&ok);
    return ok ? arabic : romanValue(text, limit);
}

int rankOf(int group, int ruangIndex)
{
    return (group - 1) * RuangPerGroup + ruangIndex + 1;
}

} // namespace

std::optional<Golongan> Golongan::fromRank(int rank)
{
    if (rank < MinRank || rank > MaxRank)
        return std::nullopt;
    return Golongan(rank);
}

std::optional<Golongan> Golongan::parse(const QString &text)
{
    // Group (roman I-IV or digit 1-4), at most one separator, ruang letter. Spreadsheets hold all
    // of "III/a", "III-a", "III.a", "III a", "IIIa", "3/a" and "3a".
    static const QRegularExpression pattern(u"^(IV|III|II|I|[1-4])\\s*[/.-]?\\s*([A-E])$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int group = romanOrArabic(match.capturedView(1), MaxGroup);
    const int ruangIndex = match.capturedView(2).at(0).toLower().unicode() - u'a';
    const bool isE = ruangIndex == RuangPerGroup;
    if (isE && group != MaxGroup)
        return std::nullopt; // only IV has an e
    return fromRank(rankOf(group, ruangIndex));
}

QList<Golongan> Golongan::all()
{
    QList<Golongan> result;
    result.reserve(MaxRank);
    for (int rank = MinRank; rank <= MaxRank; ++rank)
        result.append(Golongan(rank));
    return result;
}

int Golongan::group() const
{
    if (!isValid())
        return 0;
    return std::min((m_rank - 1) / RuangPerGroup + 1, MaxGroup);
}

QChar Golongan::ruang() const
{
    if (!isValid())
        return {};
    return QChar(u'a' + (m_rank - rankOf(group(), 0)));
}

QString Golongan::toString() const
{
    if (!isValid())
        return {};
    return QString(Romans[group() - 1]) + u'/' + ruang();
}

QString Golongan::pangkat() const
{
    return isValid() ? QString(PangkatNames[m_rank - 1]) : QString();
}

QString Golongan::withPangkat() const
{
    return isValid() ? pangkat() + u", "_s + toString() : QString();
}

std::optional<Golongan> Golongan::next() const
{
    return isValid() ? fromRank(m_rank + 1) : std::nullopt;
}

QString pppkGradeToString(int grade)
{
    if (grade < 1 || grade > MaxPppkGrade)
        return {};
    return QString(Romans[grade - 1]);
}

std::optional<int> parsePppkGrade(const QString &text)
{
    // Only canonical numerals count ("IX", not "VIIII"): anything else is more likely a typo.
    const int grade = romanOrArabic(QStringView(text).trimmed(), MaxPppkGrade);
    if (grade < 1 || grade > MaxPppkGrade)
        return std::nullopt;
    return grade;
}

} // namespace Simutasi
