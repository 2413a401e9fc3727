#include "SmtpSink.h"
#include "TestSupport.h"
#include "decree/DecreeNotifications.h"
#include "decree/DecreeRegistry.h"
#include "mail/MailQueue.h"
#include "mail/SmtpClient.h"
#include "storage/Database.h"
#include "workflow/ProposalRepository.h"
#include "workflow/UserAccounts.h"

#include <QFile>
#include <QSqlQuery>

using namespace Simutasi;

namespace {

// The demo database of the previous schema, upgraded, with the decree of its approved proposal
// issued; every employee of it gets `email` (empty: a printed letter). An operator ("op") is
// logged in: recording notifications needs the role.
struct IssuedFixture
{
    Test::LoggedIn login{RoleSet{Role::Operator}, QStringLiteral("op")};
    Test::TempDir dir;
    std::unique_ptr<Database> db;
    qint64 proposalId = 0;
    qint64 decreeId = 0;

    explicit IssuedFixture(const QString &email)
    {
        const QString path = dir.path(QStringLiteral("demo.db"));
        REQUIRE(QFile::copy(Test::fixturePath(QStringLiteral("schema_v3.db")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        DatabaseError error;
        db = Database::open(path, &error);
        REQUIRE(db);
        ProposalFilter filter;
        filter.state = ProposalState::Approved;
        proposalId = ProposalRepository(*db).list(filter).value(0).proposal.id;
        REQUIRE(proposalId > 0);
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("UPDATE employee SET email = '%1' WHERE id IN (SELECT "
                                      "employee_id FROM proposal_line WHERE proposal_id = %2)")
                           .arg(email)
                           .arg(proposalId)));
        REQUIRE_FALSE(DecreeRegistry(*db).issue(
            user("penandatangan"), {proposalId, QDate(2026, 11, 27), {}, {}}, &decreeId));
    }

    User user(const char *name) const { return *UserAccounts(*db).user(QString::fromLatin1(name)); }
    IssuedDecree decree() const { return *DecreeRegistry(*db).decree(decreeId); }
    ProposalState state() const { return ProposalRepository(*db).proposal(proposalId)->state; }
};

} // namespace

TEST_CASE("Notification e-mails carry the letter and the petikan, queued once",
          "[decree][notify][smtp]")
{
    IssuedFixture f(QStringLiteral("pegawai@example.test"));
    DecreeNotifications notifications(*f.db);
    const QList<DecreeNotice> before = notifications.notices(f.decreeId);
    REQUIRE_FALSE(before.isEmpty());
    for (const DecreeNotice &n : before)
        CHECK(n.channel == DecreeNotice::Channel::Email);

    int queued = 0;
    REQUIRE_FALSE(
        notifications.queueEmails(f.decree(), PageSetup{}, QStringLiteral("op"), &queued));
    CHECK(queued == before.size());
    REQUIRE_FALSE(
        notifications.queueEmails(f.decree(), PageSetup{}, QStringLiteral("op"), &queued));
    CHECK(queued == 0);

    Test::SmtpSink sink;
    REQUIRE(sink.isRunning());
    const MailQueue::RunResult run =
        MailQueue(*f.db).sendPending(Test::smtpSender(Test::localSmtp(sink.port())));
    CHECK(run.sent == before.size());
    const QStringList received = sink.messages();
    REQUIRE(received.size() == before.size());
    CHECK(received.first().contains(QStringLiteral("surat-pemberitahuan-")));
    CHECK(received.first().contains(QStringLiteral("petikan-sk-")));
    CHECK(received.first().count(QStringLiteral("application/pdf")) == 2);

    const QList<DecreeNotice> after = notifications.notices(f.decreeId);
    for (const DecreeNotice &n : after) {
        CHECK(n.emailStatus == QStringLiteral("sent"));
        CHECK(n.informedOn == QDateTime::currentDateTimeUtc().date()); // the day it was sent
    }
    const NoticeOverview overview = notifications.overview(f.decreeId);
    CHECK(overview.informed == before.size());
    CHECK(overview.pending == before.size()); // informed, no answer yet
}

TEST_CASE("Objections: rejected lets the transfer proceed, upheld withdraws that line",
          "[decree][notify]")
{
    IssuedFixture f{QString()}; // no e-mail: printed letters
    DecreeNotifications notifications(*f.db);
    const QList<DecreeNotice> notices = notifications.notices(f.decreeId);
    REQUIRE_FALSE(notices.isEmpty());
    const DecreeNotice first = notices.first();
    CHECK(first.channel == DecreeNotice::Channel::Letter);
    CHECK_FALSE(first.employeeName.isEmpty());

    // Nobody answers before being informed.
    CHECK(notifications.acknowledge(first.id, QDate(2026, 11, 30), QStringLiteral("op")).kind ==
          DatabaseError::Kind::Refused);
    REQUIRE_FALSE(
        notifications.markHandedOver(first.id, QDate(2026, 11, 28), QStringLiteral("op")));
    CHECK(
        notifications.object(first.id, QDate(2026, 11, 30), QString(), QStringLiteral("op")).kind ==
        DatabaseError::Kind::Refused); // a reason is required
    REQUIRE_FALSE(notifications.object(first.id, QDate(2026, 11, 30),
                                       QStringLiteral("Merawat orang tua di kota asal."),
                                       QStringLiteral("op")));
    NoticeOverview overview = notifications.overview(f.decreeId);
    CHECK(overview.informed == 1);
    CHECK(overview.objected == 1);
    CHECK(overview.objectionsOpen == 1);
    CHECK(overview.pending == notices.size() - 1);

    SECTION("rejected: the proposal stays to be executed")
    {
        REQUIRE_FALSE(notifications.resolve(first.id, DecreeNotice::Resolution::Rejected,
                                            QDate(2026, 12, 2), QStringLiteral("Kebutuhan dinas."),
                                            f.user("operator")));
        CHECK(f.state() == ProposalState::DecreeIssued);
        CHECK(notifications.notice(first.id)->resolution == DecreeNotice::Resolution::Rejected);
        CHECK(notifications.overview(f.decreeId).objectionsOpen == 0);
        // Decided once.
        CHECK(notifications
                  .resolve(first.id, DecreeNotice::Resolution::Upheld, QDate(2026, 12, 3),
                           QString(), f.user("operator"))
                  .kind == DatabaseError::Kind::Refused);
    }

    SECTION("upheld: the workflow withdraws that employee's line, with the actor's role checked")
    {
        const QList<ProposalLine> before = ProposalRepository(*f.db).lines(f.proposalId);
        int approvedBefore = 0;
        for (const ProposalLine &l : before)
            approvedBefore += l.decision == LineDecision::Approved ? 1 : 0;
        REQUIRE(approvedBefore == notices.size());

        const DatabaseError forbidden =
            notifications.resolve(first.id, DecreeNotice::Resolution::Upheld, QDate(2026, 12, 2),
                                  QString(), f.user("penandatangan"));
        CHECK(forbidden.kind == DatabaseError::Kind::Forbidden);
        CHECK(notifications.notice(first.id)->resolution == DecreeNotice::Resolution::None);
        CHECK(f.state() == ProposalState::DecreeIssued);

        REQUIRE_FALSE(notifications.resolve(first.id, DecreeNotice::Resolution::Upheld,
                                            QDate(2026, 12, 2), QStringLiteral("Alasan diterima."),
                                            f.user("operator")));
        int approved = 0;
        for (const ProposalLine &l : ProposalRepository(*f.db).lines(f.proposalId)) {
            if (l.employeeId == first.employeeId) {
                CHECK(l.decision == LineDecision::Withdrawn);
                CHECK(l.decisionNote.contains(QStringLiteral("Keberatan")));
                CHECK(l.decisionNote.contains(QStringLiteral("Alasan diterima.")));
            } else if (l.decision == LineDecision::Approved) {
                ++approved;
            }
        }
        CHECK(approved == approvedBefore - 1);
        // The others proceed; with no line left the proposal is cancelled.
        CHECK(f.state() == (approved > 0 ? ProposalState::DecreeIssued : ProposalState::Cancelled));
        CHECK(notifications.notice(first.id)->resolution == DecreeNotice::Resolution::Upheld);
        // The decree itself stays on record.
        CHECK(DecreeRegistry(*f.db).decree(f.decreeId));
    }
}

TEST_CASE("Only an operator or administrator records or sends notifications", "[decree][notify]")
{
    IssuedFixture f(QStringLiteral("pegawai@example.test"));
    DecreeNotifications notifications(*f.db);
    const DecreeNotice first = notifications.notices(f.decreeId).value(0);
    REQUIRE(first.id > 0);
    const QString before = Test::dumpContent(*f.db);
    {
        const Test::LoggedIn pimpinan(RoleSet{Role::Pimpinan}, QStringLiteral("pim"));
        const auto refused = [](const DatabaseError &error) {
            CHECK(error.kind == DatabaseError::Kind::Forbidden);
            CHECK(error.message.contains(QStringLiteral("'pim'")));
            CHECK(error.message.contains(Roles::name(Role::Operator)));
        };
        int queued = -1;
        refused(notifications.queueEmails(f.decree(), PageSetup{}, QStringLiteral("pim"), &queued));
        CHECK(queued == 0);
        refused(notifications.markHandedOver(first.id, QDate(2026, 11, 28), QStringLiteral("pim")));
        refused(notifications.acknowledge(first.id, QDate(2026, 11, 30), QStringLiteral("pim")));
        refused(notifications.object(first.id, QDate(2026, 11, 30), QStringLiteral("Alasan."),
                                     QStringLiteral("pim")));
    }
    CHECK(Test::dumpContent(*f.db) == before);
    // The fixture's operator is logged in again and may.
    REQUIRE_FALSE(
        notifications.markHandedOver(first.id, QDate(2026, 11, 28), QStringLiteral("op")));
    CHECK(notifications.notice(first.id)->informedOn == QDate(2026, 11, 28));
}
