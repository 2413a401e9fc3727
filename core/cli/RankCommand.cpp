#include "RankCommand.h"

#include "CommandArguments.h"
#include "analysis/CandidatePool.h"
#include "analysis/CandidateRanking.h"
#include "storage/EligibilityRuleRepository.h"
#include "storage/EmployeeFactsRepository.h"
#include "storage/OrgRepository.h"

#include <QLocale>

namespace Simutasi {

namespace {

constexpr int DefaultLimit = 10;

QString usage()
{
    return RankCommand::
        tr("Usage: simutasi-cli rank --db DB --jabatan ID --unit ID [--limit N] "
           "[--include-blocked] [--self-requested] [--date YYYY-MM-DD]\n\n"
           "Ranks every employee of the province for the jabatan ID in the unit ID: eligible "
           "candidates without warnings first, then those with warnings, each by job-person match "
           "(JPM), then by surplus in their current post, time in post and last SKP. Each "
           "candidate "
           "is printed with the result of every eligibility rule and the gaps of the match.\n"
           "  --limit N          print the first N candidates (default %1; 0 prints all)\n"
           "  --include-blocked  list blocked candidates too, after the others\n"
           "  --self-requested   judge a transfer the employee asked for (default: ordered by the "
           "agency)\n"
           "  --date D           the reference date of the rules (default: today)\n\n"
           "Exit codes: 0 done; 2 wrong usage, unknown jabatan or unit, or a database that cannot "
           "be opened.")
            .arg(DefaultLimit);
}

// Prints one candidate: the headline, where they are now, every rule and the gaps.
void printCandidate(QTextStream &out, int position, const RankedCandidate &candidate,
                    const EmployeeLabel &label, const CandidateRanking &ranking)
{
    const QLocale locale;
    out << QStringLiteral("%1. ").arg(position, 3) << label.fullName << QStringLiteral(" (")
        << label.nip << QStringLiteral(")\n");
    out << QStringLiteral("     ")
        << RankCommand::tr("JPM %1%, %2")
               .arg(locale.toString(candidate.jpm, 'f', 1),
                    CandidateRanking::standingName(candidate.standing));
    if (candidate.surplusInUnit)
        out << QStringLiteral(", ") << RankCommand::tr("from a post in surplus");
    out << '\n'
        << QStringLiteral("     ")
        << RankCommand::tr("Now: %1, %2, %3").arg(label.jabatanName, label.unitName, label.opdName)
        << '\n';
    for (const QString &reason : ranking.reasons(candidate))
        out << QStringLiteral("       - ") << reason << '\n';
    const QStringList gaps = ranking.gaps(candidate);
    out << QStringLiteral("     ")
        << (gaps.isEmpty() ? RankCommand::tr("Gaps: none")
                           : RankCommand::tr("Gaps: %1").arg(gaps.join(QStringLiteral("; "))))
        << '\n';
}

void printSummary(QTextStream &out, const CandidateRanking &ranking, const QString &unitName,
                  bool includeBlocked)
{
    const QLocale locale;
    const VacancyProfile &vacancy = ranking.vacancy();
    out << RankCommand::tr("Candidates for %1 in %2 (reference date %3)")
               .arg(vacancy.jabatan().name, unitName,
                    ranking.pool().referenceDate().toString(Qt::ISODate))
        << '\n'
        << RankCommand::tr("Judged %1 employees: %2 eligible, %3 blocked.")
               .arg(locale.toString(ranking.considered()),
                    locale.toString(ranking.considered() - ranking.blocked()),
                    locale.toString(ranking.blocked()))
        << '\n';
    if (!includeBlocked)
        out << RankCommand::tr("Blocked candidates are not listed; --include-blocked lists them.")
            << '\n';
    out << '\n';
}

} // namespace

int RankCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandArguments args(QStringLiteral("rank"), usage(), out, err);
    const QString jabatanOption = QStringLiteral("jabatan");
    const QString unitOption = QStringLiteral("unit");
    const int parsed =
        args.parse(arguments, {{jabatanOption, QString(), QStringLiteral("ID")},
                               {unitOption, QString(), QStringLiteral("ID")},
                               {QStringLiteral("limit"), QString(), QStringLiteral("N")},
                               {QStringLiteral("date"), QString(), QStringLiteral("D")},
                               QCommandLineOption(QStringLiteral("include-blocked")),
                               QCommandLineOption(QStringLiteral("self-requested"))});
    if (parsed != CommandArguments::Continue)
        return parsed;
    if (!args.isSet(jabatanOption) || !args.isSet(unitOption))
        return args.usageError(tr("--jabatan and --unit are required."));
    const auto jabatanId = args.number(jabatanOption, 0, 1);
    const auto unitId = args.number(unitOption, 0, 1);
    const auto limit = args.number(QStringLiteral("limit"), DefaultLimit, 0);
    const auto date = args.date(QStringLiteral("date"), QDate::currentDate());
    if (!jabatanId || !unitId || !limit || !date)
        return CommandArguments::ExitUsage;

    const auto database = args.openDatabase();
    if (!database)
        return CommandArguments::ExitUsage;
    const std::optional<OrgUnit> unit = OrgRepository(*database).unit(*unitId);
    if (!unit)
        return args.usageError(tr("There is no unit with id %1.").arg(*unitId));
    DatabaseError error;
    const std::optional<VacancyProfile> vacancy =
        VacancyProfile::load(*database, *jabatanId, *unitId, &error);
    if (!vacancy)
        return args.usageError(tr("There is no jabatan with id %1.").arg(*jabatanId));

    const EligibilityRuleSettings settings = EligibilityRuleRepository(*database).load();
    const CandidatePool pool =
        CandidatePool::load(*database, *date, CandidateRanking::poolOptions(settings), &error);
    if (error) {
        args.printError(error.message);
        return CommandArguments::ExitUsage;
    }
    RankingOptions options;
    options.includeBlocked = args.isSet(QStringLiteral("include-blocked"));
    options.kind = args.isSet(QStringLiteral("self-requested")) ? TransferKind::SelfRequested
                                                                : TransferKind::AgencyOrdered;
    const CandidateRanking ranking(pool, *vacancy, settings, options);

    printSummary(out, ranking, unit->name, options.includeBlocked);
    const QList<RankedCandidate> &candidates = ranking.candidates();
    const qsizetype shown =
        *limit == 0 ? candidates.size() : std::min<qsizetype>(*limit, candidates.size());
    QList<qint64> ids;
    for (qsizetype i = 0; i < shown; ++i)
        ids << candidates[i].employeeId;
    const QHash<qint64, EmployeeLabel> labels = EmployeeFactsRepository(*database).labels(ids);
    for (qsizetype i = 0; i < shown; ++i)
        printCandidate(out, int(i + 1), candidates[i], labels.value(candidates[i].employeeId),
                       ranking);
    if (shown < candidates.size())
        out << '\n'
            << tr("%1 more candidates not shown (--limit).")
                   .arg(QLocale().toString(qint64(candidates.size() - shown)))
            << '\n';
    return CommandArguments::ExitOk;
}

} // namespace Simutasi
