// The Simutasi desktop program: sets up the application and hands over to MainWindow.
#include "MainWindow.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QTimer>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BKD Provinsi Wanggar"));
    QCoreApplication::setApplicationName(QStringLiteral("Simutasi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIMUTASI_VERSION));
}

void describeArguments(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Sistem Informasi Mutasi ASN of BKD Provinsi Wanggar"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QCoreApplication::translate("main", "database"),
                                 QCoreApplication::translate("main", "The database file to open."),
                                 QCoreApplication::translate("main", "[database]"));
}

// --help and --version are answered on the terminal without a display, before the GUI
// application (which needs one) exists.
void answerTerminalOnlyRequests(int argc, char *argv[])
{
    const QList<QByteArray> requests = {"-h", "--help", "--help-all", "-?", "-v", "--version"};
    bool terminalOnly = false;
    for (int i = 1; i < argc; ++i)
        terminalOnly = terminalOnly || requests.contains(QByteArray(argv[i]));
    if (!terminalOnly)
        return;
    QCoreApplication core(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    describeArguments(parser);
    parser.process(core); // prints and exits
}

} // namespace

int main(int argc, char *argv[])
{
    answerTerminalOnlyRequests(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("id.go.wanggarprov.bkd.Simutasi"));
    Simutasi::Translations::install(Simutasi::Translations::effectiveLanguage());
    for (const QString &icon :
         {QStringLiteral(":/icons/simutasi.png"), QStringLiteral(":/icons/simutasi.svg")}) {
        if (QFile::exists(icon)) {
            QApplication::setWindowIcon(QIcon(icon));
            break;
        }
    }

    QCommandLineParser parser;
    describeArguments(parser);
    parser.process(app);
    const QStringList files = parser.positionalArguments();

    Simutasi::MainWindow window;
    window.showInitially();
    const QString requested = files.isEmpty() ? QString() : files.first();
    // After the window is on screen, so that dialogs have a parent to sit on.
    QTimer::singleShot(0, &window, [&window, requested] { window.startUp(requested); });
    return app.exec();
}
