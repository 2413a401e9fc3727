#include "AuditCommand.h"

#include "CommandArguments.h"
#include "storage/AuditLog.h"

#include <QLocale>

namespace Simutasi {

namespace {

constexpr int ExitBroken = 1;
constexpr int DefaultLimit = 100;

QString usage()
{
    return AuditCommand::tr(
               "Usage: simutasi-cli audit verify --db DB\n"
               "       simutasi-cli audit list --db DB [--user U] [--entity E] [--from D] "
               "[--to D] [--limit N]\n\n"
               "verify: checks that no audit entry was changed, deleted or reordered outside "
               "Simutasi (each entry holds a SHA-256 over its content and the previous entry's "
               "hash) and names the first broken entry.\n"
               "list: the entries, newest first; --from and --to are dates YYYY-MM-DD "
               "(inclusive), --limit N lists at most N (default %1).\n\n"
               "Exit codes: 0 done (verify: the trail is intact); 1 the trail is broken; 2 wrong "
               "usage or a database that cannot be opened.")
        .arg(DefaultLimit);
}

} // namespace

int AuditCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandArguments args(QStringLiteral("audit"), usage(), out, err);
    args.allowPositionals(1);
    const int parsed =
        args.parse(arguments, {{QStringLiteral("user"), QString(), QStringLiteral("U")},
                               {QStringLiteral("entity"), QString(), QStringLiteral("E")},
                               {QStringLiteral("from"), QString(), QStringLiteral("D")},
                               {QStringLiteral("to"), QString(), QStringLiteral("D")},
                               {QStringLiteral("limit"), QString(), QStringLiteral("N")}});
    if (parsed != CommandArguments::Continue)
        return parsed;
    const QString action = args.positionals().value(0);
    if (action != u"verify" && action != u"list")
        return args.usageError(tr("Name the action: audit verify or audit list."));
    const auto from = args.date(QStringLiteral("from"), QDate());
    const auto to = args.date(QStringLiteral("to"), QDate());
    const auto limit = args.number(QStringLiteral("limit"), DefaultLimit, 1);
    if (!from || !to || !limit)
        return CommandArguments::ExitUsage;
    const auto database = args.openDatabase();
    if (!database)
        return CommandArguments::ExitUsage;
    AuditLog log(*database);
    const QLocale locale;
    if (action == u"verify") {
        const AuditLog::Verification check = log.verify();
        if (check.intact) {
            out << tr("The audit trail is intact: %1 entries checked.")
                       .arg(locale.toString(check.checked))
                << '\n';
            return CommandArguments::ExitOk;
        }
        out << tr("The audit trail is BROKEN at entry %1: %2. Entries before it are intact.")
                   .arg(check.firstBrokenId)
                   .arg(check.reason)
            << '\n';
        return ExitBroken;
    }
    AuditFilter filter;
    filter.user = args.value(QStringLiteral("user"));
    filter.entity = args.value(QStringLiteral("entity"));
    if (from->isValid())
        filter.from = from->startOfDay(Qt::UTC);
    if (to->isValid())
        filter.to = to->addDays(1).startOfDay(Qt::UTC).addMSecs(-1);
    filter.limit = int(*limit);
    const QList<AuditEntry> entries = log.entries(filter);
    for (const AuditEntry &e : entries) {
        out << e.id << ' ' << e.at.toUTC().toString(Qt::ISODate) << ' ' << e.user << ' ' << e.action
            << ' ' << e.entity;
        if (e.entityId > 0)
            out << '#' << e.entityId;
        if (!e.field.isEmpty())
            out << ' ' << e.field << ": \"" << e.oldValue << "\" -> \"" << e.newValue << '"';
        out << '\n';
    }
    out << tr("%1 entries.").arg(locale.toString(entries.size())) << '\n';
    return CommandArguments::ExitOk;
}

} // namespace Simutasi
