// Times issue 5's additions: the demo province with and without its workflow part (users,
// three years of executed transfers, open proposals), Argon2id hashing and verifying of one
// password at libsodium's interactive cost, and one proposal line checked against a province.
// Prints the figures; not run by ctest. Usage: workflow_bench [--employees N]
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "workflow/PasswordHasher.h"
#include "workflow/ProposalRepository.h"
#include "workflow/ProposalWorkflow.h"
#include "workflow/UserAccounts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <ctime>

using namespace Simutasi;

namespace {

const QDate ReferenceDate(2026, 11, 27);

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Wall-clock and CPU time: on a shared machine the CPU time is the steadier figure.
struct Times
{
    qint64 wallMs = -1;
    qint64 cpuMs = -1;
};

QString text(const Times &t)
{
    return QStringLiteral("%1 ms wall, %2 ms CPU").arg(t.wallMs).arg(t.cpuMs);
}

Times generate(const QString &path, int employees, bool workflow, DemoGenerator::Summary *summary)
{
    DatabaseError error;
    auto db = Database::open(path, &error);
    if (!db)
        return {};
    DemoGenerator::Options options;
    options.employees = employees;
    options.referenceDate = ReferenceDate;
    options.workflow = workflow;
    DemoGenerator generator(*db, options);
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    if (generator.generate())
        return {};
    *summary = generator.summary();
    return {timer.elapsed(), qint64(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("employees"), QStringLiteral("Province size."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.process(app);
    const int employees = parser.value(QStringLiteral("employees")).toInt();
    QTemporaryDir dir;

    QElapsedTimer timer;
    timer.start();
    const QString hash = PasswordHasher::hash(QStringLiteral("operator123"));
    const qint64 hashMs = timer.restart();
    PasswordHasher::verify(hash, QStringLiteral("operator123"));
    out() << "Argon2id interactive: hash " << hashMs << " ms, verify " << timer.elapsed()
          << " ms\n";

    DemoGenerator::Summary plain;
    DemoGenerator::Summary full;
    const Times without =
        generate(dir.filePath(QStringLiteral("plain.db")), employees, false, &plain);
    out() << "Demo " << employees << " employees without workflow: " << text(without) << '\n';
    out().flush();
    const QString path = dir.filePath(QStringLiteral("full.db"));
    const Times with = generate(path, employees, true, &full);
    out() << "Demo " << employees << " employees with workflow: " << text(with) << " ("
          << full.proposals << " proposals, " << full.executedTransfers << " executed transfers, "
          << full.users << " users)\n";

    DatabaseError error;
    auto db = Database::open(path, &error);
    const auto login =
        UserAccounts(*db).login(QStringLiteral("operator"), QStringLiteral("operator123"));
    ProposalWorkflow workflow(*db, login.user);
    // Somebody moved three years ago, proposed back to the old post: every rule is evaluated.
    ProposalFilter filter;
    filter.state = ProposalState::Closed;
    const ProposalSummary closed = ProposalRepository(*db).list(filter).constLast();
    const ProposalLine line = ProposalRepository(*db).lines(closed.proposal.id).constFirst();
    LineRequest request;
    request.employeeId = line.employeeId;
    request.toUnitId = line.fromUnitId;
    request.toJabatanId = line.fromJabatanId;
    request.plannedTmt = ReferenceDate.addMonths(2);
    timer.restart();
    const LineCheck check = workflow.checkLine(0, request);
    out() << "One line checked (eligibility, JPM, conflicts) in a " << employees
          << "-employee province: " << timer.elapsed() << " ms (standing "
          << int(check.assessment.standing) << ")\n";
    return 0;
}
