// Every eligibility rule of DOMAIN.md at its boundary, on both sides, with the sentence shown.
#include "AnalysisFixture.h"
#include "analysis/CandidatePool.h"
#include "analysis/Duration.h"
#include "analysis/EligibilityRules.h"
#include "domain/EmployeeHistory.h"

#include <catch2/catch.hpp>

using namespace Simutasi;
using Rule = EligibilityRuleId;
using Test::eligibleTeacher;
using Test::ReferenceDate;

namespace {

// Judges one candidate for the Guru Ahli Muda vacancy and keeps the sentence of the rule asked.
struct Judge
{
    EligibilityRuleSettings settings;
    TransferKind kind = TransferKind::AgencyOrdered;
    QDate reference = ReferenceDate;
    QString field = QStringLiteral("Pendidikan Matematika");
    QString sentence;

    RuleResult check(const CandidateFacts &candidate, Rule rule)
    {
        CandidatePool pool(reference);
        pool.add(candidate, field);
        VacancyProfile vacancy = Test::guruVacancy();
        vacancy.resolveFields(pool);
        const EligibilityRules rules(settings, vacancy, reference, kind);
        const RuleResult result = rules.evaluate(pool.at(0))[int(rule)];
        sentence = rules.describe(result, pool.at(0), field);
        return result;
    }
    RuleOutcome outcome(const CandidateFacts &candidate, Rule rule)
    {
        return check(candidate, rule).outcome;
    }
};

quint8 predicate(SkpPredicate p)
{
    return static_cast<quint8>(p);
}

} // namespace

TEST_CASE("The reference candidate passes every rule", "[analysis][eligibility]")
{
    Judge judge;
    for (const Rule rule : EligibilityRuleSettings::allRules()) {
        INFO("rule " << EligibilityRuleSettings::code(rule).toStdString());
        CHECK(judge.outcome(eligibleTeacher(), rule) == RuleOutcome::Pass);
    }
}

TEST_CASE("Durations read as years and months", "[analysis][eligibility]")
{
    CHECK(Duration::wholeMonths(QDate(2024, 11, 27), QDate(2026, 11, 27)) == 24);
    CHECK(Duration::wholeMonths(QDate(2024, 11, 28), QDate(2026, 11, 27)) == 23);
    CHECK(Duration::wholeMonths(QDate(2024, 1, 31), QDate(2024, 2, 29)) == 1);
    CHECK(Duration::wholeMonths(QDate(2026, 11, 27), QDate(2025, 11, 27)) == -12);
    // The definition, checked over month ends and leap days: from + n months <= to < from + n+1.
    for (QDate from(2023, 1, 25); from < QDate(2024, 4, 5); from = from.addDays(1)) {
        for (QDate to = from; to < from.addDays(800); to = to.addDays(13)) {
            const int n = Duration::wholeMonths(from, to);
            REQUIRE(from.addMonths(n) <= to);
            REQUIRE(from.addMonths(n + 1) > to);
        }
    }
    CHECK(Duration::text(16) == QStringLiteral("1 year 4 months"));
    CHECK(Duration::text(24) == QStringLiteral("2 years"));
    CHECK(Duration::text(1) == QStringLiteral("1 month"));
    CHECK(Duration::text(0) == QStringLiteral("0 months"));
}

TEST_CASE("Rule 1: a CPNS is blocked, a PPPK flagged", "[analysis][eligibility]")
{
    Judge judge;
    CandidateFacts c = eligibleTeacher();
    c.status = EmployeeStatus::Cpns;
    CHECK(judge.outcome(c, Rule::Status) == RuleOutcome::Blocking);
    c.status = EmployeeStatus::Pppk;
    CHECK(judge.outcome(c, Rule::Status) == RuleOutcome::Warning);
    CHECK(judge.sentence.contains(QStringLiteral("PPPK")));
}

TEST_CASE("Rule 2: exactly two years in the jabatan passes, one day less is blocked",
          "[analysis][eligibility]")
{
    Judge judge;
    CandidateFacts c = eligibleTeacher();
    c.tmtJabatan = QDate(2024, 11, 27);
    CHECK(judge.outcome(c, Rule::TimeInPost) == RuleOutcome::Pass);
    c.tmtJabatan = QDate(2024, 11, 28);
    const RuleResult result = judge.check(c, Rule::TimeInPost);
    CHECK(result.outcome == RuleOutcome::Blocking);
    CHECK(result.value == 23);
    CHECK(judge.sentence == QStringLiteral("Time in current jabatan 1 year 11 months, less than "
                                           "2 years"));
    c.tmtJabatan = QDate(2025, 7, 27);
    judge.check(c, Rule::TimeInPost);
    CHECK(judge.sentence == QStringLiteral("Time in current jabatan 1 year 4 months, less than "
                                           "2 years"));
}

TEST_CASE("Rule 2: five years in the post is a rotation signal, not a failure",
          "[analysis][eligibility]")
{
    Judge judge;
    CandidateFacts c = eligibleTeacher();
    c.tmtJabatan = QDate(2021, 11, 27);
    RuleResult result = judge.check(c, Rule::TimeInPost);
    CHECK(result.outcome == RuleOutcome::Pass);
    CHECK(result.reason == RuleResult::Reason::RotationDue);
    CHECK(judge.sentence.contains(QStringLiteral("rotation is due")));
    c.tmtJabatan = QDate(2021, 11, 28);
    result = judge.check(c, Rule::TimeInPost);
    CHECK(result.reason == RuleResult::Reason::Ok);
}

TEST_CASE("Rule 2: a missing TMT warns, and the threshold and severity are configurable",
          "[analysis][eligibility]")
{
    Judge judge;
    CandidateFacts c = eligibleTeacher();
    c.tmtJabatan = QDate();
    CHECK(judge.outcome(c, Rule::TimeInPost) == RuleOutcome::Warning);

    c.tmtJabatan = QDate(2025, 11, 27); // 12 months
    CHECK(judge.outcome(c, Rule::TimeInPost) == RuleOutcome::Blocking);
    EligibilityRuleConfig config = judge.settings.rule(Rule::TimeInPost);
    config.threshold = 12;
    judge.settings.setRule(config);
    CHECK(judge.outcome(c, Rule::TimeInPost) == RuleOutcome::Pass);
    config.threshold = 13;
    config.severity = RuleSeverity::Warning;
    judge.settings.setRule(config);
    CHECK(judge.outcome(c, Rule::TimeInPost) == RuleOutcome::Warning);
    config.enabled = false;
    judge.settings.setRule(config);
    CHECK(judge.outcome(c, Rule::TimeInPost) == RuleOutcome::NotChecked);
}

TEST_CASE("Rule 3: a sanction being served or a pending process blocks", "[analysis][eligibility]")
{
    Judge judge;
    CandidateFacts c = eligibleTeacher();
    c.flags = CandidateFacts::SanctionActive;
    CHECK(judge.outcome(c, Rule::Discipline) == RuleOutcome::Blocking);
    CHECK(judge.sentence == QStringLiteral("Serving a disciplinary sanction"));
    c.flags = CandidateFacts::DisciplinaryProcess | CandidateFacts::CourtProcess;
    CHECK(judge.outcome(c, Rule::Discipline) == RuleOutcome::Blocking);
    CHECK(judge.sentence == QStringLiteral("Disciplinary process pending; Court process pending"));
    c.flags = CandidateFacts::TugasBelajar; // another rule's flag
    CHECK(judge.outcome(c, Rule::Discipline) == RuleOutcome::Pass);
}

TEST_CASE("Rule 4: SKP at least Baik in each of the last two years", "[analysis][eligibility]")
{
    Judge judge;
    CandidateFacts c = eligibleTeacher();
    c.skp = {predicate(SkpPredicate::Baik), predicate(SkpPredicate::Baik)};
    CHECK(judge.outcome(c, Rule::Performance) == RuleOutcome::Pass);
    c.skp = {predicate(SkpPredicate::SangatBaik), predicate(SkpPredicate::ButuhPerbaikan)};
    CHECK(judge.outcome(c, Rule::Performance) == RuleOutcome::Blocking);
    CHECK(judge.sentence == QStringLiteral("SKP 2024: Butuh Perbaikan, below Baik"));
    c.skp = {predicate(SkpPredicate::SangatBaik), 0};
    CHECK(judge.outcome(c, Rule::Performance) == RuleOutcome::Warning);
    CHECK(judge.sentence == QStringLiteral("SKP 2024 is not recorded"));

    // The third year counts only when the rule looks three years back.
    c.skp = {predicate(SkpPredicate::Baik), predicate(SkpPredicate::Baik),
             predicate(SkpPredicate::Kurang)};
    CHECK(judge.outcome(c, Rule::Performance) == RuleOutcome::Pass);
    EligibilityRuleConfig config = judge.settings.rule(Rule::Performance);
    config.threshold = 3;
    judge.settings.setRule(config);
    CHECK(judge.outcome(c, Rule::Performance) == RuleOutcome::Blocking);
}

TEST_CASE("Rule 5: tugas belajar and ikatan dinas block", "[analysis][eligibility]")
{
    Judge judge;
    CandidateFacts c = eligibleTeacher();
    c.flags = CandidateFacts::TugasBelajar;
    CHECK(judge.outcome(c, Rule::StudyLeave) == RuleOutcome::Blocking);
    c.flags = CandidateFacts::IkatanDinas;
    CHECK(judge.outcome(c, Rule::StudyLeave) == RuleOutcome::Blocking);
    CHECK(judge.sentence == QStringLiteral("Bound by ikatan dinas"));
}

TEST_CASE("Rule 6: exactly 12 months before pensiun passes, one day later is blocked",
          "[analysis][eligibility]")
{
    // Born 15 October 1969, BUP 58 (Guru Ahli Muda): pensiun on 1 November 2027.
    Judge judge;
    CandidateFacts c = eligibleTeacher();
    c.birthDate = QDate(1969, 10, 15);
    judge.reference = QDate(2026, 11, 1);
    CHECK(judge.outcome(c, Rule::NearRetirement) == RuleOutcome::Pass);
    judge.reference = QDate(2026, 11, 2);
    const RuleResult result = judge.check(c, Rule::NearRetirement);
    CHECK(result.outcome == RuleOutcome::Blocking);
    CHECK(judge.sentence == QStringLiteral("Pensiun on 1 November 2027 (BUP 58 years), less than "
                                           "1 year away"));
    c.birthDate = QDate();
    CHECK(judge.outcome(c, Rule::NearRetirement) == RuleOutcome::Warning);
}

TEST_CASE("Rule 7: golongan range, education level and field of the target jabatan",
          "[analysis][eligibility]")
{
    Judge judge;
    CandidateFacts c = eligibleTeacher();
    const auto rank = [](const char *text) {
        return Golongan::parse(QString::fromLatin1(text))->rank();
    };
    c.golonganRank = rank("III/d"); // upper bound
    CHECK(judge.outcome(c, Rule::Qualification) == RuleOutcome::Pass);
    c.golonganRank = rank("IV/a");
    CHECK(judge.outcome(c, Rule::Qualification) == RuleOutcome::Blocking);
    c.golonganRank = rank("III/b");
    CHECK(judge.outcome(c, Rule::Qualification) == RuleOutcome::Blocking);
    CHECK(judge.sentence == QStringLiteral("Golongan III/b outside the range III/c - III/d"));

    c = eligibleTeacher();
    c.educationLevel = EducationLevel::D4;
    CHECK(judge.outcome(c, Rule::Qualification) == RuleOutcome::Blocking);
    CHECK(judge.sentence == QStringLiteral("Education D4; at least S1 required"));
    c.educationLevel = EducationLevel::S2;
    CHECK(judge.outcome(c, Rule::Qualification) == RuleOutcome::Pass);

    judge.field = QStringLiteral("pendidikan fisika "); // case and spaces do not matter
    CHECK(judge.outcome(c, Rule::Qualification) == RuleOutcome::Pass);
    judge.field = QStringLiteral("Pendidikan Biologi");
    CHECK(judge.outcome(c, Rule::Qualification) == RuleOutcome::Blocking);
    CHECK(judge.sentence ==
          QStringLiteral("Education field Pendidikan Biologi is not accepted for this jabatan"));
    judge.field.clear();
    CHECK(judge.outcome(c, Rule::Qualification) == RuleOutcome::Blocking);
    CHECK(judge.sentence == QStringLiteral("Education field is not recorded"));
}

TEST_CASE("Rule 7: a PPPK's grade is not held against the golongan range",
          "[analysis][eligibility]")
{
    Judge judge;
    CandidateFacts c = eligibleTeacher();
    c.status = EmployeeStatus::Pppk;
    c.golonganRank = 0;
    CHECK(judge.outcome(c, Rule::Qualification) == RuleOutcome::Pass);
    c.status = EmployeeStatus::Pns;
    CHECK(judge.outcome(c, Rule::Qualification) == RuleOutcome::Blocking);
}

TEST_CASE("Rule 8: ten years after the CPNS appointment for a self-requested transfer",
          "[analysis][eligibility]")
{
    Judge judge;
    judge.reference = QDate(2026, 11, 1);
    CandidateFacts c = eligibleTeacher();
    c.tmtJabatan = QDate(2022, 1, 1);
    c.tmtCpns = QDate(2016, 12, 1);                                 // 9 years 11 months
    CHECK(judge.outcome(c, Rule::CpnsTenure) == RuleOutcome::Pass); // agency-ordered
    judge.kind = TransferKind::SelfRequested;
    CHECK(judge.outcome(c, Rule::CpnsTenure) == RuleOutcome::Blocking);
    CHECK(judge.sentence == QStringLiteral("CPNS appointment 9 years 11 months ago, less than "
                                           "10 years: a self-requested transfer is not allowed"));
    c.tmtCpns = QDate(2016, 11, 1); // exactly 10 years
    CHECK(judge.outcome(c, Rule::CpnsTenure) == RuleOutcome::Pass);
}

TEST_CASE("A candidate's standing is the worst of the rule outcomes", "[analysis][eligibility]")
{
    RuleResults results{};
    CHECK(EligibilityRules::standing(results) == CandidateStanding::Clean);
    results[3].outcome = RuleOutcome::Warning;
    CHECK(EligibilityRules::standing(results) == CandidateStanding::Warning);
    results[5].outcome = RuleOutcome::Blocking;
    CHECK(EligibilityRules::standing(results) == CandidateStanding::Blocked);
    results[5].outcome = RuleOutcome::NotChecked;
    CHECK(EligibilityRules::standing(results) == CandidateStanding::Warning);
}

TEST_CASE("Every rule has a title, an explanation and a stable code", "[analysis][eligibility]")
{
    for (const Rule rule : EligibilityRuleSettings::allRules()) {
        CHECK_FALSE(EligibilityRules::title(rule).isEmpty());
        CHECK_FALSE(EligibilityRules::explanation(rule).isEmpty());
        CHECK(EligibilityRuleSettings::fromCode(EligibilityRuleSettings::code(rule)) == rule);
    }
    CHECK(EligibilityRuleSettings::defaultConfig(Rule::TimeInPost).threshold == 24);
    CHECK(EligibilityRuleSettings::defaultConfig(Rule::NearRetirement).threshold == 12);
    CHECK(EligibilityRuleSettings::defaultConfig(Rule::CpnsTenure).threshold == 120);
}

TEST_CASE("The fast standing agrees with the full evaluation", "[analysis][eligibility]")
{
    // Many combinations of failing parts, under default and relaxed settings.
    EligibilityRuleSettings relaxed;
    for (const Rule rule : {Rule::Performance, Rule::Qualification}) {
        EligibilityRuleConfig config = relaxed.rule(rule);
        config.severity = RuleSeverity::Warning;
        relaxed.setRule(config);
    }
    EligibilityRuleConfig off = relaxed.rule(Rule::Status);
    off.enabled = false;
    relaxed.setRule(off);

    CandidatePool pool(ReferenceDate);
    for (int i = 0; i < 256; ++i) {
        CandidateFacts c = eligibleTeacher(i + 1);
        c.status = static_cast<EmployeeStatus>(i % 3);
        c.tmtJabatan = (i & 4) ? QDate(2025, 6, 1) : QDate();
        c.flags = quint8((i >> 3) & 0x1f);
        c.skp[1] = (i & 16) ? 0 : 2;
        c.golonganRank = (i & 32) ? 9 : 11;
        c.birthDate = (i & 64) ? QDate(1969, 1, 1) : QDate(1985, 1, 1);
        c.educationLevel = (i & 128) ? EducationLevel::D3 : EducationLevel::S1;
        pool.add(c, (i & 2) ? QStringLiteral("Hukum") : QStringLiteral("Pendidikan Fisika"));
    }
    VacancyProfile vacancy = Test::guruVacancy();
    vacancy.resolveFields(pool);
    for (const EligibilityRuleSettings &settings : {EligibilityRuleSettings(), relaxed}) {
        for (const TransferKind kind : {TransferKind::AgencyOrdered, TransferKind::SelfRequested}) {
            const EligibilityRules rules(settings, vacancy, ReferenceDate, kind);
            for (const CandidateFacts &c : pool.candidates()) {
                INFO("candidate " << c.id);
                CHECK(rules.standingOf(c) == EligibilityRules::standing(rules.evaluate(c)));
            }
        }
    }
}
