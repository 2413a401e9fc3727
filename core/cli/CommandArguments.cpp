#include "CommandArguments.h"

namespace Simutasi {

CommandArguments::CommandArguments(const QString &command, const QString &usage, QTextStream &out,
                                   QTextStream &err)
    : m_command(command)
    , m_usage(usage)
    , m_out(out)
    , m_err(err)
{}

int CommandArguments::parse(const QStringList &arguments, const QList<QCommandLineOption> &options)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    m_parser.addOption(help);
    m_parser.addOption(QCommandLineOption(QStringLiteral("db"), QString(), QStringLiteral("DB")));
    m_parser.addOptions(options);
    if (!m_parser.parse(QStringList{m_command} + arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(help)) {
        m_out << m_usage << '\n';
        return ExitOk;
    }
    if (m_parser.positionalArguments().size() > m_allowedPositionals)
        return usageError(tr("Unexpected argument \"%1\".")
                              .arg(m_parser.positionalArguments().value(m_allowedPositionals)));
    if (m_parser.value(QStringLiteral("db")).isEmpty())
        return usageError(tr("The option --db FILE is required."));
    return Continue;
}

std::optional<qint64> CommandArguments::number(const QString &name, qint64 fallback, qint64 minimum)
{
    if (!m_parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = m_parser.value(name).toLongLong(&ok);
    if (ok && value >= minimum)
        return value;
    usageError(tr("--%1 must be a whole number, %2 or more.").arg(name).arg(minimum));
    return std::nullopt;
}

std::optional<QDate> CommandArguments::date(const QString &name, const QDate &fallback)
{
    if (!m_parser.isSet(name))
        return fallback;
    const QDate value = QDate::fromString(m_parser.value(name), Qt::ISODate);
    if (value.isValid())
        return value;
    usageError(tr("--%1 must be a date YYYY-MM-DD.").arg(name));
    return std::nullopt;
}

std::unique_ptr<Database> CommandArguments::openDatabase()
{
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    DatabaseError error;
    auto database = Database::open(m_parser.value(QStringLiteral("db")), options, &error);
    if (!database) {
        printError(error.message);
        if (!error.detail.isEmpty())
            printError(tr("Details: %1").arg(error.detail));
    }
    return database;
}

int CommandArguments::usageError(const QString &message)
{
    printError(QStringLiteral("simutasi-cli %1: %2").arg(m_command, message));
    printError(tr("Run \"simutasi-cli %1 --help\" for its options.").arg(m_command));
    return ExitUsage;
}

void CommandArguments::printError(const QString &message)
{
    m_err << message << '\n';
    m_err.flush();
}

} // namespace Simutasi
