// Times the analyses of issue 4 on a generated province (default 100,000 employees): loading the
// candidate pool, ranking every employee for one vacancy (median of several runs), the whole
// province's needs analysis, the talent grid and the data-quality board; then what the Kompetensi
// page does on the GUI thread (one employee's JPM, a page of names, the data-quality
// drill-downs of the largest OPD). Prints the figures; not run by ctest.
// Usage: analysis_bench [--employees N] [--db PATH] [--runs N]
#include "analysis/CandidatePool.h"
#include "analysis/CandidateRanking.h"
#include "analysis/DataQuality.h"
#include "analysis/EmployeeMatch.h"
#include "analysis/NeedsAnalysis.h"
#include "analysis/TalentGrid.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/EligibilityRuleRepository.h"
#include "storage/EmployeeFactsRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace Simutasi;

namespace {

const QDate ReferenceDate(2026, 11, 27);

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Runs `work` `runs` times and returns the median in milliseconds.
double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void report(const QString &what, double ms)
{
    out() << QStringLiteral("%1 %2 ms").arg(what, -48).arg(ms, 9, 'f', 1) << Qt::endl;
}

std::unique_ptr<Database> openOrGenerate(const QString &path, int employees)
{
    const bool exists = QFile::exists(path);
    DatabaseError error;
    std::unique_ptr<Database> db = Database::open(path, &error);
    if (!db) {
        out() << error.message << Qt::endl;
        return db;
    }
    if (!exists) {
        QElapsedTimer timer;
        timer.start();
        DemoGenerator generator(*db, {employees, 20261127, ReferenceDate});
        if (DatabaseError failed = generator.generate()) {
            out() << failed.message << Qt::endl;
            return {};
        }
        report(QStringLiteral("demo generation (%1 employees)").arg(employees),
               double(timer.elapsed()));
    }
    return db;
}

// The Kompetensi page's own reads, which run on the GUI thread and so must stay short.
void benchCompetencyPage(Database &db, int runs, const CandidatePool &pool,
                         const TalentGridResult &grid)
{
    const CandidateFacts &someone = pool.at(pool.size() / 2);
    report(QStringLiteral("JPM of one employee vs own jabatan"), medianMs(runs, [&] {
               EmployeeMatch::compute(db, someone.id, someone.jabatanId, ReferenceDate);
           }));
    int fullest = 1;
    for (int box = 2; box <= TalentGridResult::BoxCount; ++box) {
        if (grid.box(box).size() > grid.box(fullest).size())
            fullest = box;
    }
    report(
        QStringLiteral("names of one list page (200 of box %1)").arg(fullest),
        medianMs(runs, [&] { EmployeeFactsRepository(db).labels(grid.box(fullest).mid(0, 200)); }));
    const QList<DataQualityRow> board = DataQuality::board(db, ReferenceDate);
    const auto largest = std::max_element(board.begin(), board.end(),
                                          [](const DataQualityRow &a, const DataQualityRow &b) {
                                              return a.counts.employees < b.counts.employees;
                                          });
    if (largest == board.end())
        return;
    out() << QStringLiteral("  drill-downs in %1 (%2 employees):")
                 .arg(largest->opdName)
                 .arg(largest->counts.employees)
          << Qt::endl;
    for (int i = 0; i < DataQualityProblemCount; ++i) {
        const auto problem = static_cast<DataQualityProblem>(i);
        report(QStringLiteral("  %1").arg(DataQuality::problemTitle(problem)),
               medianMs(std::min(runs, 3), [&] {
                   DataQuality::employees(db, largest->opdId, problem, ReferenceDate);
               }));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("employees"), QStringLiteral("Province size."),
                      QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Existing or new database."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per measurement."),
                      QStringLiteral("n"), QStringLiteral("7")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("db"))
                             ? parser.value(QStringLiteral("db"))
                             : dir.filePath(QStringLiteral("bench.db"));
    std::unique_ptr<Database> db =
        openOrGenerate(path, parser.value(QStringLiteral("employees")).toInt());
    if (!db)
        return 1;

    NeedsReport needs;
    report(QStringLiteral("needs analysis, whole province"),
           medianMs(runs, [&] { needs = NeedsAnalysis::run(*db); }));
    out() << QStringLiteral("  %1 posts, formasi %2, bezetting %3, shortage %4, surplus %5")
                 .arg(needs.rows.size())
                 .arg(needs.province.formasi)
                 .arg(needs.province.bezetting)
                 .arg(needs.province.shortage)
                 .arg(needs.province.surplus)
          << Qt::endl;
    const QList<StaffingRow> shortages = needs.shortages();
    if (shortages.isEmpty())
        return 0;

    const EligibilityRuleSettings settings = EligibilityRuleRepository(*db).load();
    const CandidatePool::LoadOptions options = CandidateRanking::poolOptions(settings);
    CandidatePool pool;
    report(QStringLiteral("candidate pool load (bulk SQL)"),
           medianMs(runs, [&] { pool = CandidatePool::load(*db, ReferenceDate, options); }));

    const StaffingRow &vacancy = shortages.first();
    const std::optional<VacancyProfile> profile =
        VacancyProfile::load(*db, vacancy.jabatanId, vacancy.unitId);
    int listed = 0;
    int blocked = 0;
    report(QStringLiteral("ranking, one vacancy, pool in memory"), medianMs(runs, [&] {
               const CandidateRanking ranking(pool, *profile, settings);
               listed = int(ranking.candidates().size());
               blocked = ranking.blocked();
           }));
    out() << QStringLiteral("  %1 in %2: %3 employees judged, %4 listed, %5 blocked")
                 .arg(vacancy.jabatanName, vacancy.unitName)
                 .arg(pool.size())
                 .arg(listed)
                 .arg(blocked)
          << Qt::endl;
    report(QStringLiteral("ranking, one vacancy, cold (load + rank)"), medianMs(runs, [&] {
               const CandidatePool fresh = CandidatePool::load(*db, ReferenceDate, options);
               const CandidateRanking ranking(fresh, *profile, settings);
           }));

    CandidatePool::LoadOptions gridOptions;
    gridOptions.competencies = false;
    TalentGridResult grid;
    report(QStringLiteral("talent grid, whole province (load + place)"), medianMs(runs, [&] {
               const CandidatePool gridPool = CandidatePool::load(*db, ReferenceDate, gridOptions);
               grid = TalentGrid::compute(gridPool);
           }));
    out() << QStringLiteral("  placed %1 of %2; succession pool %3")
                 .arg(grid.placed())
                 .arg(grid.employees)
                 .arg(grid.successionPool().size())
          << Qt::endl;
    report(QStringLiteral("data-quality board, whole province"),
           medianMs(std::min(runs, 3), [&] { DataQuality::board(*db, ReferenceDate); }));
    benchCompetencyPage(*db, runs, pool, grid);
    return 0;
}
