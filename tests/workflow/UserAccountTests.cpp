// Accounts: Argon2id hashes, the first administrator, lock-out after failures, and the
// permission checks in core.
#include "WorkflowFixture.h"

#include "session/Session.h"
#include "storage/AuditLog.h"
#include "workflow/PasswordHasher.h"
#include "workflow/UserAccounts.h"
#include "workflow/UserRepository.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace Simutasi;
using Status = UserAccounts::LoginResult::Status;

TEST_CASE("Passwords are stored as salted Argon2id hashes", "[workflow][users]")
{
    const QString hash = PasswordHasher::hash(QStringLiteral("rahasia-123"));
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK(hash.contains(QStringLiteral("m=65536"))); // libsodium's interactive memory limit
    CHECK_FALSE(hash.contains(QStringLiteral("rahasia")));
    CHECK(PasswordHasher::verify(hash, QStringLiteral("rahasia-123")));
    CHECK_FALSE(PasswordHasher::verify(hash, QStringLiteral("rahasia-124")));
    CHECK_FALSE(PasswordHasher::verify(QString(), QStringLiteral("rahasia-123")));
    // A new salt every time: the same password never gives the same hash.
    CHECK(PasswordHasher::hash(QStringLiteral("rahasia-123")) != hash);
    CHECK_FALSE(PasswordHasher::needsRehash(hash));
    const QString cheap =
        PasswordHasher::hash(QStringLiteral("rahasia-123"), PasswordHasher::Cost::Minimal);
    CHECK(PasswordHasher::verify(cheap, QStringLiteral("rahasia-123")));
    CHECK(PasswordHasher::needsRehash(cheap));
}

TEST_CASE("A new database needs its first administrator - then only administrators add users",
          "[workflow][users]")
{
    Test::TempDir dir;
    DatabaseError error;
    auto db = Database::open(dir.path(QStringLiteral("new.db")), &error);
    REQUIRE(db);
    CHECK(UserAccounts::needsFirstAdministrator(*db));
    UserAccounts accounts(*db);
    accounts.setPasswordCost(PasswordHasher::Cost::Minimal);

    CHECK(
        accounts.createFirstAdministrator({QStringLiteral("root"), {}, QStringLiteral("short"), {}})
            .kind == DatabaseError::Kind::Refused); // password too short
    REQUIRE_FALSE(accounts.createFirstAdministrator({QStringLiteral("root"),
                                                     QStringLiteral("Kepala Bidang"),
                                                     QStringLiteral("panjang-sekali"),
                                                     {Role::Operator}}));
    CHECK_FALSE(UserAccounts::needsFirstAdministrator(*db));
    const User root = *accounts.user(QStringLiteral("ROOT")); // names ignore case
    CHECK(root.has(Role::Administrator));
    CHECK(root.has(Role::Operator));
    const QString stored = UserRepository(*db).passwordHash(root.id);
    CHECK(stored.startsWith(QStringLiteral("$argon2id$")));

    // A second "first" administrator is refused.
    CHECK(accounts
              .createFirstAdministrator(
                  {QStringLiteral("other"), {}, QStringLiteral("panjang-sekali"), {}})
              .kind == DatabaseError::Kind::Refused);

    REQUIRE_FALSE(accounts.addUser(root, {QStringLiteral("budi"),
                                          {},
                                          QStringLiteral("budi-1234"),
                                          {Role::Operator, Role::Verifikator}}));
    const User budi = *accounts.user(QStringLiteral("budi"));
    CHECK(budi.roles == RoleSet({Role::Operator, Role::Verifikator}));
    const DatabaseError refused = accounts.addUser(
        budi, {QStringLiteral("siti"), {}, QStringLiteral("siti-1234"), {Role::Operator}});
    CHECK(refused.kind == DatabaseError::Kind::Forbidden);
    CHECK(refused.message ==
          QStringLiteral("User 'budi' lacks the role Administrator needed to manage users."));
    CHECK_FALSE(accounts.user(QStringLiteral("siti")));
    CHECK(accounts
              .addUser(root,
                       {QStringLiteral("Budi"), {}, QStringLiteral("budi-1234"), {Role::Operator}})
              .kind == DatabaseError::Kind::Refused); // the name is taken, whatever the case

    // The audit trail names who created whom.
    AuditFilter filter;
    filter.entity = QStringLiteral("user");
    filter.entityId = budi.id;
    const QList<AuditEntry> entries = AuditLog(*db).entries(filter);
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.first().user == u"root");
    CHECK(AuditLog(*db).verify().intact);
}

TEST_CASE("Repeated failed log-ins lock the account for the configured time", "[workflow][users]")
{
    Test::WorkflowFixture f(60);
    UserAccounts accounts(*f.db);
    REQUIRE_FALSE(accounts.setLockoutPolicy(f.user(Role::Administrator), {3, 10}));
    CHECK(f.db->setting(QLatin1String(UserAccounts::MaxFailedLoginsKey)) == u"3");
    CHECK(accounts.setLockoutPolicy(f.user(Role::Operator), {1, 1}).kind ==
          DatabaseError::Kind::Forbidden);

    const QDateTime t0(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC);
    const QString name = QStringLiteral("operator");
    CHECK(accounts.login(name, QStringLiteral("operator-pass"), t0).ok());
    CHECK(accounts.login(QStringLiteral("nobody"), QStringLiteral("x"), t0).status ==
          Status::WrongCredentials);

    CHECK(accounts.login(name, QStringLiteral("wrong"), t0).status == Status::WrongCredentials);
    CHECK(accounts.login(name, QStringLiteral("wrong"), t0).status == Status::WrongCredentials);
    const auto third = accounts.login(name, QStringLiteral("wrong"), t0);
    CHECK(third.status == Status::Locked);
    CHECK(third.lockedUntil == t0.addSecs(10 * 60));
    // Locked: even the right password is refused until the time has passed.
    const auto during = accounts.login(name, QStringLiteral("operator-pass"), t0.addSecs(9 * 60));
    CHECK(during.status == Status::Locked);
    CHECK(during.message.contains(QStringLiteral("locked")));
    const auto after = accounts.login(name, QStringLiteral("operator-pass"), t0.addSecs(11 * 60));
    REQUIRE(after.ok());
    CHECK(after.user.failedLogins == 0);
    CHECK_FALSE(after.user.lockedUntil.isValid());

    // A success resets the count: two failures do not lock.
    CHECK(accounts.login(name, QStringLiteral("wrong"), t0.addSecs(20 * 60)).status ==
          Status::WrongCredentials);
    CHECK(accounts.login(name, QStringLiteral("wrong"), t0.addSecs(20 * 60)).status ==
          Status::WrongCredentials);
    CHECK(accounts.login(name, QStringLiteral("operator-pass"), t0.addSecs(20 * 60)).ok());

    // An administrator unlocks before the time is up.
    for (int i = 0; i < 3; ++i)
        accounts.login(name, QStringLiteral("wrong"), t0.addSecs(30 * 60));
    CHECK(accounts.login(name, QStringLiteral("operator-pass"), t0.addSecs(31 * 60)).status ==
          Status::Locked);
    REQUIRE_FALSE(accounts.unlock(f.user(Role::Administrator), f.user(Role::Operator).id));
    CHECK(accounts.login(name, QStringLiteral("operator-pass"), t0.addSecs(31 * 60)).ok());

    // Deactivated accounts cannot log in.
    REQUIRE_FALSE(
        accounts.setActive(f.user(Role::Administrator), f.user(Role::Operator).id, false));
    CHECK(accounts.login(name, QStringLiteral("operator-pass"), t0.addSecs(40 * 60)).status ==
          Status::Inactive);

    AuditFilter filter;
    filter.user = name;
    QStringList actions;
    for (const AuditEntry &e : AuditLog(*f.db).entries(filter))
        actions << e.action;
    CHECK(actions.contains(QStringLiteral("lock")));
    CHECK(actions.contains(QStringLiteral("login_failed")));
    CHECK(actions.contains(QStringLiteral("login")));
}

TEST_CASE("The session carries the logged-in user's name and roles", "[workflow][users]")
{
    Test::WorkflowFixture f(60);
    const QString before = Session::userName();
    const auto result = UserAccounts(*f.db).login(QStringLiteral("verifikator"),
                                                  QStringLiteral("verifikator-pass"));
    REQUIRE(result.ok());
    Session::logIn(result.user);
    CHECK(Session::isLoggedIn());
    CHECK(Session::userName() == u"verifikator");
    CHECK(Session::hasRole(Role::Verifikator));
    CHECK_FALSE(Session::hasRole(Role::Operator));
    Session::logOut();
    CHECK_FALSE(Session::isLoggedIn());
    CHECK(Session::userName() == before);
}

TEST_CASE("Workflow calls without the role fail in core and change nothing",
          "[workflow][permissions]")
{
    Test::WorkflowFixture f;
    const qint64 id = f.proposalIn(ProposalState::Submitted);
    const int audit = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const int events = f.count(QStringLiteral("SELECT count(*) FROM proposal_event"));

    const DatabaseError error = f.as(Role::Operator)->verify(id);
    CHECK(error.kind == DatabaseError::Kind::Forbidden);
    CHECK(error.message ==
          QStringLiteral("User 'operator' lacks the role Verifikator BKD needed to verify a "
                         "proposal."));
    CHECK(f.as(Role::Pimpinan)->cancel(id, QStringLiteral("x")).message ==
          QStringLiteral("User 'pimpinan' lacks the role Administrator or Operator BKD needed to "
                         "cancel a proposal."));
    const LineCheck line = f.as(Role::Verifikator)->addLine(id, f.findMove());
    CHECK_FALSE(line.accepted);
    CHECK(line.error.kind == DatabaseError::Kind::Forbidden);
    qint64 created = 0;
    CHECK(f.as(Role::TimPenilai)->create(QStringLiteral("x"), &created).kind ==
          DatabaseError::Kind::Forbidden);
    CHECK(created == 0);
    CHECK(f.as(User())->submit(id).message.contains(QStringLiteral("Nobody is logged in")));

    CHECK(f.state(id) == ProposalState::Submitted);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log")) == audit);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM proposal_event")) == events);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM proposal")) == 1);
}
