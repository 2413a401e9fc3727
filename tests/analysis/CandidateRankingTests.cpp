// Ranking order: standing, JPM, then the tie-breakers, on a hand-built pool.
#include "AnalysisFixture.h"
#include "analysis/CandidatePool.h"
#include "analysis/CandidateRanking.h"
#include "domain/EmployeeHistory.h"

#include <catch2/catch.hpp>

using namespace Simutasi;

namespace {

const QString Matematika = QStringLiteral("Pendidikan Matematika");
const QList<CompetencyLevel> FullLevels = {{1, 3}, {2, 2}, {3, 3}};
const QList<CompetencyLevel> WeakPedagogi = {{1, 2}, {2, 2}, {3, 3}}; // JPM 6.33 of 7

QList<qint64> idsOf(const CandidateRanking &ranking)
{
    QList<qint64> ids;
    for (const RankedCandidate &c : ranking.candidates())
        ids << c.employeeId;
    return ids;
}

CandidatePool rankingPool()
{
    CandidatePool pool(Test::ReferenceDate);
    pool.add(Test::eligibleTeacher(1), Matematika, FullLevels);
    pool.add(Test::eligibleTeacher(2), Matematika, WeakPedagogi);
    CandidateFacts pppk = Test::eligibleTeacher(3); // warning, JPM 100
    pppk.status = EmployeeStatus::Pppk;
    pool.add(pppk, Matematika, FullLevels);
    CandidateFacts cpns = Test::eligibleTeacher(4); // blocked, JPM 100
    cpns.status = EmployeeStatus::Cpns;
    pool.add(cpns, Matematika, FullLevels);
    CandidateFacts incumbent = Test::eligibleTeacher(5); // holds the vacancy's own post
    incumbent.unitId = 99;
    incumbent.jabatanId = 10;
    pool.add(incumbent, Matematika, FullLevels);
    CandidateFacts surplus = Test::eligibleTeacher(6); // tie with 2, from a post in surplus
    surplus.inSurplusPost = true;
    pool.add(surplus, Matematika, WeakPedagogi);
    CandidateFacts longer = Test::eligibleTeacher(7); // tie with 2, longer in post
    longer.tmtJabatan = QDate(2021, 6, 1);
    pool.add(longer, Matematika, WeakPedagogi);
    CandidateFacts weakerSkp = Test::eligibleTeacher(8); // tie with 2, last SKP only Baik
    weakerSkp.skp = {quint8(SkpPredicate::Baik), quint8(SkpPredicate::SangatBaik)};
    pool.add(weakerSkp, Matematika, WeakPedagogi);
    pool.add(Test::eligibleTeacher(9), Matematika, WeakPedagogi); // identical to 2
    return pool;
}

} // namespace

TEST_CASE("Candidates are ranked by standing, JPM and the tie-breakers", "[analysis][ranking]")
{
    const CandidatePool pool = rankingPool();
    const CandidateRanking ranking(pool, Test::guruVacancy(), EligibilityRuleSettings());
    CHECK(idsOf(ranking) == QList<qint64>{1, 6, 7, 2, 9, 8, 3});
    CHECK(ranking.considered() == 8); // the incumbent is not a candidate
    CHECK(ranking.blocked() == 1);
    CHECK(ranking.candidates().first().jpm == Approx(100.0));
    CHECK(ranking.candidates().constLast().standing == CandidateStanding::Warning);
    CHECK(ranking.candidates()[2].rotationDue); // 5 years 5 months in post
}

TEST_CASE("Blocked candidates are listed last, on request", "[analysis][ranking]")
{
    const CandidatePool pool = rankingPool();
    RankingOptions options;
    options.includeBlocked = true;
    const CandidateRanking ranking(pool, Test::guruVacancy(), EligibilityRuleSettings(), options);
    CHECK(idsOf(ranking) == QList<qint64>{1, 6, 7, 2, 9, 8, 3, 4});
    CHECK(ranking.candidates().constLast().standing == CandidateStanding::Blocked);
}

TEST_CASE("Each ranked candidate explains every rule and the JPM gaps", "[analysis][ranking]")
{
    const CandidatePool pool = rankingPool();
    RankingOptions options;
    options.includeBlocked = true;
    const CandidateRanking ranking(pool, Test::guruVacancy(), EligibilityRuleSettings(), options);
    const RankedCandidate &cpns = ranking.candidates().constLast();
    const QStringList reasons = ranking.reasons(cpns);
    REQUIRE(reasons.size() == EligibilityRuleCount);
    CHECK(reasons.first() == QStringLiteral("Status PNS (blocking): Status CPNS: a CPNS cannot be "
                                            "transferred before appointment as PNS"));
    CHECK(ranking.ruleResults(cpns)[0].outcome == RuleOutcome::Blocking);

    const RankedCandidate &weak = ranking.candidates()[3];
    REQUIRE(weak.employeeId == 2);
    CHECK(ranking.gaps(weak) == QStringList{QStringLiteral("Pedagogi: level 2 of 3 required")});
}

TEST_CASE("A self-requested transfer applies the CPNS-tenure rule", "[analysis][ranking]")
{
    CandidatePool pool(Test::ReferenceDate);
    CandidateFacts junior = Test::eligibleTeacher(1);
    junior.tmtCpns = QDate(2019, 1, 1);
    pool.add(junior, Matematika, FullLevels);
    RankingOptions options;
    CHECK(CandidateRanking(pool, Test::guruVacancy(), {}, options).candidates().size() == 1);
    options.kind = TransferKind::SelfRequested;
    const CandidateRanking selfRequested(pool, Test::guruVacancy(), {}, options);
    CHECK(selfRequested.candidates().isEmpty());
    CHECK(selfRequested.blocked() == 1);
}
