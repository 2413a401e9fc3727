// Workload analysis on hand-computed examples, and adopting its result as formasi.
#include "AnalysisFixture.h"
#include "analysis/AbkCalculator.h"
#include "storage/AbkRepository.h"
#include "storage/AuditLog.h"
#include "storage/OrgRepository.h"

#include <catch2/catch.hpp>

using namespace Simutasi;

namespace {

AbkTask task(double volume, double minutes)
{
    AbkTask t;
    t.name = QStringLiteral("Task");
    t.yearlyVolume = volume;
    t.minutesPerUnit = minutes;
    return t;
}

} // namespace

TEST_CASE("ABK: needed = sum of volume x time / effective hours", "[analysis][abk]")
{
    // 1000 x 60 min + 250 x 60 min = 1250 h = one person at 1250 h.
    AbkResult r = AbkCalculator::compute({task(1000, 60), task(250, 60)}, 1250);
    CHECK(r.workloadHours == Approx(1250));
    CHECK(r.exactNeed == Approx(1.0));
    CHECK(r.needed == 1);

    // 36 lessons x 45 min x 2 classes x 37 weeks = 1998 h -> 1.5984 -> 2.
    r = AbkCalculator::compute({task(36 * 2 * 37, 45)}, 1250);
    CHECK(r.workloadHours == Approx(1998));
    CHECK(r.needed == 2);

    // The same workload against 1000 effective hours: 1.998 -> 2; against 1600: 1.249 -> 1.
    CHECK(AbkCalculator::compute({task(36 * 2 * 37, 45)}, 1000).needed == 2);
    CHECK(AbkCalculator::compute({task(36 * 2 * 37, 45)}, 1600).needed == 1);
    CHECK(AbkCalculator::compute({}, 1250).needed == 0);
}

TEST_CASE("ABK rounding: halves up, at least one person for any workload", "[analysis][abk]")
{
    CHECK(AbkCalculator::roundNeed(0.0) == 0);
    CHECK(AbkCalculator::roundNeed(0.05) == 1);
    CHECK(AbkCalculator::roundNeed(1.49) == 1);
    CHECK(AbkCalculator::roundNeed(1.5) == 2);
    CHECK(AbkCalculator::roundNeed(1.4999999999999) == 2); // a sum that missed 1.5 by rounding
    CHECK(AbkCalculator::roundNeed(2.5) == 3);
    CHECK(AbkCalculator::roundNeed(3.2) == 3);
    // 1875 h exactly: 1125 outputs of 100 minutes.
    CHECK(AbkCalculator::compute({task(1125, 100)}, 1250).needed == 2);
}

TEST_CASE("ABK effective hours are a database setting", "[analysis][abk]")
{
    Test::SmallProvince p;
    CHECK(AbkCalculator::effectiveHours(*p.db) == Approx(1250));
    REQUIRE_FALSE(AbkCalculator::setEffectiveHours(*p.db, 1100));
    CHECK(AbkCalculator::effectiveHours(*p.db) == Approx(1100));
    CHECK(AbkCalculator::setEffectiveHours(*p.db, 0).isError());
    CHECK(AbkCalculator::effectiveHours(*p.db) == Approx(1100));
}

TEST_CASE("ABK tasks are stored per post and their result adopted as formasi, audited",
          "[analysis][abk]")
{
    Test::SmallProvince p;
    AbkRepository repository(*p.db);
    AbkTask lessons = task(2664, 45);
    lessons.unitId = p.sma5.id;
    lessons.jabatanId = p.guruMuda.id;
    lessons.outputUnit = QStringLiteral("jam pelajaran");
    REQUIRE_FALSE(repository.addTask(lessons));
    AbkTask marking = task(3000, 30);
    marking.unitId = p.sma5.id;
    marking.jabatanId = p.guruMuda.id;
    REQUIRE_FALSE(repository.addTask(marking));
    const QList<AbkTask> tasks = repository.tasks(p.sma5.id, p.guruMuda.id);
    REQUIRE(tasks.size() == 2);
    CHECK(tasks[0].outputUnit == QStringLiteral("jam pelajaran"));
    REQUIRE(repository.posts().size() == 1);
    CHECK(repository.posts()[0].tasks == 2);

    // 1998 h + 1500 h = 3498 h / 1250 = 2.798 -> 3.
    const AbkResult result = AbkCalculator::compute(tasks, AbkCalculator::effectiveHours(*p.db));
    REQUIRE(result.needed == 3);
    REQUIRE_FALSE(AbkCalculator::adoptAsFormasi(*p.db, p.sma5.id, p.guruMuda.id, result.needed,
                                                QStringLiteral("kabid.mutasi")));
    CHECK(OrgRepository(*p.db).formasiRequired(p.sma5.id, p.guruMuda.id) == 3);

    AuditFilter filter;
    filter.entity = QStringLiteral("formasi");
    const QList<AuditEntry> entries = AuditLog(*p.db).entries(filter);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].entityId == p.sma5.id);
    CHECK(entries[0].field == QStringLiteral("required/jabatan_id=%1").arg(p.guruMuda.id));
    CHECK(entries[0].oldValue == QStringLiteral("4"));
    CHECK(entries[0].newValue == QStringLiteral("3"));
    CHECK(entries[0].user == QStringLiteral("kabid.mutasi"));
    CHECK(AuditLog(*p.db).verify().intact);

    // A post without formasi gets one; the old value is empty.
    REQUIRE_FALSE(AbkCalculator::adoptAsFormasi(*p.db, p.bkd.id, p.guruPertama.id, 1, {}));
    CHECK(AuditLog(*p.db).entries(filter).first().oldValue.isEmpty());

    marking.minutesPerUnit = 60;
    REQUIRE_FALSE(repository.updateTask(marking));
    REQUIRE_FALSE(repository.removeTask(lessons.id));
    REQUIRE(repository.tasks(p.sma5.id, p.guruMuda.id).size() == 1);
    CHECK(repository.tasks(p.sma5.id, p.guruMuda.id)[0].minutesPerUnit == Approx(60));
}
