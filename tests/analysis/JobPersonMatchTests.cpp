// The job-person match on hand-computed examples.
#include "AnalysisFixture.h"
#include "analysis/CandidatePool.h"
#include "analysis/JobPersonMatch.h"

#include <catch2/catch.hpp>

using namespace Simutasi;
using Catch::Matchers::WithinAbs;

namespace {

struct Match
{
    double percent = 0;
    QList<JpmItem> items;
    QStringList gaps;
};

Match match(const CandidateFacts &facts, const QString &field, const QList<CompetencyLevel> &levels,
            VacancyProfile vacancy = Test::guruVacancy())
{
    CandidatePool pool(Test::ReferenceDate);
    pool.add(facts, field, levels);
    vacancy.resolveFields(pool);
    const CandidateFacts &c = pool.at(0);
    Match m;
    m.percent = JobPersonMatch::percent(c, pool.levels(c), vacancy);
    m.items = JobPersonMatch::items(c, pool.levels(c), vacancy);
    m.gaps = JobPersonMatch::gaps(m.items, vacancy, field);
    return m;
}

} // namespace

TEST_CASE("JPM with partial credit below the minimum level", "[analysis][jpm]")
{
    // Education 1 + field 1 + golongan 0 (III/a outside III/c-III/d) + Pedagogi 3/3 x 2
    // + Manajemen Kelas 1/2 x 1 + Manajemen Risiko 2/3 x 1 = 5.1667 of 7 = 73.81 %.
    CandidateFacts c = Test::eligibleTeacher();
    c.golonganRank = Golongan::parse(QStringLiteral("III/a"))->rank();
    const Match m =
        match(c, QStringLiteral("Pendidikan Matematika"), {{1, 3}, {2, 1}, {3, 2}, {7, 5}});
    CHECK_THAT(m.percent, WithinAbs(100.0 * (1 + 1 + 0 + 2 + 0.5 + 2.0 / 3) / 7, 1e-9));
    CHECK(m.items.size() == 6);
    CHECK(m.gaps == QStringList{QStringLiteral("Golongan: III/a, III/c - III/d required"),
                                QStringLiteral("Manajemen Kelas: level 1 of 2 required"),
                                QStringLiteral("Manajemen Risiko: level 2 of 3 required")});
}

TEST_CASE("JPM: levels above the minimum earn no more than the weight", "[analysis][jpm]")
{
    const Match m = match(Test::eligibleTeacher(), QStringLiteral("Pendidikan Fisika"),
                          {{1, 5}, {2, 5}, {3, 3}});
    CHECK_THAT(m.percent, WithinAbs(100.0, 1e-9));
    CHECK(m.gaps.isEmpty());
}

TEST_CASE("JPM: nothing assessed, wrong education, and a PPPK without golongan", "[analysis][jpm]")
{
    // Education 0 of 1, field 0 of 1, golongan not counted (PPPK), competencies 0 of 4.
    CandidateFacts c = Test::eligibleTeacher();
    c.status = EmployeeStatus::Pppk;
    c.golonganRank = 0;
    c.educationLevel = EducationLevel::D3;
    const Match m = match(c, QString(), {});
    CHECK_THAT(m.percent, WithinAbs(0.0, 1e-9));
    CHECK(m.items.size() == 5);
    CHECK(m.gaps ==
          QStringList{QStringLiteral("Education: D3, at least S1 required"),
                      QStringLiteral("Education field: not recorded"),
                      QStringLiteral("Pedagogi: not assessed, level 3 required"),
                      QStringLiteral("Manajemen Kelas: not assessed, level 2 required"),
                      QStringLiteral("Manajemen Risiko: not assessed, level 3 required")});
}

TEST_CASE("JPM: a jabatan without requirements matches everybody fully", "[analysis][jpm]")
{
    Jabatan open;
    open.name = QStringLiteral("Pengadministrasi Perkantoran");
    open.golonganRange = {};
    const Match m = match(Test::eligibleTeacher(), QString(), {}, VacancyProfile(open, 1, {}));
    CHECK(m.items.isEmpty());
    CHECK_THAT(m.percent, WithinAbs(100.0, 1e-9));
}

TEST_CASE("JPM: weights shift the share", "[analysis][jpm]")
{
    // Only competencies: A min 4 weight 3 at level 2 (1.5), B min 1 weight 1 met (1) = 62.5 %.
    Jabatan plain;
    plain.golonganRange = {};
    const VacancyProfile vacancy(
        plain, 1, {{1, QStringLiteral("A"), 4, 3.0}, {2, QStringLiteral("B"), 1, 1.0}});
    const Match m = match(Test::eligibleTeacher(), QString(), {{1, 2}, {2, 1}}, vacancy);
    CHECK_THAT(m.percent, WithinAbs(62.5, 1e-9));
    CHECK_FALSE(JobPersonMatch::helpText().isEmpty());
}
