// The lifecycle of a proposal: every action in every state by every role, allowed or refused,
// against a table written here independently of the one in ProposalState.cpp.
#include "WorkflowFixture.h"

#include "workflow/ProposalRepository.h"

#include <QMap>
#include <catch2/catch.hpp>

using namespace Simutasi;
using S = ProposalState;
using A = WorkflowAction;

namespace {

// Where each action leads from each state; absent pairs are refused whoever asks.
const QMap<std::pair<S, A>, S> &expectedTargets()
{
    static const QMap<std::pair<S, A>, S> table{
        {{S::Draft, A::Submit}, S::Submitted},
        {{S::Draft, A::Cancel}, S::Cancelled},
        {{S::Submitted, A::Verify}, S::Verified},
        {{S::Submitted, A::Return}, S::Draft},
        {{S::Submitted, A::Cancel}, S::Cancelled},
        {{S::Verified, A::Approve}, S::Approved},
        {{S::Verified, A::Reject}, S::Rejected},
        {{S::Verified, A::Cancel}, S::Cancelled},
        {{S::Approved, A::IssueDecree}, S::DecreeIssued},
        {{S::Approved, A::Cancel}, S::Cancelled},
        {{S::DecreeIssued, A::Execute}, S::Executed},
        {{S::DecreeIssued, A::Cancel}, S::Cancelled},
        {{S::Executed, A::Close}, S::Closed},
    };
    return table;
}

bool roleMay(Role role, A action)
{
    switch (action) {
    case A::Submit:
        return role == Role::Operator;
    case A::Verify:
    case A::Return:
        return role == Role::Verifikator;
    case A::Approve:
    case A::Reject:
        return role == Role::TimPenilai;
    case A::IssueDecree:
        return role == Role::Penandatangan;
    case A::Execute:
    case A::Close:
    case A::Cancel:
        return role == Role::Operator || role == Role::Administrator;
    default:
        return false;
    }
}

DatabaseError perform(ProposalWorkflow &workflow, A action, qint64 id)
{
    const QDate today = Test::WorkflowFixture::Today;
    switch (action) {
    case A::Submit:
        return workflow.submit(id);
    case A::Verify:
        return workflow.verify(id);
    case A::Return:
        return workflow.returnToDraft(id, QStringLiteral("Lengkapi berkas"));
    case A::Approve: {
        ProposalDecision decision;
        decision.meetingDate = today;
        return workflow.approve(id, decision);
    }
    case A::Reject:
        return workflow.reject(id, today, QStringLiteral("Belum perlu"));
    case A::IssueDecree:
        return workflow.markDecreeIssued(id,
                                         {0, QStringLiteral("800.1.3.1/0009/BKD/XI/2026"), today});
    case A::Execute:
        return workflow.execute(id);
    case A::Close:
        return workflow.close(id);
    case A::Cancel:
        return workflow.cancel(id, QStringLiteral("Dibatalkan"));
    default:
        return {};
    }
}

} // namespace

TEST_CASE("Every transition is allowed exactly for its state and roles", "[workflow][states]")
{
    Test::WorkflowFixture f;
    const QList<A> actions{A::Submit,      A::Verify,  A::Return, A::Approve, A::Reject,
                           A::IssueDecree, A::Execute, A::Close,  A::Cancel};
    int allowed = 0;
    int refused = 0;
    for (S state : ProposalStates::all()) {
        const qint64 shared = f.proposalIn(state); // refusals must leave it as it is
        for (Role role : Roles::all()) {
            for (A action : actions) {
                const auto target = expectedTargets().value({state, action});
                const bool possible = expectedTargets().contains({state, action});
                const bool may = roleMay(role, action);
                INFO("state " << ProposalStates::code(state).toStdString() << ", role "
                              << Roles::code(role).toStdString() << ", action "
                              << ProposalStates::actionCode(action).toStdString());
                if (possible && may) {
                    const qint64 id = f.proposalIn(state);
                    const int events = f.count(
                        QStringLiteral("SELECT count(*) FROM proposal_event WHERE proposal_id = %1")
                            .arg(id));
                    const DatabaseError error = perform(*f.as(role), action, id);
                    INFO(error.message.toStdString());
                    CHECK_FALSE(error);
                    CHECK(f.state(id) == target);
                    const QList<ProposalEvent> log = ProposalRepository(*f.db).events(id);
                    CHECK(log.size() == events + 1);
                    CHECK(log.constLast().user == f.user(role).name);
                    CHECK(log.constLast().fromState == state);
                    CHECK(log.constLast().toState == target);
                    ++allowed;
                } else {
                    const int events =
                        f.count(QStringLiteral("SELECT count(*) FROM proposal_event"));
                    const DatabaseError error = perform(*f.as(role), action, shared);
                    CHECK(error.kind ==
                          (may ? DatabaseError::Kind::Refused : DatabaseError::Kind::Forbidden));
                    CHECK_FALSE(error.message.isEmpty());
                    CHECK(f.state(shared) == state);
                    CHECK(f.count(QStringLiteral("SELECT count(*) FROM proposal_event")) == events);
                    ++refused;
                }
            }
        }
    }
    CHECK(allowed == 20); // 13 transitions; cancel (5 states), execute and close by two roles
    CHECK(refused == 9 * 6 * 9 - 20);
}

TEST_CASE("Return needs notes, rejection and cancellation need reasons, nothing is deleted",
          "[workflow][states]")
{
    Test::WorkflowFixture f;
    const qint64 id = f.proposalIn(S::Submitted);
    CHECK(f.as(Role::Verifikator)->returnToDraft(id, QStringLiteral("  ")).kind ==
          DatabaseError::Kind::Refused);
    REQUIRE_FALSE(f.as(Role::Verifikator)->returnToDraft(id, QStringLiteral("Lengkapi SKP")));
    CHECK(f.state(id) == S::Draft);
    const QList<ProposalEvent> log = ProposalRepository(*f.db).events(id);
    CHECK(log.constLast().action == u"return");
    CHECK(log.constLast().note == u"Lengkapi SKP");

    // The returned draft can be corrected and submitted again.
    const QList<ProposalLine> lines = ProposalRepository(*f.db).lines(id);
    REQUIRE(lines.size() == 1);
    REQUIRE(f.as(Role::Operator)->addLine(id, f.findMove()).accepted);
    REQUIRE_FALSE(
        f.as(Role::Operator)->withdrawLine(lines.first().id, QStringLiteral("Salah orang")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM proposal_line WHERE proposal_id = %1")
                      .arg(id)) == 2); // the withdrawn line stays
    REQUIRE_FALSE(f.as(Role::Operator)->submit(id));

    const qint64 verified = f.proposalIn(S::Verified);
    CHECK(f.as(Role::TimPenilai)->reject(verified, QDate(), QStringLiteral("x")).kind ==
          DatabaseError::Kind::Refused); // no meeting date
    CHECK(f.as(Role::Operator)->cancel(verified, QString()).kind == DatabaseError::Kind::Refused);
    REQUIRE_FALSE(f.as(Role::Operator)->cancel(verified, QStringLiteral("OPD menarik usulan")));
    const std::optional<Proposal> cancelled = ProposalRepository(*f.db).proposal(verified);
    CHECK(cancelled->state == S::Cancelled);
    CHECK(cancelled->cancelReason == u"OPD menarik usulan");

    // An empty draft cannot be submitted.
    qint64 empty = 0;
    REQUIRE_FALSE(f.as(Role::Operator)->create(QStringLiteral("Kosong"), &empty));
    CHECK(f.as(Role::Operator)->submit(empty).kind == DatabaseError::Kind::Refused);
}

TEST_CASE("The Tim Penilai decides per line - all lines rejected rejects the proposal",
          "[workflow][states]")
{
    Test::WorkflowFixture f;
    const qint64 id = f.draft(3);
    REQUIRE_FALSE(f.as(Role::Operator)->submit(id));
    REQUIRE_FALSE(f.as(Role::Verifikator)->verify(id));
    const QList<ProposalLine> lines = ProposalRepository(*f.db).lines(id);
    ProposalDecision decision;
    decision.meetingDate = QDate(2026, 11, 20);
    decision.notes = QStringLiteral("Sidang Baperjakat");
    decision.lines.insert(lines.at(1).id, {false, QStringLiteral("Masih dibutuhkan")});
    REQUIRE_FALSE(f.as(Role::TimPenilai)->approve(id, decision));
    CHECK(f.state(id) == S::Approved);
    const QList<ProposalLine> decided = ProposalRepository(*f.db).lines(id);
    CHECK(decided.at(0).decision == LineDecision::Approved);
    CHECK(decided.at(1).decision == LineDecision::Rejected);
    CHECK(decided.at(1).decisionNote == u"Masih dibutuhkan");
    CHECK(decided.at(2).decision == LineDecision::Approved);
    CHECK(ProposalRepository(*f.db).proposal(id)->meetingDate == QDate(2026, 11, 20));

    const qint64 other = f.draft(2);
    REQUIRE_FALSE(f.as(Role::Operator)->submit(other));
    REQUIRE_FALSE(f.as(Role::Verifikator)->verify(other));
    ProposalDecision none;
    none.meetingDate = QDate(2026, 11, 20);
    for (const ProposalLine &l : ProposalRepository(*f.db).lines(other))
        none.lines.insert(l.id, {false, {}});
    REQUIRE_FALSE(f.as(Role::TimPenilai)->approve(other, none));
    CHECK(f.state(other) == S::Rejected);
}
