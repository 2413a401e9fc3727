// Search-as-you-type benchmark (built, not run by ctest): on a demo province (100,000
// employees by default, or an existing database given as the second argument) it times what
// the Pegawai page runs for each keystroke: the match count and the first page of rows, for a
// growing name prefix, a NIP typed with spaces, and a unit filter. Usage:
// search_bench [employees=100000] [existing.db]
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace Simutasi;

namespace {

constexpr int PageSize = 256; // what EmployeeTableModel fetches first
constexpr int Repeats = 7;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Median over several runs of one keystroke's queries, in milliseconds.
double keystrokeMs(const EmployeeRepository &repository, const EmployeeFilter &filter, int *matches)
{
    QList<double> times;
    for (int i = 0; i < Repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        *matches = repository.count(filter);
        repository.page(filter, EmployeeSortKey::Name, Qt::AscendingOrder, 0, PageSize);
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void report(const EmployeeRepository &repository, const QString &label,
            const EmployeeFilter &filter)
{
    int matches = 0;
    const double ms = keystrokeMs(repository, filter, &matches);
    out() << label.leftJustified(34) << QString::number(ms, 'f', 1).rightJustified(8) << " ms  "
          << matches << " matches\n";
    out().flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int employees = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    QString path =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("s.db"));

    DatabaseError error;
    auto db = Database::open(path, &error);
    if (!db) {
        out() << error.message << '\n';
        return 2;
    }
    EmployeeRepository repository(*db);
    if (repository.count() == 0) {
        DemoGenerator::Options options;
        options.employees = employees;
        options.referenceDate = QDate(2026, 11, 27);
        DemoGenerator generator(*db, options);
        if (DatabaseError failed = generator.generate()) {
            out() << failed.message << '\n';
            return 2;
        }
    }
    out() << "Employees: " << repository.count() << ", median of " << Repeats
          << " runs of count + first page of " << PageSize << " rows\n";

    EmployeeFilter filter;
    report(repository, QStringLiteral("(no filter)"), filter);
    const QString name = QStringLiteral("hidayat");
    for (int length = 1; length <= name.size(); length += 2) {
        filter.text = name.left(length);
        report(repository, QStringLiteral("name \"%1\"").arg(filter.text), filter);
    }
    const QString nip =
        repository.page({}, EmployeeSortKey::Name, Qt::AscendingOrder, 5000, 1).value(0).nip;
    const QString spaced =
        nip.left(8) + u' ' + nip.mid(8, 6) + u' ' + nip.mid(14, 1) + u' ' + nip.mid(15);
    for (int length : {4, 9, 16, int(spaced.size())}) {
        filter.text = spaced.left(length);
        report(repository, QStringLiteral("NIP \"%1\"").arg(filter.text), filter);
    }
    filter = {};
    filter.rotationDue = true;
    report(repository, QStringLiteral("due for rotation"), filter);
    filter.rotationDue = false;
    filter.nearingBup = true;
    report(repository, QStringLiteral("nearing BUP"), filter);
    return 0;
}
