// The audited writes of the Kompetensi page: dictionary entries, assessed levels and
// requirement profiles, each with its audit entries in one transaction; and the JPM of one
// employee as the profile page shows it.
#include "AnalysisFixture.h"
#include "analysis/EmployeeMatch.h"
#include "registry/CompetencyEditor.h"
#include "storage/AuditLog.h"
#include "storage/OrgRepository.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

using namespace Simutasi;

namespace {

Competency competency(const QString &code, const QString &name,
                      CompetencyKind kind = CompetencyKind::Technical)
{
    Competency c;
    c.code = code;
    c.name = name;
    c.kind = kind;
    c.levelDescriptions = {QStringLiteral("Mengenal"), QStringLiteral("Memahami"),
                           QStringLiteral("Menerapkan")};
    return c;
}

QList<AuditEntry> auditOf(Database &db, const QString &entity, qint64 id)
{
    AuditFilter filter;
    filter.entity = entity;
    filter.entityId = id;
    return AuditLog(db).entries(filter);
}

const AuditEntry *entryFor(const QList<AuditEntry> &entries, const QString &field)
{
    for (const AuditEntry &entry : entries) {
        if (entry.field == field)
            return &entry;
    }
    return nullptr;
}

struct EditorFixture
{
    Test::SmallProvince province;
    CompetencyEditor editor{*province.db, QStringLiteral("tester")};
    Competency pedagogi = competency(QStringLiteral("ped"), QStringLiteral("Pedagogi"));
    Competency risiko = competency(QStringLiteral("MR"), QStringLiteral("Manajemen Risiko"),
                                   CompetencyKind::Managerial);

    EditorFixture()
    {
        REQUIRE_FALSE(editor.addCompetency(pedagogi));
        REQUIRE_FALSE(editor.addCompetency(risiko));
    }
};

} // namespace

TEST_CASE("Dictionary entries are added and edited with their audit entries",
          "[analysis][competency]")
{
    EditorFixture f;
    CHECK(f.pedagogi.id > 0);
    CHECK(f.pedagogi.code == QStringLiteral("PED")); // codes are kept upper-case
    const auto stored = f.editor.repository().competency(f.pedagogi.id);
    REQUIRE(stored);
    CHECK(stored->levelDescriptions.size() == 3);
    const QList<AuditEntry> created =
        auditOf(*f.province.db, CompetencyEditor::Entity, f.pedagogi.id);
    REQUIRE(entryFor(created, QStringLiteral("name")));
    CHECK(entryFor(created, QStringLiteral("name"))->newValue == QStringLiteral("Pedagogi"));
    CHECK(entryFor(created, QStringLiteral("name"))->action == QStringLiteral("create"));

    Competency edited = *stored;
    edited.levelDescriptions.append(QStringLiteral("Menganalisis"));
    REQUIRE_FALSE(f.editor.updateCompetency(edited));
    const QList<AuditEntry> after =
        auditOf(*f.province.db, CompetencyEditor::Entity, f.pedagogi.id);
    const AuditEntry *level4 = entryFor(after, QStringLiteral("level_4"));
    REQUIRE(level4);
    CHECK(level4->action == QStringLiteral("update"));
    CHECK(level4->oldValue.isEmpty());
    CHECK(level4->newValue == QStringLiteral("Menganalisis"));

    SECTION("a second entry with the same code or name is refused, and nothing is written")
    {
        const int entries = int(AuditLog(*f.province.db).entries({}).size());
        Competency twin = competency(QStringLiteral("Ped"), QStringLiteral("Pedagogi Lanjut"));
        const DatabaseError error = f.editor.addCompetency(twin);
        CHECK(error.kind == DatabaseError::Kind::Constraint);
        CHECK(error.message.contains(QStringLiteral("PED")));
        Competency sameName = competency(QStringLiteral("PED2"), QStringLiteral(" pedagogi "));
        CHECK(f.editor.addCompetency(sameName).kind == DatabaseError::Kind::Constraint);
        CHECK(f.editor.repository().competencies().size() == 2);
        CHECK(int(AuditLog(*f.province.db).entries({}).size()) == entries);
    }
}

TEST_CASE("A competency in use is retired, never removed; an unused one may be removed",
          "[analysis][competency]")
{
    EditorFixture f;
    const qint64 employee = f.province.firstEmployeeIn(f.province.sma1.id, f.province.guruMuda.id);
    REQUIRE_FALSE(f.editor.setEmployeeLevel(
        {employee, f.pedagogi.id, 3, QDate(2025, 5, 2), QStringLiteral("Assessment Center")}));

    CHECK(f.editor.removalBlocker(f.pedagogi.id).contains(QStringLiteral("assessed")));
    CHECK(f.editor.removeCompetency(f.pedagogi.id).kind == DatabaseError::Kind::Constraint);
    CHECK(f.editor.repository().competency(f.pedagogi.id));

    REQUIRE_FALSE(f.editor.retireCompetency(f.pedagogi.id));
    CHECK(f.editor.isRetired(f.pedagogi.id));
    CHECK_FALSE(f.editor.isRetired(f.risiko.id));
    const QList<AuditEntry> retiring =
        auditOf(*f.province.db, CompetencyEditor::Entity, f.pedagogi.id);
    const AuditEntry *retired = entryFor(retiring, QStringLiteral("retired"));
    REQUIRE(retired);
    CHECK(retired->newValue == QStringLiteral("Y"));
    // The stored level stays and can still be corrected; nobody new is assessed on it.
    CHECK(f.editor.repository().employeeLevels(employee).size() == 1);
    CHECK_FALSE(f.editor.setEmployeeLevel(
        {employee, f.pedagogi.id, 4, QDate(2025, 6, 2), QStringLiteral("Assessment Center")}));
    const qint64 other = f.province.firstEmployeeIn(f.province.sma2.id, f.province.guruMuda.id);
    CHECK(
        f.editor.setEmployeeLevel({other, f.pedagogi.id, 2, QDate(2025, 6, 2), QStringLiteral("X")})
            .kind == DatabaseError::Kind::Constraint);
    // A requirement profile cannot take it up anew.
    Jabatan jabatan = f.province.analisSdm;
    CHECK(f.editor.saveRequirementProfile(jabatan, {{jabatan.id, f.pedagogi.id, 2, 1.0}}).kind ==
          DatabaseError::Kind::Constraint);

    REQUIRE_FALSE(f.editor.reinstateCompetency(f.pedagogi.id));
    CHECK_FALSE(f.editor.isRetired(f.pedagogi.id));

    CHECK(f.editor.removalBlocker(f.risiko.id).isEmpty());
    REQUIRE_FALSE(f.editor.removeCompetency(f.risiko.id));
    CHECK_FALSE(f.editor.repository().competency(f.risiko.id));
    const QList<AuditEntry> removal =
        auditOf(*f.province.db, CompetencyEditor::Entity, f.risiko.id);
    const AuditEntry *removed = entryFor(removal, QStringLiteral("code"));
    REQUIRE(removed);
    CHECK(removed->action == QStringLiteral("delete"));
}

TEST_CASE("An assessed level is stored with its date and source, audited on the employee",
          "[analysis][competency]")
{
    EditorFixture f;
    const qint64 employee = f.province.firstEmployeeIn(f.province.sma1.id, f.province.guruMuda.id);
    REQUIRE_FALSE(f.editor.setEmployeeLevel(
        {employee, f.risiko.id, 2, QDate(2025, 3, 4), QStringLiteral(" Assessment  Center ")}));
    QList<EmployeeCompetency> levels = f.editor.repository().employeeLevels(employee);
    REQUIRE(levels.size() == 1);
    CHECK(levels[0].level == 2);
    CHECK(levels[0].assessedOn == QDate(2025, 3, 4));
    CHECK(levels[0].source == QStringLiteral("Assessment Center"));
    QList<AuditEntry> audit = auditOf(*f.province.db, CompetencyEditor::EmployeeEntity, employee);
    REQUIRE(entryFor(audit, QStringLiteral("competency[MR].level")));
    CHECK(entryFor(audit, QStringLiteral("competency[MR].level"))->action ==
          QStringLiteral("create"));
    CHECK(entryFor(audit, QStringLiteral("competency[MR].assessed_on"))->newValue ==
          QStringLiteral("04-03-2025"));

    REQUIRE_FALSE(f.editor.setEmployeeLevel(
        {employee, f.risiko.id, 3, QDate(2026, 1, 10), QStringLiteral("Assessment Center")}));
    levels = f.editor.repository().employeeLevels(employee);
    REQUIRE(levels.size() == 1);
    CHECK(levels[0].level == 3);
    audit = auditOf(*f.province.db, CompetencyEditor::EmployeeEntity, employee);
    const AuditEntry *update = nullptr;
    for (const AuditEntry &entry : audit) {
        if (entry.field == QStringLiteral("competency[MR].level") &&
            entry.action == QStringLiteral("update"))
            update = &entry;
    }
    REQUIRE(update);
    CHECK(update->oldValue == QStringLiteral("2"));
    CHECK(update->newValue == QStringLiteral("3"));

    SECTION("refused: a level outside 1-5, no date, a future date, no source")
    {
        const auto refused = [&](const EmployeeCompetency &level) {
            return f.editor.setEmployeeLevel(level).kind == DatabaseError::Kind::Constraint;
        };
        const QString source = QStringLiteral("BKD");
        CHECK(refused({employee, f.pedagogi.id, 6, QDate(2025, 1, 1), source}));
        CHECK(refused({employee, f.pedagogi.id, 0, QDate(2025, 1, 1), source}));
        CHECK(refused({employee, f.pedagogi.id, 3, QDate(), source}));
        CHECK(refused({employee, f.pedagogi.id, 3, QDate::currentDate().addDays(2), source}));
        CHECK(refused({employee, f.pedagogi.id, 3, QDate(2025, 1, 1), QStringLiteral("  ")}));
        CHECK(refused({999999, f.pedagogi.id, 3, QDate(2025, 1, 1), source}));
        CHECK(f.editor.repository().employeeLevels(employee).size() == 1);
    }
    SECTION("removing a level leaves delete entries with the old values")
    {
        REQUIRE_FALSE(f.editor.removeEmployeeLevel(employee, f.risiko.id));
        CHECK(f.editor.repository().employeeLevels(employee).isEmpty());
        bool found = false;
        for (const AuditEntry &entry :
             auditOf(*f.province.db, CompetencyEditor::EmployeeEntity, employee)) {
            if (entry.action == QStringLiteral("delete") &&
                entry.field == QStringLiteral("competency[MR].level")) {
                found = true;
                CHECK(entry.oldValue == QStringLiteral("3"));
            }
        }
        CHECK(found);
    }
}

TEST_CASE("A requirement profile is saved whole, with one audit entry per change",
          "[analysis][competency]")
{
    EditorFixture f;
    Jabatan jabatan = f.province.guruMuda;
    jabatan.name = QStringLiteral("ignored: the profile does not rename");
    jabatan.minEducation = EducationLevel::S2;
    jabatan.educationFields = {QStringLiteral(" Pendidikan Matematika "),
                               QStringLiteral("Pendidikan Kimia"),
                               QStringLiteral("pendidikan kimia")};
    REQUIRE_FALSE(f.editor.saveRequirementProfile(
        jabatan, {{0, f.pedagogi.id, 3, 2.0}, {0, f.risiko.id, 3, 1.0}}));

    const auto stored = OrgRepository(*f.province.db).jabatan(jabatan.id);
    REQUIRE(stored);
    CHECK(stored->name == QStringLiteral("Guru Ahli Muda"));
    CHECK(stored->minEducation == EducationLevel::S2);
    CHECK(stored->educationFields ==
          QStringList{QStringLiteral("Pendidikan Matematika"), QStringLiteral("Pendidikan Kimia")});
    QList<CompetencyRequirement> lines = f.editor.repository().requirements(jabatan.id);
    REQUIRE(lines.size() == 2);
    QList<AuditEntry> audit = auditOf(*f.province.db, CompetencyEditor::JabatanEntity, jabatan.id);
    REQUIRE(entryFor(audit, QStringLiteral("min_education")));
    CHECK(entryFor(audit, QStringLiteral("min_education"))->newValue == QStringLiteral("S2"));
    REQUIRE(entryFor(audit, QStringLiteral("requirement[PED].weight")));
    CHECK(entryFor(audit, QStringLiteral("requirement[PED].weight"))->newValue ==
          QStringLiteral("2"));

    // Dropping a line removes it; unchanged lines leave no entry.
    const int before = int(audit.size());
    REQUIRE_FALSE(f.editor.saveRequirementProfile(*stored, {{0, f.pedagogi.id, 3, 2.0}}));
    lines = f.editor.repository().requirements(jabatan.id);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].competencyId == f.pedagogi.id);
    audit = auditOf(*f.province.db, CompetencyEditor::JabatanEntity, jabatan.id);
    CHECK(int(audit.size()) == before + 2); // min_level and weight of MR, to nothing
    const auto newest = OrgRepository(*f.province.db).jabatan(jabatan.id);
    REQUIRE_FALSE(f.editor.saveRequirementProfile(*newest, {{0, f.pedagogi.id, 3, 2.0}}));
    CHECK(int(auditOf(*f.province.db, CompetencyEditor::JabatanEntity, jabatan.id).size()) ==
          before + 2);

    SECTION("invalid profiles are refused whole")
    {
        Jabatan bad = *newest;
        bad.golonganRange = {*Golongan::parse(QStringLiteral("IV/a")),
                             *Golongan::parse(QStringLiteral("III/a"))};
        CHECK(f.editor.saveRequirementProfile(bad, {}).kind == DatabaseError::Kind::Constraint);
        CHECK(f.editor.saveRequirementProfile(*newest, {{0, f.risiko.id, 6, 1.0}}).kind ==
              DatabaseError::Kind::Constraint);
        CHECK(f.editor.saveRequirementProfile(*newest, {{0, f.risiko.id, 2, 0.0}}).kind ==
              DatabaseError::Kind::Constraint);
        CHECK(f.editor
                  .saveRequirementProfile(*newest,
                                          {{0, f.risiko.id, 2, 1.0}, {0, f.risiko.id, 3, 1.0}})
                  .kind == DatabaseError::Kind::Constraint);
        CHECK(f.editor.repository().requirements(jabatan.id).size() == 1);
        CHECK(OrgRepository(*f.province.db).jabatan(jabatan.id)->golonganRange.max ==
              newest->golonganRange.max);
    }
}

TEST_CASE("The JPM of one employee against a jabatan, with the gap sentences",
          "[analysis][competency][jpm]")
{
    EditorFixture f;
    const Jabatan guru = f.province.guruMuda;
    REQUIRE_FALSE(f.editor.saveRequirementProfile(
        guru, {{0, f.pedagogi.id, 3, 2.0}, {0, f.risiko.id, 3, 1.0}}));
    const qint64 employee = f.province.firstEmployeeIn(f.province.sma1.id, guru.id);
    REQUIRE_FALSE(f.editor.setEmployeeLevel(
        {employee, f.pedagogi.id, 3, QDate(2025, 5, 2), QStringLiteral("Assessment Center")}));
    REQUIRE_FALSE(f.editor.setEmployeeLevel(
        {employee, f.risiko.id, 2, QDate(2025, 5, 2), QStringLiteral("Assessment Center")}));

    // Education level, field and golongan met (3 x 1), Pedagogi 3 of 3 (2 of 2), Manajemen
    // Risiko 2 of 3 (2/3 of 1): 5 2/3 of 6.
    const auto match =
        EmployeeMatch::compute(*f.province.db, employee, guru.id, Test::ReferenceDate);
    REQUIRE(match);
    CHECK(match->percent == Approx(100.0 * (5.0 + 2.0 / 3.0) / 6.0));
    CHECK(match->requirementCount() == 5);
    CHECK(match->itemNames.contains(QStringLiteral("Manajemen Risiko")));
    CHECK(match->gaps == QStringList{QStringLiteral("Manajemen Risiko: level 2 of 3 required")});

    // Against the Analis SDM jabatan (Psikologi only, no competencies): the field fails.
    const auto other = EmployeeMatch::compute(*f.province.db, employee, f.province.analisSdm.id,
                                              Test::ReferenceDate);
    REQUIRE(other);
    CHECK(other->percent == Approx(200.0 / 3.0));
    CHECK(other->gaps ==
          QStringList{QStringLiteral("Education field: Pendidikan Matematika is not accepted")});

    CHECK_FALSE(EmployeeMatch::compute(*f.province.db, employee, 424242, Test::ReferenceDate));
}
