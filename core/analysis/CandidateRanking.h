#pragma once

#include "CandidatePool.h"
#include "EligibilityRules.h"
#include "JobPersonMatch.h"
#include "VacancyProfile.h"

#include <QCoreApplication>
#include <QList>

namespace Simutasi {

// One candidate of a ranking: what the order was decided on. The rule results and the JPM gaps
// are computed on request (CandidateRanking::ruleResults, gaps) for the rows actually shown.
struct RankedCandidate
{
    int poolIndex = -1;
    qint64 employeeId = 0;
    CandidateStanding standing = CandidateStanding::Clean;
    double jpm = 0;
    bool surplusInUnit = false; // the candidate's current post is over its formasi
    bool rotationDue = false;
    int monthsInPost = -1; // -1 when the TMT is not recorded
    int latestSkp = 0;     // predicate of the last year, 0 when missing
};

struct RankingOptions
{
    TransferKind kind = TransferKind::AgencyOrdered;
    bool includeBlocked = false; // blocked candidates are shown only on request
};

// Ranks every employee of a pool for one vacancy. Order:
//  1. standing: clean, then with warnings, then (only when asked for) blocked;
//  2. JPM, highest first;
//  3. tie-breakers: from a post in surplus first (moving them relieves it), longer time in the
//     current post first, better SKP of the last year first, then the employee id (stable).
// Holders of the vacancy's own post are not candidates for it. Works on the pool in memory, so
// ranking another vacancy needs no database access. The pool must outlive the ranking.
class CandidateRanking
{
    Q_DECLARE_TR_FUNCTIONS(CandidateRanking)
public:
    CandidateRanking(const CandidatePool &pool, const VacancyProfile &vacancy,
                     const EligibilityRuleSettings &settings, const RankingOptions &options = {});
    // The rules refer to the ranking's own copy of the vacancy.
    CandidateRanking(const CandidateRanking &) = delete;
    CandidateRanking &operator=(const CandidateRanking &) = delete;

    // The pool options a ranking under these rules needs (enough SKP years, competencies).
    static CandidatePool::LoadOptions poolOptions(const EligibilityRuleSettings &settings);
    static bool before(const RankedCandidate &a, const RankedCandidate &b);
    static QString standingName(CandidateStanding standing); // "eligible", "blocked", ...

    const QList<RankedCandidate> &candidates() const { return m_candidates; }
    int considered() const { return m_considered; } // employees judged
    int blocked() const { return m_blocked; }       // of which blocked, listed or not
    const VacancyProfile &vacancy() const { return m_vacancy; }
    const CandidatePool &pool() const { return m_pool; }

    RuleResults ruleResults(const RankedCandidate &candidate) const;
    // One line per rule: "Time in jabatan (blocking): Time in current jabatan ..., less than ..."
    QStringList reasons(const RankedCandidate &candidate) const;
    QString describe(const RankedCandidate &candidate, const RuleResult &result) const;
    QList<JpmItem> jpmItems(const RankedCandidate &candidate) const;
    QStringList gaps(const RankedCandidate &candidate) const;

private:
    RankedCandidate judge(int poolIndex, CandidateStanding standing) const;

    const CandidatePool &m_pool;
    VacancyProfile m_vacancy;
    EligibilityRules m_rules;
    RankingOptions m_options;
    QList<RankedCandidate> m_candidates;
    int m_considered = 0;
    int m_blocked = 0;
};

} // namespace Simutasi
