// An executed outgoing transfer (pindah keluar) marks the employee as departed: the row stays
// for history, decrees and the audit trail, but the province's active lists, counts, candidate
// pools and reports leave them out, and no new proposal may name them.
#include "WorkflowFixture.h"

#include "analysis/CandidatePool.h"
#include "check/ConsistencyChecker.h"
#include "report/ReportCatalogue.h"
#include "storage/AuditLog.h"
#include "storage/EmployeeRepository.h"
#include "storage/StaffingRepository.h"
#include "workflow/ProposalRepository.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace Simutasi;

namespace {

const QString Decree = QStringLiteral("800.1.3.1/0077/BKD/X/2026");
const QString Instansi = QStringLiteral("Pemerintah Provinsi Sulawesi Tengah");

// An outgoing line for a PNS the fixture has not used yet.
LineRequest outgoingRequest(Test::WorkflowFixture &f)
{
    LineRequest request = f.findMove();
    request.toUnitId = 0;
    request.toJabatanId = 0;
    request.otherInstansi = Instansi;
    request.reason = QStringLiteral("Mengikuti suami");
    return request;
}

// A proposal of these lines (in this order), approved, its decree issued.
qint64 decreed(Test::WorkflowFixture &f, const QString &title, const QList<LineRequest> &lines)
{
    qint64 id = 0;
    REQUIRE_FALSE(f.as(Role::Operator)->create(title, &id));
    for (const LineRequest &line : lines)
        REQUIRE(f.as(Role::Operator)->addLine(id, line).accepted);
    f.issueDecree(id, Decree);
    return id;
}

int bezettingOf(Database &db, qint64 unitId, qint64 jabatanId)
{
    for (const StaffingCell &cell : StaffingRepository(db).cells()) {
        if (cell.unitId == unitId && cell.jabatanId == jabatanId)
            return cell.bezetting;
    }
    return 0;
}

bool reportHolds(Database &db, const QString &reportId, const QString &text)
{
    const std::optional<Report> report = ReportCatalogue::find(reportId);
    REQUIRE(report);
    ReportData data;
    ReportFilters filters;
    filters.asOf = Test::WorkflowFixture::Today;
    REQUIRE_FALSE(ReportCatalogue::run(db, *report, filters, &data));
    for (int part = 0; part < data.partCount(); ++part) {
        for (int row = 0; row < data.rowCount(part); ++row) {
            for (int column = 0; column < data.columnCount(part); ++column) {
                if (data.cell(part, row, column).toString().remove(u' ') == text)
                    return true;
            }
        }
    }
    return false;
}

} // namespace

TEST_CASE("An executed outgoing transfer marks the employee as departed, kept for history",
          "[workflow][execution][departure]")
{
    Test::WorkflowFixture f;
    const auto op = f.as(Role::Operator);
    const LineRequest out = outgoingRequest(f);
    const qint64 id = decreed(f, QStringLiteral("Pindah keluar"), {out});

    EmployeeRepository employees(*f.db);
    const Employee before = *employees.byId(out.employeeId);
    REQUIRE_FALSE(before.departure.isSet());
    const QString nip = before.nip.digits();
    const int activeBefore = employees.count();
    const int bezettingBefore = bezettingOf(*f.db, before.unitId, before.jabatanId);
    const CandidatePool poolBefore = CandidatePool::load(*f.db, Test::WorkflowFixture::Today, {});
    REQUIRE(poolBefore.indexOf(out.employeeId) >= 0);
    REQUIRE(reportHolds(*f.db, QStringLiteral("duk"), nip));

    REQUIRE_FALSE(op->execute(id));

    // Marked: when, why, where to, by which SK; no post any more.
    const Employee after = *employees.byId(out.employeeId);
    CHECK(after.departure.isSet());
    CHECK(after.departure.on == out.plannedTmt);
    CHECK(after.departure.reason == DepartureReason::PindahKeluar);
    CHECK(after.departure.to == Instansi);
    CHECK(after.departure.decree == Decree);
    CHECK(after.unitId == 0);
    CHECK(after.jabatanId == 0);
    CHECK(after.departure.describe().contains(Instansi));
    CHECK(after.departure.describe().contains(Decree));

    // Riwayat jabatan keeps the move, naming the other instansi.
    const ProposalLine line = ProposalRepository(*f.db).lines(id).first();
    REQUIRE(line.historyId > 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM jabatan_history WHERE id = %1 AND "
                                 "unit_id IS NULL AND unit_name = '%2' AND sk_number = '%3'")
                      .arg(line.historyId)
                      .arg(Instansi, Decree)) == 1);

    // Audited in the same transaction: the departure fields, before (empty) and after.
    AuditFilter filter;
    filter.entity = QStringLiteral("employee");
    filter.entityId = out.employeeId;
    QHash<QString, QString> audited;
    for (const AuditEntry &e : AuditLog(*f.db).entries(filter)) {
        if (e.action != u"execute")
            continue;
        if (e.field.startsWith(QStringLiteral("left_")))
            CHECK(e.oldValue.isEmpty());
        audited.insert(e.field, e.newValue);
    }
    CHECK(audited.value(QStringLiteral("left_on")) == out.plannedTmt.toString(Qt::ISODate));
    CHECK(audited.value(QStringLiteral("left_reason")) == u"pindah_keluar");
    CHECK(audited.value(QStringLiteral("left_to")) == Instansi);
    CHECK(audited.value(QStringLiteral("left_decree")) == Decree);
    CHECK(AuditLog(*f.db).verify().intact);

    // Out of the active registry, in the departed list, nothing deleted.
    CHECK(employees.count() == activeBefore - 1);
    EmployeeFilter departed;
    departed.presence = EmployeePresence::Departed;
    REQUIRE(employees.count(departed) == 1);
    const QList<EmployeeListRow> rows =
        employees.page(departed, EmployeeSortKey::Name, Qt::AscendingOrder, 0, 10);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().id == out.employeeId);
    CHECK(rows.first().leftTo == Instansi);
    EmployeeFilter all;
    all.presence = EmployeePresence::All;
    CHECK(employees.count(all) == activeBefore);
    EmployeeFilter byNip;
    byNip.text = nip;
    CHECK(employees.count(byNip) == 0); // the default list is the active one
    byNip.presence = EmployeePresence::All;
    CHECK(employees.count(byNip) == 1); // but they stay findable

    // Bezetting of the post they held, candidate pools and reports follow.
    CHECK(bezettingOf(*f.db, before.unitId, before.jabatanId) == bezettingBefore - 1);
    const CandidatePool poolAfter = CandidatePool::load(*f.db, Test::WorkflowFixture::Today, {});
    CHECK(poolAfter.indexOf(out.employeeId) < 0);
    CHECK(poolAfter.size() == poolBefore.size() - 1);
    CHECK_FALSE(reportHolds(*f.db, QStringLiteral("duk"), nip));
    CHECK(reportHolds(*f.db, QStringLiteral("rekap-mutasi"), nip)); // history keeps them

    // Without a post on purpose: not an inconsistency.
    ConsistencyChecker checker(*f.db);
    REQUIRE_FALSE(checker.run());
    using Kind = ConsistencyChecker::Kind;
    for (const ConsistencyChecker::Finding &finding : checker.findings()) {
        if (finding.employeeId == out.employeeId)
            CHECK_FALSE((finding.kind == Kind::MissingUnit ||
                         finding.kind == Kind::MissingJabatan || finding.kind == Kind::NoFormasi));
    }

    // No new proposal may name them: a clear refusal.
    qint64 next = 0;
    REQUIRE_FALSE(op->create(QStringLiteral("Kembali"), &next));
    LineRequest back = out;
    back.toUnitId = before.unitId;
    back.toJabatanId = before.jabatanId;
    back.otherInstansi.clear();
    const LineCheck refused = op->addLine(next, back);
    CHECK_FALSE(refused.accepted);
    CHECK(refused.refusal.contains(QStringLiteral("left the province")));
    CHECK(refused.refusal.contains(Instansi));

    // The database refuses a post for a departed employee, whoever writes it.
    QSqlQuery q(f.db->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE employee SET unit_id = %1 WHERE id = %2")
                           .arg(before.unitId)
                           .arg(out.employeeId)));
}

TEST_CASE("An execution failing after the outgoing line marks nobody as departed",
          "[workflow][execution][departure]")
{
    Test::WorkflowFixture f;
    const auto op = f.as(Role::Operator);
    const LineRequest out = outgoingRequest(f); // the first line: executed first
    const qint64 id = decreed(f, QStringLiteral("Gagal di tengah"), {out, f.findMove()});
    const QList<ProposalLine> order =
        ProposalWorkflow::executionOrder(ProposalRepository(*f.db).lines(id));
    REQUIRE(order.first().employeeId == out.employeeId);
    const int audit = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));

    f.exec(QStringLiteral("CREATE TEMP TRIGGER fail_second BEFORE INSERT ON jabatan_history WHEN "
                          "(SELECT count(*) FROM jabatan_history WHERE sk_number = '%1') >= 1 "
                          "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")
               .arg(Decree));
    const DatabaseError failed = op->execute(id);
    CHECK(failed);
    CHECK(failed.detail.contains(QStringLiteral("disk on fire")));

    const Employee still = *EmployeeRepository(*f.db).byId(out.employeeId);
    CHECK_FALSE(still.departure.isSet());
    CHECK(still.unitId > 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM employee WHERE left_on IS NOT NULL")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log")) == audit);
    CHECK(f.state(id) == ProposalState::DecreeIssued);
}
