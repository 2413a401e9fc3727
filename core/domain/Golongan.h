#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <compare>
#include <optional>

namespace Simutasi {

// Golongan/ruang of a PNS (I/a ... IV/e) with its pangkat name. Stored as its rank 1..17 so
// that SQL can compare and sort it.
class Golongan
{
    Q_DECLARE_TR_FUNCTIONS(Golongan)
public:
    static constexpr int MinRank = 1;  // I/a
    static constexpr int MaxRank = 17; // IV/e

    Golongan() = default;
    static std::optional<Golongan> fromRank(int rank);
    // Accepts "III/a", "III-a", "3a", "3/a", "IIIa", "III/A", "III a" ...
    static std::optional<Golongan> parse(const QString &text);
    static QList<Golongan> all();

    bool isValid() const { return m_rank >= MinRank && m_rank <= MaxRank; }
    int rank() const { return m_rank; }
    int group() const;           // 1..4 (the roman numeral)
    QChar ruang() const;         // 'a'..'e'
    QString toString() const;    // "III/a"
    QString pangkat() const;     // "Penata Muda"
    QString withPangkat() const; // "Penata Muda, III/a"
    std::optional<Golongan> next() const;

    friend auto operator<=>(const Golongan &, const Golongan &) = default;

private:
    explicit Golongan(int rank)
        : m_rank(rank)
    {}
    int m_rank = 0;
};

// PPPK grade I..XVII.
QString pppkGradeToString(int grade);
std::optional<int> parsePppkGrade(const QString &text);

} // namespace Simutasi
