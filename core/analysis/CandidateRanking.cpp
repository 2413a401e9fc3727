#include "CandidateRanking.h"

#include "Duration.h"

#include <algorithm>

namespace Simutasi {

CandidateRanking::CandidateRanking(const CandidatePool &pool, const VacancyProfile &vacancy,
                                   const EligibilityRuleSettings &settings,
                                   const RankingOptions &options)
    : m_pool(pool)
    , m_vacancy(vacancy)
    , m_rules(settings, m_vacancy, pool.referenceDate(), options.kind)
    , m_options(options)
{
    m_vacancy.resolveFields(pool);
    m_candidates.reserve(pool.size());
    for (int index = 0; index < pool.size(); ++index) {
        const CandidateFacts &facts = pool.at(index);
        if (facts.unitId == m_vacancy.unitId() && facts.jabatanId == m_vacancy.jabatan().id)
            continue;
        ++m_considered;
        const CandidateStanding standing = m_rules.standingOf(facts);
        if (standing == CandidateStanding::Blocked) {
            ++m_blocked;
            if (!m_options.includeBlocked)
                continue;
        }
        m_candidates.append(judge(index, standing));
    }
    std::sort(m_candidates.begin(), m_candidates.end(), before);
}

CandidatePool::LoadOptions CandidateRanking::poolOptions(const EligibilityRuleSettings &settings)
{
    CandidatePool::LoadOptions options;
    options.potentials = false;
    options.skpYears = std::max(1, settings.rule(EligibilityRuleId::Performance).threshold);
    return options;
}

RankedCandidate CandidateRanking::judge(int poolIndex, CandidateStanding standing) const
{
    const CandidateFacts &facts = m_pool.at(poolIndex);
    RankedCandidate c;
    c.poolIndex = poolIndex;
    c.employeeId = facts.id;
    c.standing = standing;
    c.jpm = JobPersonMatch::percent(facts, m_pool.levels(facts), m_vacancy);
    c.surplusInUnit = facts.inSurplusPost;
    c.rotationDue = m_rules.check(EligibilityRuleId::TimeInPost, facts).reason ==
                    RuleResult::Reason::RotationDue;
    c.monthsInPost = facts.tmtJabatan.isNull()
                         ? -1
                         : Duration::wholeMonths(facts.tmtJabatan, m_pool.referenceDate());
    c.latestSkp = facts.skp[0];
    return c;
}

bool CandidateRanking::before(const RankedCandidate &a, const RankedCandidate &b)
{
    if (a.standing != b.standing)
        return a.standing < b.standing;
    if (a.jpm != b.jpm)
        return a.jpm > b.jpm;
    if (a.surplusInUnit != b.surplusInUnit)
        return a.surplusInUnit;
    if (a.monthsInPost != b.monthsInPost)
        return a.monthsInPost > b.monthsInPost;
    if (a.latestSkp != b.latestSkp)
        return a.latestSkp > b.latestSkp;
    return a.employeeId < b.employeeId;
}

QString CandidateRanking::standingName(CandidateStanding standing)
{
    switch (standing) {
    case CandidateStanding::Clean:
        return tr("eligible");
    case CandidateStanding::Warning:
        return tr("eligible with warnings");
    case CandidateStanding::Blocked:
        return tr("blocked");
    }
    return {};
}

RuleResults CandidateRanking::ruleResults(const RankedCandidate &candidate) const
{
    return m_rules.evaluate(m_pool.at(candidate.poolIndex));
}

QString CandidateRanking::describe(const RankedCandidate &candidate, const RuleResult &result) const
{
    const CandidateFacts &facts = m_pool.at(candidate.poolIndex);
    return m_rules.describe(result, facts, m_pool.fieldName(facts.educationFieldId));
}

QStringList CandidateRanking::reasons(const RankedCandidate &candidate) const
{
    QStringList lines;
    for (const RuleResult &result : ruleResults(candidate)) {
        lines << tr("%1 (%2): %3")
                     .arg(EligibilityRules::title(result.rule),
                          EligibilityRules::outcomeName(result.outcome),
                          describe(candidate, result));
    }
    return lines;
}

QList<JpmItem> CandidateRanking::jpmItems(const RankedCandidate &candidate) const
{
    const CandidateFacts &facts = m_pool.at(candidate.poolIndex);
    return JobPersonMatch::items(facts, m_pool.levels(facts), m_vacancy);
}

QStringList CandidateRanking::gaps(const RankedCandidate &candidate) const
{
    const CandidateFacts &facts = m_pool.at(candidate.poolIndex);
    return JobPersonMatch::gaps(jpmItems(candidate), m_vacancy,
                                m_pool.fieldName(facts.educationFieldId));
}

} // namespace Simutasi
