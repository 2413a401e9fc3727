// Issue #5 on the screens: what the logged-in user's roles do not allow is disabled (with the
// role it needs in the tooltip) or opens read-only, on every page, and a switch of user updates
// the open pages at once. Also the audit trail's chain check, which runs in a worker thread.

#include "TestSupport.h"
#include "UiTestSupport.h"

#include "AbkDialog.h"
#include "AuditDialog.h"
#include "CompetencyDictionaryView.h"
#include "CompetencyPage.h"
#include "DecreeSettingsDialog.h"
#include "DecreesPage.h"
#include "DialogSeams.h"
#include "EligibilityRulesDialog.h"
#include "EmployeeCompetencyView.h"
#include "EmployeeDialog.h"
#include "EmployeeForm.h"
#include "EmployeePage.h"
#include "EmployeeTableModel.h"
#include "FormasiPanel.h"
#include "JabatanCatalogueView.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "NeedsAnalysisPage.h"
#include "NeedsTableModel.h"
#include "OrgPage.h"
#include "OrgUnitsView.h"
#include "PermissionUi.h"
#include "RequirementProfileView.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "workflow/Permissions.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>

using namespace Simutasi;

namespace {

using Test::queueLogIn; // with the demo password

struct Fixture
{
    Test::TempDir dir;
    QString path = dir.path(QStringLiteral("demo.db"));
    DialogSeams::ScriptedScope seams;
    std::unique_ptr<MainWindow> window;

    explicit Fixture(const QString &user)
    {
        // The same demo province as the transfer tests: built once per run.
        REQUIRE(QFile::copy(Test::sharedDemoDatabase(400), path));
        DialogSeams::setLogInScripted(true);
        window = std::make_unique<MainWindow>(
            Test::settingsIn(dir.path(QStringLiteral("settings.ini"))));
        window->resize(1280, 800);
        window->show();
        queueLogIn(user);
        REQUIRE(window->openDatabase(path));
        REQUIRE(Session::currentUser().name == user);
    }
    ~Fixture()
    {
        window.reset();
        Session::logOut();
    }

    void switchTo(const QString &name) { Test::switchUser(*window, name); }

    template<typename T>
    T *child(const char *name) const
    {
        T *found = window->findChild<T *>(QLatin1String(name));
        REQUIRE(found);
        return found;
    }

    Database &db() const { return *window->database(); }
};

bool names(const QString &toolTip, Role role)
{
    return toolTip.contains(Roles::name(role));
}

// A push button of `dialog` the user can see and press.
bool offersButton(QWidget &dialog, const QString &text)
{
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text().remove(u'&') == text && button->isVisibleTo(&dialog) &&
            button->isEnabled())
            return true;
    }
    return false;
}

// What the eligibility rules dialog looks like to the logged-in user.
struct RulesView
{
    bool readOnly = false;
    bool saveOffered = false;
    bool closeOffered = false;
    bool fieldsEnabled = false;
    bool noteShown = false;
};

RulesView rulesAsSeen(NeedsAnalysisPage *page)
{
    RulesView seen;
    DialogSeams::queueExecHandler([&seen](QDialog &dialog) {
        auto &rules = dynamic_cast<EligibilityRulesDialog &>(dialog);
        seen.readOnly = rules.isReadOnly();
        seen.saveOffered = offersButton(rules, QStringLiteral("Save"));
        seen.closeOffered = offersButton(rules, QStringLiteral("Close"));
        QCheckBox *box = rules.enabledBox(EligibilityRuleId::TimeInPost);
        seen.fieldsEnabled = box->isEnabled() &&
                             !box->testAttribute(Qt::WA_TransparentForMouseEvents) &&
                             rules.thresholdBox(EligibilityRuleId::TimeInPost)->isEnabled() &&
                             !rules.thresholdBox(EligibilityRuleId::TimeInPost)->isReadOnly();
        seen.noteShown = rules.findChild<QLabel *>(QStringLiteral("viewOnlyNote")) != nullptr;
        return int(QDialog::Rejected);
    });
    page->editRules();
    return seen;
}

qint64 firstEmployee(MainWindow &window)
{
    EmployeeTableModel *model = window.employeePage()->model();
    REQUIRE(model->rowCount() > 0);
    return model->employeeId(0);
}

} // namespace

TEST_CASE("PermissionUi: a gated control shows the role it needs and gets its own tooltip back",
          "[ui][permissions]")
{
    QPushButton button(QStringLiteral("Add"));
    button.setToolTip(QStringLiteral("Adds a row"));
    const QString needed = PermissionUi::neededText(DataAction::EditEmployees);
    CHECK(needed.contains(Roles::name(Role::Operator)));
    CHECK(needed.contains(Roles::name(Role::Administrator)));
    CHECK(needed.contains(Permissions::purpose(DataAction::EditEmployees)));

    PermissionUi::gate(&button, true, false, needed);
    CHECK_FALSE(button.isEnabled());
    CHECK(button.toolTip() == needed);
    PermissionUi::gate(&button, true, false, needed); // again: the own tooltip is not lost
    PermissionUi::gate(&button, true, true, needed);
    CHECK(button.isEnabled());
    CHECK(button.toolTip() == QStringLiteral("Adds a row"));
    PermissionUi::gate(&button, false, true, needed); // allowed but not possible now
    CHECK_FALSE(button.isEnabled());
    CHECK(button.toolTip() == QStringLiteral("Adds a row"));

    QAction action(QStringLiteral("Import"));
    PermissionUi::gate(&action, true, false, PermissionUi::neededText(DataAction::ImportData));
    CHECK_FALSE(action.isEnabled());
    CHECK(names(action.toolTip(), Role::Operator));
}

TEST_CASE("PermissionUi: a read-only dialog takes no input and offers only what is kept",
          "[ui][permissions]")
{
    QDialog dialog;
    auto *line = new QLineEdit(&dialog);
    auto *combo = new QComboBox(&dialog);
    combo->addItem(QStringLiteral("one"));
    auto *save = new QPushButton(QStringLiteral("Save"), &dialog);
    auto *close = new QPushButton(QStringLiteral("Close"), &dialog);
    auto *table = new QTableView(&dialog);
    auto *box = new QCheckBox(QStringLiteral("Rule"), &dialog);
    PermissionUi::makeReadOnly(&dialog, {close});
    CHECK(box->testAttribute(Qt::WA_TransparentForMouseEvents)); // readable, but not clickable
    CHECK(box->focusPolicy() == Qt::NoFocus);
    CHECK(line->isReadOnly());
    CHECK_FALSE(combo->isEnabled());
    CHECK(combo->currentText() == QStringLiteral("one")); // still shows its choice
    CHECK(save->isHidden());
    CHECK_FALSE(close->isHidden());
    CHECK(table->editTriggers() == QAbstractItemView::NoEditTriggers);
}

TEST_CASE("Pimpinan sees every page read-only; switching user updates the pages at once",
          "[ui][permissions]")
{
    Fixture f(QStringLiteral("pimpinan"));
    MainWindow &w = *f.window;

    // Pegawai: no new employee, no import; an employee opens read-only, without Save.
    QPushButton *newEmployee = w.employeePage()->newEmployeeButton();
    CHECK_FALSE(newEmployee->isEnabled());
    CHECK(names(newEmployee->toolTip(), Role::Operator));
    CHECK_FALSE(w.employeePage()->newEmployeeAction()->isEnabled());
    auto *import = f.child<QAction>("actionImport");
    CHECK_FALSE(import->isEnabled());
    CHECK(names(import->toolTip(), Role::Operator));
    {
        EmployeeDialog *dialog = w.employeePage()->openEmployee(firstEmployee(w));
        REQUIRE(dialog);
        CHECK(dialog->isReadOnly());
        CHECK_FALSE(dialog->saveButton()->isVisibleTo(dialog));
        CHECK(dialog->form()->nameEdit()->isReadOnly());
        CHECK(dialog->footerMessage()->text().contains(Roles::name(Role::Operator)));
        dialog->close();
    }

    // Organisasi: unit actions, formasi and the catalogue.
    auto *addUnit = f.child<QAction>("actionAddUnit");
    CHECK_FALSE(addUnit->isEnabled());
    CHECK(names(addUnit->toolTip(), Role::Operator));
    CHECK_FALSE(f.child<QPushButton>("actionAddUnitButton")->isEnabled());
    CHECK(names(f.child<QPushButton>("actionAddUnitButton")->toolTip(), Role::Operator));
    CHECK_FALSE(w.orgPage()->unitsView()->formasiPanel()->addButton()->isEnabled());
    CHECK(w.orgPage()->unitsView()->formasiPanel()->table()->editTriggers() ==
          QAbstractItemView::NoEditTriggers);
    CHECK(w.orgPage()->unitsView()->tree()->dragDropMode() == QAbstractItemView::NoDragDrop);
    CHECK_FALSE(w.orgPage()->catalogueView()->addButton()->isEnabled());

    // Kompetensi: dictionary, assessed levels and requirement profiles.
    CompetencyPage *competencies = w.competencyPage();
    CHECK_FALSE(competencies->dictionaryView()->addButton()->isEnabled());
    CHECK_FALSE(competencies->dictionaryView()->editButton()->isEnabled());
    CHECK(names(competencies->dictionaryView()->editButton()->toolTip(), Role::Operator));
    CHECK_FALSE(competencies->employeeView()->recordButton()->isEnabled());
    CHECK_FALSE(f.child<QPushButton>("addRequirementButton")->isEnabled());
    CHECK_FALSE(f.child<QComboBox>("profileEducation")->isEnabled());

    // Analisis kebutuhan: the rules and the ABK open read-only.
    NeedsAnalysisPage *needs = w.needsPage();
    CHECK(needs->rulesButton()->isEnabled()); // looking is allowed
    CHECK(needs->rulesButton()->toolTip().contains(Roles::name(Role::Administrator)));
    const RulesView rules = rulesAsSeen(needs);
    CHECK(rules.readOnly);
    CHECK_FALSE(rules.saveOffered);
    CHECK(rules.closeOffered);
    CHECK_FALSE(rules.fieldsEnabled);
    CHECK(rules.noteShown);
    REQUIRE(needs->model()->rowCount() > 0);
    {
        AbkDialog abk(f.db(), *needs->model()->postAt(0));
        CHECK(abk.isReadOnly());
        CHECK_FALSE(offersButton(abk, QStringLiteral("Save tasks")));
        CHECK(abk.taskTable()->editTriggers() == QAbstractItemView::NoEditTriggers);
    }

    // SK & Pemberitahuan: no issuing, no notifications; the settings read-only.
    CHECK_FALSE(f.child<QPushButton>("issueButton")->isEnabled());
    CHECK(names(f.child<QPushButton>("issueButton")->toolTip(), Role::Penandatangan));
    CHECK_FALSE(f.child<QPushButton>("handedOverButton")->isEnabled());
    CHECK(names(f.child<QPushButton>("handedOverButton")->toolTip(), Role::Operator));
    CHECK(names(f.child<QPushButton>("emailButton")->toolTip(), Role::Operator));
    {
        DecreeSettingsDialog settings(f.db());
        CHECK_FALSE(settings.canSave());
        CHECK_FALSE(settings.findChild<QPushButton *>(QStringLiteral("saveButton"))
                        ->isVisibleTo(&settings));
    }
    CHECK(f.child<QPushButton>("decreeSettingsButton")->isEnabled());
    CHECK(names(f.child<QPushButton>("decreeSettingsButton")->toolTip(), Role::Administrator));

    // The operator keeps the registry: the same pages, without reopening anything.
    f.switchTo(QStringLiteral("operator"));
    CHECK(newEmployee->isEnabled());
    CHECK_FALSE(names(newEmployee->toolTip(), Role::Operator));
    CHECK(import->isEnabled());
    CHECK(addUnit->isEnabled());
    CHECK(f.child<QPushButton>("actionAddUnitButton")->isEnabled());
    CHECK(w.orgPage()->unitsView()->formasiPanel()->table()->editTriggers() !=
          QAbstractItemView::NoEditTriggers);
    CHECK(w.orgPage()->unitsView()->tree()->dragDropMode() == QAbstractItemView::DragDrop);
    CHECK(w.orgPage()->catalogueView()->addButton()->isEnabled());
    CHECK(competencies->dictionaryView()->addButton()->isEnabled());
    CHECK(competencies->employeeView()->recordButton()->isEnabled());
    CHECK(f.child<QComboBox>("profileEducation")->isEnabled());
    {
        EmployeeDialog *dialog = w.employeePage()->openEmployee(firstEmployee(w));
        REQUIRE(dialog);
        CHECK_FALSE(dialog->isReadOnly());
        CHECK(dialog->saveButton()->isVisibleTo(dialog));
        CHECK_FALSE(dialog->form()->nameEdit()->isReadOnly());
        dialog->close();
    }
    {
        AbkDialog abk(f.db(), *needs->model()->postAt(0));
        CHECK_FALSE(abk.isReadOnly());
        CHECK(offersButton(abk, QStringLiteral("Save tasks")));
    }
    CHECK_FALSE(names(f.child<QPushButton>("handedOverButton")->toolTip(), Role::Operator));
    CHECK_FALSE(f.child<QPushButton>("issueButton")->isEnabled()); // the Penandatangan's
    CHECK(rulesAsSeen(needs).readOnly); // the rules stay the administrator's
    CHECK_FALSE(DecreeSettingsDialog(f.db()).canSave());

    // The administrator changes the rules and the settings.
    f.switchTo(QStringLiteral("admin"));
    const RulesView adminRules = rulesAsSeen(needs);
    CHECK_FALSE(adminRules.readOnly);
    CHECK(adminRules.saveOffered);
    CHECK(adminRules.fieldsEnabled);
    CHECK_FALSE(adminRules.noteShown);
    CHECK(DecreeSettingsDialog(f.db()).canSave());
    CHECK(f.child<QPushButton>("decreeSettingsButton")->toolTip().isEmpty());
    CHECK(f.child<QPushButton>("eligibilityRulesButton")->toolTip().isEmpty());
    CHECK(f.child<QPushButton>("usersButton")->isEnabled());

    // And back to the Pimpinan: read-only again.
    f.switchTo(QStringLiteral("pimpinan"));
    CHECK_FALSE(newEmployee->isEnabled());
    CHECK_FALSE(addUnit->isEnabled());
    CHECK_FALSE(competencies->dictionaryView()->addButton()->isEnabled());
    CHECK_FALSE(f.child<QPushButton>("usersButton")->isEnabled());
    CHECK(rulesAsSeen(needs).readOnly);
}

TEST_CASE("The audit chain is verified in a worker thread, intact and broken", "[ui][audit]")
{
    Fixture f(QStringLiteral("admin"));
    AuditDialog dialog(f.db());
    QSignalSpy finished(&dialog, &AuditDialog::verificationFinished);

    dialog.verifyChain();
    // While the worker runs the dialog says so and cannot start a second check.
    CHECK(dialog.isVerifying());
    CHECK_FALSE(dialog.verifyButton()->isEnabled());
    CHECK(dialog.verifyProgress()->isVisibleTo(&dialog));
    REQUIRE(finished.wait(30000));
    CHECK(finished.takeFirst().at(0).toBool());
    CHECK_FALSE(dialog.isVerifying());
    CHECK(dialog.verifyButton()->isEnabled());
    CHECK_FALSE(dialog.verifyProgress()->isVisibleTo(&dialog));
    CHECK(dialog.verification()->text().contains(QStringLiteral("intact")));

    // An audit row changed with raw SQL, outside Simutasi: the worker names it.
    QSqlQuery tamper(f.db().connection());
    REQUIRE(tamper.exec(QStringLiteral("SELECT MAX(id) / 2 FROM audit_log")));
    REQUIRE(tamper.next());
    const qint64 victim = tamper.value(0).toLongLong();
    REQUIRE(victim > 0);
    REQUIRE(tamper.exec(
        QStringLiteral("UPDATE audit_log SET new_value = 'forged' WHERE id = %1").arg(victim)));
    dialog.verifyChain();
    REQUIRE(finished.wait(30000));
    CHECK_FALSE(finished.takeFirst().at(0).toBool());
    CHECK(dialog.verification()->text().contains(QStringLiteral("#%1:").arg(victim)));
}
