#pragma once

#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QTextStream>
#include <memory>
#include <optional>

namespace Simutasi {

// The argument handling shared by the analysis subcommands (rank, needs): parsing with --help,
// the required --db, whole-number options, a reference date, and opening the database with
// the error shown the officer's way. Exit codes follow CliApplication: 2 for usage or database.
class CommandArguments
{
    Q_DECLARE_TR_FUNCTIONS(CommandArguments)
public:
    static constexpr int Continue = -1; // parsing went well: the command goes on
    static constexpr int ExitOk = 0;
    static constexpr int ExitUsage = 2;

    CommandArguments(const QString &command, const QString &usage, QTextStream &out,
                     QTextStream &err);

    // Parses `arguments` (those after the command name) with the --db option and `options`.
    // Returns Continue, or the exit code after printing the help or a usage error.
    int parse(const QStringList &arguments, const QList<QCommandLineOption> &options);

    // Lets parse() accept up to `count` positional arguments (e.g. "proposal submit 7").
    void allowPositionals(int count) { m_allowedPositionals = count; }
    QStringList positionals() const { return m_parser.positionalArguments(); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }
    // The option as a whole number >= minimum, `fallback` when absent; nullopt (and a usage
    // error printed) when it is not one.
    std::optional<qint64> number(const QString &name, qint64 fallback, qint64 minimum);
    std::optional<QDate> date(const QString &name, const QDate &fallback);
    std::unique_ptr<Database> openDatabase();

    int usageError(const QString &message);
    void printError(const QString &message);

private:
    QString m_command;
    QString m_usage;
    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
    int m_allowedPositionals = 0;
};

} // namespace Simutasi
