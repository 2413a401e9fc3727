#include "DecreeTestSupport.h"
#include "TestSupport.h"
#include "decree/DecreeNotifications.h"
#include "decree/DecreeRegistry.h"
#include "decree/DecreeRenderer.h"
#include "storage/Database.h"
#include "workflow/ProposalRepository.h"
#include "workflow/UserAccounts.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlQuery>
#include <thread>

using namespace Simutasi;

namespace {

// The demo database of the previous schema (with users and an approved proposal), upgraded.
std::unique_ptr<Database> demoDatabase(const Test::TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("demo.db"));
    if (!QFile::exists(path)) {
        REQUIRE(QFile::copy(Test::fixturePath(QStringLiteral("schema_v3.db")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    DatabaseError error;
    auto db = Database::open(path, &error);
    REQUIRE(db);
    return db;
}

qint64 approvedProposal(Database &db)
{
    ProposalFilter filter;
    filter.state = ProposalState::Approved;
    const QList<ProposalSummary> list = ProposalRepository(db).list(filter);
    REQUIRE_FALSE(list.isEmpty());
    return list.first().proposal.id;
}

User demoUser(Database &db, const char *name)
{
    const std::optional<User> user = UserAccounts(db).user(QString::fromLatin1(name));
    REQUIRE(user);
    return *user;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

DecreeContent bareDecree(const QDate &date)
{
    DecreeContent content = Test::sampleDecree(1);
    content.number.clear();
    content.date = date;
    content.lines[0].employeeId = 0; // not tied to the registry
    return content;
}

} // namespace

TEST_CASE("The decree schema arrives on an upgraded v3 database", "[decree][storage]")
{
    Test::TempDir dir;
    auto db = demoDatabase(dir);
    CHECK(db->schemaVersion() >= 4);
    for (const char *table :
         {"decree", "decree_counter", "decree_notification", "email_queue", "email_attachment"}) {
        INFO(table);
        CHECK(count(*db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                        "AND name = '%1'")
                             .arg(QLatin1String(table))) == 1);
    }
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM proposal")) > 0); // data survived
}

TEST_CASE("Issuing the decree of an approved proposal", "[decree][issue]")
{
    Test::TempDir dir;
    auto db = demoDatabase(dir);
    const qint64 proposalId = approvedProposal(*db);
    DecreeRegistry registry(*db);
    DecreeRegistry::IssueRequest request{proposalId, QDate(2026, 11, 27), {}, {}};

    SECTION("a user without the Penandatangan role is refused and nothing is written")
    {
        qint64 id = 0;
        const DatabaseError error = registry.issue(demoUser(*db, "operator"), request, &id);
        CHECK(error.kind == DatabaseError::Kind::Forbidden);
        CHECK(registry.lastSequence(2026) == 0);
        CHECK(count(*db, QStringLiteral("SELECT count(*) FROM decree")) == 0);
    }

    SECTION("the signatory gets a number, the notifications, and the proposal moves on")
    {
        const int approvedLines =
            count(*db, QStringLiteral("SELECT count(*) FROM proposal_line WHERE proposal_id = %1 "
                                      "AND decision = 'approved'")
                           .arg(proposalId));
        REQUIRE(approvedLines > 0);
        qint64 id = 0;
        const DatabaseError error = registry.issue(demoUser(*db, "penandatangan"), request, &id);
        REQUIRE_FALSE(error);
        const std::optional<IssuedDecree> decree = registry.decree(id);
        REQUIRE(decree);
        CHECK(decree->number == QStringLiteral("800.1.3.1/0001/BKD/XI/2026"));
        CHECK(decree->sequence == 1);
        CHECK(decree->content.number == decree->number);
        CHECK(decree->content.lines.size() == approvedLines);
        CHECK(decree->issuedBy == QStringLiteral("penandatangan"));
        for (const DecreeLine &line : decree->content.lines) {
            CHECK_FALSE(line.name.isEmpty());
            CHECK(line.oldPost.contains(QStringLiteral(" pada ")));
            CHECK(line.tmt.isValid());
        }
        const std::optional<Proposal> proposal = ProposalRepository(*db).proposal(proposalId);
        REQUIRE(proposal);
        CHECK(proposal->state == ProposalState::DecreeIssued);
        CHECK(proposal->decreeId == id);
        CHECK(proposal->decreeNumber == decree->number);
        CHECK(DecreeNotifications(*db).notices(id).size() == approvedLines);

        // A second issue of the same proposal is refused: it is no longer approved.
        qint64 again = 0;
        CHECK(registry.issue(demoUser(*db, "penandatangan"), request, &again).kind ==
              DatabaseError::Kind::Refused);
        CHECK(registry.lastSequence(2026) == 1);
    }
}

TEST_CASE("An issued decree is frozen: a reprint ignores later registry changes", "[decree][issue]")
{
    Test::TempDir dir;
    auto db = demoDatabase(dir);
    DecreeRegistry registry(*db);
    qint64 id = 0;
    REQUIRE_FALSE(registry.issue(demoUser(*db, "penandatangan"),
                                 {approvedProposal(*db), QDate(2026, 11, 27), {}, {}}, &id));
    const IssuedDecree before = *registry.decree(id);
    const QString pdfBefore = dir.path(QStringLiteral("before.pdf"));
    REQUIRE(DecreeRenderer(before.content, PageSetup{}).writeDecreePdf(pdfBefore));

    // The employee is renamed and the templates change after the decree was signed.
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE employee SET name = 'NAMA BARU SETELAH SK' WHERE id = %1")
                       .arg(before.content.lines.first().employeeId)));
    DecreeTemplates templates = DecreeTemplates::load(*db);
    templates.place = QStringLiteral("Kota Lain");
    {
        const Test::LoggedIn admin(RoleSet{Role::Administrator}, QStringLiteral("admin"));
        REQUIRE_FALSE(templates.save(*db, QStringLiteral("admin")));
    }

    const IssuedDecree after = *DecreeRegistry(*db).decree(id);
    CHECK(after.content == before.content);
    const QString pdfAfter = dir.path(QStringLiteral("after.pdf"));
    REQUIRE(DecreeRenderer(after.content, PageSetup{}).writeDecreePdf(pdfAfter));
    const QString text = Test::pdfText(pdfAfter);
    CHECK(text == Test::pdfText(pdfBefore));
    CHECK_FALSE(text.contains(QStringLiteral("NAMA BARU")));
    CHECK_FALSE(text.contains(QStringLiteral("Kota Lain")));
}

TEST_CASE("Two writers draw decree numbers without gaps or duplicates", "[decree][number]")
{
    Test::TempDir dir;
    const QString path = dir.path(QStringLiteral("numbers.db"));
    {
        DatabaseError error;
        REQUIRE(Database::open(path, &error));
    }
    constexpr int PerWriter = 15;
    std::atomic<int> failures = 0;
    const auto writer = [&] {
        DatabaseError error;
        auto db = Database::open(
            path, Database::Options{Database::OpenMode::OpenExisting, 30000, false}, &error);
        if (!db) {
            ++failures;
            return;
        }
        DecreeRegistry registry(*db);
        for (int i = 0; i < PerWriter; ++i) {
            DecreeContent content = bareDecree(QDate(2026, 11, 27));
            qint64 id = 0;
            if (registry.record(content, 0, QStringLiteral("writer"), &id))
                ++failures;
        }
    };
    std::thread first(writer);
    std::thread second(writer);
    first.join();
    second.join();
    CHECK(failures == 0);

    DatabaseError error;
    auto db = Database::open(path, &error);
    REQUIRE(db);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT sequence, number FROM decree ORDER BY sequence")));
    QList<int> sequences;
    QSet<QString> numbers;
    while (q.next()) {
        sequences.append(q.value(0).toInt());
        numbers.insert(q.value(1).toString());
    }
    REQUIRE(sequences.size() == 2 * PerWriter);
    for (int i = 0; i < sequences.size(); ++i)
        CHECK(sequences.at(i) == i + 1);
    CHECK(numbers.size() == 2 * PerWriter);
    CHECK(DecreeRegistry(*db).lastSequence(2026) == 2 * PerWriter);
}

TEST_CASE("The counter runs per year", "[decree][number]")
{
    Test::TempDir dir;
    DatabaseError error;
    auto db = Database::open(dir.path(QStringLiteral("years.db")), &error);
    REQUIRE(db);
    DecreeRegistry registry(*db);
    DecreeContent a = bareDecree(QDate(2026, 12, 30));
    DecreeContent b = bareDecree(QDate(2027, 1, 4));
    DecreeContent c = bareDecree(QDate(2026, 12, 31));
    REQUIRE_FALSE(registry.record(a, 0, QStringLiteral("t"), nullptr));
    REQUIRE_FALSE(registry.record(b, 0, QStringLiteral("t"), nullptr));
    REQUIRE_FALSE(registry.record(c, 0, QStringLiteral("t"), nullptr));
    CHECK(a.number == QStringLiteral("800.1.3.1/0001/BKD/XII/2026"));
    CHECK(b.number == QStringLiteral("800.1.3.1/0001/BKD/I/2027"));
    CHECK(c.number == QStringLiteral("800.1.3.1/0002/BKD/XII/2026"));
}

// Run as a child process by the next test: draws a number, then dies before the decree is
// stored, the way a power cut or a kill would.
TEST_CASE("(child) die between drawing a decree number and saving it", "[.crashchild]")
{
    const QString path = qEnvironmentVariable("SIMUTASI_CRASH_DB");
    REQUIRE_FALSE(path.isEmpty());
    DatabaseError error;
    auto db = Database::open(path, &error);
    REQUIRE(db);
    DecreeRegistry registry(*db);
    registry.setAfterDrawHook([] { std::_Exit(42); });
    DecreeContent content = bareDecree(QDate(2026, 11, 27));
    registry.record(content, 0, QStringLiteral("crash"), nullptr);
    FAIL("the hook did not end the process");
}

TEST_CASE("A crash between the draw and the save neither skips nor reuses a number",
          "[decree][number]")
{
    Test::TempDir dir;
    const QString path = dir.path(QStringLiteral("crash.db"));
    {
        DatabaseError error;
        auto db = Database::open(path, &error);
        REQUIRE(db);
        DecreeContent content = bareDecree(QDate(2026, 11, 27));
        REQUIRE_FALSE(DecreeRegistry(*db).record(content, 0, QStringLiteral("t"), nullptr));
        CHECK(content.number == QStringLiteral("800.1.3.1/0001/BKD/XI/2026"));
    }
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SIMUTASI_CRASH_DB"), path);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("(child) die between drawing a decree number and saving it")});
    REQUIRE(child.waitForFinished(60000));
    REQUIRE(child.exitCode() == 42); // it died inside the transaction, after the draw

    DatabaseError error;
    auto db = Database::open(path, &error);
    REQUIRE(db);
    DecreeRegistry registry(*db);
    CHECK(registry.lastSequence(2026) == 1); // the dead draw was rolled back
    DecreeContent next = bareDecree(QDate(2026, 11, 27));
    REQUIRE_FALSE(registry.record(next, 0, QStringLiteral("t"), nullptr));
    CHECK(next.number == QStringLiteral("800.1.3.1/0002/BKD/XI/2026"));
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM decree")) == 2);
}
