#pragma once

#include "check/ConsistencyChecker.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <span>

class QCommandLineOption;
class QCommandLineParser;

namespace Simutasi {

// The simutasi-cli program: subcommands for scripts and administrators. Output goes to the two
// streams given, so tests and the real main() drive the same code. Adding a subcommand is one row
// in commands() plus its handler.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)
public:
    enum ExitCode
    {
        ExitOk = 0,
        ExitFailure = 1, // check found errors, or the request was refused
        ExitUsage = 2    // wrong usage, or a database that cannot be opened
    };

    CliApplication(QTextStream &out, QTextStream &err);

    // Whether long commands report progress on the error stream (when it is a terminal).
    void setShowProgress(bool show) { m_showProgress = show; }

    // arguments as QCoreApplication::arguments(): the program first.
    int run(const QStringList &arguments);

private:
    struct Command;
    using Handler = int (CliApplication::*)(const Command &command, const QStringList &arguments);
    struct Command
    {
        const char *name;
        const char *description; // one line, for --help (QT_TRANSLATE_NOOP)
        const char *details;     // more text for the command's own --help, may be null
        Handler handler;
    };
    static std::span<const Command> commands();
    static const Command *findCommand(const QString &name);

    int runInit(const Command &command, const QStringList &arguments);
    int runDemo(const Command &command, const QStringList &arguments);
    int runCheck(const Command &command, const QStringList &arguments);
    int runImport(const Command &command, const QStringList &arguments);    // in ImportCommand
    int runRank(const Command &command, const QStringList &arguments);      // in RankCommand
    int runNeeds(const Command &command, const QStringList &arguments);     // in NeedsCommand
    int runProposals(const Command &command, const QStringList &arguments); // in ProposalCommand
    int runProposal(const Command &command, const QStringList &arguments);  // in ProposalCommand
    int runUser(const Command &command, const QStringList &arguments);      // in UserCommand
    int runAudit(const Command &command, const QStringList &arguments);     // in AuditCommand
    int runReport(const Command &command, const QStringList &arguments);    // in ReportCommand
    int runDecree(const Command &command, const QStringList &arguments);    // in DecreeCommand

    void printHelp(QTextStream &stream) const;
    // Parses a command's arguments with its options, --help, and --db FILE unless databasePath
    // is null (the value goes there; it is required). Returns -1 when the command should go on,
    // else the exit code (after printing the help, or a usage error).
    int parse(QCommandLineParser &parser, const Command &command, const QStringList &arguments,
              const QList<QCommandLineOption> &options, QString *databasePath);
    int usageError(const Command &command, const QString &message);
    std::unique_ptr<Database> openDatabase(const QString &path, Database::OpenMode mode);
    void printError(const QString &message);
    int readDemoOptions(const QCommandLineParser &parser, const Command &command,
                        DemoGenerator::Options *options);
    void printDemoSummary(const QString &path, const DemoGenerator::Options &options,
                          const DemoGenerator::Summary &summary, qint64 milliseconds);
    void printFindings(const ConsistencyChecker &checker, int limit);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_showProgress = false;
};

} // namespace Simutasi
