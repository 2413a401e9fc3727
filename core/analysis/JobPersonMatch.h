#pragma once

#include "CandidateFacts.h"
#include "VacancyProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <span>

namespace Simutasi {

// One requirement of the vacancy as the job-person match scored it for a candidate.
struct JpmItem
{
    enum class Kind : quint8
    {
        EducationLevel,
        EducationField,
        Golongan,
        Competency
    };
    Kind kind = Kind::Competency;
    int competencyIndex = -1; // into VacancyProfile::competencies() for Kind::Competency
    int actual = 0;           // the candidate's level (0 = not assessed), education or rank
    int required = 0;         // the minimum level or education
    double weight = 0;
    double earned = 0;

    bool isMet() const { return earned >= weight; }
};

// The job-person match (JPM): the weighted share of the vacancy's requirements a candidate
// meets, in percent.
//  - Education level (weight 1, when the jabatan sets one): met or not.
//  - Education field (weight 1, when the jabatan lists accepted fields): met or not.
//  - Golongan in the jabatan's range (weight 1; not counted for PPPK, who have no golongan).
//  - Each required competency (its weight from the requirement profile): full weight at or
//    above the minimum level; below it, partial credit level / minimum x weight (level 2 of 3
//    earns two thirds); not assessed earns nothing.
// JPM = 100 x earned / total weight; a vacancy without any requirement gives 100.
// Every screen, the ranking and the CLI compute it here, through one list of criteria.
class JobPersonMatch
{
    Q_DECLARE_TR_FUNCTIONS(JobPersonMatch)
public:
    static constexpr double EducationLevelWeight = 1.0;
    static constexpr double EducationFieldWeight = 1.0;
    static constexpr double GolonganWeight = 1.0;

    static double percent(const CandidateFacts &candidate, std::span<const CompetencyLevel> levels,
                          const VacancyProfile &vacancy);
    static QList<JpmItem> items(const CandidateFacts &candidate,
                                std::span<const CompetencyLevel> levels,
                                const VacancyProfile &vacancy);
    // The unmet items as sentences, e.g. "Manajemen Risiko: level 2 of 3 required".
    static QStringList gaps(const QList<JpmItem> &items, const VacancyProfile &vacancy,
                            const QString &educationField);
    static QString describe(const JpmItem &item, const VacancyProfile &vacancy,
                            const QString &educationField);
    // The rule above in words, for the UI's help.
    static QString helpText();
};

} // namespace Simutasi
