// `simutasi-cli rank` and `simutasi-cli needs` on a generated province.
#include "AnalysisFixture.h"
#include "analysis/NeedsAnalysis.h"

#include <catch2/catch.hpp>

using namespace Simutasi;

namespace {

// A demo province written by the CLI itself, with its first shortage as the vacancy.
struct CliProvince
{
    Test::TempDir dir;
    QString path;
    StaffingRow vacancy;

    CliProvince()
        : path(dir.path(QStringLiteral("cli.db")))
    {
        QString err;
        REQUIRE(Test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), path,
                              QStringLiteral("--employees"), QStringLiteral("600"),
                              QStringLiteral("--date"), QStringLiteral("2026-11-27")},
                             nullptr, &err) == 0);
        DatabaseError error;
        auto db = Database::open(path, &error);
        REQUIRE(db);
        const QList<StaffingRow> shortages = NeedsAnalysis::run(*db).shortages();
        REQUIRE_FALSE(shortages.isEmpty());
        vacancy = shortages.first();
    }

    int rank(const QStringList &extra, QString *out, QString *err = nullptr) const
    {
        return Test::runCli(QStringList{QStringLiteral("rank"), QStringLiteral("--db"), path,
                                        QStringLiteral("--jabatan"),
                                        QString::number(vacancy.jabatanId),
                                        QStringLiteral("--unit"), QString::number(vacancy.unitId),
                                        QStringLiteral("--date"), QStringLiteral("2026-11-27")} +
                                extra,
                            out, err);
    }
};

CliProvince &province()
{
    static CliProvince p;
    return p;
}

} // namespace

TEST_CASE("rank prints the candidates with every rule and the gaps", "[analysis][cli]")
{
    CliProvince &p = province();
    QString out;
    REQUIRE(p.rank({QStringLiteral("--limit"), QStringLiteral("2")}, &out) == 0);
    CHECK(out.startsWith(QStringLiteral("Candidates for %1 in %2 (reference date 2026-11-27)")
                             .arg(p.vacancy.jabatanName, p.vacancy.unitName)));
    CHECK(out.contains(QStringLiteral("  1. ")));
    CHECK(out.contains(QStringLiteral("  2. ")));
    CHECK_FALSE(out.contains(QStringLiteral("  3. ")));
    CHECK(out.contains(QStringLiteral("Time in jabatan (")));
    CHECK(out.contains(QStringLiteral("Years since CPNS appointment (pass)")));
    CHECK(out.contains(QStringLiteral("JPM ")));
    CHECK(out.contains(QStringLiteral("Gaps: ")));
    CHECK(out.contains(
        QStringLiteral("Blocked candidates are not listed; --include-blocked lists them.")));
    CHECK_FALSE(out.contains(QStringLiteral(", blocked\n")));
}

TEST_CASE("rank --include-blocked ends with blocked candidates", "[analysis][cli]")
{
    CliProvince &p = province();
    QString out;
    REQUIRE(p.rank({QStringLiteral("--limit"), QStringLiteral("0"),
                    QStringLiteral("--include-blocked")},
                   &out) == 0);
    CHECK(out.contains(QStringLiteral("(blocking): ")));
    const qsizetype lastBlocked = out.lastIndexOf(QStringLiteral(", blocked"));
    const qsizetype lastEligible = out.lastIndexOf(QStringLiteral(", eligible"));
    CHECK(lastBlocked > lastEligible);
    CHECK_FALSE(out.contains(QStringLiteral("more candidates not shown")));
}

TEST_CASE("rank refuses wrong usage with exit code 2", "[analysis][cli]")
{
    CliProvince &p = province();
    QString out;
    QString err;
    CHECK(Test::runCli({QStringLiteral("rank"), QStringLiteral("--db"), p.path}, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("--jabatan and --unit are required")));
    CHECK(Test::runCli({QStringLiteral("rank"), QStringLiteral("--db"), p.path,
                        QStringLiteral("--jabatan"), QStringLiteral("999999"),
                        QStringLiteral("--unit"), QString::number(p.vacancy.unitId)},
                       &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("There is no jabatan with id 999999.")));
    CHECK(p.rank({QStringLiteral("--limit"), QStringLiteral("-1")}, &out, &err) == 2);
    CHECK(Test::runCli({QStringLiteral("rank"), QStringLiteral("--help")}, &out) == 0);
    CHECK(out.startsWith(QStringLiteral("Usage: simutasi-cli rank")));
}

TEST_CASE("needs prints totals, the roll-up, shortages and surpluses", "[analysis][cli]")
{
    CliProvince &p = province();
    QString out;
    REQUIRE(Test::runCli({QStringLiteral("needs"), QStringLiteral("--db"), p.path,
                          QStringLiteral("--limit"), QStringLiteral("3")},
                         &out) == 0);
    CHECK(out.startsWith(QStringLiteral("Formasi and bezetting: Provinsi Wanggar\nFormasi ")));
    CHECK(out.contains(QStringLiteral("By OPD:")));
    CHECK(out.contains(QStringLiteral("Shortages (remote units first):")));
    CHECK(
        out.contains(QStringLiteral("%1 in %2 (").arg(p.vacancy.jabatanName, p.vacancy.unitName)));
    CHECK(out.contains(QStringLiteral("[remote]")));
    CHECK(out.contains(QStringLiteral(", short by ")));
    CHECK(out.contains(QStringLiteral(" over\n")));
    CHECK(out.contains(QStringLiteral("Surpluses:")));
    CHECK(out.contains(QStringLiteral("more (--limit).")));

    REQUIRE(Test::runCli({QStringLiteral("needs"), QStringLiteral("--db"), p.path,
                          QStringLiteral("--opd"), QString::number(p.vacancy.opdId)},
                         &out) == 0);
    CHECK(out.startsWith(QStringLiteral("Formasi and bezetting: %1").arg(p.vacancy.opdName)));
    CHECK(out.contains(QStringLiteral("By kabupaten/kota:")));

    QString err;
    CHECK(Test::runCli({QStringLiteral("needs"), QStringLiteral("--db"), p.path,
                        QStringLiteral("--opd"), QString::number(p.vacancy.unitId)},
                       &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("There is no OPD with id")));
}
