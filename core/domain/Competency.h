#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace Simutasi {

enum class CompetencyKind
{
    Technical,
    Managerial,
    SocioCultural
};
QString competencyKindCode(CompetencyKind kind); // "technical", "managerial", "socio_cultural"
std::optional<CompetencyKind> competencyKindFromCode(const QString &code);

// An entry of the competency dictionary (kamus kompetensi), e.g. "Pedagogi" or "Integritas",
// with what each of the levels 1-5 means. Names are Indonesian domain terms: never translated.
struct Competency
{
    static constexpr int MinLevel = 1;
    static constexpr int MaxLevel = 5;

    qint64 id = 0;
    QString code; // short stable key, e.g. "PED", "INT"
    QString name;
    CompetencyKind kind = CompetencyKind::Technical;
    QString description;
    QStringList levelDescriptions; // index 0 = level 1; may be shorter than 5 or empty
};

// The level an employee was assessed at for one competency, with when and by whom.
struct EmployeeCompetency
{
    qint64 employeeId = 0;
    qint64 competencyId = 0;
    int level = 0;
    QDate assessedOn;
    QString source; // "Assessment Center BKD 2025"
};

// One line of a jabatan's requirement profile: a competency at a minimum level, with the weight
// it has in the job-person match.
struct CompetencyRequirement
{
    qint64 jabatanId = 0;
    qint64 competencyId = 0;
    int minLevel = 1;
    double weight = 1.0;
};

} // namespace Simutasi
