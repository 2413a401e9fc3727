#pragma once

#include "Golongan.h"

#include <QDate>
#include <QString>
#include <optional>

namespace Simutasi {

// Kind and level of a jabatan, with the defaults DOMAIN.md gives (usual golongan range, BUP).
// Those defaults are configurable: callers that have a database read the configured values and
// fall back to these.
enum class JabatanCategory
{
    Jpt,
    Administrasi,
    FungsionalKeahlian,
    FungsionalKeterampilan
};

enum class JabatanType
{
    JptUtama,
    JptMadya,
    JptPratama,
    Administrator,
    Pengawas,
    Pelaksana,
    AhliUtama,
    AhliMadya,
    AhliMuda,
    AhliPertama,
    Penyelia,
    Mahir,
    Terampil,
    Pemula
};

struct GolonganRange
{
    Golongan min;
    Golongan max;
    bool contains(const Golongan &g) const { return g >= min && g <= max; }
    QString toString() const; // "III/b - III/d"
};

namespace JabatanTypes {
QList<JabatanType> all();
JabatanCategory category(JabatanType type);
QString code(JabatanType type); // stable storage key, e.g. "ahli_muda"
std::optional<JabatanType> fromCode(const QString &code);
QString displayName(JabatanType type);          // "Fungsional Ahli Muda" (a domain term)
QString categoryName(JabatanCategory category); // "Fungsional Keahlian"
GolonganRange defaultGolonganRange(JabatanType type);
int defaultBup(JabatanType type); // retirement age in years: 58, 60 or 65
} // namespace JabatanTypes

// Pensiun date: the first day of the month after the birthday on which the BUP is reached.
QDate pensiunDate(const QDate &birthDate, int bupYears);

// Education level, ordered.
enum class EducationLevel
{
    Unknown,
    SD,
    SMP,
    SMA,
    D1,
    D2,
    D3,
    D4,
    S1,
    S2,
    S3
};
namespace EducationLevels {
QList<EducationLevel> all();
QString code(EducationLevel level);       // "SMA", "D3", "S1", ...
EducationLevel fromText(const QString &); // accepts "SLTA", "SMK", "DIII", "D-III", "Sarjana", ...
} // namespace EducationLevels

} // namespace Simutasi
