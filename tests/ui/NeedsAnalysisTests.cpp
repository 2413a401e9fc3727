// The Analisis Kebutuhan page, its wizard, the ABK dialog and the eligibility rules editor on a
// small demo province: the models under QAbstractItemModelTester, the whole wizard from scope
// to a shortlist row in the database, adopting an ABK as formasi, and saving the rules.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "AbkDialog.h"
#include "CandidateReasonsView.h"
#include "CandidateSearchPage.h"
#include "DialogSeams.h"
#include "EligibilityRulesDialog.h"
#include "GapChart.h"
#include "NeedsAnalysisPage.h"
#include "NeedsPickPage.h"
#include "NeedsReviewPage.h"
#include "NeedsScopePage.h"
#include "NeedsTableModel.h"
#include "NeedsWizard.h"
#include "RankingModel.h"
#include "analysis/CandidateRanking.h"
#include "storage/AbkRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/EligibilityRuleRepository.h"
#include "storage/EmployeeRepository.h"
#include "storage/OrgRepository.h"
#include "storage/ShortlistRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>

using namespace Simutasi;

namespace {

constexpr int DemoEmployees = 600;

struct DemoFixture
{
    // The demo has user accounts: an operator edits ABK, formasi and the shortlist.
    Test::LoggedIn login{RoleSet{Role::Operator}};
    Test::TempDir dir;
    QString dbPath = dir.path(QStringLiteral("demo.db"));
    std::unique_ptr<Database> db;

    DemoFixture()
    {
        Test::buildDemoDatabase(dbPath, DemoEmployees);
        DatabaseError error;
        db = Database::open(dbPath, &error);
        REQUIRE(db);
    }

    QList<AuditEntry> audit(const QString &entity) const
    {
        AuditFilter filter;
        filter.entity = entity;
        return AuditLog(*db).entries(filter);
    }
};

int sumOf(const NeedsTableModel &model, int column)
{
    int sum = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        sum += model.index(row, column).data(NeedsTableModel::SortRole).toInt();
    return sum;
}

// The first row of the model (a post) with a shortage and a compatible surplus elsewhere.
int shortageWithBalancing(NeedsAnalysisPage &page)
{
    NeedsTableModel *model = page.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->postAt(row)->shortage() == 0)
            continue;
        page.table()->setCurrentIndex(model->index(row, 0));
        if (page.balancingTable()->rowCount() > 0)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("The needs table model passes the model tester at every level", "[ui][needs]")
{
    DemoFixture f;
    DatabaseError error;
    const NeedsReport report = NeedsAnalysis::run(*f.db, {}, &error);
    REQUIRE_FALSE(error);
    REQUIRE(report.rows.size() > 10);

    NeedsTableModel model;
    Test::ModelTesterLog log;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setReport(report);
    CHECK(model.rowCount() == report.rows.size());
    // The posts add up to the province, and the table shows the same figures.
    CHECK(sumOf(model, NeedsTableModel::ShortageColumn) == report.province.shortage);
    CHECK(sumOf(model, NeedsTableModel::FormasiColumn) == report.province.formasi);

    model.sort(NeedsTableModel::ShortageColumn, Qt::DescendingOrder);
    for (int row = 1; row < model.rowCount(); ++row)
        REQUIRE(model.postAt(row - 1)->shortage() >= model.postAt(row)->shortage());
    model.setRemoteFirst(true);
    bool seenOther = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const bool remote = model.index(row, 0).data(NeedsTableModel::RemoteRole).toBool();
        REQUIRE_FALSE((remote && seenOther));
        seenOther = seenOther || !remote;
    }
    // A remote post carries the mark in the unit column.
    const int remoteRow = 0;
    REQUIRE(model.postAt(remoteRow)->remote);
    CHECK_FALSE(
        model.index(remoteRow, NeedsTableModel::UnitColumn).data(Qt::DecorationRole).isNull());

    model.setLevel(NeedsTableModel::Level::Opd);
    CHECK(model.rowCount() == report.byOpd.size());
    CHECK(sumOf(model, NeedsTableModel::ShortageColumn) == report.province.shortage);
    model.sort(NeedsTableModel::FillRateColumn, Qt::AscendingOrder);
    model.setLevel(NeedsTableModel::Level::Region);
    CHECK(model.rowCount() == report.byRegion.size());
    CHECK(sumOf(model, NeedsTableModel::FormasiColumn) == report.province.formasi);
    model.setLevel(NeedsTableModel::Level::Province);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, NeedsTableModel::BezettingColumn).data(NeedsTableModel::SortRole) ==
          report.province.bezetting);

    model.setLevel(NeedsTableModel::Level::Post);
    model.setCheckable(true);
    model.setChecked(2, true);
    REQUIRE(model.checkedPosts().size() == 1);
    CHECK(model.checkedPosts().first().unitId == model.postAt(2)->unitId);
    CHECK(log.failures().isEmpty());
}

TEST_CASE("The needs page filters, rolls up and suggests balancing", "[ui][needs]")
{
    DemoFixture f;
    NeedsAnalysisPage page;
    page.resize(1280, 760);
    page.setDatabase(f.db.get());
    page.show();
    const NeedsReport all = NeedsAnalysis::run(*f.db);
    REQUIRE(page.model()->rowCount() == all.rows.size());
    CHECK(page.summary().contains(QLocale().toString(all.province.shortage)));

    // Only remote units: every row is remote, and fewer than before.
    page.remoteOnlyBox()->setChecked(true);
    REQUIRE(page.model()->rowCount() > 0);
    CHECK(page.model()->rowCount() < all.rows.size());
    for (int row = 0; row < page.model()->rowCount(); ++row)
        REQUIRE(page.model()->postAt(row)->remote);
    page.remoteOnlyBox()->setChecked(false);

    // One OPD: its rows only, and the OPD level has one line.
    const qint64 opdId = page.opdBox()->itemData(1).toLongLong();
    page.opdBox()->setCurrentIndex(1);
    for (int row = 0; row < page.model()->rowCount(); ++row)
        REQUIRE(page.model()->postAt(row)->opdId == opdId);
    page.levelBox()->setCurrentIndex(page.levelBox()->findData(int(NeedsTableModel::Level::Opd)));
    CHECK(page.model()->rowCount() == 1);
    CHECK(page.table()->isColumnHidden(NeedsTableModel::UnitColumn));
    CHECK_FALSE(page.abkButton()->isEnabled());
    page.opdBox()->setCurrentIndex(0);
    page.levelBox()->setCurrentIndex(page.levelBox()->findData(int(NeedsTableModel::Level::Post)));

    // A shortage with a surplus of a compatible jabatan elsewhere: the sources are listed with
    // at most what the shortage needs.
    const int row = shortageWithBalancing(page);
    REQUIRE(row >= 0);
    const StaffingRow *post = page.selectedPost();
    REQUIRE(post);
    CHECK(page.balancingCaption().contains(post->jabatanName.toHtmlEscaped()));
    CHECK(page.candidatesButton()->isEnabled());
    QTableWidget *balancing = page.balancingTable();
    for (int r = 0; r < balancing->rowCount(); ++r) {
        const int movable =
            QLocale().toInt(balancing->item(r, NeedsAnalysisPage::SourceMovableColumn)->text());
        CHECK(movable >= 1);
        CHECK(movable <= post->shortage());
    }
    CHECK(NeedsAnalysisPage::helpText().contains(QStringLiteral("1,250")));
}

TEST_CASE("The needs wizard goes from scope to a shortlisted candidate", "[ui][needs][wizard]")
{
    DemoFixture f;
    DialogSeams::ScriptedScope seams;
    NeedsWizard wizard(*f.db);
    wizard.setReferenceDate(Test::DemoReferenceDate);
    wizard.show();
    REQUIRE(wizard.currentId() == NeedsWizard::ScopePageId);

    // Scope: the OPD of education, every region and type.
    NeedsScopePage *scope = wizard.scopePage();
    qint64 disdik = 0;
    for (const OrgUnit &unit : OrgRepository(*f.db).units()) {
        if (unit.kind == OrgUnit::Kind::Opd &&
            unit.name.startsWith(QStringLiteral("Dinas Pendidikan")))
            disdik = unit.id;
    }
    REQUIRE(disdik > 0);
    REQUIRE(NeedsScopePage::tick(scope->opdList(), disdik));
    wizard.next();
    REQUIRE(wizard.currentId() == NeedsWizard::ReviewPageId);
    CHECK(wizard.scope().opdIds == QList<qint64>{disdik});

    // Review: shortages and surpluses of that OPD only, with a chart of the largest gaps.
    NeedsReviewPage *review = wizard.reviewPage();
    const QList<StaffingRow> shortages = wizard.report().shortages();
    REQUIRE_FALSE(shortages.isEmpty());
    CHECK(review->model()->rowCount() == shortages.size() + wizard.report().surpluses().size());
    for (int row = 0; row < review->model()->rowCount(); ++row)
        REQUIRE(review->model()->postAt(row)->opdId == disdik);
    CHECK_FALSE(review->chart()->categories().isEmpty());
    CHECK(review->chart()->categories().size() <= GapChart::MaxBars);

    // Pick: nothing ticked, no way on; tick every shortage.
    wizard.next();
    REQUIRE(wizard.currentId() == NeedsWizard::PickPageId);
    NeedsPickPage *pick = wizard.pickPage();
    CHECK_FALSE(pick->isComplete());
    REQUIRE(pick->model()->rowCount() == shortages.size());
    for (int row = 0; row < pick->model()->rowCount(); ++row)
        pick->model()->setChecked(row, true);
    CHECK(pick->isComplete());
    wizard.next();
    REQUIRE(wizard.currentId() == NeedsWizard::CandidatesPageId);
    CHECK(wizard.vacancies().size() == shortages.size());

    // The pool loads in a worker; the page shows it is busy meanwhile.
    CandidateSearchPage *search = wizard.candidatesPage();
    REQUIRE(Test::waitUntil([&] { return wizard.pool() != nullptr; }, 20000));
    // The province's active employees: who left (pindah keluar) is no candidate.
    CHECK(wizard.pool()->size() == EmployeeRepository(*f.db).count());
    CHECK(wizard.pool()->size() < DemoEmployees);
    CHECK_FALSE(search->isBusy());

    Test::ModelTesterLog log;
    QAbstractItemModelTester tester(search->rankingModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);

    // Find a vacancy with an eligible candidate without warnings.
    int vacancy = -1;
    int candidateRow = -1;
    for (int v = 0; v < search->vacancyList()->count() && candidateRow < 0; ++v) {
        search->vacancyList()->setCurrentRow(v);
        RankingModel *model = search->rankingModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->candidateAt(row)->standing == CandidateStanding::Clean) {
                vacancy = v;
                candidateRow = row;
                break;
            }
        }
    }
    REQUIRE(candidateRow >= 0);
    RankingModel *model = search->rankingModel();
    // Ranked: clean before warnings, and by JPM within the clean ones.
    for (int row = 1; row < model->rowCount(); ++row)
        REQUIRE_FALSE(
            CandidateRanking::before(*model->candidateAt(row), *model->candidateAt(row - 1)));
    const int shownWithoutBlocked = model->rowCount();
    search->showBlockedBox()->setChecked(true);
    CHECK(model->rowCount() == shownWithoutBlocked + model->ranking()->blocked());
    // A blocked candidate can be looked at, with the blocking rule and its reason, but not added.
    REQUIRE(model->ranking()->blocked() > 0);
    const int blockedRow = model->rowCount() - 1;
    REQUIRE(model->candidateAt(blockedRow)->standing == CandidateStanding::Blocked);
    search->selectCandidate(blockedRow);
    CHECK_FALSE(search->addButton()->isEnabled());
    QTableWidget *rules = search->reasonsView()->rulesTable();
    REQUIRE(rules->rowCount() == EligibilityRuleCount);
    bool blockingShown = false;
    for (int r = 0; r < rules->rowCount(); ++r) {
        if (rules->item(r, CandidateReasonsView::OutcomeColumn)
                ->text()
                .contains(EligibilityRules::outcomeName(RuleOutcome::Blocking))) {
            blockingShown = true;
            CHECK_FALSE(rules->item(r, CandidateReasonsView::ReasonColumn)->text().isEmpty());
        }
    }
    CHECK(blockingShown);
    // Refused by the same rules in core, with the reasons.
    CHECK_FALSE(search->addSelectedToShortlist());
    REQUIRE(DialogSeams::messages().size() == 1);
    CHECK(DialogSeams::messages().first().text.contains(QStringLiteral("Blocked")));
    DialogSeams::reset();
    search->showBlockedBox()->setChecked(false);

    // Add the eligible candidate to the shortlist: the row is stored for the vacancy.
    search->selectCandidate(candidateRow);
    const qint64 employeeId = model->candidateAt(candidateRow)->employeeId;
    const EmployeeLabel label = model->label(candidateRow);
    CHECK(search->reasonsView()->headline().contains(label.fullName.toHtmlEscaped()));
    REQUIRE(search->addButton()->isEnabled());
    search->noteEdit()->setText(QStringLiteral("Guru mapel langka"));
    search->addButton()->click();
    CHECK(DialogSeams::messages().isEmpty());
    const StaffingRow &picked = wizard.vacancies().at(vacancy);
    const QList<ShortlistEntry> entries =
        ShortlistRepository(*f.db).entries(picked.jabatanId, picked.unitId);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].employeeId == employeeId);
    CHECK(entries[0].note == QStringLiteral("Guru mapel langka"));
    CHECK(entries[0].addedOn == Test::DemoReferenceDate);
    CHECK(search->shortlistText().contains(label.fullName));
    CHECK_FALSE(search->addButton()->isEnabled()); // already on the list
    CHECK(log.failures().isEmpty());
}

TEST_CASE("The ABK dialog computes the need and adopts it as formasi, audited", "[ui][needs][abk]")
{
    DemoFixture f;
    DialogSeams::ScriptedScope seams;
    NeedsAnalysisPage page;
    page.setDatabase(f.db.get());
    page.show();
    REQUIRE(page.model()->rowCount() > 0);
    page.table()->setCurrentIndex(page.model()->index(0, 0));
    const StaffingRow post = *page.selectedPost();
    const int tasksBefore = int(AbkRepository(*f.db).tasks(post.unitId, post.jabatanId).size());

    QString formula;
    DialogSeams::queueExecHandler([&formula](QDialog &dialog) {
        auto &abk = dynamic_cast<AbkDialog &>(dialog);
        // Remove what the demo wrote, then two tasks: 2664 x 0.75 h + 3000 x 0.5 h = 3498 h,
        // at 1,250 h: 2.80 -> 3 persons.
        while (abk.taskTable()->rowCount() > 0) {
            abk.taskTable()->selectRow(0);
            abk.findChild<QPushButton *>(QStringLiteral("abkRemoveTask"))->click();
        }
        abk.addTask(QStringLiteral("Mengajar"), QStringLiteral("jam pelajaran"), 2664, 0.75);
        abk.addTask(QStringLiteral("Menilai"), QStringLiteral("lembar"), 3000, 0.5);
        REQUIRE(abk.effectiveHoursBox()->value() == Approx(1250));
        const AbkResult result = abk.result();
        CHECK(result.workloadHours == Approx(3498));
        CHECK(result.needed == 3);
        formula = abk.formulaText();
        DialogSeams::queueButton(QMessageBox::Yes);
        CHECK(abk.adoptAsFormasi());
        CHECK(abk.currentFormasi() == 3);
        return int(QDialog::Accepted);
    });
    page.openAbk();
    // The only message is the confirmation, which names the new formasi.
    REQUIRE(DialogSeams::messages().size() == 1);
    CHECK(DialogSeams::messages().first().text.contains(QStringLiteral(" to 3?")));
    CHECK(formula.contains(QLocale().toString(3498)));
    CHECK(formula.contains(QLocale().toString(2.7984, 'f', 2)));
    CHECK(OrgRepository(*f.db).formasiRequired(post.unitId, post.jabatanId) == 3);
    const QList<AbkTask> stored = AbkRepository(*f.db).tasks(post.unitId, post.jabatanId);
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].minutesPerUnit == Approx(45));
    const QList<AuditEntry> formasi = f.audit(QStringLiteral("formasi"));
    REQUIRE_FALSE(formasi.isEmpty());
    CHECK(formasi.first().action == QStringLiteral("abk_adopt"));
    CHECK(formasi.first().newValue == QStringLiteral("3"));
    CHECK(f.audit(QStringLiteral("abk_task")).size() >= 2 + tasksBefore);
    // The page reads the analysis again: the post's formasi is 3 in the table.
    const int row = page.model()->rowOfPost(post.unitId, post.jabatanId);
    REQUIRE(row >= 0);
    CHECK(page.model()->postAt(row)->formasi == 3);
}

TEST_CASE("The eligibility rules dialog saves through the audited repository", "[ui][needs][rules]")
{
    DemoFixture f;
    const Test::LoggedIn admin(RoleSet{Role::Administrator}); // the rules are the administrator's
    DialogSeams::ScriptedScope seams;
    NeedsAnalysisPage page;
    page.setDatabase(f.db.get());
    DialogSeams::queueExecHandler([](QDialog &dialog) {
        auto &rules = dynamic_cast<EligibilityRulesDialog &>(dialog);
        CHECK(rules.settings() == EligibilityRuleSettings::defaults());
        CHECK(rules.thresholdBox(EligibilityRuleId::TimeInPost)->value() == 24);
        rules.thresholdBox(EligibilityRuleId::TimeInPost)->setValue(18);
        rules.severityBox(EligibilityRuleId::Performance)
            ->setCurrentIndex(rules.severityBox(EligibilityRuleId::Performance)
                                  ->findData(int(RuleSeverity::Warning)));
        rules.enabledBox(EligibilityRuleId::CpnsTenure)->setChecked(false);
        rules.accept();
        return rules.result();
    });
    page.editRules();
    CHECK(DialogSeams::messages().isEmpty());
    const EligibilityRuleSettings saved = EligibilityRuleRepository(*f.db).load();
    CHECK(saved.rule(EligibilityRuleId::TimeInPost).threshold == 18);
    CHECK(saved.rule(EligibilityRuleId::Performance).severity == RuleSeverity::Warning);
    CHECK_FALSE(saved.rule(EligibilityRuleId::CpnsTenure).enabled);
    CHECK(saved.rule(EligibilityRuleId::Status) ==
          EligibilityRuleSettings::defaults().rule(EligibilityRuleId::Status));
    CHECK(f.audit(QStringLiteral("eligibility_rule")).size() == 3);

    // "Restore defaults" then Save puts every rule back.
    DialogSeams::queueExecHandler([](QDialog &dialog) {
        auto &rules = dynamic_cast<EligibilityRulesDialog &>(dialog);
        CHECK(rules.thresholdBox(EligibilityRuleId::TimeInPost)->value() == 18);
        rules.findChild<QPushButton *>(QStringLiteral("restoreDefaultsButton"))->click();
        rules.accept();
        return rules.result();
    });
    page.editRules();
    CHECK(EligibilityRuleRepository(*f.db).load() == EligibilityRuleSettings::defaults());
    page.setDatabase(nullptr);
}
