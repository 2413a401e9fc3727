// Lines (eligibility, justification, JPM), conflicts between open proposals, chains, and the
// execution on the TMT: atomic, recorded in riwayat jabatan, never twice.
#include "WorkflowFixture.h"

#include "storage/AuditLog.h"
#include "workflow/ProposalRepository.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace Simutasi;
using S = ProposalState;

namespace {

struct Post
{
    qint64 unitId = 0;
    qint64 jabatanId = 0;
    QDate tmt;
};

Post postOf(const Test::WorkflowFixture &f, qint64 employeeId)
{
    QSqlQuery q(f.db->connection());
    q.prepare(QStringLiteral("SELECT unit_id, jabatan_id, tmt_jabatan FROM employee WHERE id = ?"));
    q.addBindValue(employeeId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return {q.value(0).toLongLong(), q.value(1).toLongLong(),
            QDate::fromString(q.value(2).toString(), Qt::ISODate)};
}

int bezetting(const Test::WorkflowFixture &f, qint64 unitId, qint64 jabatanId)
{
    return f.count(QStringLiteral("SELECT count(*) FROM employee WHERE unit_id = %1 AND "
                                  "jabatan_id = %2")
                       .arg(unitId)
                       .arg(jabatanId));
}

// Formasi of the post set to its bezetting plus `free`.
void setFree(const Test::WorkflowFixture &f, qint64 unitId, qint64 jabatanId, int free)
{
    f.exec(QStringLiteral("UPDATE formasi SET required = %1 WHERE unit_id = %2 AND jabatan_id = %3")
               .arg(bezetting(f, unitId, jabatanId) + free)
               .arg(unitId)
               .arg(jabatanId));
}

qint64 decreed(Test::WorkflowFixture &f, qint64 id, const QString &number)
{
    f.issueDecree(id, number);
    return id;
}

} // namespace

TEST_CASE("Lines record eligibility and JPM - warnings need a justification, blocks are refused",
          "[workflow][lines]")
{
    Test::WorkflowFixture f;
    const auto op = f.as(Role::Operator);
    qint64 id = 0;
    REQUIRE_FALSE(op->create(QStringLiteral("Uji"), &id));

    LineRequest ranked = f.findMove();
    ranked.source = LineSource::Ranking;
    ranked.rank = 2;
    ranked.rankedCandidates = 57;
    const LineCheck first = op->addLine(id, ranked);
    REQUIRE(first.accepted);
    const ProposalLine line = *ProposalRepository(*f.db).line(first.lineId);
    const Post from = postOf(f, ranked.employeeId);
    CHECK(line.fromUnitId == from.unitId); // captured at proposal time
    CHECK(line.fromJabatanId == from.jabatanId);
    CHECK_FALSE(line.fromUnitName.isEmpty());
    CHECK(line.standing == CandidateStanding::Clean);
    CHECK(line.source == LineSource::Ranking);
    CHECK(line.rank == 2);
    CHECK(line.rankedCandidates == 57);
    REQUIRE(line.jpm.has_value());
    CHECK(*line.jpm == Approx(*first.assessment.jpm));
    CHECK(line.kind != MutasiKind::Outgoing);

    // A warning: no SKP recorded for the last years (missing data warns, see EligibilityRules).
    LineRequest warned = f.findMove();
    f.exec(QStringLiteral("DELETE FROM skp_rating WHERE employee_id = %1").arg(warned.employeeId));
    const LineCheck unjustified = op->addLine(id, warned);
    CHECK_FALSE(unjustified.accepted);
    CHECK(unjustified.error.kind == DatabaseError::Kind::Refused);
    CHECK(unjustified.refusal.contains(QStringLiteral("justification")));
    CHECK(unjustified.assessment.standing == CandidateStanding::Warning);
    warned.justification = QStringLiteral("SKP sedang diunggah ulang oleh OPD");
    const LineCheck justified = op->addLine(id, warned);
    REQUIRE(justified.accepted);
    const ProposalLine warnedLine = *ProposalRepository(*f.db).line(justified.lineId);
    CHECK(warnedLine.standing == CandidateStanding::Warning);
    CHECK_FALSE(warnedLine.findings.isEmpty());
    CHECK(warnedLine.justification == u"SKP sedang diunggah ulang oleh OPD");
    CHECK(op->setJustification(justified.lineId, QStringLiteral(" ")).kind ==
          DatabaseError::Kind::Refused); // a warning keeps its justification
    CHECK(f.as(Role::Verifikator)->setJustification(justified.lineId, QStringLiteral("x")).kind ==
          DatabaseError::Kind::Forbidden);
    REQUIRE_FALSE(op->setJustification(justified.lineId, QStringLiteral("SKP 2025 menyusul")));
    CHECK(ProposalRepository(*f.db).line(justified.lineId)->justification == u"SKP 2025 menyusul");
    AuditFilter lineAudit;
    lineAudit.entity = QStringLiteral("proposal_line");
    lineAudit.entityId = justified.lineId;
    CHECK(AuditLog(*f.db).entries(lineAudit).first().newValue == u"SKP 2025 menyusul");

    // A block: a sanction being served.
    LineRequest blocked = f.findMove();
    f.exec(QStringLiteral("INSERT INTO sanction (employee_id, level, start_date) VALUES (%1, 2, "
                          "'2026-01-01')")
               .arg(blocked.employeeId));
    blocked.justification = QStringLiteral("Apa pun alasannya");
    const LineCheck refused = op->addLine(id, blocked);
    CHECK_FALSE(refused.accepted);
    CHECK(refused.assessment.standing == CandidateStanding::Blocked);
    CHECK(refused.refusal.contains(QStringLiteral("cannot be proposed")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM proposal_line WHERE proposal_id = %1")
                      .arg(id)) == 2);

    // Outgoing: to another instansi, named as free text; no target post.
    LineRequest outgoing = f.findMove();
    outgoing.toUnitId = 0;
    outgoing.toJabatanId = 0;
    CHECK_FALSE(op->addLine(id, outgoing).accepted); // the other instansi is missing
    outgoing.otherInstansi = QStringLiteral("Pemerintah Kota Jayapura");
    const LineCheck out = op->addLine(id, outgoing);
    REQUIRE(out.accepted);
    CHECK(ProposalRepository(*f.db).line(out.lineId)->kind == MutasiKind::Outgoing);
}

TEST_CASE("Proposals from a vacancy's shortlist", "[workflow][lines]")
{
    Test::WorkflowFixture f;
    const LineRequest a = f.findMove();
    // A shortlisted for its target post.
    f.exec(QStringLiteral("INSERT INTO shortlist (jabatan_id, unit_id, employee_id, added_on) "
                          "VALUES (%1, %2, %3, '2026-11-01')")
               .arg(a.toJabatanId)
               .arg(a.toUnitId)
               .arg(a.employeeId));
    LineRequest common;
    common.plannedTmt = QDate(2027, 1, 1);
    common.reason = QStringLiteral("Dari shortlist");
    const auto made =
        f.as(Role::Operator)
            ->createFromShortlist(QStringLiteral("Shortlist"), a.toJabatanId, a.toUnitId, common);
    INFO(made.error.message.toStdString());
    REQUIRE_FALSE(made.error);
    const QList<ProposalLine> lines = ProposalRepository(*f.db).lines(made.proposalId);
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().employeeId == a.employeeId);
    CHECK(lines.first().source == LineSource::Shortlist);
    CHECK(lines.first().plannedTmt == QDate(2027, 1, 1));
    CHECK(lines.first().jpm.has_value());
    CHECK(f.as(Role::Verifikator)
              ->createFromShortlist(QStringLiteral("x"), a.toJabatanId, a.toUnitId, common)
              .error.kind == DatabaseError::Kind::Forbidden);
}

TEST_CASE("Conflicts: one employee in two open proposals, over formasi, a vacancy taken twice",
          "[workflow][conflicts]")
{
    Test::WorkflowFixture f;
    const auto op = f.as(Role::Operator);

    SECTION("the same employee in two open proposals")
    {
        const qint64 first = f.draft(1);
        const ProposalLine line = ProposalRepository(*f.db).lines(first).first();
        qint64 second = 0;
        REQUIRE_FALSE(op->create(QStringLiteral("Kedua"), &second));
        LineRequest again;
        again.employeeId = line.employeeId;
        again.toUnitId = line.toUnitId;
        again.toJabatanId = line.toJabatanId;
        again.plannedTmt = Test::WorkflowFixture::PastTmt;
        const LineCheck refused = op->addLine(second, again);
        CHECK_FALSE(refused.accepted);
        REQUIRE(refused.conflicts.size() == 1);
        CHECK(refused.conflicts.first().kind == Conflict::Kind::EmployeeInOpenProposal);
        CHECK(refused.refusal.contains(ProposalRepository(*f.db).proposal(first)->number));
        // Once the first proposal is cancelled, the employee is free again.
        REQUIRE_FALSE(op->cancel(first, QStringLiteral("Diganti")));
        CHECK(op->addLine(second, again).accepted);
    }
    SECTION("a target over its formasi")
    {
        const LineRequest move = f.findMove();
        setFree(f, move.toUnitId, move.toJabatanId, 0);
        qint64 id = 0;
        REQUIRE_FALSE(op->create(QStringLiteral("Penuh"), &id));
        const LineCheck added = op->addLine(id, move); // a draft may hold it, to build a chain
        REQUIRE(added.accepted);
        REQUIRE(added.conflicts.size() == 1);
        CHECK(added.conflicts.first().kind == Conflict::Kind::OverFormasi);
        const DatabaseError refused = op->submit(id);
        CHECK(refused.kind == DatabaseError::Kind::Refused);
        CHECK(refused.message.contains(QStringLiteral("over its formasi")));
        CHECK(f.state(id) == S::Draft);
    }
    SECTION("a vacancy filled twice")
    {
        const LineRequest a = f.findMove();
        setFree(f, a.toUnitId, a.toJabatanId, 1);
        const qint64 first = f.draft(0);
        REQUIRE(op->addLine(first, a).accepted);
        REQUIRE_FALSE(op->submit(first));

        LineRequest b = f.findMove();
        b.toUnitId = a.toUnitId;
        b.toJabatanId = a.toJabatanId;
        qint64 second = 0;
        REQUIRE_FALSE(op->create(QStringLiteral("Kedua"), &second));
        const LineCheck added = op->addLine(second, b);
        INFO(added.refusal.toStdString());
        REQUIRE(added.accepted);
        REQUIRE(added.conflicts.size() == 1);
        CHECK(added.conflicts.first().kind == Conflict::Kind::VacancyTaken);
        CHECK(added.conflicts.first().otherProposalId == first);
        CHECK(op->submit(second).message.contains(QStringLiteral("already claimed")));
        // Rejected by the Tim Penilai, the first proposal frees the place.
        REQUIRE_FALSE(f.as(Role::Verifikator)->verify(first));
        REQUIRE_FALSE(
            f.as(Role::TimPenilai)
                ->reject(first, Test::WorkflowFixture::Today, QStringLiteral("Tidak perlu")));
        CHECK(op->conflicts(second).isEmpty());
        CHECK_FALSE(op->submit(second));
    }
}

TEST_CASE("Chains: A moves into B's post while B moves on, executed in order",
          "[workflow][conflicts][execution]")
{
    Test::WorkflowFixture f;
    const auto op = f.as(Role::Operator);
    // B leaves post P for Q; A comes into P. P has no free place of its own.
    const LineRequest bMove = f.findMove();
    const Post p = postOf(f, bMove.employeeId);
    LineRequest aMove;
    // A must hold the same jabatan as P for a clean move: find one who does.
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM employee WHERE jabatan_id = %1 AND unit_id <> %2 "
                                  "AND status = 'PNS' ORDER BY id")
                       .arg(p.jabatanId)
                       .arg(p.unitId)));
    qint64 aId = 0;
    while (q.next() && aId == 0) {
        LineRequest candidate;
        candidate.employeeId = q.value(0).toLongLong();
        candidate.toUnitId = p.unitId;
        candidate.toJabatanId = p.jabatanId;
        candidate.plannedTmt = Test::WorkflowFixture::PastTmt;
        if (candidate.employeeId != bMove.employeeId && !f.used.contains(candidate.employeeId) &&
            op->checkLine(0, candidate).accepted) {
            aId = candidate.employeeId;
            aMove = candidate;
        }
    }
    REQUIRE(aId > 0);
    setFree(f, p.unitId, p.jabatanId, 0);
    const int before = bezetting(f, p.unitId, p.jabatanId);

    qint64 id = 0;
    REQUIRE_FALSE(op->create(QStringLiteral("Rantai"), &id));
    const LineCheck aLine = op->addLine(id, aMove); // A first: the place is not free yet
    REQUIRE(aLine.accepted);
    CHECK_FALSE(aLine.conflicts.isEmpty());
    REQUIRE(op->addLine(id, bMove).accepted);
    CHECK(op->conflicts(id).isEmpty()); // B's leaving frees the place
    decreed(f, id, QStringLiteral("800.1.3.1/0100/BKD/X/2026"));

    const QList<ProposalLine> order =
        ProposalWorkflow::executionOrder(ProposalRepository(*f.db).lines(id));
    REQUIRE(order.size() == 2);
    CHECK(order.at(0).employeeId == bMove.employeeId); // B leaves before A enters
    CHECK(order.at(1).employeeId == aId);

    REQUIRE_FALSE(op->execute(id));
    CHECK(postOf(f, aId).unitId == p.unitId);
    CHECK(postOf(f, bMove.employeeId).unitId == bMove.toUnitId);
    CHECK(bezetting(f, p.unitId, p.jabatanId) == before);
}

TEST_CASE("Execution is one transaction: a failure at the third line changes nothing",
          "[workflow][execution]")
{
    Test::WorkflowFixture f;
    const qint64 id = decreed(f, f.draft(4), QStringLiteral("800.1.3.1/0042/BKD/X/2026"));
    const QList<ProposalLine> lines = ProposalRepository(*f.db).lines(id);
    QList<Post> before;
    for (const ProposalLine &l : lines)
        before << postOf(f, l.employeeId);
    const int history = f.count(QStringLiteral("SELECT count(*) FROM jabatan_history"));
    const int audit = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));

    f.exec(QStringLiteral("CREATE TEMP TRIGGER fail_third BEFORE INSERT ON jabatan_history WHEN "
                          "(SELECT count(*) FROM jabatan_history WHERE sk_number = "
                          "'800.1.3.1/0042/BKD/X/2026') >= 2 BEGIN SELECT RAISE(ABORT, "
                          "'disk on fire'); END"));
    const DatabaseError failed = f.as(Role::Operator)->execute(id);
    CHECK(failed);
    CHECK(failed.detail.contains(QStringLiteral("disk on fire")));
    for (int i = 0; i < lines.size(); ++i) {
        const Post now = postOf(f, lines.at(i).employeeId);
        CHECK(now.unitId == before.at(i).unitId);
        CHECK(now.jabatanId == before.at(i).jabatanId);
        CHECK(now.tmt == before.at(i).tmt);
    }
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM jabatan_history")) == history);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log")) == audit);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM proposal_line WHERE history_id IS NOT "
                                 "NULL")) == 0);
    CHECK(f.state(id) == S::DecreeIssued);
    CHECK(AuditLog(*f.db).verify().intact);

    f.exec(QStringLiteral("DROP TRIGGER fail_third"));
    QList<int> targetsBefore;
    for (const ProposalLine &l : lines)
        targetsBefore << bezetting(f, l.toUnitId, l.toJabatanId);
    REQUIRE_FALSE(f.as(Role::Operator)->execute(id));
    CHECK(f.state(id) == S::Executed);
    CHECK(ProposalRepository(*f.db).proposal(id)->executedOn == Test::WorkflowFixture::Today);
    for (int i = 0; i < lines.size(); ++i) {
        const ProposalLine l = *ProposalRepository(*f.db).line(lines.at(i).id);
        const Post now = postOf(f, l.employeeId);
        CHECK(now.unitId == l.toUnitId);
        CHECK(now.jabatanId == l.toJabatanId);
        CHECK(now.tmt == l.plannedTmt);
        // Riwayat jabatan gains a row with the decree, and it is the current post.
        QSqlQuery h(f.db->connection());
        REQUIRE(h.exec(QStringLiteral("SELECT unit_id, jabatan_id, tmt, sk_number, sk_date FROM "
                                      "jabatan_history WHERE id = %1")
                           .arg(l.historyId)));
        REQUIRE(h.next());
        CHECK(h.value(0).toLongLong() == l.toUnitId);
        CHECK(h.value(2).toString() == l.plannedTmt.toString(Qt::ISODate));
        CHECK(h.value(3).toString() == u"800.1.3.1/0042/BKD/X/2026");
        CHECK(h.value(4).toString() == u"2026-10-20");
        // Bezetting follows: the target has its new holder.
        CHECK(bezetting(f, l.toUnitId, l.toJabatanId) >= targetsBefore.at(i) + 1 - 1);
    }
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM jabatan_history")) == history + 4);

    AuditFilter filter;
    filter.user = QStringLiteral("operator");
    filter.entity = QStringLiteral("employee");
    int executed = 0;
    for (const AuditEntry &e : AuditLog(*f.db).entries(filter))
        executed += e.action == u"execute" && e.field == u"unit_id" ? 1 : 0;
    CHECK(executed == 4);
    CHECK(AuditLog(*f.db).verify().intact);

    // Executing twice is impossible.
    const DatabaseError again = f.as(Role::Operator)->execute(id);
    CHECK(again.kind == DatabaseError::Kind::Refused);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM jabatan_history")) == history + 4);
}

TEST_CASE("Execution waits for the TMT and for a decree", "[workflow][execution]")
{
    Test::WorkflowFixture f;
    const qint64 id = decreed(f, f.draft(1, QDate(2027, 1, 1)), QStringLiteral("800/1/BKD/2026"));
    const DatabaseError early = f.as(Role::Administrator)->execute(id);
    CHECK(early.kind == DatabaseError::Kind::Refused);
    CHECK(early.message.contains(QStringLiteral("still to come")));
    auto later = f.as(Role::Administrator);
    later->setNow(QDateTime(QDate(2027, 1, 2), QTime(8, 0), Qt::UTC));
    CHECK_FALSE(later->execute(id));

    const qint64 moved = f.draft(1);
    REQUIRE_FALSE(f.as(Role::Operator)->submit(moved));
    REQUIRE_FALSE(f.as(Role::Verifikator)->verify(moved));
    ProposalDecision decision;
    decision.meetingDate = Test::WorkflowFixture::Today;
    REQUIRE_FALSE(f.as(Role::TimPenilai)->approve(moved, decision));
    CHECK(f.as(Role::Penandatangan)->markDecreeIssued(moved, {0, QString(), QDate()}).kind ==
          DatabaseError::Kind::Refused);
    REQUIRE_FALSE(f.as(Role::Penandatangan)
                      ->markDecreeIssued(moved, {77, QStringLiteral("800/2/BKD/2026"),
                                                 Test::WorkflowFixture::Today}));
    const std::optional<Proposal> p = ProposalRepository(*f.db).proposal(moved);
    CHECK(p->decreeId == 77);
    CHECK(p->decreeNumber == u"800/2/BKD/2026");
    // The employee moved elsewhere meanwhile: the execution refuses rather than guess.
    const ProposalLine line = ProposalRepository(*f.db).lines(moved).first();
    f.exec(QStringLiteral("UPDATE employee SET unit_id = %1 WHERE id = %2")
               .arg(line.toUnitId)
               .arg(line.employeeId));
    const DatabaseError stale = f.as(Role::Operator)->execute(moved);
    CHECK(stale.kind == DatabaseError::Kind::Refused);
    CHECK(stale.message.contains(QStringLiteral("no longer holds")));
    CHECK(f.state(moved) == S::DecreeIssued);
}

TEST_CASE("An approved line can be withdrawn after the decree; the rest is executed",
          "[workflow][execution]")
{
    Test::WorkflowFixture f;
    const qint64 id = decreed(f, f.draft(2), QStringLiteral("800/9/BKD/2026"));
    const QList<ProposalLine> lines = ProposalRepository(*f.db).lines(id);
    REQUIRE(lines.size() == 2);
    const ProposalLine kept = lines.at(0);
    const ProposalLine dropped = lines.at(1);
    const Post keptFrom = postOf(f, kept.employeeId);
    const Post droppedFrom = postOf(f, dropped.employeeId);
    const QString reason = QStringLiteral("Keberatan diterima.");

    const int events = f.count(QStringLiteral("SELECT count(*) FROM proposal_event"));
    const int audits = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    for (Role role : {Role::Verifikator, Role::TimPenilai, Role::Penandatangan, Role::Pimpinan})
        CHECK(f.as(role)->withdrawApprovedLine(dropped.id, reason).kind ==
              DatabaseError::Kind::Forbidden);
    CHECK(f.as(Role::Operator)->withdrawApprovedLine(dropped.id, QStringLiteral("  ")).kind ==
          DatabaseError::Kind::Refused);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM proposal_event")) == events);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log")) == audits);
    CHECK(ProposalRepository(*f.db).line(dropped.id)->decision == LineDecision::Approved);

    REQUIRE_FALSE(f.as(Role::Operator)->withdrawApprovedLine(dropped.id, reason));
    const ProposalLine after = *ProposalRepository(*f.db).line(dropped.id);
    CHECK(after.decision == LineDecision::Withdrawn);
    CHECK(after.decisionNote == reason);
    CHECK(ProposalRepository(*f.db).line(kept.id)->decision == LineDecision::Approved);
    CHECK(f.state(id) == S::DecreeIssued);
    CHECK(ProposalRepository(*f.db).events(id).last().action == QStringLiteral("withdraw_line"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'proposal_line' "
                                 "AND entity_id = %1 AND action = 'withdraw'")
                      .arg(dropped.id)) > 0);
    // Twice is refused.
    CHECK(f.as(Role::Operator)->withdrawApprovedLine(dropped.id, reason).kind ==
          DatabaseError::Kind::Refused);

    REQUIRE_FALSE(f.as(Role::Operator)->execute(id));
    CHECK(f.state(id) == S::Executed);
    const Post keptTo = postOf(f, kept.employeeId);
    CHECK((keptTo.unitId != keptFrom.unitId || keptTo.jabatanId != keptFrom.jabatanId));
    CHECK(keptTo.unitId == kept.toUnitId);
    const Post droppedNow = postOf(f, dropped.employeeId);
    CHECK(droppedNow.unitId == droppedFrom.unitId);
    CHECK(droppedNow.jabatanId == droppedFrom.jabatanId);
    CHECK(ProposalRepository(*f.db).line(dropped.id)->historyId == 0);
    CHECK(AuditLog(*f.db).verify().intact);
}

TEST_CASE("Withdrawing the only approved line cancels the proposal", "[workflow][execution]")
{
    Test::WorkflowFixture f;
    const qint64 id = decreed(f, f.draft(1), QStringLiteral("800/10/BKD/2026"));
    const ProposalLine line = ProposalRepository(*f.db).lines(id).value(0);
    const QString reason = QStringLiteral("Keberatan diterima.");
    REQUIRE_FALSE(f.as(Role::Administrator)->withdrawApprovedLine(line.id, reason));
    CHECK(f.state(id) == S::Cancelled);
    CHECK(ProposalRepository(*f.db).proposal(id)->cancelReason == reason);
    CHECK(ProposalRepository(*f.db).line(line.id)->decision == LineDecision::Withdrawn);
    CHECK(f.as(Role::Operator)->execute(id).kind == DatabaseError::Kind::Refused);
}
