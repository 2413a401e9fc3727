#include "ReportFixture.h"
#include "analysis/TalentGrid.h"
#include "domain/EmployeeHistory.h"
#include "report/EmployeeListReports.h"
#include "report/ReportCatalogue.h"
#include "report/TransferMoves.h"
#include "report/TransferOutcome.h"
#include "storage/EmployeeRepository.h"
#include "workflow/ProposalState.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace Simutasi;
using namespace Simutasi::Test;

namespace {

ReportData runReport(Database &db, const QString &id, const ReportFilters &filters)
{
    const std::optional<Report> report = ReportCatalogue::find(id);
    REQUIRE(report);
    ReportData data;
    REQUIRE_FALSE(ReportCatalogue::run(db, *report, filters, &data));
    REQUIRE(data.partCount() == report->parts.size());
    return data;
}

// Column `column` of every row of a part.
QVariantList columnOf(const ReportData &data, int part, int column)
{
    QVariantList values;
    for (int row = 0; row < data.rowCount(part); ++row)
        values.append(data.cell(part, row, column));
    return values;
}

int columnIndex(const ReportData &data, int part, const QString &title)
{
    const QList<ReportColumn> &columns = data.part(part).columns;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].title == title)
            return i;
    }
    FAIL("no column " << title.toStdString());
    return -1;
}

QStringList names(const ReportData &data, int part = 0)
{
    QStringList result;
    const int column = columnIndex(data, part, QStringLiteral("Name"));
    for (const QVariant &value : columnOf(data, part, column))
        result.append(value.toString());
    return result;
}

} // namespace

TEST_CASE("Every report of the catalogue has a unique id, parts with columns and a producer",
          "[report]")
{
    QStringList ids;
    for (const Report &report : ReportCatalogue::all()) {
        CHECK_FALSE(ids.contains(report.id));
        ids.append(report.id);
        CHECK_FALSE(report.title.isEmpty());
        REQUIRE_FALSE(report.parts.isEmpty());
        for (const ReportPart &part : report.parts)
            CHECK_FALSE(part.columns.isEmpty());
        CHECK(report.produce);
    }
    for (const char *id : {"rekap-mutasi", "formasi", "duk", "rotasi", "bup", "kelengkapan", "9box",
                           "hasil-mutasi", "usulan", "pemberitahuan"})
        CHECK(ids.contains(QLatin1String(id)));
}

TEST_CASE("Filters are read from key=value and refused when the report has no such filter",
          "[report]")
{
    ReportFilters filters;
    QString error;
    const QList<ReportFilterKind> kinds{ReportFilterKind::Period, ReportFilterKind::Opd};
    REQUIRE(ReportFilterText::parse({QStringLiteral("from=2024-01-01"), QStringLiteral("opd=7")},
                                    kinds, &filters, &error));
    CHECK(filters.from == QDate(2024, 1, 1));
    CHECK(filters.opdId == 7);
    CHECK_FALSE(filters.to.isValid());
    CHECK_FALSE(ReportFilterText::parse({QStringLiteral("region=3")}, kinds, &filters, &error));
    CHECK(error.contains(QStringLiteral("region")));
    CHECK_FALSE(
        ReportFilterText::parse({QStringLiteral("from=2024-13-01")}, kinds, &filters, &error));
    CHECK_FALSE(ReportFilterText::parse({QStringLiteral("opd=x")}, kinds, &filters, &error));
    CHECK_FALSE(ReportFilterText::parse({QStringLiteral("opd")}, kinds, &filters, &error));
}

TEST_CASE("Formasi vs bezetting: per OPD, per post, shortages and surpluses", "[report]")
{
    SmallProvince p;
    const ReportData data = runReport(*p.db, QStringLiteral("formasi"), {});
    REQUIRE(data.partCount() == 4);
    // Per OPD: BKD 2 posts (formasi 2, bezetting 2, filled 1, short 1, over 1); Dinas
    // Pendidikan 5 posts (12, 10, 7, 5, 3); the total row last.
    REQUIRE(data.rowCount(0) == 3);
    CHECK(data.row(0, 0) ==
          QVariantList{QStringLiteral("Badan Kepegawaian Daerah"), 2, 2, 2, 1, 1, 1, 0.5});
    CHECK(data.row(0, 1) ==
          QVariantList{QStringLiteral("Dinas Pendidikan"), 5, 12, 10, 7, 5, 3, 7.0 / 12.0});
    CHECK(data.row(0, 2).mid(1) == QVariantList{7, 14, 12, 8, 6, 4, 8.0 / 14.0});
    CHECK(data.rowCount(1) == 7);
    // Shortages: remote SMA 5 first (3, then 2), then the BKD's analyst (1).
    REQUIRE(data.rowCount(2) == 3);
    CHECK(columnOf(data, 2, 8) == QVariantList{3, 2, 1});
    CHECK(data.cell(2, 0, 2).toString() == QStringLiteral("SMA Negeri 5 Rimba Raya"));
    CHECK(data.cell(2, 2, 4).toString() == QStringLiteral("Analis SDM Aparatur Ahli Muda"));
    // Surpluses: SMA 1 by 2 first, then two posts over by 1.
    REQUIRE(data.rowCount(3) == 3);
    CHECK(columnOf(data, 3, 8) == QVariantList{2, 1, 1});

    ReportFilters rimba;
    rimba.regionId = p.rimbaRaya;
    const ReportData remote = runReport(*p.db, QStringLiteral("formasi"), rimba);
    REQUIRE(remote.rowCount(0) == 2);
    CHECK(remote.row(0, 1).mid(1, 3) == QVariantList{2, 6, 1});
    CHECK(remote.rowCount(3) == 0);
}

TEST_CASE("DUK of one OPD: golongan, TMT golongan, jabatan level, masa kerja, diklat", "[report]")
{
    ReportProvince p;
    const qint64 bkdGuru = p.firstEmployeeIn(p.bkd.id, p.guruMuda.id);
    DiklatEntry diklat{0, bkdGuru, QStringLiteral("Diklat Fungsional"), QString(), {}, {}, 40};
    REQUIRE_FALSE(EmployeeRepository(*p.db).addDiklat(diklat));

    ReportFilters filters = asOf();
    filters.opdId = p.bkd.id;
    const ReportData data = runReport(*p.db, QStringLiteral("duk"), filters);
    CHECK(names(data) == QStringList{QStringLiteral("Ahmad"), QStringLiteral("Fajar"),
                                     QStringLiteral("Dedi"), QStringLiteral("Butet"),
                                     QStringLiteral("Cahyo"),
                                     QStringLiteral("Guru Ahli Muda Badan Kepegawaian Daerah 1"),
                                     QStringLiteral("Analis SDM Aparatur Ahli Muda Badan "
                                                    "Kepegawaian Daerah 1"),
                                     QStringLiteral("Eko")});
    CHECK(columnOf(data, 0, 0) == QVariantList{1, 2, 3, 4, 5, 6, 7, 8});
    // Dedi: CPNS 2005-03 gives 21 years 8 months of service on 2026-11-27; 46 years old.
    const QVariantList dedi = data.row(0, 2);
    CHECK(dedi[2] == QStringLiteral("198001012005031001"));
    CHECK(dedi[3] == QStringLiteral("Penata"));
    CHECK(dedi[4] == QStringLiteral("III/c"));
    CHECK(dedi[5].toDate() == QDate(2018, 4, 1));
    CHECK(dedi[8] == 21);
    CHECK(dedi[9] == 8);
    CHECK(dedi[13] == 46);
    CHECK(data.cell(0, 5, 10) == 40);
    CHECK(data.cell(0, 7, 4) == QStringLiteral("II/a")); // a CPNS is on the DUK
}

TEST_CASE("Due for rotation: five years or more in the same jabatan, CPNS left out", "[report]")
{
    ReportProvince p;
    ReportFilters filters = asOf();
    filters.opdId = p.bkd.id;
    const ReportData data = runReport(*p.db, QStringLiteral("rotasi"), filters);
    // Ahmad since 2015-07-01, the two SmallProvince employees since 2020-01-01, Butet since
    // exactly five years (2021-11-27); Cahyo (one day short), Eko (CPNS), Dedi, Fajar not.
    REQUIRE(data.rowCount(0) == 4);
    CHECK(names(data).constFirst() == QStringLiteral("Ahmad"));
    CHECK(names(data).constLast() == QStringLiteral("Butet"));
    CHECK(data.row(0, 0).mid(8) == QVariantList{QDate(2015, 7, 1), 11, 4});
    CHECK(data.row(0, 3).mid(8) == QVariantList{QDate(2021, 11, 27), 5, 0});
    // The whole province: the ten teachers of Dinas Pendidikan are due as well.
    CHECK(runReport(*p.db, QStringLiteral("rotasi"), asOf()).rowCount(0) == 14);
}

TEST_CASE("Nearing BUP: pensiun within 12 months or already past", "[report]")
{
    ReportProvince p;
    const ReportData data = runReport(*p.db, QStringLiteral("bup"), asOf());
    REQUIRE(names(data) == QStringList{QStringLiteral("Ahmad"), QStringLiteral("Fajar")});
    // Ahmad (Ahli Muda, BUP 58): pensiun 2026-06-01, five months ago; Fajar: 2027-04-01.
    CHECK(data.row(0, 0).mid(8) == QVariantList{QDate(1968, 5, 10), 58, QDate(2026, 6, 1), -5});
    CHECK(data.row(0, 1).mid(8) == QVariantList{QDate(1969, 3, 20), 58, QDate(2027, 4, 1), 4});
    // A year earlier only Ahmad was within twelve months of his pensiun (seven left).
    const ReportData earlier = runReport(*p.db, QStringLiteral("bup"), asOf({2025, 11, 1}));
    CHECK(names(earlier) == QStringList{QStringLiteral("Ahmad")});
}

TEST_CASE("Rekap mutasi lists the changes of unit in riwayat jabatan with their SK", "[report]")
{
    ReportProvince p;
    const ReportData data = runReport(*p.db, QStringLiteral("rekap-mutasi"), {});
    REQUIRE(data.rowCount(0) == 2); // Cahyo's change of jabatan inside the BKD is no transfer
    const QVariantList butet = data.row(0, 0);
    CHECK(butet[0] == 1);
    CHECK(butet[1] == QStringLiteral("Butet"));
    CHECK(butet[2] == QStringLiteral("198201102008042002"));
    CHECK(butet[3] == QStringLiteral("P"));
    CHECK(butet[4] == QStringLiteral("Penata, III/c"));
    CHECK(butet[5] == QStringLiteral("Guru Ahli Muda"));
    CHECK(butet[6] == QStringLiteral("SMA Negeri 1 Wanggar, Dinas Pendidikan"));
    CHECK(butet[7] == QStringLiteral("Guru Ahli Muda"));
    CHECK(butet[8] == QStringLiteral("Badan Kepegawaian Daerah"));
    CHECK(butet[9] == QStringLiteral("800/77/BKD/XI/2021"));
    CHECK(butet[10].toDate() == QDate(2021, 11, 20));
    CHECK(butet[11].toDate() == QDate(2021, 11, 27));
    CHECK(butet[13].toString().startsWith(TransferMoves::kindName(QStringLiteral("between_opd"))));
    CHECK(data.cell(0, 1, 13).toString().startsWith(
        TransferMoves::kindName(QStringLiteral("within_opd"))));
    CHECK(data.cell(0, 1, 9) == QStringLiteral("800/5/2022"));

    ReportFilters period;
    period.from = QDate(2022, 1, 1);
    CHECK(runReport(*p.db, QStringLiteral("rekap-mutasi"), period).rowCount(0) == 1);
    ReportFilters bkdOnly;
    bkdOnly.opdId = p.bkd.id;
    const ReportData bkd = runReport(*p.db, QStringLiteral("rekap-mutasi"), bkdOnly);
    CHECK(names(bkd) == QStringList{QStringLiteral("Butet")});
}

TEST_CASE("Outcome arithmetic: means of the years around the transfer, groups and counts",
          "[report]")
{
    const QMap<int, int> skp{{2019, 4}, {2020, 3}, {2021, 5}, {2022, 5}, {2023, 4}, {2024, 2}};
    CHECK(*TransferOutcome::meanPredicate(skp, 2019, 2020) == Approx(3.5));
    CHECK(*TransferOutcome::meanPredicate(skp, 2023, 2030) == Approx(3.0));
    CHECK_FALSE(TransferOutcome::meanPredicate(skp, 2025, 2026));

    TransferMove move;
    move.tmt = QDate(2021, 6, 1);
    move.fromOpdId = 1;
    move.toOpdId = 1;
    CHECK(TransferOutcome::basis(move) == TransferBasis::Unknown);
    // TMT 2021: before = 2019, 2020 (3.5); after = 2022, 2023 (4.5); 2021 itself left out.
    OutcomeCase c = TransferOutcome::caseOf(move, skp, 2025);
    CHECK(c.kind == QStringLiteral("within_opd"));
    CHECK(*c.before == Approx(3.5));
    CHECK(*c.after == Approx(4.5));
    // With the reference in 2023, only 2022 is a complete year after the transfer.
    CHECK(*TransferOutcome::caseOf(move, skp, 2022).after == Approx(5.0));

    move.fromProposal = true;
    move.sourceCode = QStringLiteral("ranking");
    move.jpm = 82.0;
    CHECK(TransferOutcome::basis(move) == TransferBasis::DataDriven);
    move.jpm = 65.0;
    CHECK(TransferOutcome::basis(move) == TransferBasis::Manual);
    move.sourceCode = QStringLiteral("manual");
    move.jpm = 95.0;
    CHECK(TransferOutcome::basis(move) == TransferBasis::Manual);

    const QString within = QStringLiteral("within_opd");
    const QString between = QStringLiteral("between_opd");
    const QList<OutcomeCase> cases{
        {between, TransferBasis::DataDriven, 3.0, 4.0},
        {between, TransferBasis::DataDriven, 4.0, 4.5},
        {between, TransferBasis::DataDriven, 4.0, 3.0},
        {between, TransferBasis::DataDriven, 5.0, std::nullopt}, // counted, not compared
        {between, TransferBasis::Manual, 4.0, 4.0},
        {within, TransferBasis::Manual, 4.0, 3.5},
    };
    const QList<OutcomeGroup> groups = TransferOutcome::summarize(cases);
    REQUIRE(groups.size() == 3);
    const OutcomeGroup &dataDriven = groups[0];
    CHECK(dataDriven.kind == between);
    CHECK(dataDriven.basis == TransferBasis::DataDriven);
    CHECK(dataDriven.transfers == 4);
    CHECK(dataDriven.compared == 3);
    CHECK(*dataDriven.meanBefore() == Approx(11.0 / 3));
    CHECK(*dataDriven.meanAfter() == Approx(11.5 / 3));
    CHECK(*dataDriven.meanChange() == Approx(0.5 / 3));
    CHECK(dataDriven.improved == 2);
    CHECK(dataDriven.worse == 1);
    CHECK(*dataDriven.improvedShare() == Approx(2.0 / 3));
    CHECK(groups[1].basis == TransferBasis::Manual);
    CHECK(groups[1].same == 1);
    CHECK(groups[2].kind == within);
    CHECK(*groups[2].meanChange() == Approx(-0.5));
}

TEST_CASE("Outcome of transfers on riwayat jabatan, and data-driven from proposal lines",
          "[report]")
{
    ReportProvince p;
    ReportData data = runReport(*p.db, QStringLiteral("hasil-mutasi"), asOf());
    // Butet (between OPDs): 3.5 before, 4.5 after; the teacher (within Dinas Pendidikan): 4 and
    // 4. Neither has a proposal: the basis is not known. Both groups are flagged small.
    REQUIRE(data.rowCount(0) == 2);
    const QString unknown = TransferOutcome::basisName(TransferBasis::Unknown);
    CHECK(data.row(0, 0).mid(1, 10) == QVariantList{unknown, 1, 1, 3.5, 4.5, 1.0, 1, 0, 0, 1.0});
    CHECK(data.row(0, 1).mid(1, 10) == QVariantList{unknown, 1, 1, 4.0, 4.0, 0.0, 0, 1, 0, 0.0});
    CHECK_FALSE(data.cell(0, 0, 11).toString().isEmpty());
    REQUIRE(data.rowCount(1) == 2);
    CHECK(data.cell(1, 0, 1) == QStringLiteral("Butet"));

    if (!TransferMoves::hasWorkflowTables(*p.db)) {
        WARN("No proposal tables in this schema: data-driven cannot be checked end to end.");
        return;
    }
    // Butet's move was an executed proposal line: a ranked candidate with JPM 82%.
    QSqlQuery sql(p.db->connection());
    REQUIRE(sql.exec(QStringLiteral(
        "INSERT INTO proposal (id, number, state, created_at, created_by, updated_at, "
        "decree_number, decree_date) VALUES (1, 'USUL/1/2021', 'executed', '2021-10-01', "
        "'operator', '2021-11-27', '800/77/BKD/XI/2021', '2021-11-20')")));
    REQUIRE(sql.prepare(QStringLiteral(
        "INSERT INTO proposal_line (proposal_id, position, employee_id, kind, planned_tmt, "
        "standing, source, jpm, decision, history_id) VALUES (1, 1, ?, 'between_opd', "
        "'2021-11-27', 'clean', 'ranking', 82.0, 'approved', ?)")));
    sql.addBindValue(p.b);
    sql.addBindValue(p.bMoveHistoryId);
    REQUIRE(sql.exec());
    data = runReport(*p.db, QStringLiteral("hasil-mutasi"), asOf());
    CHECK(data.cell(0, 0, 1) == TransferOutcome::basisName(TransferBasis::DataDriven));
    CHECK(data.cell(1, 0, 6) == 82.0);
    const ReportData recap = runReport(*p.db, QStringLiteral("rekap-mutasi"), {});
    CHECK(recap.cell(0, 0, 13).toString().contains(QStringLiteral("USUL/1/2021")));
}

TEST_CASE("Competency data completeness per OPD, with a total", "[report]")
{
    ReportProvince p;
    const ReportData data = runReport(*p.db, QStringLiteral("kelengkapan"), asOf());
    // No one has a competency assessed; the six BKD people added by hand lack the SKP of 2025.
    REQUIRE(data.rowCount(0) == 3);
    CHECK(data.row(0, 0) ==
          QVariantList{QStringLiteral("Badan Kepegawaian Daerah"), 8, 0, 0.0, 8, 6, 0, 0});
    CHECK(data.row(0, 1) ==
          QVariantList{QStringLiteral("Dinas Pendidikan"), 10, 0, 0.0, 10, 0, 0, 0});
    CHECK(data.row(0, 2).mid(1) == QVariantList{18, 0, 0.0, 18, 6, 0, 0});
}

TEST_CASE("9-box distribution matches the talent grid", "[report]")
{
    ReportProvince p;
    const ReportData data = runReport(*p.db, QStringLiteral("9box"), asOf());
    REQUIRE(data.rowCount(0) == 12); // boxes 9..1, then the unplaced and the scope
    // The one teacher assessed (high potential, SKP Baik twice: meets) is in box 8.
    CHECK(data.row(0, 1).mid(0, 1) == QVariantList{8});
    CHECK(data.cell(0, 1, 2) == 1);
    CHECK(data.cell(0, 1, 3) == 1.0);
    int boxed = 0;
    for (int row = 0; row < 9; ++row)
        boxed += data.cell(0, row, 2).toInt();
    CHECK(boxed == 1);
    const TalentGridResult grid = TalentGrid::compute(*p.db, ReferenceDate);
    CHECK(data.cell(0, 10, 2) == grid.withoutPotential);
    CHECK(data.cell(0, 11, 2) == grid.employees);
    // Per OPD: Dinas Pendidikan holds the box-8 teacher.
    REQUIRE(data.rowCount(1) == 2);
    CHECK(data.cell(1, 1, 0) == QStringLiteral("Dinas Pendidikan"));
    CHECK(data.cell(1, 1, 2 + 7) == 1);
}

TEST_CASE("Proposal pipeline counts proposals and lines per state", "[report]")
{
    SmallProvince p;
    if (!TransferMoves::hasWorkflowTables(*p.db)) {
        WARN("No proposal tables in this schema.");
        return;
    }
    const qint64 teacher = p.firstEmployeeIn(p.sma1.id, p.guruMuda.id);
    QSqlQuery sql(p.db->connection());
    // Draft with one line; submitted on 2026-10-01 with two lines (one withdrawn: not counted);
    // executed with one approved line.
    for (const QString &row : {QStringLiteral("(1, 'USL-1', 'draft', '2026-11-01T10:00:00')"),
                               QStringLiteral("(2, 'USL-2', 'submitted', '2026-10-01T09:00:00')"),
                               QStringLiteral("(3, 'USL-3', 'executed', '2026-01-05T09:00:00')")}) {
        REQUIRE(sql.exec(QStringLiteral("INSERT INTO proposal (id, number, state, created_at, "
                                        "created_by, updated_at) VALUES ") +
                         row.chopped(1) + QStringLiteral(", 'operator', '2026-11-01')")));
    }
    for (const QString &line :
         {QStringLiteral("1, 'pending'"), QStringLiteral("2, 'pending'"),
          QStringLiteral("2, 'withdrawn'"), QStringLiteral("3, 'approved'")}) {
        REQUIRE(sql.exec(QStringLiteral("INSERT INTO proposal_line (proposal_id, decision, "
                                        "position, employee_id, kind, planned_tmt, standing, "
                                        "source) VALUES (%1, 1, %2, 'within_opd', '2027-01-01', "
                                        "'clean', 'manual')")
                             .arg(line)
                             .arg(teacher)));
    }
    const ReportData data = runReport(*p.db, QStringLiteral("usulan"), {});
    REQUIRE(data.rowCount(0) == ProposalStates::all().size());
    const int draft = int(ProposalStates::all().indexOf(ProposalState::Draft));
    const int submitted = int(ProposalStates::all().indexOf(ProposalState::Submitted));
    const int executed = int(ProposalStates::all().indexOf(ProposalState::Executed));
    CHECK(data.row(0, draft).mid(1) == QVariantList{1, 1, 0, QDate(2026, 11, 1)});
    CHECK(data.row(0, submitted).mid(1) == QVariantList{1, 1, 0, QDate(2026, 10, 1)});
    CHECK(data.row(0, executed).mid(1, 3) == QVariantList{1, 1, 1});
    CHECK(data.rowCount(1) == 3);
    CHECK(data.cell(1, 0, 1) == QStringLiteral("USL-3")); // oldest first

    ReportFilters open;
    open.state = QStringLiteral("submitted");
    CHECK(runReport(*p.db, QStringLiteral("usulan"), open).rowCount(1) == 1);
}
