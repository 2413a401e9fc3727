// Re-scoping a needs report in memory gives what a scoped analysis of the database gives.
#include "AnalysisFixture.h"
#include "analysis/NeedsAnalysis.h"

#include <catch2/catch.hpp>

using namespace Simutasi;

namespace {

void checkSame(const NeedsReport &a, const NeedsReport &b)
{
    REQUIRE(a.rows.size() == b.rows.size());
    for (qsizetype i = 0; i < a.rows.size(); ++i) {
        CHECK(a.rows[i].unitId == b.rows[i].unitId);
        CHECK(a.rows[i].jabatanId == b.rows[i].jabatanId);
    }
    CHECK(a.province.formasi == b.province.formasi);
    CHECK(a.province.shortage == b.province.shortage);
    CHECK(a.province.surplus == b.province.surplus);
    CHECK(a.province.remoteShortage == b.province.remoteShortage);
    REQUIRE(a.byOpd.size() == b.byOpd.size());
    REQUIRE(a.byRegion.size() == b.byRegion.size());
    for (qsizetype i = 0; i < a.byRegion.size(); ++i) {
        CHECK(a.byRegion[i].name == b.byRegion[i].name);
        CHECK(a.byRegion[i].shortage == b.byRegion[i].shortage);
    }
}

} // namespace

TEST_CASE("A needs report re-scoped in memory equals the scoped analysis", "[analysis][needs]")
{
    Test::SmallProvince p;
    const NeedsReport province = NeedsAnalysis::run(*p.db);
    REQUIRE(province.rows.size() == 7);

    NeedsScope remote;
    remote.remoteOnly = true;
    const NeedsReport remoteOnly = NeedsAnalysis::subset(province.rows, remote);
    // SMA 5 Rimba Raya: Guru Ahli Muda short 3, Guru Ahli Pertama short 2.
    CHECK(remoteOnly.rows.size() == 2);
    CHECK(remoteOnly.province.shortage == 5);
    checkSame(remoteOnly, NeedsAnalysis::run(*p.db, remote));

    NeedsScope kota;
    kota.regionIds = {p.kotaWanggar};
    kota.jabatanTypes = {JabatanType::AhliMuda};
    const NeedsReport inKota = NeedsAnalysis::subset(province.rows, kota);
    CHECK(inKota.province.surplus == 2); // SMA 1 Guru Ahli Muda 2 / 4
    checkSame(inKota, NeedsAnalysis::run(*p.db, kota));

    checkSame(NeedsAnalysis::subset(province.rows, {}), province);
}
