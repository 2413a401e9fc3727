// The planning settings an officer changes from the user interface leave audit entries: the
// eligibility rules, the ABK tasks of a post and the effective working hours.
#include "AnalysisFixture.h"
#include "analysis/AbkCalculator.h"
#include "storage/AbkRepository.h"
#include "storage/AuditLog.h"
#include "storage/EligibilityRuleRepository.h"

#include <catch2/catch.hpp>

using namespace Simutasi;

namespace {

QList<AuditEntry> entriesOf(Database &db, const QString &entity)
{
    AuditFilter filter;
    filter.entity = entity;
    return AuditLog(db).entries(filter);
}

const AuditEntry *findField(const QList<AuditEntry> &entries, const QString &field, qint64 entityId)
{
    for (const AuditEntry &entry : entries) {
        if (entry.field == field && entry.entityId == entityId)
            return &entry;
    }
    return nullptr;
}

AbkTask namedTask(const QString &name, double volume, double minutes)
{
    AbkTask t;
    t.name = name;
    t.yearlyVolume = volume;
    t.minutesPerUnit = minutes;
    return t;
}

} // namespace

TEST_CASE("Saving eligibility rules audits every changed field, and nothing else",
          "[analysis][audit]")
{
    Test::SmallProvince p;
    EligibilityRuleRepository repository(*p.db);
    EligibilityRuleSettings settings = repository.load();
    EligibilityRuleConfig time = settings.rule(EligibilityRuleId::TimeInPost);
    time.threshold = 18;
    time.severity = RuleSeverity::Warning;
    settings.setRule(time);
    REQUIRE_FALSE(repository.save(settings, QStringLiteral("admin.bkd")));

    const QList<AuditEntry> first = entriesOf(*p.db, QStringLiteral("eligibility_rule"));
    REQUIRE(first.size() == 2);
    const qint64 timeRule = int(EligibilityRuleId::TimeInPost) + 1;
    const AuditEntry *threshold = findField(first, QStringLiteral("threshold"), timeRule);
    REQUIRE(threshold);
    CHECK(threshold->oldValue == QStringLiteral("24"));
    CHECK(threshold->newValue == QStringLiteral("18"));
    CHECK(threshold->user == QStringLiteral("admin.bkd"));
    const AuditEntry *severity = findField(first, QStringLiteral("severity"), timeRule);
    REQUIRE(severity);
    CHECK(severity->oldValue == QStringLiteral("blocking"));
    CHECK(severity->newValue == QStringLiteral("warning"));

    // Saving the same settings again changes nothing and records nothing.
    REQUIRE_FALSE(repository.save(settings, QStringLiteral("admin.bkd")));
    CHECK(entriesOf(*p.db, QStringLiteral("eligibility_rule")).size() == 2);

    // Back to the defaults: the rule's row goes and the change is recorded.
    REQUIRE_FALSE(repository.save(EligibilityRuleSettings::defaults(), QStringLiteral("admin")));
    CHECK(repository.load() == EligibilityRuleSettings::defaults());
    CHECK(entriesOf(*p.db, QStringLiteral("eligibility_rule")).size() == 4);
    CHECK(AuditLog(*p.db).verify().intact);
}

TEST_CASE("Saving the ABK tasks of a post adds, updates and removes them, audited",
          "[analysis][abk][audit]")
{
    Test::SmallProvince p;
    QList<AbkTask> tasks{namedTask(QStringLiteral("Mengajar"), 2664, 45),
                         namedTask(QStringLiteral("Menilai"), 3000, 30)};
    REQUIRE_FALSE(AbkCalculator::saveTasks(*p.db, p.sma5.id, p.guruMuda.id, tasks,
                                           QStringLiteral("kasubbag")));
    REQUIRE(tasks[0].id > 0);
    REQUIRE(tasks[1].id > 0);
    CHECK(AbkRepository(*p.db).tasks(p.sma5.id, p.guruMuda.id).size() == 2);
    QList<AuditEntry> entries = entriesOf(*p.db, QStringLiteral("abk_task"));
    // Two creations of three fields each: name, volume, time standard (no output unit).
    CHECK(entries.size() == 6);
    const AuditEntry *volume = findField(entries, QStringLiteral("yearly_volume"), tasks[0].id);
    REQUIRE(volume);
    CHECK(volume->action == QStringLiteral("create"));
    CHECK(volume->newValue == QStringLiteral("2664"));

    // Change one, drop the other, add a third.
    QList<AbkTask> edited{tasks[0], namedTask(QStringLiteral("Piket"), 100, 60)};
    edited[0].minutesPerUnit = 40;
    REQUIRE_FALSE(AbkCalculator::saveTasks(*p.db, p.sma5.id, p.guruMuda.id, edited,
                                           QStringLiteral("kasubbag")));
    const QList<AbkTask> stored = AbkRepository(*p.db).tasks(p.sma5.id, p.guruMuda.id);
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].minutesPerUnit == Approx(40));
    CHECK(stored[1].name == QStringLiteral("Piket"));
    entries = entriesOf(*p.db, QStringLiteral("abk_task"));
    const AuditEntry *minutes = findField(entries, QStringLiteral("minutes_per_unit"), tasks[0].id);
    REQUIRE(minutes);
    CHECK(minutes->action == QStringLiteral("update"));
    CHECK(minutes->oldValue == QStringLiteral("45"));
    CHECK(minutes->newValue == QStringLiteral("40"));
    const AuditEntry *removed = findField(entries, QStringLiteral("name"), tasks[1].id);
    REQUIRE(removed);
    CHECK(removed->action == QStringLiteral("delete"));
    CHECK(removed->oldValue == QStringLiteral("Menilai"));

    // A task without a name is refused and nothing changes.
    QList<AbkTask> bad{namedTask(QString(), 1, 1)};
    CHECK(AbkCalculator::saveTasks(*p.db, p.sma5.id, p.guruMuda.id, bad).isError());
    CHECK(AbkRepository(*p.db).tasks(p.sma5.id, p.guruMuda.id).size() == 2);
    CHECK(AuditLog(*p.db).verify().intact);
}

TEST_CASE("Changing the effective hours is audited", "[analysis][abk][audit]")
{
    Test::SmallProvince p;
    REQUIRE_FALSE(AbkCalculator::setEffectiveHours(*p.db, 1100, QStringLiteral("admin")));
    const QList<AuditEntry> entries = entriesOf(*p.db, QStringLiteral("app_setting"));
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].field == AbkCalculator::effectiveHoursKey());
    CHECK(entries[0].oldValue.isEmpty());
    CHECK(entries[0].newValue == QStringLiteral("1100"));
    REQUIRE_FALSE(AbkCalculator::setEffectiveHours(*p.db, 1100, QStringLiteral("admin")));
    CHECK(entriesOf(*p.db, QStringLiteral("app_setting")).size() == 1);
}
