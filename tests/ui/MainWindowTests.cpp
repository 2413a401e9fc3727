// The main window on real database files, with its modal dialogs answered through DialogSeams.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "DialogSeams.h"
#include "EmployeeDetailPanel.h"
#include "EmployeePage.h"
#include "EmployeeTableModel.h"
#include "MainWindow.h"
#include "PlaceholderPage.h"
#include "WelcomeDialog.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Simutasi;

namespace {

constexpr int DemoSize = 1000;

// One demo province, generated once for all tests of this file and copied per test.
QString sharedDemoDatabase()
{
    static Test::TempDir dir;
    static const QString path = [] {
        const QString file = dir.path(QStringLiteral("shared-demo.db"));
        Test::buildDemoDatabase(file, DemoSize);
        return file;
    }();
    return path;
}

struct WindowFixture
{
    Test::TempDir dir;
    QString demoPath = dir.path(QStringLiteral("demo.db"));
    std::unique_ptr<MainWindow> window;

    WindowFixture()
    {
        REQUIRE(QFile::copy(sharedDemoDatabase(), demoPath));
        window = std::make_unique<MainWindow>(
            Test::settingsIn(dir.path(QStringLiteral("settings.ini"))));
        window->resize(1280, 720);
        window->show();
    }

    QAction *action(const char *name) const
    {
        auto *found = window->findChild<QAction *>(QString::fromLatin1(name));
        REQUIRE(found);
        return found;
    }

    QString countLabel() const
    {
        const auto *label = window->findChild<QLabel *>(QStringLiteral("employeeCountLabel"));
        REQUIRE(label);
        return label->text();
    }
};

} // namespace

TEST_CASE("The main window lists the employees of a demo database", "[ui][mainwindow]")
{
    DialogSeams::ScriptedScope seams;
    WindowFixture f;
    REQUIRE(f.window->openDatabase(f.demoPath));
    CHECK(DialogSeams::messages().isEmpty());
    CHECK(f.window->windowTitle() == u"Simutasi — demo.db");
    REQUIRE(f.window->database());
    CHECK(QFileInfo(f.window->database()->path()) == QFileInfo(f.demoPath));

    // The status bar shows the count as text, with the locale's grouping ("1,000"): the active
    // employees, since the demo's past has some who left the province (pindah keluar).
    const int active = EmployeeRepository(*f.window->database()).count();
    CHECK(active < DemoSize);
    const QString count = QLocale().toString(active);
    CHECK(f.countLabel() == count + QStringLiteral(" employees"));
    CHECK(f.window->statusBar()->isAncestorOf(
        f.window->findChild<QLabel *>(QStringLiteral("employeeCountLabel"))));

    f.window->showPage(MainWindow::Page::Employees);
    CHECK(f.window->currentPage() == MainWindow::Page::Employees);
    auto *table = f.window->findChild<QTableView *>(QStringLiteral("employeeTable"));
    REQUIRE(table);
    CHECK(table->isVisible());
    CHECK(table->model()->rowCount() == active);
    CHECK_FALSE(
        table->model()->index(0, EmployeeTableModel::NameColumn).data().toString().isEmpty());
    CHECK(table->model()->index(0, EmployeeTableModel::NipColumn).data().toString().size() == 21);

    SECTION("typing a NIP narrows the list after a short pause")
    {
        const QString nip =
            table->model()->index(17, 0).data(EmployeeTableModel::NipDigitsRole).toString();
        const QString spaced = Nip::parse(nip).formatted();
        QLineEdit *search = f.window->employeePage()->searchField();
        QTest::keyClicks(search, spaced);
        // Not applied at every key press: the list waits until typing pauses.
        CHECK(table->model()->rowCount() == active);
        const QString expected = QStringLiteral("1 of %1 employees match").arg(count);
        CHECK(Test::waitUntil([&] { return f.countLabel() == expected; }));
        REQUIRE(table->model()->rowCount() == 1);
        CHECK(table->model()->index(0, 0).data(EmployeeTableModel::NipDigitsRole).toString() ==
              nip);

        search->clear();
        CHECK(Test::waitUntil([&] { return table->model()->rowCount() == active; }));
        CHECK(f.countLabel() == count + QStringLiteral(" employees"));
    }

    SECTION("selecting a row shows that employee under the table")
    {
        EmployeeDetailPanel *detail = f.window->employeePage()->detailPanel();
        CHECK_FALSE(detail->isVisible());
        table->selectRow(3);
        CHECK(detail->isVisible());
        CHECK(detail->shownName() ==
              table->model()->index(3, EmployeeTableModel::NameColumn).data().toString());
        // A new filter or order drops the selection, and the summary with it.
        table->sortByColumn(EmployeeTableModel::NipColumn, Qt::DescendingOrder);
        CHECK_FALSE(detail->isVisible());
    }

    SECTION("the home page shows the file and the counts")
    {
        f.window->showPage(MainWindow::Page::Home);
        const auto *name = f.window->findChild<QLabel *>(QStringLiteral("homeDatabaseName"));
        REQUIRE(name);
        CHECK(name->text() == u"demo.db");
        bool countShown = false;
        for (const QLabel *value : f.window->findChildren<QLabel *>(QStringLiteral("statValue")))
            countShown = countShown || value->text() == count;
        CHECK(countShown);
    }
}

TEST_CASE("Opening a file that is not a database shows why and keeps the open database",
          "[ui][mainwindow]")
{
    DialogSeams::ScriptedScope seams;
    WindowFixture f;
    REQUIRE(f.window->openDatabase(f.demoPath));
    const QString title = f.window->windowTitle();
    const QString count = f.countLabel();

    const QString notADatabase = f.dir.path(QStringLiteral("notes.db"));
    {
        QFile file(notADatabase);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("These are meeting notes, not a database.\n");
    }
    DialogSeams::queueFile(notADatabase);
    f.action("actionOpen")->trigger();

    const QList<DialogSeams::Message> messages = DialogSeams::messages();
    REQUIRE(messages.size() == 1);
    CHECK(messages.first().icon == QMessageBox::Critical);
    const QString expected = DatabaseError::describe(DatabaseError::Kind::NotADatabase,
                                                     QFileInfo(notADatabase).absoluteFilePath());
    CHECK(messages.first().text == expected);
    CHECK(messages.first().text.contains(QDir::toNativeSeparators(notADatabase)));

    REQUIRE(f.window->database());
    CHECK(QFileInfo(f.window->database()->path()) == QFileInfo(f.demoPath));
    CHECK(f.window->windowTitle() == title);
    CHECK(f.countLabel() == count);
    CHECK(f.window->employeePage()->model()->rowCount() ==
          EmployeeRepository(*f.window->database()).count());

    SECTION("a missing file, likewise")
    {
        DialogSeams::queueFile(f.dir.path(QStringLiteral("gone.db")));
        f.action("actionOpen")->trigger();
        REQUIRE(DialogSeams::messages().size() == 2);
        CHECK(DialogSeams::messages().last().text.contains(u"gone.db"));
        CHECK(QFileInfo(f.window->database()->path()) == QFileInfo(f.demoPath));
    }

    SECTION("a cancelled file dialog changes nothing")
    {
        f.action("actionOpen")->trigger(); // no file queued: the officer pressed Cancel
        CHECK(DialogSeams::messages().size() == 1);
        CHECK(f.window->windowTitle() == title);
    }
}

TEST_CASE("New database creates an empty register and remembers it", "[ui][mainwindow]")
{
    DialogSeams::ScriptedScope seams;
    WindowFixture f;
    const QString path = f.dir.path(QStringLiteral("kantor"));
    DialogSeams::queueFile(path);
    f.action("actionNew")->trigger();
    CHECK(DialogSeams::messages().isEmpty());
    REQUIRE(f.window->database());
    CHECK(QFileInfo(f.window->database()->path()).fileName() == u"kantor.db");
    CHECK(f.window->windowTitle() == u"Simutasi — kantor.db");
    CHECK(f.countLabel() == u"0 employees");
    CHECK(f.window->settings().value(SettingKeys::LastDatabase) ==
          QFileInfo(path + QStringLiteral(".db")).absoluteFilePath());

    SECTION("an existing file is replaced only when the officer agrees")
    {
        REQUIRE(f.window->openDatabase(f.demoPath));
        const QString existing = f.dir.path(QStringLiteral("kantor.db"));
        DialogSeams::queueFile(existing);
        DialogSeams::queueButton(QMessageBox::No);
        f.action("actionNew")->trigger();
        REQUIRE(DialogSeams::messages().size() == 1);
        CHECK(DialogSeams::messages().first().icon == QMessageBox::Question);
        CHECK(QFileInfo(f.window->database()->path()) == QFileInfo(f.demoPath));
    }
}

TEST_CASE("The last database reopens at start; without one the welcome dialog offers choices",
          "[ui][mainwindow]")
{
    DialogSeams::ScriptedScope seams;
    Test::TempDir dir;
    const QString demoPath = dir.path(QStringLiteral("demo.db"));
    REQUIRE(QFile::copy(sharedDemoDatabase(), demoPath));
    const QString settingsPath = dir.path(QStringLiteral("settings.ini"));

    SECTION("first start: closing the welcome dialog leaves the window without a database")
    {
        MainWindow window(Test::settingsIn(settingsPath));
        window.startUp();
        CHECK(window.database() == nullptr);
        CHECK(window.windowTitle() == u"Simutasi");
        CHECK(window.currentPage() == MainWindow::Page::Home);
    }

    SECTION("first start: open an existing database from the welcome dialog")
    {
        MainWindow window(Test::settingsIn(settingsPath));
        DialogSeams::queueExecResult(WelcomeDialog::OpenExisting);
        DialogSeams::queueFile(demoPath);
        window.startUp();
        REQUIRE(window.database());
        CHECK(QFileInfo(window.database()->path()) == QFileInfo(demoPath));

        // The next start opens it again without asking.
        MainWindow next(Test::settingsIn(settingsPath));
        next.startUp();
        REQUIRE(next.database());
        CHECK(QFileInfo(next.database()->path()) == QFileInfo(demoPath));
        CHECK(DialogSeams::messages().isEmpty());
    }

    SECTION("a file named on the command line wins over the last database")
    {
        const QString other = dir.path(QStringLiteral("other.db"));
        REQUIRE(QFile::copy(sharedDemoDatabase(), other));
        auto settings = Test::settingsIn(settingsPath);
        settings->noteDatabaseOpened(demoPath);
        MainWindow window(std::move(settings));
        window.startUp(other);
        REQUIRE(window.database());
        CHECK(QFileInfo(window.database()->path()) == QFileInfo(other));
    }

    SECTION("a recent file that is gone is shown disabled")
    {
        auto settings = Test::settingsIn(settingsPath);
        settings->noteDatabaseOpened(dir.path(QStringLiteral("deleted.db")));
        settings->noteDatabaseOpened(demoPath);
        MainWindow window(std::move(settings));
        auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        REQUIRE(recent);
        Q_EMIT recent->aboutToShow();
        const QList<QAction *> actions = recent->actions();
        REQUIRE(actions.size() >= 2);
        CHECK(actions.at(0)->text().contains(u"demo.db"));
        CHECK(actions.at(0)->isEnabled());
        CHECK(actions.at(1)->text().contains(u"deleted.db"));
        CHECK_FALSE(actions.at(1)->isEnabled());
    }
}

TEST_CASE("A demo database is built in a worker thread and opened", "[ui][mainwindow][demo]")
{
    DialogSeams::ScriptedScope seams;
    WindowFixture f;
    REQUIRE(f.window->openDatabase(f.demoPath));

    SECTION("built and opened")
    {
        const QString path = f.dir.path(QStringLiteral("fresh-demo.db"));
        REQUIRE(f.window->createDemoDatabase(path, 800, Test::DemoReferenceDate));
        CHECK(DialogSeams::messages().isEmpty());
        CHECK(QFileInfo(f.window->database()->path()) == QFileInfo(path));
        // The active employees: the demo's past has some who left the province (pindah keluar).
        const int active = EmployeeRepository(*f.window->database()).count();
        CHECK(active < 800);
        CHECK(f.countLabel() == QStringLiteral("%1 employees").arg(active));
        CHECK(f.window->employeePage()->model()->rowCount() == active);
    }

    SECTION("cancelled: no file is left and the previous database stays open")
    {
        const QString path = f.dir.path(QStringLiteral("cancelled-demo.db"));
        // The officer presses Cancel as soon as the progress dialog is there.
        QTimer::singleShot(0, f.window.get(), [&f] {
            auto *progress = f.window->findChild<QProgressDialog *>(QStringLiteral("demoProgress"));
            // No REQUIRE here: an exception must not cross Qt's event loop.
            auto *cancel = progress ? progress->findChild<QPushButton *>() : nullptr;
            CHECK(cancel);
            if (cancel)
                cancel->click();
        });
        CHECK_FALSE(f.window->createDemoDatabase(path, 100000, Test::DemoReferenceDate));
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK(QFileInfo(f.window->database()->path()) == QFileInfo(f.demoPath));
        CHECK(DialogSeams::messages().isEmpty());
    }
}

TEST_CASE("Every area has a page; areas not built yet say what they will do", "[ui][mainwindow]")
{
    WindowFixture f;
    auto *navigation = f.window->findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    CHECK(navigation->count() == 9);
    const QStringList expected = {QStringLiteral("Home"),
                                  QStringLiteral("Employees"),
                                  QStringLiteral("Organisation & Positions"),
                                  QStringLiteral("Needs Analysis"),
                                  QStringLiteral("Competencies"),
                                  QStringLiteral("Transfer Proposals"),
                                  QStringLiteral("Decrees & Notification"),
                                  QStringLiteral("Reports"),
                                  QStringLiteral("Settings")};
    for (int i = 0; i < navigation->count(); ++i)
        CHECK(navigation->item(i)->text() == expected.at(i));

    navigation->setCurrentRow(int(MainWindow::Page::Transfers));
    CHECK(f.window->currentPage() == MainWindow::Page::Transfers);
    CHECK(f.window->findChildren<PlaceholderPage *>().isEmpty()); // every area is built
}

TEST_CASE("The language choice is stored for the next start", "[ui][mainwindow]")
{
    WindowFixture f;
    f.window->showPage(MainWindow::Page::Settings);
    auto *combo = f.window->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    REQUIRE(combo);
    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    CHECK(f.window->settings().value(SettingKeys::Language) == u"en");
    combo->setCurrentIndex(combo->findData(QStringLiteral("id")));
    CHECK(f.window->settings().value(SettingKeys::Language) == u"id");
}

TEST_CASE("About names the version", "[ui][mainwindow]")
{
    DialogSeams::ScriptedScope seams;
    WindowFixture f;
    f.action("actionAbout")->trigger();
    REQUIRE(DialogSeams::messages().size() == 1);
    CHECK(DialogSeams::messages().first().text.contains(QStringLiteral(SIMUTASI_VERSION)));
}
