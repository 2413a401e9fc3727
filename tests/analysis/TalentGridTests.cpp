// 9-box placement: performance from two SKP years, potential from the latest assessment.
#include "AnalysisFixture.h"
#include "analysis/CandidatePool.h"
#include "analysis/TalentGrid.h"
#include "domain/EmployeeHistory.h"

#include <catch2/catch.hpp>

using namespace Simutasi;

namespace {

constexpr int SB = static_cast<int>(SkpPredicate::SangatBaik);
constexpr int B = static_cast<int>(SkpPredicate::Baik);
constexpr int BP = static_cast<int>(SkpPredicate::ButuhPerbaikan);
constexpr int K = static_cast<int>(SkpPredicate::Kurang);

} // namespace

TEST_CASE("Performance from the last two SKP predicates", "[analysis][talent]")
{
    using P = PerformanceLevel;
    CHECK(TalentGrid::performance(SB, SB) == P::Above);
    CHECK(TalentGrid::performance(SB, B) == P::Meets);
    CHECK(TalentGrid::performance(B, B) == P::Meets);
    CHECK(TalentGrid::performance(SB, BP) == P::Below);
    CHECK(TalentGrid::performance(K, SB) == P::Below);
    CHECK(TalentGrid::performance(SB, 0) == P::Meets); // one year is not enough for Above
    CHECK(TalentGrid::performance(0, BP) == P::Below);
    CHECK(TalentGrid::performance(0, 0) == P::Unknown);
}

TEST_CASE("Box numbers follow DOMAIN.md", "[analysis][talent]")
{
    using P = PerformanceLevel;
    using Q = PotentialLevel;
    const struct
    {
        P performance;
        Q potential;
        int box;
    } table[] = {
        {P::Below, Q::Low, 1},    {P::Meets, Q::Low, 2},     {P::Below, Q::Medium, 3},
        {P::Above, Q::Low, 4},    {P::Meets, Q::Medium, 5},  {P::Below, Q::High, 6},
        {P::Above, Q::Medium, 7}, {P::Meets, Q::High, 8},    {P::Above, Q::High, 9},
        {P::Unknown, Q::High, 0}, {P::Above, Q::Unknown, 0},
    };
    for (const auto &row : table) {
        INFO("box " << row.box);
        CHECK(TalentGrid::box(row.performance, row.potential) == row.box);
    }
    CHECK(TalentGrid::isSuccessionBox(7));
    CHECK_FALSE(TalentGrid::isSuccessionBox(6));
    CHECK(TalentGrid::isRotationBox(4));
    CHECK_FALSE(TalentGrid::isRotationBox(9));
    CHECK(TalentGrid::boxTitle(9) == QStringLiteral("Box 9: above expectations, high potential"));
    CHECK(TalentGrid::boxTitle(3) == QStringLiteral("Box 3: below expectations, medium potential"));
}

TEST_CASE("The grid places a pool, counts the unplaced, and scopes to an OPD", "[analysis][talent]")
{
    CandidatePool pool(Test::ReferenceDate);
    const auto add = [&pool](qint64 id, qint64 opd, int last, int before, PotentialLevel p) {
        CandidateFacts c = Test::eligibleTeacher(id);
        c.opdId = opd;
        c.skp = {quint8(last), quint8(before)};
        c.potential = p;
        pool.add(c, QString());
    };
    add(1, 5, SB, SB, PotentialLevel::High);   // 9
    add(2, 5, SB, SB, PotentialLevel::Medium); // 7
    add(3, 5, B, SB, PotentialLevel::High);    // 8
    add(4, 6, SB, SB, PotentialLevel::Low);    // 4
    add(5, 6, 0, 0, PotentialLevel::High);     // no SKP
    add(6, 6, B, B, PotentialLevel::Unknown);  // never assessed

    const TalentGridResult all = TalentGrid::compute(pool);
    CHECK(all.employees == 6);
    CHECK(all.placed() == 4);
    CHECK(all.unplaced() == 2);
    CHECK(all.withoutPerformance == 1);
    CHECK(all.withoutPotential == 1);
    CHECK(all.box(9) == QList<qint64>{1});
    CHECK(all.successionPool() == QList<qint64>{2, 3, 1});
    CHECK(all.rotationCandidates() == QList<qint64>{4, 2, 3});

    const TalentGridResult opd = TalentGrid::compute(pool, 6);
    CHECK(opd.employees == 3);
    CHECK(opd.placed() == 1);
    CHECK(opd.box(4) == QList<qint64>{4});
}
