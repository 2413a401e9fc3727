// The Kompetensi page on a demo province of a few hundred employees: its models keep the item
// model contract, changes made through the page are stored with their audit entries, the
// 9-box counts and lists equal core's TalentGrid, and the data-quality drill-down lists the
// employees core counts.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "AssessedLevelDialog.h"
#include "CompetencyDialog.h"
#include "CompetencyDictionaryModel.h"
#include "CompetencyDictionaryView.h"
#include "CompetencyPage.h"
#include "DataQualityModel.h"
#include "DataQualityView.h"
#include "DialogSeams.h"
#include "EmployeeCompetencyView.h"
#include "EmployeeLabelModel.h"
#include "EmployeeLevelModel.h"
#include "EmployeeTableModel.h"
#include "RequirementProfileView.h"
#include "RequirementTableModel.h"
#include "TalentGridView.h"
#include "analysis/DataQuality.h"
#include "analysis/EmployeeMatch.h"
#include "analysis/JobPersonMatch.h"
#include "analysis/TalentGrid.h"
#include "registry/CompetencyEditor.h"
#include "storage/AuditLog.h"
#include "storage/CompetencyRepository.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"
#include "storage/OrgRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>

using namespace Simutasi;

namespace {

constexpr int DemoSize = 300;

struct PageFixture
{
    // The demo has user accounts: an operator edits competencies (before the page is made).
    Test::LoggedIn login{RoleSet{Role::Operator}};
    Test::TempDir dir;
    QString path = dir.path(QStringLiteral("demo.db"));
    std::unique_ptr<Database> db;
    std::unique_ptr<CompetencyPage> page;

    PageFixture()
    {
        Test::buildDemoDatabase(path, DemoSize);
        DatabaseError error;
        db = Database::open(path, &error);
        REQUIRE(db);
        page = std::make_unique<CompetencyPage>();
        page->setReferenceDate(Test::DemoReferenceDate);
        page->setDatabase(db.get());
        page->resize(1200, 800);
        page->show();
    }

    ~PageFixture()
    {
        page.reset(); // lets go of the database first
    }

    QList<AuditEntry> audit(const QString &entity, qint64 id) const
    {
        AuditFilter filter;
        filter.entity = entity;
        filter.entityId = id;
        return AuditLog(*db).entries(filter);
    }

    // An employee whose jabatan has a requirement profile, by NIP digits.
    std::pair<qint64, QString> someEmployee() const
    {
        EmployeeRepository employees(*db);
        CompetencyRepository competencies(*db);
        for (const EmployeeListRow &row :
             employees.page({}, EmployeeSortKey::Name, Qt::AscendingOrder, 0, 100)) {
            const auto employee = employees.byId(row.id);
            if (employee && !competencies.requirements(employee->jabatanId).isEmpty())
                return {row.id, employee->nip.digits()};
        }
        FAIL("no employee with a requirement profile");
        return {};
    }
};

bool hasField(const QList<AuditEntry> &entries, const QString &field, const QString &action)
{
    for (const AuditEntry &entry : entries) {
        if (entry.field == field && entry.action == action)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("The competency page's models keep the item model contract", "[ui][competency][model]")
{
    PageFixture f;
    Test::ModelTesterLog log;
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    CompetencyDictionaryView *dictionary = f.page->dictionaryView();
    QAbstractItemModelTester dictionaryTester(dictionary->model(), Mode::Warning);
    EmployeeCompetencyView *employee = f.page->employeeView();
    QAbstractItemModelTester levelTester(employee->levelModel(), Mode::Warning);
    RequirementProfileView *requirements = f.page->requirementView();
    QAbstractItemModelTester requirementTester(requirements->model(), Mode::Warning);
    TalentGridView *talent = f.page->talentView();
    QAbstractItemModelTester talentTester(talent->listModel(), Mode::Warning);
    DataQualityView *quality = f.page->qualityView();
    QAbstractItemModelTester qualityTester(quality->model(), Mode::Warning);
    QAbstractItemModelTester sortedTester(quality->sortedModel(), Mode::Warning);
    QAbstractItemModelTester drillTester(quality->listModel(), Mode::Warning);

    // The dictionary: three kinds, every competency of the demo under its kind.
    const QList<Competency> all = CompetencyRepository(*f.db).competencies();
    REQUIRE_FALSE(all.isEmpty());
    CompetencyDictionaryModel *tree = dictionary->model();
    CHECK(tree->rowCount() == 3);
    int listed = 0;
    for (int kind = 0; kind < 3; ++kind)
        listed += tree->rowCount(tree->index(kind, 0));
    CHECK(listed == all.size());
    dictionary->selectCompetency(all.first().id);
    CHECK(dictionary->detail()->text().contains(all.first().name.toHtmlEscaped()));

    const auto [employeeId, nip] = f.someEmployee();
    employee->showEmployee(employeeId);
    CHECK(employee->levelModel()->rowCount() ==
          CompetencyRepository(*f.db).employeeLevels(employeeId).size());

    const qint64 jabatanId = EmployeeRepository(*f.db).byId(employeeId)->jabatanId;
    requirements->showJabatan(jabatanId);
    CHECK(requirements->model()->rowCount() ==
          CompetencyRepository(*f.db).requirements(jabatanId).size());
    requirements->model()->setData(
        requirements->model()->index(0, RequirementTableModel::MinLevelColumn), 5);
    requirements->revert();

    f.page->tabs()->setCurrentIndex(CompetencyPage::TalentTab);
    REQUIRE(Test::waitUntil([talent] { return talent->hasResult() && !talent->isComputing(); }));
    for (int box = 1; box <= 9; ++box)
        talent->selectBox(box);
    talent->showSuccessionPool();
    f.page->tabs()->setCurrentIndex(CompetencyPage::QualityTab);
    REQUIRE(Test::waitUntil(
        [quality] { return quality->model()->rowCount() > 0 && !quality->isComputing(); }));
    for (int column = 0; column < DataQualityModel::ColumnCount; ++column)
        quality->board()->sortByColumn(column, Qt::DescendingOrder);
    const DataQualityRow first = quality->model()->rows().first();
    quality->drillDown(first.opdId, DataQualityProblem::MissingSkp);
    quality->drillDown(first.opdId, DataQualityProblem::IncompleteCompetency); // queued
    REQUIRE(Test::waitUntil([quality] { return !quality->isDrillingDown(); }));
    CHECK(quality->listModel()->rowCount() ==
          DataQuality::employees(*f.db, first.opdId, DataQualityProblem::IncompleteCompetency,
                                 Test::DemoReferenceDate)
              .size());

    f.page->setDatabase(nullptr);
    CHECK(tree->rowCount(tree->index(0, 0)) == 0);
    CHECK(log.failures().join(u'\n').toStdString().empty());
}

TEST_CASE("A dictionary entry added and retired on the page is stored with its audit",
          "[ui][competency]")
{
    PageFixture f;
    DialogSeams::ScriptedScope scripted;
    CompetencyDictionaryView *view = f.page->dictionaryView();
    DialogSeams::queueExecHandler([](QDialog &dialog) {
        auto &form = dynamic_cast<CompetencyDialog &>(dialog);
        form.codeField()->setText(QStringLiteral("ADK"));
        form.nameField()->setText(QStringLiteral("Analisis Data Kepegawaian"));
        form.kindField()->setCurrentIndex(
            form.kindField()->findData(int(CompetencyKind::Technical)));
        form.descriptionField()->setPlainText(QStringLiteral("Mengolah data ASN."));
        form.levelField(1)->setText(QStringLiteral("Membaca laporan data"));
        form.levelField(3)->setText(QStringLiteral("Menyusun analisis sederhana"));
        return int(QDialog::Accepted);
    });
    view->addButton()->click();
    CHECK(DialogSeams::messages().isEmpty());

    std::optional<Competency> added;
    for (const Competency &c : CompetencyRepository(*f.db).competencies()) {
        if (c.code == QStringLiteral("ADK"))
            added = c;
    }
    REQUIRE(added);
    CHECK(added->name == QStringLiteral("Analisis Data Kepegawaian"));
    CHECK(added->levelDescriptions == QStringList{QStringLiteral("Membaca laporan data"), QString(),
                                                  QStringLiteral("Menyusun analisis sederhana")});
    CHECK(hasField(f.audit(CompetencyEditor::Entity, added->id), QStringLiteral("name"),
                   QStringLiteral("create")));
    // The new entry is shown and chosen, under its kind.
    const QModelIndex shown = view->model()->indexOf(added->id);
    REQUIRE(shown.isValid());
    CHECK(shown.parent().row() == int(CompetencyKind::Technical));
    CHECK(view->tree()->currentIndex().siblingAtColumn(0) == shown);

    // A duplicate code is refused with the editor's reason, and nothing is added.
    DialogSeams::queueExecHandler([](QDialog &dialog) {
        auto &form = dynamic_cast<CompetencyDialog &>(dialog);
        form.codeField()->setText(QStringLiteral("adk"));
        form.nameField()->setText(QStringLiteral("Another"));
        return int(QDialog::Accepted);
    });
    view->addButton()->click();
    REQUIRE(DialogSeams::messages().size() == 1);
    CHECK(DialogSeams::messages().first().text.contains(QStringLiteral("ADK")));
    CHECK(CompetencyRepository(*f.db).competencies().size() ==
          view->model()->rowCount(view->model()->kindIndex(CompetencyKind::Technical)) +
              view->model()->rowCount(view->model()->kindIndex(CompetencyKind::Managerial)) +
              view->model()->rowCount(view->model()->kindIndex(CompetencyKind::SocioCultural)));

    // Retire: the status shows it and the button turns into Reinstate.
    view->retireButton()->click();
    CHECK(f.page->editor()->isRetired(added->id));
    CHECK(view->model()
              ->indexOf(added->id)
              .siblingAtColumn(CompetencyDictionaryModel::StatusColumn)
              .data()
              .toString() == QStringLiteral("Retired"));
    CHECK(hasField(f.audit(CompetencyEditor::Entity, added->id), QStringLiteral("retired"),
                   QStringLiteral("retire")));
}

TEST_CASE("An assessed level recorded on the employee profile is stored with its audit",
          "[ui][competency]")
{
    PageFixture f;
    DialogSeams::ScriptedScope scripted;
    EmployeeCompetencyView *view = f.page->employeeView();
    f.page->tabs()->setCurrentIndex(CompetencyPage::EmployeeTab);
    const auto [employeeId, nip] = f.someEmployee();

    // Searching by NIP finds the one employee and shows their profile.
    view->searchField()->setText(nip);
    REQUIRE(Test::waitUntil([view] { return view->resultModel()->rowCount() == 1; }));
    REQUIRE(Test::waitUntil([view, id = employeeId] { return view->employeeId() == id; }));
    CHECK(view->profileLabel()->text().contains(QStringLiteral("Jabatan")));
    CHECK(view->historyLabel()->text().contains(QStringLiteral("Training")));

    // The JPM shown is core's, with its gap sentences.
    const qint64 jabatanId = EmployeeRepository(*f.db).byId(employeeId)->jabatanId;
    const auto expected =
        EmployeeMatch::compute(*f.db, employeeId, jabatanId, Test::DemoReferenceDate);
    REQUIRE(expected);
    REQUIRE(view->currentMatch());
    CHECK(view->currentMatch()->percent == Approx(expected->percent));
    for (const QString &gap : expected->gaps)
        CHECK(view->currentMatchLabel()->text().contains(gap.toHtmlEscaped()));

    // Against another jabatan chosen in the list.
    const int otherIndex = view->jabatanChoice()->findData(jabatanId) == 0 ? 1 : 0;
    view->jabatanChoice()->setCurrentIndex(otherIndex);
    const qint64 otherJabatan = view->jabatanChoice()->currentData().toLongLong();
    const auto otherExpected =
        EmployeeMatch::compute(*f.db, employeeId, otherJabatan, Test::DemoReferenceDate);
    REQUIRE(view->otherMatch());
    CHECK(view->otherMatch()->percent == Approx(otherExpected->percent));

    const int before = view->levelModel()->rowCount();
    qint64 chosen = 0;
    DialogSeams::queueExecHandler([&chosen](QDialog &dialog) {
        auto &form = dynamic_cast<AssessedLevelDialog &>(dialog);
        REQUIRE(form.competencyField()->count() > 0);
        form.competencyField()->setCurrentIndex(0);
        chosen = form.competencyField()->currentData().toLongLong();
        form.levelField()->setValue(4);
        form.dateField()->setDate(QDate(2026, 2, 3));
        form.sourceField()->setText(QStringLiteral("Uji Kompetensi BKD 2026"));
        return int(QDialog::Accepted);
    });
    view->recordButton()->click();
    CHECK(DialogSeams::messages().isEmpty());
    REQUIRE(chosen > 0);
    const QList<EmployeeCompetency> levels = CompetencyRepository(*f.db).employeeLevels(employeeId);
    const auto stored = std::find_if(levels.begin(), levels.end(),
                                     [&chosen](const auto &l) { return l.competencyId == chosen; });
    REQUIRE(stored != levels.end());
    CHECK(stored->level == 4);
    CHECK(stored->assessedOn == QDate(2026, 2, 3));
    CHECK(stored->source == QStringLiteral("Uji Kompetensi BKD 2026"));
    CHECK(view->levelModel()->rowCount() == before + 1);
    const QString code = CompetencyRepository(*f.db).competency(chosen)->code;
    CHECK(hasField(f.audit(CompetencyEditor::EmployeeEntity, employeeId),
                   QStringLiteral("competency[%1].level").arg(code), QStringLiteral("create")));

    // Editing it changes the level in place, audited as an update.
    const int row = view->levelModel()->rowOf(chosen);
    REQUIRE(row >= 0);
    view->levelTable()->selectRow(row);
    DialogSeams::queueExecHandler([](QDialog &dialog) {
        auto &form = dynamic_cast<AssessedLevelDialog &>(dialog);
        CHECK_FALSE(form.competencyField()->isEnabled());
        form.levelField()->setValue(2);
        return int(QDialog::Accepted);
    });
    view->editButton()->click();
    CHECK(CompetencyRepository(*f.db).employeeLevels(employeeId).size() == levels.size());
    CHECK(view->levelModel()
              ->index(view->levelModel()->rowOf(chosen), EmployeeLevelModel::LevelColumn)
              .data()
              .toInt() == 2);
    CHECK(hasField(f.audit(CompetencyEditor::EmployeeEntity, employeeId),
                   QStringLiteral("competency[%1].level").arg(code), QStringLiteral("update")));
}

TEST_CASE("A requirement profile edited on the page is stored with its audit", "[ui][competency]")
{
    PageFixture f;
    DialogSeams::ScriptedScope scripted;
    RequirementProfileView *view = f.page->requirementView();
    f.page->tabs()->setCurrentIndex(CompetencyPage::RequirementTab);
    const Jabatan jabatan = OrgRepository(*f.db).jabatans().first();
    view->jabatanChoice()->setCurrentIndex(view->jabatanChoice()->findData(jabatan.id));
    REQUIRE(view->jabatanId() == jabatan.id);
    const int lines = view->model()->rowCount();
    CHECK_FALSE(view->saveButton()->isEnabled());

    view->fieldsField()->setText(QStringLiteral("Ilmu Komputer; Statistika"));
    Q_EMIT view->fieldsField()->textEdited(view->fieldsField()->text());
    REQUIRE(view->addChoice()->count() > 0);
    const qint64 added = view->addChoice()->itemData(0).toLongLong();
    view->addLevel()->setValue(4);
    view->addWeight()->setValue(1.5);
    view->addButton()->click();
    CHECK(view->model()->rowCount() == lines + 1);
    CHECK(view->saveButton()->isEnabled());
    view->saveButton()->click();
    CHECK(DialogSeams::messages().isEmpty());

    const auto stored = OrgRepository(*f.db).jabatan(jabatan.id);
    CHECK(stored->educationFields ==
          QStringList{QStringLiteral("Ilmu Komputer"), QStringLiteral("Statistika")});
    const QList<CompetencyRequirement> requirements =
        CompetencyRepository(*f.db).requirements(jabatan.id);
    const auto line = std::find_if(requirements.begin(), requirements.end(),
                                   [added](const auto &r) { return r.competencyId == added; });
    REQUIRE(line != requirements.end());
    CHECK(line->minLevel == 4);
    CHECK(line->weight == Approx(1.5));
    const QString code = CompetencyRepository(*f.db).competency(added)->code;
    const QList<AuditEntry> audit = f.audit(CompetencyEditor::JabatanEntity, jabatan.id);
    CHECK(hasField(audit, QStringLiteral("education_fields"), QStringLiteral("update")));
    CHECK(hasField(audit, QStringLiteral("requirement[%1].min_level").arg(code),
                   QStringLiteral("update")));
    CHECK_FALSE(view->saveButton()->isEnabled());
}

TEST_CASE("The 9-box counts and lists are core's TalentGrid", "[ui][competency][talent]")
{
    PageFixture f;
    TalentGridView *view = f.page->talentView();
    f.page->tabs()->setCurrentIndex(CompetencyPage::TalentTab);
    REQUIRE(Test::waitUntil([view] { return view->hasResult() && !view->isComputing(); }));
    CHECK(view->busyIndicator()->isHidden());

    const auto check = [&](qint64 opdId) {
        const TalentGridResult expected =
            TalentGrid::compute(*f.db, Test::DemoReferenceDate, opdId);
        const TalentGridResult &shown = view->result();
        CHECK(shown.employees == expected.employees);
        CHECK(shown.placed() == expected.placed());
        for (int box = 1; box <= 9; ++box) {
            INFO("box " << box);
            CHECK(shown.box(box) == expected.box(box));
            const QStringList lines = view->boxButton(box)->text().split(u'\n');
            REQUIRE(lines.size() == 3);
            CHECK(lines[0] == QStringLiteral("Box %1").arg(box));
            CHECK(lines[1] == QLocale().toString(qint64(expected.box(box).size())));
        }
        // A box lists exactly its employees.
        int fullest = 1;
        for (int box = 2; box <= 9; ++box) {
            if (expected.box(box).size() > expected.box(fullest).size())
                fullest = box;
        }
        view->boxButton(fullest)->click();
        CHECK(view->listModel()->employeeIds() == expected.box(fullest));
        CHECK(view->listModel()->rowCount() == expected.box(fullest).size());
        if (!expected.box(fullest).isEmpty()) {
            const QString nip =
                view->listModel()->index(0, EmployeeLabelModel::NipColumn).data().toString();
            const auto employee = EmployeeRepository(*f.db).byId(expected.box(fullest).first());
            CHECK(nip == employee->nip.formatted());
        }
        view->successionButton()->click();
        CHECK(view->listModel()->employeeIds() == expected.successionPool());
        view->rotationButton()->click();
        CHECK(view->listModel()->employeeIds() == expected.rotationCandidates());
        CHECK_FALSE(view->boxButton(fullest)->isChecked());
    };
    CHECK(view->opdId() == 0);
    check(0);
    // The province's active employees: the demo's past has some who left (pindah keluar).
    CHECK(view->result().employees == EmployeeRepository(*f.db).count());

    // One OPD: the grid is computed again, in the background.
    REQUIRE(view->scopeChoice()->count() > 2);
    view->scopeChoice()->setCurrentIndex(2);
    const qint64 opd = view->opdId();
    REQUIRE(opd > 0);
    REQUIRE(Test::waitUntil(
        [view, opd] { return !view->isComputing() && view->hasResult() && view->opdId() == opd; }));
    REQUIRE(Test::waitUntil([view] { return view->busyIndicator()->isHidden(); }));
    check(opd);
    CHECK(view->result().employees < EmployeeRepository(*f.db).count());
}

TEST_CASE("The data-quality board is core's, sorts, and drills down to the employees",
          "[ui][competency][quality]")
{
    PageFixture f;
    DataQualityView *view = f.page->qualityView();
    f.page->tabs()->setCurrentIndex(CompetencyPage::QualityTab);
    REQUIRE(
        Test::waitUntil([view] { return view->model()->rowCount() > 0 && !view->isComputing(); }));

    const QList<DataQualityRow> expected = DataQuality::board(*f.db, Test::DemoReferenceDate);
    REQUIRE(view->model()->rows().size() == expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        CHECK(view->model()->rows()[i].opdId == expected[i].opdId);
        CHECK(view->model()->rows()[i].counts.problems == expected[i].counts.problems);
    }

    // Sorted by missing SKP, worst first.
    view->board()->sortByColumn(DataQualityModel::MissingSkpColumn, Qt::DescendingOrder);
    double worst = 0;
    for (const DataQualityRow &row : expected)
        worst = std::max(worst, row.share(DataQualityProblem::MissingSkp));
    const QModelIndex top = view->sortedModel()->index(0, DataQualityModel::MissingSkpColumn);
    CHECK(top.data(DataQualityModel::SortRole).toDouble() == Approx(worst));

    // Double-clicking that figure lists exactly the employees core finds.
    Q_EMIT view->board()->doubleClicked(top);
    CHECK(view->isDrillingDown());
    REQUIRE(Test::waitUntil([view] { return !view->isDrillingDown(); }));
    const qint64 opd = top.data(DataQualityModel::OpdIdRole).toLongLong();
    QList<qint64> ids;
    for (const DataQualityEmployee &e : DataQuality::employees(
             *f.db, opd, DataQualityProblem::MissingSkp, Test::DemoReferenceDate))
        ids.append(e.employeeId);
    CHECK(view->listModel()->employeeIds() == ids);
    CHECK(view->listTitle()->text().contains(
        DataQuality::problemTitle(DataQualityProblem::MissingSkp)));

    // The completeness column drills down to the employees with incomplete competency data.
    const QModelIndex completeness =
        top.siblingAtColumn(DataQualityModel::CompleteCompetencyColumn);
    Q_EMIT view->board()->doubleClicked(completeness);
    REQUIRE(Test::waitUntil([view] { return !view->isDrillingDown(); }));
    const auto incomplete = DataQuality::employees(
        *f.db, opd, DataQualityProblem::IncompleteCompetency, Test::DemoReferenceDate);
    CHECK(view->listModel()->rowCount() == incomplete.size());
}

TEST_CASE("The page explains how the JPM and the 9-box grid are computed", "[ui][competency]")
{
    PageFixture f;
    DialogSeams::ScriptedScope scripted;
    const QString help = CompetencyPage::helpText();
    CHECK(help.contains(JobPersonMatch::helpText()));
    CHECK(help.contains(TalentGrid::helpText()));
    f.page->helpButton()->click();
    REQUIRE(DialogSeams::messages().size() == 1);
    CHECK(DialogSeams::messages().first().text.contains(JobPersonMatch::helpText()));
    CHECK(DialogSeams::messages().first().text.contains(TalentGrid::helpText()));
    CHECK(f.page->employeeView()->currentMatchLabel()->whatsThis() == JobPersonMatch::helpText());
}
