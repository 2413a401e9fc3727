// What the Analisis Kebutuhan page and its wizard compute on a province database (e.g. one made
// by `simutasi-cli demo --employees 100000`): the analysis for the page (run twice per reload:
// the filtered scope and the province's surpluses), the table model's reset and sorts, the
// balancing of one shortage, the candidate pool the wizard loads in its worker, and a ranking
// on it. Prints the best of five runs of each.
#include "NeedsTableModel.h"
#include "analysis/BalancingSuggestions.h"
#include "analysis/CandidatePool.h"
#include "analysis/CandidateRanking.h"
#include "analysis/NeedsAnalysis.h"
#include "storage/Database.h"
#include "storage/EligibilityRuleRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace Simutasi;

namespace {

double bestOfFive(const std::function<void()> &work)
{
    double best = 1e12;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, timer.nsecsElapsed() / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: needs_page_bench DATABASE [YYYY-MM-DD]\n";
        return 2;
    }
    DatabaseError error;
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    const std::unique_ptr<Database> db =
        Database::open(QString::fromLocal8Bit(argv[1]), options, &error);
    if (!db) {
        out << error.message << '\n';
        return 2;
    }
    const QDate day = argc > 2 ? QDate::fromString(QString::fromLatin1(argv[2]), Qt::ISODate)
                               : QDate::currentDate();

    NeedsReport report;
    const double analysis = bestOfFive([&] { report = NeedsAnalysis::run(*db); });
    out << "needs analysis (province): " << analysis << " ms, " << report.rows.size() << " posts\n";

    NeedsTableModel model;
    const double reset = bestOfFive([&] { model.setReport(report); });
    out << "table model reset: " << reset << " ms\n";
    const double byShortage =
        bestOfFive([&] { model.sort(NeedsTableModel::ShortageColumn, Qt::DescendingOrder); });
    out << "sort by shortage: " << byShortage << " ms\n";
    const double byUnit =
        bestOfFive([&] { model.sort(NeedsTableModel::UnitColumn, Qt::AscendingOrder); });
    out << "sort by unit name: " << byUnit << " ms\n";
    model.sort(NeedsTableModel::ShortageColumn, Qt::DescendingOrder);

    const QList<StaffingRow> surpluses = report.surpluses();
    const StaffingRow shortage = *model.postAt(0);
    const double balancing =
        bestOfFive([&] { BalancingSuggestions::suggest({shortage}, surpluses); });
    out << "balancing of one shortage: " << balancing << " ms\n";

    const EligibilityRuleSettings rules = EligibilityRuleRepository(*db).load();
    CandidatePool pool;
    const double load = bestOfFive([&] {
        pool = CandidatePool::load(*db, day, CandidateRanking::poolOptions(rules), &error);
    });
    out << "candidate pool load: " << load << " ms, " << pool.size() << " employees\n";
    const std::optional<VacancyProfile> vacancy =
        VacancyProfile::load(*db, shortage.jabatanId, shortage.unitId);
    if (vacancy) {
        int ranked = 0;
        const double rank = bestOfFive([&] {
            const CandidateRanking ranking(pool, *vacancy, rules);
            ranked = int(ranking.candidates().size());
        });
        out << "ranking one vacancy: " << rank << " ms, " << ranked << " listed\n";
    }
    return 0;
}
