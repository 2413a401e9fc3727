#include "EmployeeMatch.h"

#include "CandidatePool.h"
#include "VacancyProfile.h"

namespace Simutasi {

QString EmployeeMatch::itemName(const JpmItem &item, const VacancyProfile &vacancy)
{
    switch (item.kind) {
    case JpmItem::Kind::EducationLevel:
        return tr("Education level");
    case JpmItem::Kind::EducationField:
        return tr("Education field");
    case JpmItem::Kind::Golongan:
        return tr("Golongan");
    case JpmItem::Kind::Competency:
        return vacancy.competencies().value(item.competencyIndex).name;
    }
    return {};
}

std::optional<EmployeeMatchResult> EmployeeMatch::compute(Database &database, qint64 employeeId,
                                                          qint64 jabatanId,
                                                          const QDate &referenceDate,
                                                          DatabaseError *error)
{
    std::optional<VacancyProfile> vacancy = VacancyProfile::load(database, jabatanId, 0, error);
    if (!vacancy)
        return std::nullopt;
    CandidatePool::LoadOptions options;
    options.scope.employeeId = employeeId;
    options.potentials = false;
    options.surplusPosts = false;
    const CandidatePool pool = CandidatePool::load(database, referenceDate, options, error);
    const int index = pool.indexOf(employeeId);
    if (index < 0 || (error && *error))
        return std::nullopt;
    vacancy->resolveFields(pool);
    const CandidateFacts &facts = pool.at(index);
    const QString field = pool.fieldName(facts.educationFieldId);

    EmployeeMatchResult result;
    result.employeeId = employeeId;
    result.jabatanId = jabatanId;
    result.jabatanName = vacancy->jabatan().name;
    result.items = JobPersonMatch::items(facts, pool.levels(facts), *vacancy);
    result.percent = JobPersonMatch::percent(facts, pool.levels(facts), *vacancy);
    for (const JpmItem &item : std::as_const(result.items))
        result.itemNames.append(itemName(item, *vacancy));
    result.gaps = JobPersonMatch::gaps(result.items, *vacancy, field);
    return result;
}

} // namespace Simutasi
