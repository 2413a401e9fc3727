#include "VacancyProfile.h"

#include "CandidatePool.h"
#include "storage/CompetencyRepository.h"
#include "storage/Database.h"
#include "storage/OrgRepository.h"

#include <QHash>

namespace Simutasi {

VacancyProfile::VacancyProfile(const Jabatan &jabatan, qint64 unitId,
                               const QList<RequiredCompetency> &competencies)
    : m_jabatan(jabatan)
    , m_unitId(unitId)
    , m_competencies(competencies)
{}

std::optional<VacancyProfile> VacancyProfile::load(Database &database, qint64 jabatanId,
                                                   qint64 unitId, DatabaseError *error)
{
    const std::optional<Jabatan> jabatan = OrgRepository(database).jabatan(jabatanId);
    if (!jabatan) {
        if (error)
            *error = DatabaseError::make(DatabaseError::Kind::NotFound, database.path(),
                                         QStringLiteral("jabatan %1").arg(jabatanId));
        return std::nullopt;
    }
    CompetencyRepository repository(database);
    QHash<qint64, QString> names;
    for (const Competency &competency : repository.competencies())
        names.insert(competency.id, competency.name);
    QList<RequiredCompetency> required;
    for (const CompetencyRequirement &r : repository.requirements(jabatanId))
        required.append({r.competencyId, names.value(r.competencyId), r.minLevel, r.weight});
    if (error)
        *error = {};
    return VacancyProfile(*jabatan, unitId, required);
}

void VacancyProfile::resolveFields(const CandidatePool &pool)
{
    m_acceptedFieldIds.assign(pool.fieldCount(), false);
    for (const QString &field : m_jabatan.educationFields) {
        const int id = pool.fieldId(field);
        if (id >= 0)
            m_acceptedFieldIds[id] = true;
    }
}

bool VacancyProfile::acceptsField(int fieldId) const
{
    if (!requiresField())
        return true;
    return fieldId >= 0 && fieldId < int(m_acceptedFieldIds.size()) && m_acceptedFieldIds[fieldId];
}

} // namespace Simutasi
