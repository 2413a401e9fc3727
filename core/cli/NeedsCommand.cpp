#include "NeedsCommand.h"

#include "CommandArguments.h"
#include "analysis/NeedsAnalysis.h"
#include "storage/OrgRepository.h"

#include <QLocale>

namespace Simutasi {

namespace {

constexpr int DefaultLimit = 20;
constexpr int NameWidth = 44;
constexpr int NumberWidth = 10;

QString usage()
{
    return NeedsCommand::tr(
               "Usage: simutasi-cli needs --db DB [--opd ID] [--limit N]\n\n"
               "Formasi against bezetting for the whole province, or for the OPD with the id ID: "
               "the totals, the roll-up per OPD (per kabupaten/kota for one OPD), then the "
               "largest shortages, remote units first, and the largest surpluses.\n"
               "  --limit N  list at most N shortages and N surpluses (default %1; 0 lists all)\n\n"
               "Exit codes: 0 done; 2 wrong usage, unknown OPD, or a database that cannot be "
               "opened.")
        .arg(DefaultLimit);
}

QString number(int value)
{
    return QLocale().toString(value).rightJustified(NumberWidth);
}

QString percent(double share)
{
    return QLocale().toString(100.0 * share, 'f', 1) + u'%';
}

QString fit(const QString &text)
{
    return text.size() > NameWidth ? text.left(NameWidth - 1) + QChar(0x2026)
                                   : text.leftJustified(NameWidth);
}

void printTotals(QTextStream &out, const StaffingTotals &t)
{
    const QLocale locale;
    out << NeedsCommand::tr("Formasi %1, bezetting %2, filled %3 (%4); shortage %5 (in remote "
                            "units %6), surplus %7.")
               .arg(locale.toString(t.formasi), locale.toString(t.bezetting),
                    locale.toString(t.filled), percent(t.fillRate()), locale.toString(t.shortage),
                    locale.toString(t.remoteShortage), locale.toString(t.surplus))
        << "\n\n";
}

void printRollUp(QTextStream &out, const QString &title, const QList<StaffingTotals> &groups)
{
    out << title << '\n'
        << QStringLiteral("  ") << fit(QString())
        << NeedsCommand::tr("formasi").rightJustified(NumberWidth)
        << NeedsCommand::tr("bezetting").rightJustified(NumberWidth)
        << NeedsCommand::tr("shortage").rightJustified(NumberWidth)
        << NeedsCommand::tr("surplus").rightJustified(NumberWidth)
        << NeedsCommand::tr("filled").rightJustified(NumberWidth) << '\n';
    for (const StaffingTotals &g : groups) {
        out << QStringLiteral("  ") << fit(g.name) << number(g.formasi) << number(g.bezetting)
            << number(g.shortage) << number(g.surplus)
            << percent(g.fillRate()).rightJustified(NumberWidth) << '\n';
    }
    out << '\n';
}

void printPosts(QTextStream &out, const QString &title, const QList<StaffingRow> &rows, int limit,
                bool shortage)
{
    out << title << '\n';
    if (rows.isEmpty())
        out << QStringLiteral("  ") << NeedsCommand::tr("none") << '\n';
    const qsizetype shown = limit == 0 ? rows.size() : std::min<qsizetype>(limit, rows.size());
    for (qsizetype i = 0; i < shown; ++i) {
        const StaffingRow &r = rows[i];
        const QString text =
            shortage ? NeedsCommand::tr("%1 in %2 (%3): formasi %4, bezetting %5, short by %6")
                     : NeedsCommand::tr("%1 in %2 (%3): formasi %4, bezetting %5, %6 over");
        out << QStringLiteral("  ")
            << text.arg(r.jabatanName, r.unitName, r.opdName)
                   .arg(r.formasi)
                   .arg(r.bezetting)
                   .arg(shortage ? r.shortage() : r.surplus());
        if (r.remote)
            out << QStringLiteral(" ") << NeedsCommand::tr("[remote]");
        out << '\n';
    }
    if (shown < rows.size())
        out << QStringLiteral("  ")
            << NeedsCommand::tr("... and %1 more (--limit).")
                   .arg(QLocale().toString(rows.size() - shown))
            << '\n';
    out << '\n';
}

} // namespace

int NeedsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandArguments args(QStringLiteral("needs"), usage(), out, err);
    const int parsed =
        args.parse(arguments, {{QStringLiteral("opd"), QString(), QStringLiteral("ID")},
                               {QStringLiteral("limit"), QString(), QStringLiteral("N")}});
    if (parsed != CommandArguments::Continue)
        return parsed;
    const auto opdId = args.number(QStringLiteral("opd"), 0, 1);
    const auto limit = args.number(QStringLiteral("limit"), DefaultLimit, 0);
    if (!opdId || !limit)
        return CommandArguments::ExitUsage;
    const auto database = args.openDatabase();
    if (!database)
        return CommandArguments::ExitUsage;

    NeedsScope scope;
    QString scopeName = tr("Provinsi Wanggar");
    if (*opdId > 0) {
        const std::optional<OrgUnit> opd = OrgRepository(*database).unit(*opdId);
        if (!opd || opd->kind != OrgUnit::Kind::Opd)
            return args.usageError(tr("There is no OPD with id %1.").arg(*opdId));
        scope.opdIds = {*opdId};
        scopeName = opd->name;
    }
    DatabaseError error;
    const NeedsReport report = NeedsAnalysis::run(*database, scope, &error);
    if (error) {
        args.printError(error.message);
        return CommandArguments::ExitUsage;
    }
    out << tr("Formasi and bezetting: %1").arg(scopeName) << '\n';
    printTotals(out, report.province);
    if (*opdId > 0)
        printRollUp(out, tr("By kabupaten/kota:"), report.byRegion);
    else
        printRollUp(out, tr("By OPD:"), report.byOpd);
    printPosts(out, tr("Shortages (remote units first):"), report.shortages(), int(*limit), true);
    printPosts(out, tr("Surpluses:"), report.surpluses(), int(*limit), false);
    return CommandArguments::ExitOk;
}

} // namespace Simutasi
