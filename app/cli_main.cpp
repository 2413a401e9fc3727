// simutasi-cli: the command-line tool. Everything it does lives in CliApplication (core), which
// the tests drive too; this file only sets up the Qt application the way the GUI does.
#include "cli/CliApplication.h"
#include "i18n/Translations.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define SIMUTASI_ISATTY(stream) (_isatty(_fileno(stream)) != 0)
#else
#include <sys/stat.h>
#include <unistd.h>
#define SIMUTASI_ISATTY(stream) (isatty(fileno(stream)) != 0)
#endif

namespace {

// Without XDG_RUNTIME_DIR (cron jobs, containers, ssh) Qt prints a warning on stderr, which a
// script would take for an error of ours: give it a private directory instead.
void ensureRuntimeDirectory()
{
#ifndef Q_OS_WIN
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir =
        QFile::encodeName(QDir::tempPath()) + "/simutasi-runtime-" + QByteArray::number(getuid());
    ::mkdir(dir.constData(), 0700);
    qputenv("XDG_RUNTIME_DIR", dir);
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    // A Gui application (for fonts and rendering used by later commands) that needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ensureRuntimeDirectory();
    QGuiApplication app(argc, argv);
    // The same names as the GUI, so both read the same user settings (e.g. the language).
    QGuiApplication::setOrganizationName(QStringLiteral("BKD Provinsi Wanggar"));
    QGuiApplication::setApplicationName(QStringLiteral("Simutasi"));
    QGuiApplication::setApplicationVersion(QStringLiteral(SIMUTASI_VERSION));
    Simutasi::Translations::install(Simutasi::Translations::effectiveLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    Simutasi::CliApplication cli(out, err);
    cli.setShowProgress(SIMUTASI_ISATTY(stderr));
    return cli.run(QCoreApplication::arguments());
}
