// The Usulan Mutasi page, the log-in dialogs and the permissions in the UI, on a demo province
// with its demo users, every dialog answered through DialogSeams.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "AuditDialog.h"
#include "DecisionDialog.h"
#include "DialogSeams.h"
#include "EmployeeTableModel.h"
#include "FirstAdministratorDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "NoteDialog.h"
#include "ProposalLinesModel.h"
#include "ProposalListModel.h"
#include "ProposalWizard.h"
#include "TransfersPage.h"
#include "UserAdminDialog.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"
#include "workflow/ProposalRepository.h"
#include "workflow/ProposalWorkflow.h"
#include "workflow/UserAccounts.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

using namespace Simutasi;

namespace {

QString sharedDemo()
{
    return Test::sharedDemoDatabase(400);
}

// Logs the process out at the end of a test, whatever it did.
struct SessionGuard
{
    ~SessionGuard() { Session::logOut(); }
};

using Test::queueLogIn; // with the demo password

struct Fixture
{
    Test::TempDir dir;
    QString path = dir.path(QStringLiteral("demo.db"));
    std::unique_ptr<MainWindow> window;
    DialogSeams::ScriptedScope seams;
    SessionGuard session;

    Fixture()
    {
        REQUIRE(QFile::copy(sharedDemo(), path));
        DialogSeams::setLogInScripted(true);
        window = std::make_unique<MainWindow>(
            Test::settingsIn(dir.path(QStringLiteral("settings.ini"))));
        window->resize(1280, 800);
        window->show();
    }

    TransfersPage *page() const { return window->transfersPage(); }

    void switchTo(const QString &name) { Test::switchUser(*window, name); }

    ProposalState state(qint64 id) const
    {
        return ProposalRepository(*window->database()).proposal(id)->state;
    }

    void click(WorkflowAction action) const
    {
        QPushButton *button = page()->actionButton(action);
        REQUIRE(button);
        REQUIRE(button->isVisibleTo(page()));
        REQUIRE(button->isEnabled());
        button->click();
    }
};

struct Post
{
    qint64 unitId = 0;
    qint64 jabatanId = 0;
};

// A post with at least two free places that no proposal aims at.
Post freePost(Database &db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral(
        "SELECT f.unit_id, f.jabatan_id FROM formasi f WHERE f.required - (SELECT count(*) FROM "
        "employee e WHERE e.unit_id = f.unit_id AND e.jabatan_id = f.jabatan_id) >= 2 AND NOT "
        "EXISTS (SELECT 1 FROM proposal_line l WHERE l.to_unit_id = f.unit_id AND "
        "l.to_jabatan_id = f.jabatan_id) AND (SELECT count(*) FROM employee e WHERE "
        "e.jabatan_id = f.jabatan_id AND e.unit_id <> f.unit_id) >= 5 ORDER BY f.unit_id, "
        "f.jabatan_id LIMIT 1")));
    REQUIRE(query.next());
    return {query.value(0).toLongLong(), query.value(1).toLongLong()};
}

// Two employees holding the post's jabatan elsewhere whom the rules let move there.
QList<qint64> movableEmployees(Database &db, const Post &post)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id FROM employee WHERE jabatan_id = ? AND unit_id <> ? "
                                 "ORDER BY id"));
    query.addBindValue(post.jabatanId);
    query.addBindValue(post.unitId);
    REQUIRE(query.exec());
    QList<qint64> movable;
    ProposalWorkflow dryRun(db, Session::currentUser());
    while (query.next() && movable.size() < 2) {
        LineRequest request;
        request.employeeId = query.value(0).toLongLong();
        request.toUnitId = post.unitId;
        request.toJabatanId = post.jabatanId;
        request.plannedTmt = QDate::currentDate();
        request.justification = QStringLiteral("test");
        if (dryRun.checkLine(0, request).accepted)
            movable << request.employeeId;
    }
    REQUIRE(movable.size() == 2);
    return movable;
}

} // namespace

TEST_CASE("A proposal goes from draft to executed through the page with different users",
          "[ui][transfers]")
{
    Fixture f;
    queueLogIn(QStringLiteral("operator"));
    REQUIRE(f.window->openDatabase(f.path));
    REQUIRE(Session::currentUser().name == u"operator");
    Database &db = *f.window->database();
    f.window->showPage(MainWindow::Page::Transfers);

    Test::ModelTesterLog log;
    QAbstractItemModelTester listTester(f.page()->proposalModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester linesTester(f.page()->linesModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Warning);

    const Post post = freePost(db);
    const QList<qint64> movers = movableEmployees(db, post);
    const std::optional<Employee> staying = EmployeeRepository(db).byId(movers.at(1));

    // The operator creates the draft with the wizard: two employees picked by hand.
    REQUIRE(f.page()->newProposalButton()->isEnabled());
    DialogSeams::queueExecHandler([&](QDialog &dialog) {
        auto *wizard = dynamic_cast<ProposalWizard *>(&dialog);
        REQUIRE(wizard);
        QAbstractItemModelTester employeesTester(
            wizard->employeeModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
        wizard->titleField()->setText(QStringLiteral("Uji alur lengkap"));
        wizard->reasonField()->setText(QStringLiteral("Pemenuhan formasi"));
        wizard->tmtField()->setDate(QDate::currentDate());
        wizard->setTarget(post.unitId, post.jabatanId);
        wizard->addEmployees(movers, LineSource::Manual);
        REQUIRE(wizard->pendingTable()->rowCount() == 2);
        for (int row = 0; row < 2; ++row)
            wizard->setJustification(row, QStringLiteral("Kebutuhan mendesak di unit tujuan"));
        CHECK(wizard->readyCount() == 2);
        CHECK(wizard->blockedCount() == 0);
        return wizard->finish() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    });
    f.page()->newProposalButton()->click();
    const qint64 id = f.page()->currentProposalId();
    REQUIRE(id > 0);
    CHECK(f.state(id) == ProposalState::Draft);
    REQUIRE(f.page()->linesModel()->rowCount() == 2);
    const qint64 rejectedLine = f.page()->linesModel()->lines().at(1).id;

    f.click(WorkflowAction::Submit);
    CHECK(f.state(id) == ProposalState::Submitted);
    CHECK_FALSE(f.page()->actionButton(WorkflowAction::Verify)->isEnabled()); // not a verifier

    // The verifier verifies with a remark.
    f.switchTo(QStringLiteral("verifikator"));
    f.page()->selectProposal(id);
    CHECK_FALSE(f.page()->actionButton(WorkflowAction::Submit)->isVisibleTo(f.page()));
    DialogSeams::queueExecHandler([](QDialog &dialog) {
        auto *note = dynamic_cast<NoteDialog *>(&dialog);
        REQUIRE(note);
        note->setNote(QStringLiteral("Berkas lengkap"));
        return int(QDialog::Accepted);
    });
    f.click(WorkflowAction::Verify);
    CHECK(f.state(id) == ProposalState::Verified);

    // The Tim Penilai approves with the second line rejected.
    f.switchTo(QStringLiteral("penilai"));
    f.page()->selectProposal(id);
    DialogSeams::queueExecHandler([rejectedLine](QDialog &dialog) {
        auto *decision = dynamic_cast<DecisionDialog *>(&dialog);
        REQUIRE(decision);
        decision->setMeetingDate(QDate::currentDate());
        decision->setNotes(QStringLiteral("Sidang Baperjakat"));
        decision->setLineVerdict(rejectedLine, false, QStringLiteral("Belum dua tahun"));
        return int(QDialog::Accepted);
    });
    f.click(WorkflowAction::Approve);
    CHECK(f.state(id) == ProposalState::Approved);
    const QList<ProposalLine> decided = ProposalRepository(db).lines(id);
    CHECK(decided.at(0).decision == LineDecision::Approved);
    CHECK(decided.at(1).decision == LineDecision::Rejected);

    // The signatory marks the decree issued (the decree module's call).
    f.switchTo(QStringLiteral("penandatangan"));
    REQUIRE_FALSE(
        ProposalWorkflow(db, Session::currentUser())
            .markDecreeIssued(id, {0, QStringLiteral("800/UJI/2026"), QDate::currentDate()}));

    // The operator executes.
    f.switchTo(QStringLiteral("operator"));
    f.page()->selectProposal(id);
    DialogSeams::queueButton(QMessageBox::Yes);
    f.click(WorkflowAction::Execute);
    CHECK(f.state(id) == ProposalState::Executed);
    const std::optional<Employee> moved = EmployeeRepository(db).byId(movers.at(0));
    CHECK(moved->unitId == post.unitId);
    CHECK(moved->jabatanId == post.jabatanId);
    const std::optional<Employee> notMoved = EmployeeRepository(db).byId(movers.at(1));
    CHECK(notMoved->unitId == staying->unitId);
    CHECK(notMoved->jabatanId == staying->jabatanId);

    QStringList who;
    for (int row = 0; row < f.page()->timeline()->topLevelItemCount(); ++row)
        who << f.page()->timeline()->topLevelItem(row)->text(1);
    for (const char *user : {"operator", "verifikator", "penilai", "penandatangan"})
        CHECK(who.contains(QString::fromLatin1(user)));
    CHECK(f.page()->timeline()->topLevelItemCount() >= 7); // create, 2 lines, 4 steps, execute
    CHECK(log.failures().isEmpty());
}

TEST_CASE("Pimpinan sees proposals but no enabled action", "[ui][transfers]")
{
    Fixture f;
    queueLogIn(QStringLiteral("pimpinan"));
    REQUIRE(f.window->openDatabase(f.path));
    f.window->showPage(MainWindow::Page::Transfers);
    TransfersPage *page = f.page();
    REQUIRE(page->proposalModel()->rowCount() > 5);
    CHECK_FALSE(page->newProposalButton()->isEnabled());
    int visibleButtons = 0;
    for (int row = 0; row < page->proposalModel()->rowCount(); ++row) {
        page->selectProposal(page->proposalModel()->summary(row).proposal.id);
        for (WorkflowAction action : ProposalStates::actions()) {
            if (QPushButton *button = page->actionButton(action)) {
                visibleButtons += button->isVisibleTo(page) ? 1 : 0;
                CHECK_FALSE(button->isEnabled());
            }
        }
        CHECK_FALSE(page->addLinesButton()->isEnabled());
    }
    CHECK(visibleButtons > 0); // the steps are shown, only disabled
    auto *users = f.window->findChild<QAction *>(QStringLiteral("actionUsers"));
    REQUIRE(users);
    CHECK_FALSE(users->isEnabled());
}

TEST_CASE("The state filter narrows the list", "[ui][transfers]")
{
    Fixture f;
    queueLogIn(QStringLiteral("admin"));
    REQUIRE(f.window->openDatabase(f.path));
    TransfersPage *page = f.page();
    const int all = page->proposalModel()->rowCount();
    page->stateFilter()->setCurrentIndex(page->stateFilter()->findData(int(ProposalState::Closed)));
    const int closed = page->proposalModel()->rowCount();
    CHECK(closed > 0);
    CHECK(closed < all);
    for (int row = 0; row < closed; ++row)
        CHECK(page->proposalModel()->summary(row).proposal.state == ProposalState::Closed);
}

TEST_CASE("The log-in dialog tells a wrong password and a locked account", "[ui][login]")
{
    Fixture f;
    QString wrong;
    QString locked;
    QString hint;
    DialogSeams::queueExecHandler([&](QDialog &dialog) {
        auto *login = dynamic_cast<LoginDialog *>(&dialog);
        REQUIRE(login);
        hint = login->hintLabel()->text();
        login->nameField()->setText(QStringLiteral("verifikator"));
        login->passwordField()->setText(QStringLiteral("not-the-password"));
        CHECK_FALSE(login->attempt());
        wrong = login->messageLabel()->text();
        for (int i = 0; i < 5; ++i) {
            login->passwordField()->setText(QStringLiteral("still-wrong"));
            login->attempt();
        }
        // Locked now: even the right password is refused.
        login->passwordField()->setText(QStringLiteral("verifikator123"));
        CHECK_FALSE(login->attempt());
        locked = login->messageLabel()->text();
        return int(QDialog::Rejected);
    });
    CHECK_FALSE(f.window->openDatabase(f.path));
    CHECK(f.window->database() == nullptr); // cancelled: not opened
    CHECK_FALSE(Session::isLoggedIn());
    CHECK(wrong.contains(QStringLiteral("wrong password")));
    CHECK(locked.contains(QStringLiteral("locked")));
    CHECK(hint.contains(QStringLiteral("operator123")));
}

TEST_CASE("A new database creates its first administrator", "[ui][login]")
{
    Fixture f;
    const QString path = f.dir.path(QStringLiteral("kantor.db"));
    QString mismatch;
    DialogSeams::queueExecHandler([&](QDialog &dialog) {
        auto *first = dynamic_cast<FirstAdministratorDialog *>(&dialog);
        REQUIRE(first);
        first->nameField()->setText(QStringLiteral("kepala"));
        first->fullNameField()->setText(QStringLiteral("Kepala BKD"));
        first->passwordField()->setText(QStringLiteral("rahasia-sekali"));
        first->repeatField()->setText(QStringLiteral("rahasia-lain"));
        CHECK_FALSE(first->attempt());
        mismatch = first->messageLabel()->text();
        first->repeatField()->setText(QStringLiteral("rahasia-sekali"));
        return first->attempt() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    });
    REQUIRE(f.window->createDatabase(path));
    CHECK_FALSE(mismatch.isEmpty());
    CHECK(Session::currentUser().name == u"kepala");
    CHECK(Session::hasRole(Role::Administrator));
    auto *users = f.window->findChild<QAction *>(QStringLiteral("actionUsers"));
    REQUIRE(users);
    CHECK(users->isEnabled());
    auto *label = f.window->findChild<QLabel *>(QStringLiteral("userLabel"));
    REQUIRE(label);
    CHECK(label->text().contains(QStringLiteral("Kepala BKD")));
    // Without a log-in name nobody gets in: the demo hint is not shown on an office database.
    CHECK(LoginDialog::demoHint(*f.window->database()).isEmpty());
}

TEST_CASE("The audit view filters by user and finds a tampered entry", "[ui][audit]")
{
    Fixture f;
    queueLogIn(QStringLiteral("admin"));
    REQUIRE(f.window->openDatabase(f.path));
    Database &db = *f.window->database();
    AuditDialog dialog(db);
    REQUIRE(dialog.entries()->topLevelItemCount() > 0);
    CHECK(dialog.entries()->topLevelItemCount() <= AuditDialog::PageSize);
    dialog.userFilter()->setText(QStringLiteral("verifikator"));
    dialog.reload();
    REQUIRE(dialog.entries()->topLevelItemCount() > 0);
    for (int row = 0; row < dialog.entries()->topLevelItemCount(); ++row)
        CHECK(dialog.entries()->topLevelItem(row)->text(2) == u"verifikator");

    // The check runs in a worker thread: wait for its result.
    QSignalSpy verified(&dialog, &AuditDialog::verificationFinished);
    dialog.verifyChain();
    REQUIRE(verified.wait(30000));
    CHECK(dialog.verification()->text().contains(QStringLiteral("intact")));
    // An edit made outside Simutasi breaks the chain at that entry.
    QSqlQuery tamper(db.connection());
    REQUIRE(tamper.exec(QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE id = 5")));
    dialog.verifyChain();
    REQUIRE(verified.wait(30000));
    CHECK(dialog.verification()->text().contains(QStringLiteral("#5:")));
}

TEST_CASE("The administrator adds a user with roles", "[ui][users]")
{
    Fixture f;
    queueLogIn(QStringLiteral("admin"));
    REQUIRE(f.window->openDatabase(f.path));
    UserAdminDialog dialog(*f.window->database());
    const int before = dialog.userList()->topLevelItemCount();
    DialogSeams::queueExecHandler([](QDialog &form) {
        form.findChild<QLineEdit *>(QStringLiteral("userName"))->setText(QStringLiteral("budi"));
        form.findChild<QLineEdit *>(QStringLiteral("userFullName"))
            ->setText(QStringLiteral("Budi Santoso"));
        form.findChild<QLineEdit *>(QStringLiteral("userPassword"))
            ->setText(QStringLiteral("budi-rahasia"));
        form.findChild<QCheckBox *>(QStringLiteral("role_verifikator"))->setChecked(true);
        return int(QDialog::Accepted);
    });
    dialog.addUser();
    CHECK(dialog.userList()->topLevelItemCount() == before + 1);
    const std::optional<User> budi =
        UserAccounts(*f.window->database()).user(QStringLiteral("budi"));
    REQUIRE(budi);
    CHECK(budi->has(Role::Verifikator));
    CHECK_FALSE(budi->has(Role::Operator));
    // Too short a password: core's refusal is shown and nothing is added.
    DialogSeams::queueExecHandler([](QDialog &form) {
        form.findChild<QLineEdit *>(QStringLiteral("userName"))->setText(QStringLiteral("siti"));
        form.findChild<QLineEdit *>(QStringLiteral("userPassword"))->setText(QStringLiteral("x"));
        form.findChild<QCheckBox *>(QStringLiteral("role_operator"))->setChecked(true);
        return int(QDialog::Accepted);
    });
    dialog.addUser();
    CHECK_FALSE(UserAccounts(*f.window->database()).user(QStringLiteral("siti")));
    REQUIRE_FALSE(DialogSeams::messages().isEmpty());
    CHECK(DialogSeams::messages().last().icon == QMessageBox::Critical);
}
