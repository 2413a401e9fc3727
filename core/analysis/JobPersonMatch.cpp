#include "JobPersonMatch.h"

#include <algorithm>

namespace Simutasi {

namespace {

using Kind = JpmItem::Kind;

int levelOf(std::span<const CompetencyLevel> levels, qint64 competencyId)
{
    const auto it = std::find_if(levels.begin(), levels.end(), [&](const CompetencyLevel &l) {
        return l.competencyId == competencyId;
    });
    return it == levels.end() ? 0 : it->level;
}

JpmItem binary(Kind kind, bool met, double weight, int actual = 0, int required = 0)
{
    return {kind, -1, actual, required, weight, met ? weight : 0.0};
}

// Calls visit(JpmItem) for each requirement of the vacancy that applies to the candidate: the
// one definition of what the match counts, shared by percent() and items().
template<typename Visit>
void forEachItem(const CandidateFacts &c, std::span<const CompetencyLevel> levels,
                 const VacancyProfile &vacancy, Visit visit)
{
    const Jabatan &jabatan = vacancy.jabatan();
    if (jabatan.minEducation != EducationLevel::Unknown)
        visit(binary(Kind::EducationLevel, c.educationLevel >= jabatan.minEducation,
                     JobPersonMatch::EducationLevelWeight, int(c.educationLevel),
                     int(jabatan.minEducation)));
    if (vacancy.requiresField())
        visit(binary(Kind::EducationField, vacancy.acceptsField(c.educationFieldId),
                     JobPersonMatch::EducationFieldWeight));
    if (c.status != EmployeeStatus::Pppk && jabatan.golonganRange.min.isValid()) {
        const auto golongan = Golongan::fromRank(c.golonganRank);
        visit(binary(Kind::Golongan, golongan && jabatan.golonganRange.contains(*golongan),
                     JobPersonMatch::GolonganWeight, c.golonganRank));
    }
    const QList<RequiredCompetency> &required = vacancy.competencies();
    for (int index = 0; index < required.size(); ++index) {
        const RequiredCompetency &r = required[index];
        const int level = levelOf(levels, r.competencyId);
        const double share = r.minLevel > 0 ? std::min(1.0, double(level) / r.minLevel) : 1.0;
        visit(JpmItem{Kind::Competency, index, level, r.minLevel, r.weight, r.weight * share});
    }
}

} // namespace

double JobPersonMatch::percent(const CandidateFacts &candidate,
                               std::span<const CompetencyLevel> levels,
                               const VacancyProfile &vacancy)
{
    double earned = 0;
    double total = 0;
    forEachItem(candidate, levels, vacancy, [&](const JpmItem &item) {
        earned += item.earned;
        total += item.weight;
    });
    return total > 0 ? 100.0 * earned / total : 100.0;
}

QList<JpmItem> JobPersonMatch::items(const CandidateFacts &candidate,
                                     std::span<const CompetencyLevel> levels,
                                     const VacancyProfile &vacancy)
{
    QList<JpmItem> result;
    forEachItem(candidate, levels, vacancy,
                [&result](const JpmItem &item) { result.append(item); });
    return result;
}

QStringList JobPersonMatch::gaps(const QList<JpmItem> &items, const VacancyProfile &vacancy,
                                 const QString &educationField)
{
    QStringList sentences;
    for (const JpmItem &item : items) {
        if (!item.isMet())
            sentences << describe(item, vacancy, educationField);
    }
    return sentences;
}

QString JobPersonMatch::describe(const JpmItem &item, const VacancyProfile &vacancy,
                                 const QString &educationField)
{
    const Jabatan &jabatan = vacancy.jabatan();
    switch (item.kind) {
    case Kind::EducationLevel: {
        const auto level = static_cast<EducationLevel>(item.actual);
        const QString required = EducationLevels::code(jabatan.minEducation);
        return level == EducationLevel::Unknown
                   ? tr("Education: not recorded, at least %1 required").arg(required)
                   : tr("Education: %1, at least %2 required")
                         .arg(EducationLevels::code(level), required);
    }
    case Kind::EducationField:
        return educationField.isEmpty()
                   ? tr("Education field: not recorded")
                   : tr("Education field: %1 is not accepted").arg(educationField);
    case Kind::Golongan: {
        const auto golongan = Golongan::fromRank(item.actual);
        return tr("Golongan: %1, %2 required")
            .arg(golongan ? golongan->toString() : QStringLiteral("-"),
                 jabatan.golonganRange.toString());
    }
    case Kind::Competency: {
        const QString name = vacancy.competencies().value(item.competencyIndex).name;
        return item.actual == 0
                   ? tr("%1: not assessed, level %2 required").arg(name).arg(item.required)
                   : tr("%1: level %2 of %3 required")
                         .arg(name)
                         .arg(item.actual)
                         .arg(item.required);
    }
    }
    return {};
}

QString JobPersonMatch::helpText()
{
    return tr("The job-person match (JPM) is the weighted share of the jabatan's requirements "
              "that the employee meets. Education level, education field and golongan range "
              "count with weight 1 each when the jabatan sets them (golongan is not counted for "
              "PPPK). Each required competency counts with the weight of its requirement: in "
              "full at or above the minimum level, in part below it (level 2 of 3 required "
              "earns two thirds of the weight), and not at all when it was never assessed. "
              "JPM = earned weight / total weight x 100%.");
}

} // namespace Simutasi
