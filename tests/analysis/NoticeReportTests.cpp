#include "AnalysisFixture.h"
#include "decree/DecreeNotifications.h"
#include "decree/DecreeRegistry.h"
#include "domain/EmployeeHistory.h"
#include "report/ReportCatalogue.h"
#include "storage/EmployeeRepository.h"
#include "workflow/ProposalWorkflow.h"
#include "workflow/UserAccounts.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace Simutasi;
using namespace Simutasi::Test;

namespace {

// SmallProvince with one user per role and two teachers of SMA 1 (surplus) proposed to SMA 5
// (shortage), the proposal taken through the workflow to approved and its decree issued,
// signed a.n. the Gubernur by the Sekretaris Daerah.
struct DecreeProvince : SmallProvince
{
    std::array<User, RoleCount> users;
    qint64 agus = 0, bunga = 0, proposalId = 0, decreeId = 0;
    const QDate tmt{2026, 11, 1};
    const QDate decreeDate{2026, 11, 20};

    DecreeProvince()
    {
        UserAccounts accounts(*db);
        accounts.setPasswordCost(PasswordHasher::Cost::Minimal);
        for (Role role : Roles::all()) {
            const QString name = QStringLiteral("user%1").arg(int(role));
            const UserAccounts::NewUser user{
                name, QString(), name + QStringLiteral("-pass"), {role}};
            const DatabaseError error =
                role == Role::Administrator
                    ? accounts.createFirstAdministrator(user)
                    : accounts.addUser(users[int(Role::Administrator)], user);
            REQUIRE_FALSE(error);
            users[int(role)] = *accounts.user(name);
        }
        agus = addEmployee(sma1.id, guruMuda.id, QStringLiteral("Agus"));
        bunga = addEmployee(sma1.id, guruMuda.id, QStringLiteral("Bunga"));
        // Their posting in riwayat jabatan, so that the execution's row is a change of unit.
        for (const qint64 employee : {agus, bunga}) {
            JabatanHistoryEntry entry;
            entry.employeeId = employee;
            entry.unitId = sma1.id;
            entry.jabatanId = guruMuda.id;
            entry.tmt = QDate(2020, 1, 1);
            REQUIRE_FALSE(EmployeeRepository(*db).addJabatanHistory(entry));
        }

        REQUIRE_FALSE(as(Role::Operator).create(QStringLiteral("Pemerataan guru"), &proposalId));
        for (const qint64 employee : {agus, bunga}) {
            LineRequest request;
            request.employeeId = employee;
            request.toUnitId = sma5.id;
            request.toJabatanId = guruMuda.id;
            request.plannedTmt = tmt;
            request.reason = QStringLiteral("Pemerataan");
            request.justification = QStringLiteral("Kekurangan guru di SMA 5");
            const LineCheck added = as(Role::Operator).addLine(proposalId, request);
            INFO(added.refusal.toStdString());
            REQUIRE(added.accepted);
        }
        REQUIRE_FALSE(as(Role::Operator).submit(proposalId));
        REQUIRE_FALSE(as(Role::Verifikator).verify(proposalId));
        ProposalDecision decision;
        decision.meetingDate = QDate(2026, 11, 10);
        REQUIRE_FALSE(as(Role::TimPenilai).approve(proposalId, decision));

        DecreeSignatory signatory;
        signatory.capacity = DecreeSignatory::Capacity::OnBehalf;
        signatory.authority = QStringLiteral("GUBERNUR WANGGAR");
        signatory.jabatan = QStringLiteral("SEKRETARIS DAERAH");
        signatory.name = QStringLiteral("Dr. H. Arief Rahman, M.Si.");
        const DatabaseError issued = DecreeRegistry(*db).issue(
            users[int(Role::Penandatangan)], {proposalId, decreeDate, {}, signatory}, &decreeId);
        INFO(issued.message.toStdString());
        REQUIRE_FALSE(issued);
    }

    ProposalWorkflow as(Role role) const
    {
        ProposalWorkflow workflow(*db, users[int(role)]);
        workflow.setNow(QDateTime(ReferenceDate, QTime(10, 0), Qt::UTC));
        return workflow;
    }

    QString nipOf(qint64 employeeId) const
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT nip FROM employee WHERE id = ?"));
        q.addBindValue(employeeId);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toString();
    }
};

ReportData run(Database &db, const QString &id, const ReportFilters &filters = {})
{
    const std::optional<Report> report = ReportCatalogue::find(id);
    REQUIRE(report);
    ReportData data;
    REQUIRE_FALSE(ReportCatalogue::run(db, *report, filters, &data));
    return data;
}

} // namespace

TEST_CASE("Notification status by decree: counts per decree and every employee's answer",
          "[report][decree]")
{
    DecreeProvince p;
    const IssuedDecree decree = *DecreeRegistry(*p.db).decree(p.decreeId);
    REQUIRE_FALSE(decree.number.isEmpty());
    DecreeNotifications notifications(*p.db);
    const QList<DecreeNotice> notices = notifications.notices(p.decreeId);
    REQUIRE(notices.size() == 2);
    const DecreeNotice &first = notices[0].employeeId == p.agus ? notices[0] : notices[1];
    const DecreeNotice &second = notices[0].employeeId == p.agus ? notices[1] : notices[0];
    REQUIRE(second.employeeId == p.bunga);
    const QString op = QStringLiteral("op");
    const Test::LoggedIn operatorScope(RoleSet{Role::Operator}, op);
    REQUIRE_FALSE(notifications.markHandedOver(first.id, QDate(2026, 11, 21), op));
    REQUIRE_FALSE(notifications.markHandedOver(second.id, QDate(2026, 11, 22), op));
    REQUIRE_FALSE(notifications.acknowledge(first.id, QDate(2026, 11, 23), op));
    const QString reason = QStringLiteral("Merawat orang tua di Wanggar.");
    REQUIRE_FALSE(notifications.object(second.id, QDate(2026, 11, 24), reason, op));

    const QString proposalNumber = [&] {
        QSqlQuery q(p.db->connection());
        REQUIRE(
            q.exec(QStringLiteral("SELECT number FROM proposal WHERE id = %1").arg(p.proposalId)));
        REQUIRE(q.next());
        return q.value(0).toString();
    }();
    ReportData data = run(*p.db, QStringLiteral("pemberitahuan"));
    REQUIRE(data.rowCount(0) == 1);
    CHECK(data.row(0, 0) ==
          QVariantList{1, decree.number, p.decreeDate, proposalNumber, 2, 2, 1, 1, 0, 0});
    REQUIRE(data.rowCount(1) == 2);
    const int agusRow = data.cell(1, 0, 2) == QStringLiteral("Agus") ? 0 : 1;
    CHECK(data.row(1, agusRow) == QVariantList{agusRow + 1, decree.number, QStringLiteral("Agus"),
                                               p.nipOf(p.agus), QStringLiteral("Letter"),
                                               QDate(2026, 11, 21), QStringLiteral("Acknowledged"),
                                               QDate(2026, 11, 23), QString(), QString(),
                                               QVariant()});
    CHECK(data.row(1, 1 - agusRow) ==
          QVariantList{2 - agusRow, decree.number, QStringLiteral("Bunga"), p.nipOf(p.bunga),
                       QStringLiteral("Letter"), QDate(2026, 11, 22), QStringLiteral("Keberatan"),
                       QDate(2026, 11, 24), reason, QStringLiteral("Open"), QVariant()});

    // The keberatan turned down: the transfer proceeds, the decision is counted as decided.
    REQUIRE_FALSE(notifications.resolve(second.id, DecreeNotice::Resolution::Rejected,
                                        QDate(2026, 11, 25), QStringLiteral("Kebutuhan dinas."),
                                        p.users[int(Role::Operator)]));
    data = run(*p.db, QStringLiteral("pemberitahuan"));
    CHECK(data.row(0, 0) ==
          QVariantList{1, decree.number, p.decreeDate, proposalNumber, 2, 2, 1, 0, 1, 0});
    CHECK(data.cell(1, 1 - agusRow, 9) == QStringLiteral("Rejected"));
    CHECK(data.cell(1, 1 - agusRow, 10).toDate() == QDate(2026, 11, 25));

    // Filters: the decree date, and the OPD its lines leave or enter.
    ReportFilters before;
    before.to = p.decreeDate.addDays(-1);
    CHECK(run(*p.db, QStringLiteral("pemberitahuan"), before).rowCount(0) == 0);
    ReportFilters onDay;
    onDay.from = onDay.to = p.decreeDate;
    CHECK(run(*p.db, QStringLiteral("pemberitahuan"), onDay).rowCount(1) == 2);
    ReportFilters bkd;
    bkd.opdId = p.bkd.id;
    CHECK(run(*p.db, QStringLiteral("pemberitahuan"), bkd).rowCount(0) == 0);
    ReportFilters disdik;
    disdik.opdId = p.disdik.id;
    CHECK(run(*p.db, QStringLiteral("pemberitahuan"), disdik).rowCount(0) == 1);
}

TEST_CASE("Rekap mutasi takes the SK and its signatory from the decree of the proposal",
          "[report][decree]")
{
    DecreeProvince p;
    const IssuedDecree decree = *DecreeRegistry(*p.db).decree(p.decreeId);
    const DatabaseError executed = p.as(Role::Operator).execute(p.proposalId);
    INFO(executed.message.toStdString());
    REQUIRE_FALSE(executed);

    ReportFilters filters;
    filters.from = p.tmt;
    const ReportData data = run(*p.db, QStringLiteral("rekap-mutasi"), filters);
    REQUIRE(data.rowCount(0) == 2);
    for (int row = 0; row < 2; ++row) {
        INFO(row);
        CHECK(data.cell(0, row, 9) == decree.number);
        CHECK(data.cell(0, row, 10).toDate() == p.decreeDate);
        CHECK(data.cell(0, row, 11).toDate() == p.tmt);
        CHECK(data.cell(0, row, 12) == QStringLiteral("a.n. Dr. H. Arief Rahman, M.Si."));
    }
    CHECK(QStringList{data.cell(0, 0, 1).toString(), data.cell(0, 1, 1).toString()} ==
          QStringList{QStringLiteral("Agus"), QStringLiteral("Bunga")});

    // With the riwayat jabatan row carrying no SK, the decree gives number and date.
    QSqlQuery q(p.db->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE jabatan_history SET sk_number = '', sk_date = NULL "
                                  "WHERE id IN (SELECT history_id FROM proposal_line)")));
    REQUIRE(q.exec(QStringLiteral("UPDATE proposal SET decree_number = '', decree_date = NULL")));
    const ReportData fromDecree = run(*p.db, QStringLiteral("rekap-mutasi"), filters);
    REQUIRE(fromDecree.rowCount(0) == 2);
    CHECK(fromDecree.cell(0, 0, 9) == decree.number);
    CHECK(fromDecree.cell(0, 0, 10).toDate() == p.decreeDate);
}
