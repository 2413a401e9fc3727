#include "CliApplication.h"

#include "AuditCommand.h"
#include "DecreeCommand.h"
#include "ImportCommand.h"
#include "NeedsCommand.h"
#include "ProposalCommand.h"
#include "RankCommand.h"
#include "ReportCommand.h"
#include "UserCommand.h"
#include "check/ConsistencyChecker.h"
#include "demo/DemoGenerator.h"
#include "domain/Nip.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <algorithm>
#include <limits>
#include <optional>

namespace Simutasi {

namespace {

constexpr int Continue = -1; // parse(): the command goes on
constexpr int MaxDemoEmployees = 1000000;
constexpr int DefaultCheckLimit = 50;

QString program()
{
    return QStringLiteral("simutasi-cli");
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

std::optional<int> parseCount(const QString &text, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 0 && value <= max ? std::optional<int>(value) : std::nullopt;
}

} // namespace

CliApplication::CliApplication(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

std::span<const CliApplication::Command> CliApplication::commands()
{
    static const Command table[] = {
        {"init",
         QT_TRANSLATE_NOOP("CliApplication",
                           "Create an empty database, or report the schema of an existing one."),
         QT_TRANSLATE_NOOP(
             "CliApplication",
             "Creates FILE with the latest schema when it does not exist. An existing "
             "Simutasi database is not changed (an older one is upgraded after a "
             "backup copy is written next to it); its schema version is reported."),
         &CliApplication::runInit},
        {"demo",
         QT_TRANSLATE_NOOP("CliApplication",
                           "Fill an empty database with a generated demo province."),
         QT_TRANSLATE_NOOP("CliApplication",
                           "FILE is created when it does not exist; it must not hold an "
                           "organisation or employees yet. The same seed, number of employees and "
                           "date always give the same data. Exit code 1 when the database is not "
                           "empty, 2 when it cannot be opened or written."),
         &CliApplication::runDemo},
        {"check",
         QT_TRANSLATE_NOOP("CliApplication",
                           "Check the consistency of a database and list the findings."),
         QT_TRANSLATE_NOOP("CliApplication",
                           "Exit code 0 when no finding is an error (warnings alone do not fail), "
                           "1 when at least one is, 2 when the database cannot be opened."),
         &CliApplication::runCheck},
        {"import",
         QT_TRANSLATE_NOOP("CliApplication",
                           "Import employees, SKP ratings, formasi or units from a CSV or XLSX "
                           "file."),
         nullptr, // ImportCommand prints its own help
         &CliApplication::runImport},
        {"rank",
         QT_TRANSLATE_NOOP("CliApplication",
                           "Rank the employees of the province for a vacancy, with reasons."),
         nullptr, // RankCommand prints its own help
         &CliApplication::runRank},
        {"needs",
         QT_TRANSLATE_NOOP("CliApplication",
                           "Print formasi against bezetting: shortages and surpluses."),
         nullptr, // NeedsCommand prints its own help
         &CliApplication::runNeeds},
        {"proposals",
         QT_TRANSLATE_NOOP("CliApplication",
                           "List the transfer proposals with their state, lines and dates."),
         nullptr, // ProposalCommand prints its own help
         &CliApplication::runProposals},
        {"proposal",
         QT_TRANSLATE_NOOP("CliApplication",
                           "Create a transfer proposal, show one, or move it on (submit, verify, "
                           "approve, execute, ...) as a logged-in user."),
         nullptr, // ProposalCommand prints its own help
         &CliApplication::runProposal},
        {"user",
         QT_TRANSLATE_NOOP("CliApplication", "Add or list the users who log in, with roles."),
         nullptr, // UserCommand prints its own help
         &CliApplication::runUser},
        {"audit",
         QT_TRANSLATE_NOOP("CliApplication",
                           "Verify the audit trail's hash chain, or list its entries."),
         nullptr, // AuditCommand prints its own help
         &CliApplication::runAudit},
        {"report",
         QT_TRANSLATE_NOOP("CliApplication",
                           "List the reports, or write one as an .xlsx or .csv spreadsheet."),
         nullptr, // ReportCommand prints its own help
         &CliApplication::runReport},
        {"decree",
         QT_TRANSLATE_NOOP("CliApplication",
                           "Issue the decree of an approved proposal, or print an issued one as "
                           "PDF with its petikan and letters."),
         nullptr, // DecreeCommand prints its own help
         &CliApplication::runDecree},
    };
    return table;
}

const CliApplication::Command *CliApplication::findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

int CliApplication::run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first.isEmpty()) {
        printHelp(m_err);
        return ExitUsage;
    }
    if (first == u"-h" || first == u"--help") {
        printHelp(m_out);
        return ExitOk;
    }
    if (first == u"-v" || first == u"--version") {
        m_out << program() << ' ' << QStringLiteral(SIMUTASI_VERSION) << '\n';
        return ExitOk;
    }
    // "help demo" means "demo --help".
    const bool helpFor = first == u"help";
    const QString name = helpFor ? arguments.value(2) : first;
    if (helpFor && name.isEmpty()) {
        printHelp(m_out);
        return ExitOk;
    }
    const Command *command = findCommand(name);
    if (!command) {
        printError(tr("Unknown command \"%1\". Run \"%2 --help\" for the list of commands.")
                       .arg(name, program()));
        return ExitUsage;
    }
    QStringList rest = helpFor ? QStringList{QStringLiteral("--help")} : arguments.mid(2);
    rest.prepend(arguments.value(0, program()));
    return (this->*command->handler)(*command, rest);
}

void CliApplication::printHelp(QTextStream &stream) const
{
    qsizetype width = 0;
    for (const Command &command : commands())
        width = std::max<qsizetype>(width, qstrlen(command.name));
    stream << tr("Usage: %1 <command> [options]").arg(program()) << "\n\n"
           << tr("The command-line tool of Simutasi (Sistem Informasi Mutasi ASN), BKD Provinsi "
                 "Wanggar.")
           << "\n\n"
           << tr("Commands:") << '\n';
    for (const Command &command : commands()) {
        stream << "  " << QString::fromLatin1(command.name).leftJustified(width + 2)
               << tr(command.description) << '\n';
    }
    stream << '\n'
           << tr("Options:") << '\n'
           << "  -h, --help     " << tr("Show this help.") << '\n'
           << "  -v, --version  " << tr("Show the version.") << "\n\n"
           << tr("Run \"%1 <command> --help\" for the options of a command.").arg(program())
           << "\n\n"
           << tr("Exit codes: 0 success; 1 the check found errors (warnings alone do not fail) or "
                 "the request was refused; 2 wrong usage, or a database that cannot be opened.")
           << '\n';
}

int CliApplication::parse(QCommandLineParser &parser, const Command &command,
                          const QStringList &arguments, const QList<QCommandLineOption> &options,
                          QString *databasePath)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption database(QStringLiteral("db"), tr("The Simutasi database file."),
                                      tr("FILE"));
    if (databasePath)
        parser.addOption(database);
    parser.addOptions(options);
    parser.addOption(help);
    parser.setApplicationDescription(tr(command.description));
    if (!parser.parse(arguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(help)) {
        // Qt's usage line names only the program: the command belongs in it too.
        const QString text = parser.helpText();
        m_out << tr("Usage: %1 %2 [options]").arg(program(), QLatin1String(command.name)) << '\n'
              << text.mid(text.indexOf(u'\n') + 1);
        if (command.details)
            m_out << '\n' << tr(command.details) << '\n';
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(
            command,
            tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    }
    if (!databasePath)
        return Continue;
    *databasePath = parser.value(database);
    if (databasePath->isEmpty())
        return usageError(command, tr("The option --db FILE is required."));
    return Continue;
}

int CliApplication::usageError(const Command &command, const QString &message)
{
    const QString name = QLatin1String(command.name);
    printError(QStringLiteral("%1 %2: %3").arg(program(), name, message));
    printError(tr("Run \"%1 %2 --help\" for its options.").arg(program(), name));
    return ExitUsage;
}

std::unique_ptr<Database> CliApplication::openDatabase(const QString &path, Database::OpenMode mode)
{
    Database::Options options;
    options.mode = mode;
    DatabaseError error;
    auto database = Database::open(path, options, &error);
    if (!database) {
        printError(error.message);
        if (!error.detail.isEmpty())
            printError(tr("Details: %1").arg(error.detail));
    }
    return database;
}

int CliApplication::runRank(const Command &, const QStringList &arguments)
{
    return RankCommand::run(arguments.mid(1), m_out, m_err);
}

int CliApplication::runNeeds(const Command &, const QStringList &arguments)
{
    return NeedsCommand::run(arguments.mid(1), m_out, m_err);
}

int CliApplication::runReport(const Command &, const QStringList &arguments)
{
    return ReportCommand::run(arguments.mid(1), m_out, m_err);
}

int CliApplication::runDecree(const Command &, const QStringList &arguments)
{
    return DecreeCommand::run(arguments.mid(1), m_out, m_err);
}

int CliApplication::runProposals(const Command &, const QStringList &arguments)
{
    return ProposalCommand::runList(arguments.mid(1), m_out, m_err);
}

int CliApplication::runProposal(const Command &, const QStringList &arguments)
{
    return ProposalCommand::run(arguments.mid(1), m_out, m_err);
}

int CliApplication::runUser(const Command &, const QStringList &arguments)
{
    return UserCommand::run(arguments.mid(1), m_out, m_err);
}

int CliApplication::runAudit(const Command &, const QStringList &arguments)
{
    return AuditCommand::run(arguments.mid(1), m_out, m_err);
}

int CliApplication::runImport(const Command &, const QStringList &arguments)
{
    return ImportCommand::run(arguments.mid(1), m_out, m_err, m_showProgress);
}

void CliApplication::printError(const QString &message)
{
    m_err << message << '\n';
    m_err.flush();
}

int CliApplication::runInit(const Command &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    QString path;
    if (const int exitCode = parse(parser, command, arguments, {}, &path); exitCode != Continue)
        return exitCode;
    const QFileInfo before(path);
    const bool existed = before.exists() && before.size() > 0;
    const auto database = openDatabase(path, Database::OpenMode::CreateIfMissing);
    if (!database)
        return ExitUsage;
    const QString file = nativePath(database->path());
    const int version = database->schemaVersion();
    if (!existed)
        m_out << tr("Created the database %1 (schema version %2).").arg(file).arg(version);
    else if (!database->backupPath().isEmpty())
        m_out << tr("Upgraded the database %1 to schema version %2; the previous file was copied "
                    "to %3.")
                     .arg(file)
                     .arg(version)
                     .arg(nativePath(database->backupPath()));
    else
        m_out << tr("%1 is already a Simutasi database (schema version %2); nothing was changed.")
                     .arg(file)
                     .arg(version);
    m_out << '\n';
    return ExitOk;
}

int CliApplication::runDemo(const Command &command, const QStringList &arguments)
{
    const DemoGenerator::Options defaults;
    const QList<QCommandLineOption> demoOptions{
        {QStringLiteral("employees"),
         tr("Number of employees to generate, 0 to %1 (default %2).")
             .arg(MaxDemoEmployees)
             .arg(defaults.employees),
         tr("N")},
        {QStringLiteral("seed"),
         tr("Seed of the generator (default %1): the same seed gives the same data.")
             .arg(defaults.seed),
         tr("S")},
        {QStringLiteral("date"), tr("The \"today\" of the generated data (default: today)."),
         tr("YYYY-MM-DD")},
    };
    QCommandLineParser parser;
    QString path;
    if (const int exitCode = parse(parser, command, arguments, demoOptions, &path);
        exitCode != Continue)
        return exitCode;
    DemoGenerator::Options options;
    if (const int exitCode = readDemoOptions(parser, command, &options); exitCode != Continue)
        return exitCode;

    const auto database = openDatabase(path, Database::OpenMode::CreateIfMissing);
    if (!database)
        return ExitUsage;
    if (const DatabaseError refusal = DemoGenerator::checkTarget(*database)) {
        printError(refusal.message);
        return ExitFailure;
    }
    DemoGenerator generator(*database, options);
    DemoGenerator::Progress progress;
    if (m_showProgress) {
        progress = [this](int done, int total) {
            m_err << '\r' << tr("Generating employees: %1 of %2").arg(done).arg(total);
            m_err.flush();
            return true;
        };
    }
    QElapsedTimer timer;
    timer.start();
    const DatabaseError error = generator.generate(progress);
    if (m_showProgress)
        m_err << '\n';
    if (error) {
        printError(error.message);
        return ExitUsage;
    }
    printDemoSummary(database->path(), options, generator.summary(), timer.elapsed());
    return ExitOk;
}

int CliApplication::readDemoOptions(const QCommandLineParser &parser, const Command &command,
                                    DemoGenerator::Options *options)
{
    const QString employees = parser.value(QStringLiteral("employees"));
    const QString seed = parser.value(QStringLiteral("seed"));
    const QString date = parser.value(QStringLiteral("date"));
    if (!employees.isEmpty()) {
        const auto count = parseCount(employees, MaxDemoEmployees);
        if (!count)
            return usageError(
                command,
                tr("--employees must be a whole number from 0 to %1.").arg(MaxDemoEmployees));
        options->employees = *count;
    }
    if (!seed.isEmpty()) {
        bool ok = false;
        options->seed = seed.toULongLong(&ok);
        if (!ok)
            return usageError(command, tr("--seed must be a whole number from 0 to %1.")
                                           .arg(std::numeric_limits<quint64>::max()));
    }
    if (!date.isEmpty()) {
        // A NIP cannot name a TMT CPNS after next year, so neither can the reference date.
        const QDate first(2000, 1, 1);
        const QDate last = QDate::currentDate().addYears(1);
        options->referenceDate = QDate::fromString(date, Qt::ISODate);
        const QDate &day = options->referenceDate;
        if (!day.isValid() || day < first || day > last)
            return usageError(command,
                              tr("--date must be a date YYYY-MM-DD from %1 to %2.")
                                  .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
    }
    return Continue;
}

void CliApplication::printDemoSummary(const QString &path, const DemoGenerator::Options &options,
                                      const DemoGenerator::Summary &summary, qint64 milliseconds)
{
    const QLocale locale;
    m_out << tr("Generated a demo province in %1 in %2 s.")
                 .arg(nativePath(path), locale.toString(double(milliseconds) / 1000.0, 'f', 2))
          << '\n'
          << "  "
          << tr("Regions: %1, OPDs: %2, units: %3, jabatan: %4, formasi: %5.")
                 .arg(locale.toString(summary.regions), locale.toString(summary.opds),
                      locale.toString(summary.units), locale.toString(summary.jabatan),
                      locale.toString(summary.formasi))
          << '\n'
          << "  "
          << tr("Employees: %1, of which %2 are deliberately inconsistent for the check to find.")
                 .arg(locale.toString(summary.employees),
                      locale.toString(summary.inconsistentRecords))
          << '\n'
          << "  "
          << tr("Seed: %1, reference date: %2.")
                 .arg(options.seed)
                 .arg(options.referenceDate.toString(Qt::ISODate))
          << '\n';
}

int CliApplication::runCheck(const Command &command, const QStringList &arguments)
{
    const QCommandLineOption limitOption(
        QStringLiteral("limit"),
        tr("List at most N findings (default %1; 0 lists them all).").arg(DefaultCheckLimit),
        tr("N"));
    QCommandLineParser parser;
    QString path;
    if (const int exitCode = parse(parser, command, arguments, {limitOption}, &path);
        exitCode != Continue)
        return exitCode;
    int limit = DefaultCheckLimit;
    if (parser.isSet(limitOption)) {
        const auto value = parseCount(parser.value(limitOption), std::numeric_limits<int>::max());
        if (!value)
            return usageError(command, tr("--limit must be a whole number, 0 or more."));
        limit = *value;
    }

    const auto database = openDatabase(path, Database::OpenMode::OpenExisting);
    if (!database)
        return ExitUsage;
    ConsistencyChecker checker(*database);
    if (const DatabaseError error = checker.run()) {
        printError(error.message);
        return ExitUsage;
    }
    printFindings(checker, limit);
    return checker.count(ConsistencyChecker::Severity::Error) > 0 ? ExitFailure : ExitOk;
}

void CliApplication::printFindings(const ConsistencyChecker &checker, int limit)
{
    const QLocale locale;
    const auto &findings = checker.findings();
    const qsizetype shown =
        limit == 0 ? findings.size() : std::min<qsizetype>(limit, findings.size());
    for (qsizetype i = 0; i < shown; ++i) {
        const ConsistencyChecker::Finding &finding = findings.at(i);
        m_out << '[' << ConsistencyChecker::severityName(finding.severity) << "] ";
        if (finding.employeeId > 0)
            m_out << Nip::parse(finding.nip).formatted() << ' ' << finding.name << ": ";
        m_out << finding.message << '\n';
    }
    if (shown < findings.size())
        m_out << tr("... and %1 more; use --limit 0 to list them all.")
                     .arg(locale.toString(findings.size() - shown))
              << '\n';
    if (findings.isEmpty()) {
        m_out << tr("No findings: the database is consistent.") << '\n';
        return;
    }
    m_out << '\n' << tr("Summary:") << '\n';
    for (const ConsistencyChecker::Kind kind : ConsistencyChecker::kinds()) {
        if (const int count = checker.count(kind))
            m_out << "  " << ConsistencyChecker::kindName(kind) << ": " << locale.toString(count)
                  << '\n';
    }
    using Severity = ConsistencyChecker::Severity;
    m_out << tr("Errors: %1, warnings: %2.")
                 .arg(locale.toString(checker.count(Severity::Error)),
                      locale.toString(checker.count(Severity::Warning)))
          << '\n';
}

} // namespace Simutasi
