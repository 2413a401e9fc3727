#include "ReportCommand.h"

#include "CommandArguments.h"
#include "report/ReportCatalogue.h"
#include "report/ReportExporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

namespace Simutasi {

namespace {

constexpr int ExitFailure = 1;

QString usage()
{
    return ReportCommand::tr(
        "Usage: simutasi-cli report --db DB --list\n"
        "       simutasi-cli report --db DB NAME [--filter KEY=VALUE ...] --xlsx OUT.xlsx | "
        "--csv OUT.csv\n\n"
        "Runs the report NAME (see --list) and writes it as a spreadsheet. The file is "
        "replaced only once it is complete.\n"
        "  --list               name the reports, their parts and their filters\n"
        "  --filter KEY=VALUE   narrow the report; repeatable. Keys: from=YYYY-MM-DD, "
        "to=YYYY-MM-DD (period), opd=ID, region=ID (kabupaten/kota), state=CODE, "
        "date=YYYY-MM-DD (the \"today\" of ages, time in post and pensiun; default today)\n"
        "  --xlsx FILE          write an Excel workbook, one sheet per part\n"
        "  --csv FILE           write CSV (UTF-8 with BOM, ';' between fields, decimal comma)\n\n"
        "Exit codes: 0 written; 1 the file could not be written; 2 wrong usage, unknown report "
        "or filter, or a database that cannot be opened or read.");
}

// Takes the report name (the one positional argument) out of `arguments`.
QString takeName(QStringList *arguments)
{
    static const QStringList withValue{QStringLiteral("--db"), QStringLiteral("--filter"),
                                       QStringLiteral("--xlsx"), QStringLiteral("--csv")};
    for (qsizetype i = 0; i < arguments->size(); ++i) {
        const QString &argument = arguments->at(i);
        if (withValue.contains(argument)) {
            ++i;
            continue;
        }
        if (!argument.startsWith(u'-'))
            return arguments->takeAt(i);
    }
    return {};
}

QStringList filterKeys(const Report &report)
{
    QStringList keys;
    for (const ReportFilterKind kind : report.filters)
        keys += ReportFilterText::keys(kind);
    return keys;
}

void printList(QTextStream &out)
{
    for (const Report &report : ReportCatalogue::all()) {
        out << report.id.leftJustified(14) << report.title << '\n';
        QStringList parts;
        for (const ReportPart &part : report.parts)
            parts << part.name;
        out << QStringLiteral("              ") << report.description << '\n';
        if (parts.size() > 1)
            out << QStringLiteral("              ")
                << ReportCommand::tr("Parts: %1").arg(parts.join(QStringLiteral(", "))) << '\n';
        out << QStringLiteral("              ")
            << ReportCommand::tr("Filters: %1")
                   .arg(report.filters.isEmpty() ? ReportCommand::tr("none")
                                                 : filterKeys(report).join(QStringLiteral(", ")))
            << '\n';
    }
}

} // namespace

int ReportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList rest = arguments;
    const QString name = takeName(&rest);
    CommandArguments args(QStringLiteral("report"), usage(), out, err);
    const QCommandLineOption filter(QStringLiteral("filter"), QString(),
                                    QStringLiteral("KEY=VALUE"));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption csv(QStringLiteral("csv"), QString(), QStringLiteral("FILE"));
    const int parsed =
        args.parse(rest, {QCommandLineOption(QStringLiteral("list")), filter, xlsx, csv});
    if (parsed != CommandArguments::Continue)
        return parsed;
    if (args.isSet(QStringLiteral("list"))) {
        if (!args.openDatabase())
            return CommandArguments::ExitUsage;
        printList(out);
        return CommandArguments::ExitOk;
    }
    if (name.isEmpty())
        return args.usageError(tr("Name a report (see --list)."));
    const std::optional<Report> report = ReportCatalogue::find(name);
    if (!report)
        return args.usageError(tr("There is no report \"%1\" (see --list).").arg(name));
    const QString xlsxPath = args.value(xlsx);
    const QString csvPath = args.value(csv);
    if (xlsxPath.isEmpty() == csvPath.isEmpty())
        return args.usageError(tr("Give one output: --xlsx FILE or --csv FILE."));
    ReportFilters filters;
    QString error;
    if (!ReportFilterText::parse(args.values(filter), report->filters, &filters, &error))
        return args.usageError(error);
    const auto database = args.openDatabase();
    if (!database)
        return CommandArguments::ExitUsage;

    QElapsedTimer timer;
    timer.start();
    ReportData data;
    if (const DatabaseError failed = ReportCatalogue::run(*database, *report, filters, &data)) {
        args.printError(failed.message);
        return CommandArguments::ExitUsage;
    }
    const ReportExportInfo info{report->title,
                                ReportFilterText::describe(*database, filters, report->filters)};
    const QString path = xlsxPath.isEmpty() ? csvPath : xlsxPath;
    const ReportExporter::Result result =
        xlsxPath.isEmpty() ? ReportExporter::writeCsv(path, info, data, {}, &error)
                           : ReportExporter::writeXlsx(path, info, data, {}, &error);
    if (result != ReportExporter::Result::Written) {
        args.printError(error);
        return ExitFailure;
    }
    out << tr("%1: %n row(s) written to %2 in %3 ms.", nullptr, int(data.totalRows()))
               .arg(report->title, QDir::toNativeSeparators(path))
               .arg(timer.elapsed())
        << '\n';
    return CommandArguments::ExitOk;
}

} // namespace Simutasi
