#include "LineAssessor.h"

#include "analysis/EligibilityRules.h"
#include "analysis/JobPersonMatch.h"
#include "storage/Database.h"
#include "storage/EligibilityRuleRepository.h"

namespace Simutasi {

LineAssessor::LineAssessor(Database &database, const QDate &referenceDate)
    : m_database(database)
    , m_reference(referenceDate)
    , m_settings(EligibilityRuleRepository(database).load())
{}

const VacancyProfile *LineAssessor::sharedVacancy(qint64 jabatanId, qint64 unitId,
                                                  DatabaseError *error)
{
    const QString key = QStringLiteral("%1:%2").arg(jabatanId).arg(unitId);
    if (auto found = m_vacancies.constFind(key); found != m_vacancies.constEnd())
        return found->get();
    std::optional<VacancyProfile> profile =
        VacancyProfile::load(m_database, jabatanId, unitId, error);
    if (!profile)
        return nullptr;
    profile->resolveFields(*m_pool);
    auto shared = std::make_shared<VacancyProfile>(std::move(*profile));
    m_vacancies.insert(key, shared);
    return shared.get();
}

CandidatePool LineAssessor::loadPool(DatabaseError *error) const
{
    CandidatePool::LoadOptions options;
    options.potentials = false;
    options.skpYears = m_settings.rule(EligibilityRuleId::Performance).threshold;
    return CandidatePool::load(m_database, m_reference, options, error);
}

LineAssessment LineAssessor::assess(qint64 employeeId, qint64 toUnitId, qint64 toJabatanId,
                                    bool selfRequested, DatabaseError *error)
{
    LineAssessment result;
    CandidatePool own(m_reference);
    const CandidatePool *pool = m_pool;
    if (!pool) {
        CandidatePool::LoadOptions options;
        options.scope.employeeId = employeeId;
        options.potentials = false;
        options.skpYears = m_settings.rule(EligibilityRuleId::Performance).threshold;
        own = CandidatePool::load(m_database, m_reference, options, error);
        if (error && *error)
            return result;
        pool = &own;
    }
    const int index = pool->indexOf(employeeId);
    if (index < 0)
        return result;
    result.found = true;
    const CandidateFacts &facts = pool->at(index);
    const bool outgoing = toJabatanId <= 0;
    const qint64 jabatanId = outgoing ? facts.jabatanId : toJabatanId;
    const qint64 unitId = outgoing ? facts.unitId : toUnitId;
    if (jabatanId <= 0) // an outgoing employee without a jabatan: nothing to judge against
        return result;
    std::optional<VacancyProfile> local;
    const VacancyProfile *profile = nullptr;
    if (m_pool) {
        profile = sharedVacancy(jabatanId, unitId, error);
    } else {
        local = VacancyProfile::load(m_database, jabatanId, unitId, error);
        if (local) {
            local->resolveFields(*pool);
            profile = &*local;
        }
    }
    if (!profile)
        return result;
    const EligibilityRules rules(m_settings, *profile, m_reference,
                                 selfRequested ? TransferKind::SelfRequested
                                               : TransferKind::AgencyOrdered);
    const RuleResults results = rules.evaluate(facts);
    const QString field = pool->fieldName(facts.educationFieldId);
    for (const RuleResult &r : results) {
        if (r.outcome == RuleOutcome::Blocking)
            result.blocking << rules.describe(r, facts, field);
        else if (r.outcome == RuleOutcome::Warning)
            result.warnings << rules.describe(r, facts, field);
    }
    result.standing = EligibilityRules::standing(results);
    if (!outgoing)
        result.jpm = JobPersonMatch::percent(facts, pool->levels(facts), *profile);
    return result;
}

} // namespace Simutasi
