// The SK & Pemberitahuan page on the demo database of the current schema (decrees of the demo's
// past, an approved proposal waiting), every dialog answered through DialogSeams.
#include "TestSupport.h"

#include "DecreesPage.h"
#include "DialogSeams.h"
#include "decree/DecreeNotifications.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "workflow/ProposalRepository.h"
#include "workflow/UserAccounts.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace Simutasi;

namespace {

struct DecreesFixture
{
    Test::TempDir dir;
    std::unique_ptr<Database> db;
    DecreesPage page;

    DecreesFixture()
    {
        const QString path = dir.path(QStringLiteral("decrees.db"));
        REQUIRE(QFile::copy(Test::fixturePath(QStringLiteral("schema_v4.db")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        DatabaseError error;
        db = Database::open(path, &error);
        REQUIRE(db);
        DialogSeams::setScripted(true);
        DialogSeams::reset();
        page.setDatabase(db.get());
    }
    ~DecreesFixture()
    {
        DialogSeams::reset();
        DialogSeams::setScripted(false);
        Session::logOut();
    }
    void logIn(const char *name) { Session::logIn(*UserAccounts(*db).user(QLatin1String(name))); }
    QPushButton *button(const char *name) const
    {
        return page.findChild<QPushButton *>(QLatin1String(name));
    }
};

// Accepts the next dialog after setting its date edit to `date`.
void queueDate(const QDate &date, const std::function<void(QDialog &)> &more = {})
{
    DialogSeams::queueExecHandler([date, more](QDialog &dialog) {
        if (auto *edit = dialog.findChild<QDateEdit *>(QStringLiteral("date")))
            edit->setDate(date);
        if (more)
            more(dialog);
        return int(QDialog::Accepted);
    });
}

} // namespace

TEST_CASE("The decrees page lists the decrees with their notification counts", "[ui][decree]")
{
    DecreesFixture f;
    QTableWidget *decrees = f.page.decreeTable();
    REQUIRE(decrees->rowCount() > 0);
    CHECK(decrees->item(0, 0)->text().startsWith(QStringLiteral("800.1.3.1/")));
    CHECK_FALSE(f.button("previewButton")->isEnabled()); // nothing chosen yet
    decrees->selectRow(0);
    CHECK(f.button("previewButton")->isEnabled());
    const qint64 decreeId = f.page.currentDecreeId();
    CHECK(f.page.noticeTable()->rowCount() ==
          DecreeNotifications(*f.db).overview(decreeId).employees);
}

TEST_CASE("Issuing from the page needs the signatory's role", "[ui][decree]")
{
    DecreesFixture f;
    const int before = f.page.decreeTable()->rowCount();

    f.logIn("operator");
    queueDate(QDate(2026, 11, 27));
    f.page.issueDecree();
    REQUIRE(DialogSeams::messages().size() == 1);
    CHECK(DialogSeams::messages().first().text.contains(QStringLiteral("Pejabat Penandatangan")));
    CHECK(f.page.decreeTable()->rowCount() == before);

    DialogSeams::reset();
    f.logIn("penandatangan");
    queueDate(QDate(2026, 11, 27));
    f.page.issueDecree();
    CHECK(DialogSeams::messages().isEmpty());
    CHECK(f.page.decreeTable()->rowCount() == before + 1);
    // The new decree is chosen, and its employees listed.
    CHECK(f.page.currentDecreeId() > 0);
    CHECK(f.page.noticeTable()->rowCount() > 0);
}

TEST_CASE("Recording a letter handed over and an objection from the page", "[ui][decree]")
{
    DecreesFixture f;
    f.logIn("penandatangan");
    queueDate(QDate(2026, 11, 27));
    f.page.issueDecree();
    REQUIRE(f.page.noticeTable()->rowCount() > 0);
    f.page.noticeTable()->selectRow(0);
    f.logIn("operator");

    queueDate(QDate(2026, 11, 28));
    f.page.markHandedOver();
    f.page.noticeTable()->selectRow(0);
    queueDate(QDate(2026, 11, 30), [](QDialog &dialog) {
        dialog.findChild<QLineEdit *>(QStringLiteral("reason"))
            ->setText(QStringLiteral("Merawat orang tua."));
    });
    f.page.recordObjection();
    CHECK(DialogSeams::messages().isEmpty());
    const NoticeOverview overview = DecreeNotifications(*f.db).overview(f.page.currentDecreeId());
    CHECK(overview.objected == 1);
    CHECK(overview.objectionsOpen == 1);
    f.page.noticeTable()->selectRow(0);
    CHECK(f.page.noticeTable()->item(0, 4)->text().contains(QStringLiteral("Merawat")));
}
