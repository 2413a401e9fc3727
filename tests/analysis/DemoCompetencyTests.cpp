// The demo province's competency data: believable, varied by OPD, and usable by every analysis.
#include "AnalysisFixture.h"
#include "analysis/AbkCalculator.h"
#include "analysis/CandidatePool.h"
#include "analysis/CandidateRanking.h"
#include "analysis/DataQuality.h"
#include "analysis/NeedsAnalysis.h"
#include "analysis/TalentGrid.h"
#include "demo/DemoGenerator.h"
#include "storage/AbkRepository.h"
#include "storage/CompetencyRepository.h"
#include "storage/OrgRepository.h"

#include <QSqlQuery>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace Simutasi;

namespace {

struct DemoProvince
{
    Test::TempDir dir;
    std::unique_ptr<Database> db;

    explicit DemoProvince(int employees)
    {
        DatabaseError error;
        db = Database::open(dir.path(QStringLiteral("demo.db")), &error);
        REQUIRE(db);
        DemoGenerator generator(*db, {employees, 20261127, Test::ReferenceDate});
        REQUIRE_FALSE(generator.generate());
    }

    int count(const QString &sql) const
    {
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }
};

DemoProvince &demo()
{
    static DemoProvince province(2000);
    return province;
}

} // namespace

TEST_CASE("The demo has a competency dictionary and a profile for every jabatan",
          "[analysis][demo]")
{
    DemoProvince &p = demo();
    const QList<Competency> dictionary = CompetencyRepository(*p.db).competencies();
    CHECK(dictionary.size() >= 25);
    for (const CompetencyKind kind :
         {CompetencyKind::Technical, CompetencyKind::Managerial, CompetencyKind::SocioCultural}) {
        CHECK(std::any_of(dictionary.begin(), dictionary.end(),
                          [kind](const Competency &c) { return c.kind == kind; }));
    }
    const auto pedagogi =
        std::find_if(dictionary.begin(), dictionary.end(),
                     [](const Competency &c) { return c.name == QStringLiteral("Pedagogi"); });
    REQUIRE(pedagogi != dictionary.end());
    CHECK(pedagogi->levelDescriptions.size() == Competency::MaxLevel);
    CHECK(p.count(QStringLiteral("SELECT count(DISTINCT jabatan_id) FROM jabatan_requirement")) ==
          OrgRepository(*p.db).jabatanCount());
}

TEST_CASE("About 60% of demo employees are assessed, unevenly by OPD", "[analysis][demo]")
{
    DemoProvince &p = demo();
    const int employees = p.count(QStringLiteral("SELECT count(*) FROM employee"));
    const int assessed =
        p.count(QStringLiteral("SELECT count(DISTINCT employee_id) FROM employee_competency"));
    CHECK(assessed > employees * 45 / 100);
    CHECK(assessed < employees * 75 / 100);

    const QList<DataQualityRow> board = DataQuality::board(*p.db, Test::ReferenceDate);
    const auto [worst, best] = std::minmax_element(
        board.begin(), board.end(), [](const DataQualityRow &a, const DataQualityRow &b) {
            return a.completeCompetencyShare() < b.completeCompetencyShare();
        });
    CHECK(best->completeCompetencyShare() - worst->completeCompetencyShare() > 0.4);
    const auto bkd = std::find_if(board.begin(), board.end(), [](const DataQualityRow &row) {
        return row.opdName == QStringLiteral("Badan Kepegawaian Daerah");
    });
    REQUIRE(bkd != board.end());
    CHECK(bkd->completeCompetencyShare() > 0.6);
}

TEST_CASE("Demo assessments place employees on the talent grid", "[analysis][demo]")
{
    DemoProvince &p = demo();
    CHECK(p.count(QStringLiteral("SELECT count(*) FROM assessment WHERE kind = 'potential'")) > 0);
    CHECK(p.count(QStringLiteral("SELECT count(*) FROM certification")) > 0);
    DatabaseError error;
    const TalentGridResult grid = TalentGrid::compute(*p.db, Test::ReferenceDate, 0, &error);
    REQUIRE_FALSE(error);
    CHECK(grid.placed() > grid.employees / 5);
    CHECK(grid.unplaced() > 0);
    CHECK_FALSE(grid.successionPool().isEmpty());
    for (int box = 1; box <= TalentGridResult::BoxCount; ++box) {
        INFO("box " << box);
        CHECK_FALSE(grid.box(box).isEmpty());
    }
}

TEST_CASE("Demo flags feed the eligibility rules", "[analysis][demo]")
{
    DemoProvince &p = demo();
    for (const char *kind : {"tugas_belajar", "ikatan_dinas", "disciplinary_process"}) {
        INFO(kind);
        CHECK(p.count(QStringLiteral("SELECT count(*) FROM employee_flag WHERE kind = '%1'")
                          .arg(QLatin1String(kind))) > 0);
    }
    const CandidatePool pool = CandidatePool::load(*p.db, Test::ReferenceDate, {});
    CHECK(std::any_of(pool.candidates().begin(), pool.candidates().end(),
                      [](const CandidateFacts &c) { return c.has(CandidateFacts::TugasBelajar); }));
}

TEST_CASE("Demo ABK tasks give a need near the formasi", "[analysis][demo]")
{
    DemoProvince &p = demo();
    AbkRepository abk(*p.db);
    OrgRepository org(*p.db);
    const QList<AbkPost> posts = abk.posts();
    REQUIRE(posts.size() >= 5);
    for (const AbkPost &post : posts) {
        const int formasi = org.formasiRequired(post.unitId, post.jabatanId).value_or(0);
        const int needed = AbkCalculator::compute(abk.tasks(post.unitId, post.jabatanId),
                                                  AbkCalculator::DefaultEffectiveHours)
                               .needed;
        INFO("unit " << post.unitId << " jabatan " << post.jabatanId);
        CHECK(needed >= std::max(1, formasi * 7 / 10));
        CHECK(needed <= formasi * 14 / 10 + 1);
    }
}

TEST_CASE("A demo shortage has eligible candidates who match well", "[analysis][demo]")
{
    DemoProvince &p = demo();
    const QList<StaffingRow> shortages = NeedsAnalysis::run(*p.db).shortages();
    REQUIRE_FALSE(shortages.isEmpty());
    CHECK(shortages.first().remote); // the seed's example: remote schools lack teachers
    const auto vacancy =
        VacancyProfile::load(*p.db, shortages.first().jabatanId, shortages.first().unitId);
    REQUIRE(vacancy);
    const EligibilityRuleSettings settings;
    const CandidatePool pool =
        CandidatePool::load(*p.db, Test::ReferenceDate, CandidateRanking::poolOptions(settings));
    const CandidateRanking ranking(pool, *vacancy, settings);
    REQUIRE_FALSE(ranking.candidates().isEmpty());
    CHECK(ranking.candidates().first().jpm > 75);
    CHECK(ranking.candidates().first().standing != CandidateStanding::Blocked);
    CHECK(ranking.blocked() > 0);
}

TEST_CASE("The same seed gives the same competency data", "[analysis][demo]")
{
    const QString fingerprint =
        QStringLiteral("SELECT count(*) || '/' || sum(employee_id * competency_id * level) FROM "
                       "employee_competency");
    DemoProvince a(300);
    DemoProvince b(300);
    QSqlQuery qa(a.db->connection());
    QSqlQuery qb(b.db->connection());
    REQUIRE(qa.exec(fingerprint));
    REQUIRE(qb.exec(fingerprint));
    REQUIRE(qa.next());
    REQUIRE(qb.next());
    CHECK(qa.value(0).toString() == qb.value(0).toString());
}
