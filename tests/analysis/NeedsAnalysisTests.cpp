// Formasi against bezetting: gap arithmetic, roll-ups, scope, and balancing suggestions.
#include "AnalysisFixture.h"
#include "analysis/BalancingSuggestions.h"
#include "analysis/NeedsAnalysis.h"

#include <catch2/catch.hpp>

using namespace Simutasi;

namespace {

const StaffingRow &rowFor(const NeedsReport &report, qint64 unitId, qint64 jabatanId)
{
    for (const StaffingRow &row : report.rows) {
        if (row.unitId == unitId && row.jabatanId == jabatanId)
            return row;
    }
    FAIL("no row for the post");
    return report.rows.first();
}

void checkTotals(const StaffingTotals &t, int formasi, int bezetting, int filled, int shortage,
                 int surplus)
{
    INFO(t.name.toStdString());
    CHECK(t.formasi == formasi);
    CHECK(t.bezetting == bezetting);
    CHECK(t.filled == filled);
    CHECK(t.shortage == shortage);
    CHECK(t.surplus == surplus);
}

} // namespace

TEST_CASE("Gap arithmetic per post", "[analysis][needs]")
{
    StaffingRow row;
    row.formasi = 4;
    row.bezetting = 1;
    CHECK(row.shortage() == 3);
    CHECK(row.surplus() == 0);
    CHECK(row.fillRate() == Approx(0.25));
    row.bezetting = 6;
    CHECK(row.shortage() == 0);
    CHECK(row.surplus() == 2);
    CHECK(row.fillRate() == Approx(1.0));
    row.formasi = 0;
    CHECK(row.surplus() == 6);
    CHECK(row.fillRate() == Approx(1.0));
}

TEST_CASE("Needs analysis of the whole province with roll-ups", "[analysis][needs]")
{
    Test::SmallProvince p;
    DatabaseError error;
    const NeedsReport report = NeedsAnalysis::run(*p.db, {}, &error);
    REQUIRE_FALSE(error);
    REQUIRE(report.rows.size() == 7);

    const StaffingRow &remote = rowFor(report, p.sma5.id, p.guruMuda.id);
    CHECK(remote.formasi == 4);
    CHECK(remote.bezetting == 1);
    CHECK(remote.shortage() == 3);
    CHECK(remote.remote);
    CHECK(remote.regionName == QStringLiteral("Kabupaten Rimba Raya"));
    CHECK(remote.opdName == QStringLiteral("Dinas Pendidikan"));
    CHECK(remote.unitName == QStringLiteral("SMA Negeri 5 Rimba Raya"));
    const StaffingRow &noFormasi = rowFor(report, p.bkd.id, p.guruMuda.id);
    CHECK(noFormasi.formasi == 0);
    CHECK(noFormasi.surplus() == 1);

    checkTotals(report.province, 14, 12, 8, 6, 4);
    CHECK(report.province.remoteShortage == 5);
    CHECK(report.province.fillRate() == Approx(8.0 / 14));

    REQUIRE(report.byOpd.size() == 2);
    CHECK(report.byOpd[0].name == QStringLiteral("Badan Kepegawaian Daerah"));
    checkTotals(report.byOpd[0], 2, 2, 1, 1, 1);
    checkTotals(report.byOpd[1], 12, 10, 7, 5, 3);

    REQUIRE(report.byRegion.size() == 3);
    CHECK(report.byRegion[0].name == QStringLiteral("Kabupaten Rimba Raya"));
    checkTotals(report.byRegion[0], 6, 1, 1, 5, 0);
    checkTotals(report.byRegion[1], 6, 9, 6, 0, 3);
    CHECK(report.byRegion[2].id == 0); // BKD has no kabupaten/kota: last
    CHECK(report.byRegion[2].name == NeedsAnalysis::noRegionName());
}

TEST_CASE("Shortages put remote units first, then the largest gap", "[analysis][needs]")
{
    Test::SmallProvince p;
    const NeedsReport report = NeedsAnalysis::run(*p.db);
    const QList<StaffingRow> shortages = report.shortages();
    REQUIRE(shortages.size() == 3);
    CHECK(shortages[0].shortage() == 3);
    CHECK(shortages[0].remote);
    CHECK(shortages[1].shortage() == 2);
    CHECK(shortages[2].unitId == p.bkd.id);
    const QList<StaffingRow> surpluses = report.surpluses();
    REQUIRE(surpluses.size() == 3);
    CHECK(surpluses[0].surplus() == 2);
}

TEST_CASE("Needs analysis scopes by OPD, region, jabatan type and remoteness", "[analysis][needs]")
{
    Test::SmallProvince p;
    NeedsScope scope;
    scope.opdIds = {p.bkd.id};
    CHECK(NeedsAnalysis::run(*p.db, scope).rows.size() == 2);
    scope = {};
    scope.regionIds = {p.rimbaRaya};
    CHECK(NeedsAnalysis::run(*p.db, scope).province.shortage == 5);
    scope = {};
    scope.jabatanTypes = {JabatanType::AhliPertama};
    CHECK(NeedsAnalysis::run(*p.db, scope).rows.size() == 2);
    scope = {};
    scope.remoteOnly = true;
    const NeedsReport remote = NeedsAnalysis::run(*p.db, scope);
    CHECK(remote.rows.size() == 2);
    CHECK(remote.province.shortage == remote.province.remoteShortage);
}

TEST_CASE("Balancing suggests teachers from developed areas for a remote school",
          "[analysis][needs][balancing]")
{
    Test::SmallProvince p;
    const QList<BalancingSuggestion> suggestions =
        BalancingSuggestions::suggest(NeedsAnalysis::run(*p.db));
    REQUIRE(suggestions.size() == 3);
    const BalancingSuggestion &remote = suggestions[0];
    CHECK(remote.shortage.unitId == p.sma5.id);
    CHECK(remote.shortage.jabatanId == p.guruMuda.id);
    REQUIRE(remote.sources.size() == 3);
    // Same jabatan before the compatible Guru Ahli Pertama; larger surplus first.
    CHECK(remote.sources[0].post.unitId == p.sma1.id);
    CHECK(remote.sources[0].movable == 2);
    CHECK(remote.sources[0].sameJabatan);
    CHECK(remote.sources[1].post.unitId == p.bkd.id);
    CHECK(remote.sources[2].post.jabatanId == p.guruPertama.id);
    CHECK_FALSE(remote.sources[2].sameJabatan);
    CHECK(suggestions[2].sources.isEmpty()); // nobody can spare an Analis SDM
}

TEST_CASE("Balancing prefers the same kabupaten/kota", "[analysis][balancing]")
{
    const auto post = [](qint64 unit, qint64 region, int formasi, int bezetting) {
        StaffingRow row;
        row.unitId = unit;
        row.regionId = region;
        row.jabatanId = 1;
        row.jabatanName = QStringLiteral("Perawat Terampil");
        row.jabatanType = JabatanType::Terampil;
        row.formasi = formasi;
        row.bezetting = bezetting;
        return row;
    };
    const QList<BalancingSuggestion> result = BalancingSuggestions::suggest(
        {post(1, 7, 3, 0)}, {post(2, 8, 1, 4), post(3, 7, 1, 2), post(4, 7, 0, 0)});
    REQUIRE(result.size() == 1);
    REQUIRE(result[0].sources.size() == 2);
    CHECK(result[0].sources[0].post.unitId == 3);
    CHECK(result[0].sources[0].sameRegion);
    CHECK(result[0].sources[1].movable == 3);
}

TEST_CASE("Jabatan families group the levels of a fungsional jabatan", "[analysis][balancing]")
{
    using BS = BalancingSuggestions;
    CHECK(BS::family(QStringLiteral("Guru Ahli Muda"), JabatanType::AhliMuda) ==
          QStringLiteral("Guru"));
    CHECK(BS::family(QStringLiteral("Perawat Terampil"), JabatanType::Terampil) ==
          QStringLiteral("Perawat"));
    CHECK(BS::family(QStringLiteral("Kepala Seksi"), JabatanType::Pengawas) ==
          QStringLiteral("Kepala Seksi"));
    StaffingRow a;
    a.jabatanId = 1;
    a.jabatanName = QStringLiteral("Perawat Terampil");
    a.jabatanType = JabatanType::Terampil;
    StaffingRow b = a;
    b.jabatanId = 2;
    b.jabatanName = QStringLiteral("Perawat Mahir");
    b.jabatanType = JabatanType::Mahir;
    CHECK(BS::compatible(a, b));
    b.jabatanName = QStringLiteral("Perawat Ahli Pertama"); // keahlian, not keterampilan
    b.jabatanType = JabatanType::AhliPertama;
    CHECK_FALSE(BS::compatible(a, b));
}
