#include "WorkflowFixture.h"

#include "demo/DemoGenerator.h"
#include "workflow/ProposalRepository.h"
#include "workflow/UserAccounts.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace Simutasi::Test {

WorkflowFixture::WorkflowFixture(int employees, bool roomyFormasi)
{
    DatabaseError error;
    db = Database::open(dir.path(QStringLiteral("workflow.db")), &error);
    REQUIRE(db);
    DemoGenerator::Options options;
    options.employees = employees;
    options.referenceDate = Today;
    options.workflow = false;
    REQUIRE_FALSE(DemoGenerator(*db, options).generate());
    if (roomyFormasi)
        exec(QStringLiteral("UPDATE formasi SET required = required + 50"));

    UserAccounts accounts(*db);
    accounts.setPasswordCost(PasswordHasher::Cost::Minimal);
    const QStringList names{QStringLiteral("admin"),         QStringLiteral("operator"),
                            QStringLiteral("verifikator"),   QStringLiteral("penilai"),
                            QStringLiteral("penandatangan"), QStringLiteral("pimpinan")};
    for (Role role : Roles::all()) {
        const UserAccounts::NewUser user{
            names[int(role)], QString(), names[int(role)] + QStringLiteral("-pass"), {role}};
        const DatabaseError error = role == Role::Administrator
                                        ? accounts.createFirstAdministrator(user)
                                        : accounts.addUser(users[int(Role::Administrator)], user);
        REQUIRE_FALSE(error);
        users[int(role)] = *accounts.user(user.name);
    }

    QSqlQuery query(db->connection());
    REQUIRE(query.exec(
        QStringLiteral("SELECT jabatan_id, unit_id FROM formasi ORDER BY jabatan_id, unit_id")));
    while (query.next())
        m_posts.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
}

std::unique_ptr<ProposalWorkflow> WorkflowFixture::as(const User &user) const
{
    auto workflow = std::make_unique<ProposalWorkflow>(*db, user);
    workflow->setNow(QDateTime(Today, QTime(10, 0), Qt::UTC));
    return workflow;
}

std::unique_ptr<ProposalWorkflow> WorkflowFixture::as(Role role) const
{
    return as(user(role));
}

LineRequest WorkflowFixture::findMove(const QDate &tmt)
{
    const auto operatorFlow = as(Role::Operator);
    QSqlQuery query(db->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT id, jabatan_id, unit_id FROM employee WHERE status "
                                      "= 'PNS' AND jabatan_id IS NOT NULL ORDER BY id")));
    while (query.next()) {
        const qint64 employee = query.value(0).toLongLong();
        const qint64 jabatan = query.value(1).toLongLong();
        const qint64 unit = query.value(2).toLongLong();
        if (used.contains(employee))
            continue;
        for (const auto &[postJabatan, postUnit] : m_posts) {
            if (postJabatan != jabatan || postUnit == unit)
                continue;
            LineRequest request;
            request.employeeId = employee;
            request.toUnitId = postUnit;
            request.toJabatanId = postJabatan;
            request.plannedTmt = tmt;
            request.reason = QStringLiteral("Pemerataan");
            const LineCheck check = operatorFlow->checkLine(0, request);
            if (check.accepted && check.assessment.standing == CandidateStanding::Clean) {
                used.insert(employee);
                return request;
            }
            break; // this employee's standing does not depend on the unit: try the next one
        }
    }
    FAIL("no movable employee left in the fixture");
    return {};
}

qint64 WorkflowFixture::draft(int lines, const QDate &tmt)
{
    const auto operatorFlow = as(Role::Operator);
    qint64 id = 0;
    REQUIRE_FALSE(operatorFlow->create(QStringLiteral("Test"), &id));
    for (int i = 0; i < lines; ++i) {
        const LineCheck added = operatorFlow->addLine(id, findMove(tmt));
        INFO(added.refusal.toStdString());
        REQUIRE(added.accepted);
    }
    return id;
}

qint64 WorkflowFixture::proposalIn(ProposalState target)
{
    using S = ProposalState;
    const qint64 id = draft();
    const auto step = [&](S reached, const std::function<DatabaseError()> &action) {
        if (state(id) == target || state(id) != reached)
            return;
        const DatabaseError error = action();
        INFO(error.message.toStdString());
        REQUIRE_FALSE(error);
    };
    step(S::Draft, [&] { return as(Role::Operator)->submit(id); });
    if (target == S::Cancelled) {
        REQUIRE_FALSE(as(Role::Operator)->cancel(id, QStringLiteral("Tidak jadi")));
        return id;
    }
    step(S::Submitted, [&] { return as(Role::Verifikator)->verify(id); });
    if (target == S::Rejected) {
        REQUIRE_FALSE(as(Role::TimPenilai)->reject(id, Today, QStringLiteral("Tidak sesuai")));
        return id;
    }
    step(S::Verified, [&] {
        ProposalDecision decision;
        decision.meetingDate = Today;
        return as(Role::TimPenilai)->approve(id, decision);
    });
    step(S::Approved, [&] {
        return as(Role::Penandatangan)
            ->markDecreeIssued(id, {0, QStringLiteral("800.1.3.1/0001/BKD/XI/2026"), Today});
    });
    step(S::DecreeIssued, [&] { return as(Role::Operator)->execute(id); });
    step(S::Executed, [&] { return as(Role::Administrator)->close(id); });
    REQUIRE(state(id) == target);
    return id;
}

void WorkflowFixture::issueDecree(qint64 proposalId, const QString &number, const QDate &date) const
{
    REQUIRE_FALSE(as(Role::Operator)->submit(proposalId));
    REQUIRE_FALSE(as(Role::Verifikator)->verify(proposalId));
    ProposalDecision decision;
    decision.meetingDate = Today;
    REQUIRE_FALSE(as(Role::TimPenilai)->approve(proposalId, decision));
    REQUIRE_FALSE(as(Role::Penandatangan)->markDecreeIssued(proposalId, {0, number, date}));
}

int WorkflowFixture::count(const QString &sql) const
{
    QSqlQuery query(db->connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

ProposalState WorkflowFixture::state(qint64 proposalId) const
{
    const std::optional<Proposal> p = ProposalRepository(*db).proposal(proposalId);
    REQUIRE(p);
    return p->state;
}

void WorkflowFixture::exec(const QString &sql) const
{
    QSqlQuery query(db->connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
}

} // namespace Simutasi::Test
