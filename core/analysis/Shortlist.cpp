#include "Shortlist.h"

#include "CandidatePool.h"
#include "EligibilityRules.h"
#include "storage/EligibilityRuleRepository.h"
#include "workflow/Permissions.h"

namespace Simutasi {

namespace {

// The reasons of the blocking rules of one candidate, joined for a message.
QString blockingReasons(const EligibilityRules &rules, const RuleResults &results,
                        const CandidateFacts &facts, const CandidatePool &pool)
{
    QStringList reasons;
    for (const RuleResult &result : results) {
        if (result.outcome == RuleOutcome::Blocking)
            reasons << rules.describe(result, facts, pool.fieldName(facts.educationFieldId));
    }
    return reasons.join(QStringLiteral("; "));
}

} // namespace

Shortlist::Shortlist(Database &database, qint64 jabatanId, qint64 unitId)
    : m_database(database)
    , m_jabatanId(jabatanId)
    , m_unitId(unitId)
{}

Shortlist::AddResult Shortlist::add(qint64 employeeId, TransferKind kind, const QString &user,
                                    const QString &note, const QDate &day)
{
    AddResult result;
    // Asked before the eligibility, so a user without the role learns that first; the
    // repository asks again when it writes.
    result.error = Permissions::requireCurrent(m_database, DataAction::EditShortlist);
    if (result.error)
        return result;
    std::optional<VacancyProfile> vacancy =
        VacancyProfile::load(m_database, m_jabatanId, m_unitId, &result.error);
    if (!vacancy)
        return result;
    const EligibilityRuleSettings settings = EligibilityRuleRepository(m_database).load();
    CandidatePool::LoadOptions options;
    options.scope.employeeId = employeeId;
    options.potentials = false;
    options.competencies = false;
    options.skpYears = settings.rule(EligibilityRuleId::Performance).threshold;
    const CandidatePool pool = CandidatePool::load(m_database, day, options, &result.error);
    if (result.error)
        return result;
    if (pool.size() != 1) {
        result.refusal = tr("Employee %1 does not exist.").arg(employeeId);
        return result;
    }
    vacancy->resolveFields(pool);
    const EligibilityRules rules(settings, *vacancy, day, kind);
    const RuleResults results = rules.evaluate(pool.at(0));
    if (EligibilityRules::standing(results) == CandidateStanding::Blocked) {
        result.refusal = tr("Blocked candidates cannot be shortlisted: %1")
                             .arg(blockingReasons(rules, results, pool.at(0), pool));
        return result;
    }
    ShortlistEntry entry{0, m_jabatanId, m_unitId, employeeId, day, user, note};
    result.error = ShortlistRepository(m_database).add(entry);
    result.added = !result.error;
    result.entryId = entry.id;
    return result;
}

DatabaseError Shortlist::remove(qint64 entryId)
{
    return ShortlistRepository(m_database).remove(entryId);
}

QList<ShortlistEntry> Shortlist::entries() const
{
    return ShortlistRepository(m_database).entries(m_jabatanId, m_unitId);
}

} // namespace Simutasi
