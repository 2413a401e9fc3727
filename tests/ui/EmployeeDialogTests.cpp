// The employee dialog on a demo province: open from the table, edit and save (the list, the
// database and the audit trail follow), unsaved changes on close, validation of a new employee,
// and the history tabs.
#include "EmployeePageFixture.h"

#include "AuditTrailView.h"
#include "DialogSeams.h"
#include "EmployeeDialog.h"
#include "EmployeeForm.h"
#include "EmployeeHistoryTabs.h"
#include "EmployeeTableModel.h"
#include "HistoryModelBase.h"
#include "HistoryTab.h"
#include "MainWindow.h"
#include "OptionalDateEdit.h"
#include "UnitSelector.h"
#include "domain/YearsMonths.h"
#include "registry/EmployeeEditor.h"
#include "session/Session.h"
#include "storage/OrgRepository.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Simutasi;

namespace {

const QString Tester = QStringLiteral("tester.bkd");

struct DialogFixture : Test::EmployeePageFixture
{
    // The officer whose name the audit entries carry (an operator may edit employees).
    Test::LoggedIn officer{RoleSet{Role::Operator}, Tester};
    Employee employee;
    QPointer<EmployeeDialog> dialog;

    DialogFixture()
    {
        Session::setUserName(Tester);
        employee = EmployeeRepository(*db).byId(page->model()->employeeId(5)).value();
        showOnly(employee.nip.digits());
    }
    ~DialogFixture()
    {
        if (dialog)
            delete dialog.data();
        Session::setUserName({});
    }

    // Opens the dialog the way an officer does: Enter on the selected row.
    EmployeeDialog *openWithEnter()
    {
        QTableView *table = page->table();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, EmployeeTableModel::NameColumn));
        QTest::keyClick(table, Qt::Key_Return);
        dialog = page->findChild<EmployeeDialog *>();
        REQUIRE(dialog);
        REQUIRE(Test::waitUntil([&] { return dialog->isVisible(); }));
        return dialog;
    }

    void retype(QLineEdit *edit, const QString &text) const
    {
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    Employee stored() const { return EmployeeRepository(*db).byId(employee.id).value(); }
    QList<AuditEntry> trail() const { return EmployeeEditor(*db, Tester).auditTrail(employee.id); }

    OrgUnit otherUnit() const
    {
        for (const OrgUnit &unit : OrgRepository(*db).units()) {
            if (unit.kind == OrgUnit::Kind::Sekolah && unit.id != employee.unitId && unit.isOpen())
                return unit;
        }
        FAIL("no other school in the demo province");
        return {};
    }
};

bool hasEntry(const QList<AuditEntry> &entries, const QString &field, const QString &newValue)
{
    return std::any_of(entries.begin(), entries.end(), [&](const AuditEntry &e) {
        return e.field == field && e.newValue.startsWith(newValue) && e.user == Tester;
    });
}

} // namespace

TEST_CASE("Editing an employee's name and unit saves them with audit entries",
          "[ui][employees][dialog]")
{
    DialogSeams::ScriptedScope seams;
    DialogFixture f;
    EmployeeDialog *dialog = f.openWithEnter();
    EmployeeForm *form = dialog->form();
    CHECK(dialog->windowTitle().startsWith(QStringLiteral("Employee — ") + f.employee.fullName()));
    CHECK(form->nipEdit()->text() == f.employee.nip.formatted());
    CHECK_FALSE(dialog->hasUnsavedChanges());
    CHECK_FALSE(dialog->saveButton()->isEnabled());
    CHECK(dialog->factText(QStringLiteral("masaKerja")) ==
          EmployeeDialog::durationText(
              YearsMonths::between(f.employee.nip.tmtCpns(), QDate::currentDate())));

    f.retype(form->nameEdit(), QStringLiteral("Yohana Mofu"));
    const OrgUnit school = f.otherUnit();
    UnitSelector *unit = form->unitSelector();
    unit->showPopup();
    QTest::keyClicks(unit->popupSearch(), school.name);
    QTest::keyClick(unit->popupSearch(), Qt::Key_Return);
    REQUIRE(unit->unitId() == school.id);
    CHECK(dialog->hasUnsavedChanges());
    CHECK(dialog->isWindowModified());
    REQUIRE(dialog->saveButton()->isEnabled());

    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    CHECK(DialogSeams::messages().isEmpty());
    CHECK_FALSE(dialog->hasUnsavedChanges());
    CHECK(f.stored().name == u"Yohana Mofu");
    CHECK(f.stored().unitId == school.id);
    const QList<AuditEntry> trail = f.trail();
    CHECK(trail.size() == 2);
    CHECK(hasEntry(trail, QStringLiteral("name"), QStringLiteral("Yohana Mofu")));
    CHECK(hasEntry(trail, QStringLiteral("unit"), school.name + QStringLiteral(" #")));
    // The list shows the new name and unit without being asked to.
    const QAbstractItemModel *model = f.page->table()->model();
    CHECK(
        model->index(0, EmployeeTableModel::NameColumn).data().toString().contains(u"Yohana Mofu"));
    CHECK(model->index(0, EmployeeTableModel::UnitColumn).data().toString() == school.name);
    // The history of changes lists both, with the officer's name.
    QTreeWidget *list = dialog->auditTrail()->list();
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(list->topLevelItem(0)->text(1) == Tester);
    CHECK(dialog->footerMessage()->text().startsWith(u"Saved"));
}

TEST_CASE("Closing with unsaved changes asks; Cancel keeps the dialog, Discard keeps the database",
          "[ui][employees][dialog]")
{
    DialogSeams::ScriptedScope seams;
    DialogFixture f;
    EmployeeDialog *dialog = f.openWithEnter();
    f.retype(dialog->form()->nameEdit(), QStringLiteral("Not To Be Kept"));

    DialogSeams::queueButton(QMessageBox::Cancel);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("employeeClose")),
                      Qt::LeftButton);
    REQUIRE(DialogSeams::messages().size() == 1);
    CHECK(DialogSeams::messages().first().title == u"Unsaved changes");
    CHECK(dialog->isVisible());
    CHECK(dialog->form()->nameEdit()->text() == u"Not To Be Kept");

    SECTION("Discard closes and writes nothing")
    {
        DialogSeams::queueButton(QMessageBox::Discard);
        dialog->close();
        CHECK_FALSE(dialog->isVisible());
        CHECK(f.stored().name == f.employee.name);
        CHECK(f.trail().isEmpty());
    }
    SECTION("Save saves, then closes")
    {
        DialogSeams::queueButton(QMessageBox::Save);
        dialog->close();
        CHECK_FALSE(dialog->isVisible());
        CHECK(f.stored().name == u"Not To Be Kept");
        CHECK(f.trail().size() == 1);
    }
    SECTION("Escape asks too")
    {
        DialogSeams::queueButton(QMessageBox::Cancel);
        QTest::keyClick(dialog, Qt::Key_Escape);
        CHECK(DialogSeams::messages().size() == 2);
        CHECK(dialog->isVisible());
    }
}

TEST_CASE("A new employee with an invalid NIP shows the error and cannot be saved",
          "[ui][employees][dialog]")
{
    DialogSeams::ScriptedScope seams;
    DialogFixture f;
    const int before = f.count({});
    f.dialog = f.page->newEmployee();
    EmployeeDialog *dialog = f.dialog;
    REQUIRE(dialog);
    EmployeeForm *form = dialog->form();
    CHECK(dialog->windowTitle().startsWith(u"New employee"));
    CHECK_FALSE(dialog->hasUnsavedChanges());
    CHECK(dialog->footerMessage()->text().contains(u"NIP, name, gender, date of birth"));

    QTest::keyClicks(form->nipEdit(), QStringLiteral("19850332 201001 1 003"));
    QTest::keyClicks(form->nameEdit(), QStringLiteral("Markus Rumbewas"));
    CHECK(form->nipMessage()->isVisible());
    CHECK(form->nipMessage()->text() == Nip::parse(form->nipEdit()->text()).errorMessage());
    CHECK_FALSE(dialog->saveButton()->isEnabled());
    CHECK(dialog->footerMessage()->text().contains(u"The NIP is not valid"));
    CHECK_FALSE(dialog->save());
    CHECK(DialogSeams::messages().size() == 1);
    CHECK(f.count({}) == before);

    SECTION("a valid NIP fills the date of birth and gender, and then it saves")
    {
        form->nipEdit()->clear();
        QTest::keyClicks(form->nipEdit(), QStringLiteral("19850312 201001 1 903"));
        CHECK_FALSE(form->nipMessage()->isVisible());
        CHECK(form->birthDateEdit()->value() == QDate(1985, 3, 12));
        CHECK(form->genderCombo()->currentData().toInt() == int(Gender::Male));
        REQUIRE(dialog->saveButton()->isEnabled());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        CHECK(f.count({}) == before + 1);
        REQUIRE(dialog->employeeId() > 0);
        CHECK(dialog->windowTitle().startsWith(u"Employee — Markus Rumbewas"));
        const QList<AuditEntry> trail =
            EmployeeEditor(*f.db, Tester).auditTrail(dialog->employeeId());
        CHECK(hasEntry(trail, QStringLiteral("nip"), QStringLiteral("198503122010011903")));
        CHECK(std::all_of(trail.begin(), trail.end(),
                          [](const AuditEntry &e) { return e.action == u"create"; }));
    }
}

TEST_CASE("The form warns when the NIP, the birth date, the gender or the golongan disagree",
          "[ui][employees][dialog]")
{
    DialogSeams::ScriptedScope seams;
    DialogFixture f;
    EmployeeDialog *dialog = f.openWithEnter();
    EmployeeForm *form = dialog->form();
    CHECK_FALSE(form->consistencyMessage()->isVisible());

    form->birthDateEdit()->setValue(f.employee.birthDate.addDays(3));
    CHECK(form->consistencyMessage()->isVisible());
    CHECK(form->fillFromNipButton()->isVisible());
    CHECK(dialog->saveButton()->isEnabled()); // a warning does not block
    QTest::mouseClick(form->fillFromNipButton(), Qt::LeftButton);
    CHECK(form->birthDateEdit()->value() == f.employee.nip.birthDate());
    CHECK_FALSE(form->consistencyMessage()->isVisible());

    // I/a is below the range of every jabatan in the demo catalogue but Pelaksana's.
    form->statusCombo()->setCurrentIndex(form->statusCombo()->findText(QStringLiteral("PNS")));
    form->golonganCombo()->setCurrentIndex(1);
    const bool pelaksana = form->jabatanType() == JabatanType::Pelaksana;
    CHECK(form->golonganMessage()->isVisible() == !pelaksana);

    form->emailEdit()->setText(QStringLiteral("not an email"));
    CHECK(form->emailMessage()->isVisible());
    CHECK_FALSE(dialog->saveButton()->isEnabled());
}

TEST_CASE("History rows are added and deleted through the tabs, with the deletion audited",
          "[ui][employees][dialog]")
{
    DialogSeams::ScriptedScope seams;
    DialogFixture f;
    const QList<SkpRating> ratings = EmployeeRepository(*f.db).skpRatings(f.employee.id);
    REQUIRE_FALSE(ratings.isEmpty());
    EmployeeDialog *dialog = f.openWithEnter();
    HistoryTab *skp = dialog->histories()->tab(HistoryKind::Skp);
    REQUIRE(skp);
    HistoryModelBase *model = skp->model();
    CHECK(model->rowCount() == ratings.size());

    // A stored row: the officer is asked first; Cancel keeps it.
    skp->table()->setCurrentIndex(model->index(0, 0));
    DialogSeams::queueButton(QMessageBox::Cancel);
    CHECK_FALSE(skp->deleteCurrentRow());
    CHECK(model->rowCount() == ratings.size());
    DialogSeams::queueButton(QMessageBox::Yes);
    CHECK(skp->deleteCurrentRow());
    CHECK(model->rowCount() == ratings.size() - 1);
    CHECK(dialog->hasUnsavedChanges());

    // A new row is filled in the table as an officer would.
    skp->addRow();
    const int row = model->rowCount() - 1;
    CHECK(model->setData(model->index(row, 0), ratings.first().year));
    CHECK(model->setData(model->index(row, 1), QStringLiteral("Sangat Baik")));
    REQUIRE(dialog->save());

    const QList<SkpRating> stored = EmployeeRepository(*f.db).skpRatings(f.employee.id);
    CHECK(stored.size() == ratings.size());
    const auto first = std::find_if(stored.begin(), stored.end(), [&](const SkpRating &r) {
        return r.year == ratings.first().year;
    });
    REQUIRE(first != stored.end());
    CHECK(first->predicate == SkpPredicate::SangatBaik);
    const QList<AuditEntry> trail = f.trail();
    const auto deleted = std::find_if(trail.begin(), trail.end(), [&](const AuditEntry &e) {
        return e.action == u"delete" &&
               e.field == QStringLiteral("skp[%1].predicate").arg(ratings.first().id);
    });
    REQUIRE(deleted != trail.end());
    CHECK(deleted->oldValue == skpPredicateName(ratings.first().predicate));
    CHECK(dialog->auditTrail()->list()->topLevelItemCount() == trail.size());
}

TEST_CASE("Durations read as personnel records write them", "[ui][employees][dialog]")
{
    CHECK(EmployeeDialog::durationText({23, 4}) == u"23 years 4 months");
    CHECK(EmployeeDialog::durationText({1, 1}) == u"1 year 1 month");
    CHECK(EmployeeDialog::durationText({0, 7}) == u"7 months");
    CHECK(EmployeeDialog::durationText({5, 0}) == u"5 years");
    CHECK(EmployeeDialog::durationText({0, 0}) == u"less than a month");
    CHECK(EmployeeDialog::durationText({-1, -1}) == u"–");
}

TEST_CASE("File > New employee opens an empty employee dialog", "[ui][employees][dialog]")
{
    DialogSeams::ScriptedScope seams;
    Test::EmployeePageFixture f;
    MainWindow window(Test::settingsIn(f.dir.path(QStringLiteral("window.ini"))));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionNewEmployee"));
    REQUIRE(action);
    CHECK_FALSE(action->isEnabled()); // no database yet
    REQUIRE(window.openDatabase(f.db->path()));
    CHECK(action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<EmployeeDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->employeeId() == 0);
    CHECK(dialog->form()->nipEdit()->text().isEmpty());
    dialog->reject(); // nothing typed: closes without asking
    CHECK(DialogSeams::messages().isEmpty());
}
