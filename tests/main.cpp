// The one Catch2 main shared by every test program. It creates a QApplication on the offscreen
// platform (unless a display platform is forced) *before* Catch runs anything, because
// catch_discover_tests runs this binary at build time without the tests' environment.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", "/tmp/simutasi-test-runtime");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SimutasiTests"));
    QApplication::setApplicationName(QStringLiteral("simutasi-tests"));
    // Tests read messages in the source language unless they load a translation themselves.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    return Catch::Session().run(argc, argv);
}
