// Schema v2 repositories round-trip, and the candidate pool's bulk load.
#include "AnalysisFixture.h"
#include "analysis/CandidatePool.h"
#include "analysis/Shortlist.h"
#include "domain/EmployeeHistory.h"
#include "storage/AssessmentRepository.h"
#include "storage/CompetencyRepository.h"
#include "storage/EligibilityRuleRepository.h"
#include "storage/EmployeeFlagRepository.h"
#include "storage/EmployeeRepository.h"
#include "storage/Migrations.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace Simutasi;

namespace {

int rowCount(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("The competency dictionary, levels and requirement profiles round-trip",
          "[analysis][storage]")
{
    Test::SmallProvince p;
    CompetencyRepository repository(*p.db);
    Competency integritas{0,
                          QStringLiteral("INT"),
                          QStringLiteral("Integritas"),
                          CompetencyKind::Managerial,
                          QStringLiteral("Konsisten berperilaku selaras dengan nilai."),
                          {QStringLiteral("Jujur"), QStringLiteral("Mengingatkan")}};
    Competency pedagogi{
        0, QStringLiteral("PED"), QStringLiteral("Pedagogi"), CompetencyKind::Technical, {}, {}};
    REQUIRE_FALSE(repository.addCompetency(integritas));
    REQUIRE_FALSE(repository.addCompetency(pedagogi));
    CHECK(repository.addCompetency(pedagogi).kind == DatabaseError::Kind::Constraint);

    const QList<Competency> all = repository.competencies();
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == QStringLiteral("Pedagogi")); // technical first
    CHECK(all[1].levelDescriptions == integritas.levelDescriptions);
    integritas.levelDescriptions << QStringLiteral("Memastikan");
    REQUIRE_FALSE(repository.updateCompetency(integritas));
    CHECK(repository.competency(integritas.id)->levelDescriptions.size() == 3);

    const qint64 employee = p.firstEmployeeIn(p.sma1.id, p.guruMuda.id);
    REQUIRE_FALSE(repository.setEmployeeLevel(
        {employee, pedagogi.id, 2, QDate(2024, 5, 2), QStringLiteral("Assessment Center BKD")}));
    REQUIRE_FALSE(repository.setEmployeeLevel(
        {employee, pedagogi.id, 3, QDate(2025, 6, 1), QStringLiteral("Assessment Center BKD")}));
    REQUIRE_FALSE(repository.setEmployeeLevel({employee, integritas.id, 4, {}, {}}));
    QList<EmployeeCompetency> levels = repository.employeeLevels(employee);
    REQUIRE(levels.size() == 2);
    CHECK(levels[0].level == 3);
    CHECK(levels[0].assessedOn == QDate(2025, 6, 1));
    CHECK(repository.setEmployeeLevel({employee, pedagogi.id, 6, {}, {}}).isError());
    REQUIRE_FALSE(repository.removeEmployeeLevel(employee, integritas.id));
    CHECK(repository.employeeLevels(employee).size() == 1);

    REQUIRE_FALSE(repository.setRequirement({p.guruMuda.id, pedagogi.id, 3, 2.0}));
    REQUIRE_FALSE(repository.setRequirement({p.guruMuda.id, integritas.id, 2, 1.0}));
    REQUIRE_FALSE(repository.setRequirement({p.guruMuda.id, pedagogi.id, 4, 2.5}));
    const QList<CompetencyRequirement> required = repository.requirements(p.guruMuda.id);
    REQUIRE(required.size() == 2);
    CHECK(required[1].minLevel == 4);
    CHECK(required[1].weight == Approx(2.5));
    REQUIRE_FALSE(repository.removeRequirement(p.guruMuda.id, integritas.id));
    CHECK(repository.allRequirements().size() == 1);
}

TEST_CASE("Assessments, certifications and flags round-trip", "[analysis][storage]")
{
    Test::SmallProvince p;
    const qint64 employee = p.firstEmployeeIn(p.sma1.id, p.guruMuda.id);
    AssessmentRepository assessments(*p.db);
    Assessment potential{0,
                         employee,
                         AssessmentKind::Potential,
                         QDate(2025, 3, 1),
                         78.5,
                         PotentialLevel::High,
                         QStringLiteral("Assessment Center BKD 2025")};
    REQUIRE_FALSE(assessments.addAssessment(potential));
    Assessment managerial{0,
                          employee,
                          AssessmentKind::Managerial,
                          QDate(2024, 3, 1),
                          std::nullopt,
                          PotentialLevel::Unknown,
                          {}};
    REQUIRE_FALSE(assessments.addAssessment(managerial));
    const QList<Assessment> stored = assessments.assessments(employee);
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].potential == PotentialLevel::High); // newest first
    CHECK(stored[0].score == 78.5);
    CHECK_FALSE(stored[1].score.has_value());

    Certification certificate{0,
                              employee,
                              QStringLiteral("Sertifikat Pendidik"),
                              QStringLiteral("Kemendikbudristek"),
                              QDate(2015, 8, 1),
                              {}};
    REQUIRE_FALSE(assessments.addCertification(certificate));
    REQUIRE(assessments.certifications(employee).size() == 1);
    CHECK(assessments.certifications(employee)[0].issuer == QStringLiteral("Kemendikbudristek"));

    EmployeeFlagRepository flags(*p.db);
    EmployeeFlag leave{0,
                       employee,
                       EmployeeFlag::Kind::TugasBelajar,
                       QDate(2025, 9, 1),
                       {},
                       QStringLiteral("SK 800/12/BKD/2025")};
    REQUIRE_FALSE(flags.add(leave));
    REQUIRE(flags.flags(employee).size() == 1);
    CHECK(flags.flags(employee)[0].isActiveOn(Test::ReferenceDate));
    REQUIRE_FALSE(flags.close(leave.id, QDate(2026, 8, 31)));
    CHECK_FALSE(flags.flags(employee)[0].isActiveOn(Test::ReferenceDate));
}

TEST_CASE("Eligibility rule settings store only what differs from the defaults",
          "[analysis][storage]")
{
    Test::SmallProvince p;
    EligibilityRuleRepository repository(*p.db);
    CHECK(repository.load() == EligibilityRuleSettings::defaults());

    EligibilityRuleSettings settings;
    EligibilityRuleConfig time = settings.rule(EligibilityRuleId::TimeInPost);
    time.threshold = 18;
    time.severity = RuleSeverity::Warning;
    settings.setRule(time);
    EligibilityRuleConfig status = settings.rule(EligibilityRuleId::Status);
    status.enabled = false;
    settings.setRule(status);
    REQUIRE_FALSE(repository.save(settings));
    CHECK(rowCount(*p.db, QStringLiteral("eligibility_rule")) == 2);
    CHECK(repository.load() == settings);

    REQUIRE_FALSE(repository.save(EligibilityRuleSettings::defaults()));
    CHECK(rowCount(*p.db, QStringLiteral("eligibility_rule")) == 0);
}

TEST_CASE("The candidate pool loads everything in bulk as of the reference date",
          "[analysis][storage][pool]")
{
    Test::SmallProvince p;
    const qint64 teacher = p.firstEmployeeIn(p.sma1.id, p.guruMuda.id);
    const qint64 analis = p.firstEmployeeIn(p.bkd.id, p.analisSdm.id);
    CompetencyRepository competencies(*p.db);
    Competency pedagogi{
        0, QStringLiteral("PED"), QStringLiteral("Pedagogi"), CompetencyKind::Technical, {}, {}};
    REQUIRE_FALSE(competencies.addCompetency(pedagogi));
    REQUIRE_FALSE(competencies.setEmployeeLevel({analis, pedagogi.id, 2, {}, {}}));
    REQUIRE_FALSE(competencies.setEmployeeLevel({teacher, pedagogi.id, 4, {}, {}}));
    AssessmentRepository assessments(*p.db);
    for (const auto &[day, level] :
         {std::pair{QDate(2023, 1, 1), PotentialLevel::Low},
          std::pair{QDate(2025, 1, 1), PotentialLevel::High},
          std::pair{QDate(2027, 1, 1), PotentialLevel::Medium}}) { // after the reference date
        Assessment a{0, teacher, AssessmentKind::Potential, day, {}, level, {}};
        REQUIRE_FALSE(assessments.addAssessment(a));
    }
    EmployeeFlag court{0, analis, EmployeeFlag::Kind::CourtProcess, QDate(2026, 1, 1), {}, {}};
    REQUIRE_FALSE(EmployeeFlagRepository(*p.db).add(court));
    Sanction sanction{0, teacher, SanctionLevel::Sedang, {}, QDate(2026, 6, 1), QDate(2027, 5, 31),
                      {}};
    REQUIRE_FALSE(EmployeeRepository(*p.db).addSanction(sanction));

    DatabaseError error;
    const CandidatePool pool = CandidatePool::load(*p.db, Test::ReferenceDate, {}, &error);
    REQUIRE_FALSE(error);
    CHECK(pool.size() == 12);
    const CandidateFacts &t = pool.at(pool.indexOf(teacher));
    CHECK(t.inSurplusPost); // SMA 1 has 4 Guru Ahli Muda for a formasi of 2
    CHECK(t.opdId == p.disdik.id);
    CHECK(t.skp[0] == int(SkpPredicate::Baik));
    CHECK(t.tmtCpns == QDate(2010, 1, 1));
    CHECK(t.birthDate == QDate(1985, 3, 12));
    CHECK(t.potential == PotentialLevel::High);
    CHECK(t.has(CandidateFacts::SanctionActive));
    REQUIRE(pool.levels(t).size() == 1);
    CHECK(pool.levels(t)[0].level == 4);
    CHECK(pool.fieldName(t.educationFieldId) == QStringLiteral("Pendidikan Matematika"));
    const CandidateFacts &a = pool.at(pool.indexOf(analis));
    CHECK_FALSE(a.inSurplusPost);
    CHECK(a.has(CandidateFacts::CourtProcess));
    CHECK_FALSE(a.has(CandidateFacts::SanctionActive));
    CHECK(pool.levels(a)[0].level == 2);

    CandidatePool::LoadOptions scoped;
    scoped.scope.opdId = p.bkd.id;
    CHECK(CandidatePool::load(*p.db, Test::ReferenceDate, scoped).size() == 2);
}

TEST_CASE("The shortlist keeps eligible candidates and refuses blocked ones",
          "[analysis][storage][shortlist]")
{
    Test::SmallProvince p;
    const qint64 teacher = p.firstEmployeeIn(p.sma1.id, p.guruMuda.id);
    Shortlist shortlist(*p.db, p.guruMuda.id, p.sma5.id);
    Shortlist::AddResult result =
        shortlist.add(teacher, TransferKind::AgencyOrdered, QStringLiteral("kabid.mutasi"), {},
                      Test::ReferenceDate);
    REQUIRE_FALSE(result.error);
    CHECK(result.added);
    const Shortlist::AddResult again =
        shortlist.add(teacher, TransferKind::AgencyOrdered, {}, {}, Test::ReferenceDate);
    CHECK(again.entryId == result.entryId);
    REQUIRE(shortlist.entries().size() == 1);
    CHECK(shortlist.entries()[0].addedBy == QStringLiteral("kabid.mutasi"));

    // Moved into the jabatan 11 months ago: blocked by the time-in-post rule.
    const qint64 newcomer =
        p.addEmployee(p.sma2.id, p.guruMuda.id, QStringLiteral("Baru"), QDate(2025, 12, 27));
    result = shortlist.add(newcomer, TransferKind::AgencyOrdered, {}, {}, Test::ReferenceDate);
    CHECK_FALSE(result.added);
    CHECK(result.refusal.contains(QStringLiteral("11 months, less than 2 years")));
    CHECK(shortlist.entries().size() == 1);

    REQUIRE_FALSE(shortlist.remove(shortlist.entries()[0].id));
    CHECK(shortlist.entries().isEmpty());
}

TEST_CASE("Schema version 2 adds the competency tables", "[analysis][storage]")
{
    Test::SmallProvince p;
    CHECK(p.db->schemaVersion() >= 2);
    CHECK(QString::fromLatin1(Migrations::steps()[1].title) == QStringLiteral("competency"));
    for (const char *table :
         {"competency", "employee_competency", "assessment", "certification", "jabatan_requirement",
          "abk_task", "employee_flag", "eligibility_rule", "shortlist"})
        CHECK(rowCount(*p.db, QString::fromLatin1(table)) == 0);
}
