#include "DialogSeams.h"
#include "HomePage.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ReportTableModel.h"
#include "ReportsPage.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "report/Dashboard.h"
#include "report/ReportCatalogue.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "workflow/User.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTableView>
#include <catch2/catch.hpp>
#include <cmath>

using namespace Simutasi;
using namespace Simutasi::Test;

namespace {

struct DemoWindow
{
    DialogSeams::ScriptedScope seams; // headless: the log-in (and any dialog) is scripted
    TempDir dir;
    QString demoPath = dir.path(QStringLiteral("demo.db"));
    std::unique_ptr<MainWindow> window;

    DemoWindow()
    {
        buildDemoDatabase(demoPath, 400);
        window = std::make_unique<MainWindow>(settingsIn(dir.path(QStringLiteral("s.ini"))));
        window->homePage()->setReferenceDate(DemoReferenceDate);
        REQUIRE(window->openDatabase(demoPath));
    }
    ~DemoWindow()
    {
        window.reset();
        Session::logOut();
    }
};

// The values of the one bar set of a chart, in the order drawn.
QList<double> barValues(const QChartView *view)
{
    REQUIRE(view);
    const QList<QAbstractSeries *> series = view->chart()->series();
    REQUIRE(series.size() == 1);
    const auto *bars = qobject_cast<QAbstractBarSeries *>(series.constFirst());
    REQUIRE(bars);
    REQUIRE(bars->barSets().size() == 1);
    QList<double> values;
    const QBarSet *set = bars->barSets().constFirst();
    for (int i = 0; i < set->count(); ++i)
        values.append(set->at(i));
    return values;
}

QJsonArray readXlsx(const QString &path)
{
    const QString interpreter = QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
                                    ? QStringLiteral("/usr/bin/python3")
                                    : QStringLiteral("python3");
    QProcess python;
    python.start(interpreter,
                 {QStringLiteral(SIMUTASI_SOURCE_DIR "/tests/analysis/xlsx_cells.py"), path});
    REQUIRE(python.waitForFinished(60000));
    REQUIRE(python.exitCode() == 0);
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

} // namespace

TEST_CASE("The dashboard shows the figures core computes for the demo province", "[ui][dashboard]")
{
    DemoWindow f;
    HomePage *home = f.window->homePage();
    f.window->showPage(MainWindow::Page::Home);
    REQUIRE(waitUntil([home] { return !home->isLoading(); }, 30000));

    const DashboardFigures expected =
        Dashboard::compute(*f.window->database(), DemoReferenceDate, Session::currentUser());
    CHECK(home->figures().employees == expected.employees);
    CHECK(home->figures().openVacancies == expected.openVacancies);
    const auto *vacancies = f.window->findChild<QLabel *>(QStringLiteral("vacancyValue"));
    REQUIRE(vacancies);
    CHECK(vacancies->text() == QLocale().toString(expected.openVacancies));
    CHECK(expected.openVacancies > 0);
    CHECK(expected.hasWorkflow);
    CHECK(home->figures().proposalsWaiting == expected.proposalsWaiting);
    CHECK(f.window->findChild<QLabel *>(QStringLiteral("waitingValue"))->text() ==
          QLocale().toString(expected.proposalsWaiting));
    QList<double> states;
    for (const auto &state : expected.proposalsByState)
        states.prepend(state.proposals);
    CHECK(barValues(f.window->findChild<QChartView *>(QStringLiteral("proposalChart"))) == states);

    // Shortages: the largest on top, i.e. drawn last.
    QList<double> shortages;
    for (const auto &opd : expected.shortages)
        shortages.prepend(opd.value);
    CHECK(barValues(f.window->findChild<QChartView *>(QStringLiteral("shortageChart"))) ==
          shortages);
    QList<double> months;
    for (const auto &month : expected.transfersPerMonth)
        months.append(month.transfers);
    CHECK(months.size() == Dashboard::Months);
    CHECK(barValues(f.window->findChild<QChartView *>(QStringLiteral("transferChart"))) == months);
    QList<double> boxes;
    for (const int count : expected.boxes)
        boxes.append(count);
    CHECK(barValues(f.window->findChild<QChartView *>(QStringLiteral("talentChart"))) == boxes);
    CHECK(
        barValues(f.window->findChild<QChartView *>(QStringLiteral("completenessChart"))).size() ==
        expected.completeness.size());

    // A bar leads to its report: the largest shortage opens Formasi vs bezetting of that OPD.
    const auto *view = f.window->findChild<QChartView *>(QStringLiteral("shortageChart"));
    auto *set = qobject_cast<QAbstractBarSeries *>(view->chart()->series().constFirst())
                    ->barSets()
                    .constFirst();
    Q_EMIT set->clicked(int(expected.shortages.size()) - 1);
    CHECK(f.window->currentPage() == MainWindow::Page::Reports);
    ReportsPage *reports = f.window->reportsPage();
    CHECK(reports->currentReportId() == QStringLiteral("formasi"));
    CHECK(reports->filters().opdId == expected.shortages.constFirst().opdId);
    REQUIRE(reports->result());
    CHECK(reports->result()->rowCount(0) == 2); // the OPD and the total
}

// The texts QtCharts drew for a chart: bar labels and axis labels.
QStringList chartTexts(const QChartView *view)
{
    REQUIRE(view);
    QStringList texts;
    const QList<QGraphicsItem *> items = view->scene()->items();
    for (const QGraphicsItem *item : items) {
        if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item))
            texts.append(text->toPlainText());
    }
    return texts;
}

TEST_CASE("Dashboard charts write their numbers in the application's locale", "[ui][dashboard]")
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    const auto restore = qScopeGuard([previous] { QLocale::setDefault(previous); });
    DemoWindow f;
    HomePage *home = f.window->homePage();
    f.window->showPage(MainWindow::Page::Home);
    f.window->show();
    REQUIRE(waitUntil([home] { return !home->isLoading(); }, 30000));
    QCoreApplication::processEvents();

    // Competency completeness is a share with one decimal: "57,1", never "57.1".
    const auto *view = f.window->findChild<QChartView *>(QStringLiteral("completenessChart"));
    const QStringList texts = chartTexts(view);
    int fractions = 0;
    for (const double value : barValues(view)) {
        if (value == std::floor(value))
            continue;
        ++fractions;
        const QString comma = QLocale().toString(value);
        REQUIRE(comma.contains(u','));
        CHECK(texts.contains(comma));
        CHECK_FALSE(texts.contains(QString::number(value)));
    }
    REQUIRE(fractions > 0);
    // The value axis too: whole percentages, in Indonesian digits, none left empty.
    CHECK(texts.contains(QStringLiteral("0")));
    for (const QString &text : texts)
        CHECK_FALSE(QRegularExpression(QStringLiteral("^\\d+\\.\\d+$")).match(text).hasMatch());
}

TEST_CASE("The Laporan page shows a report and exports it as a workbook openpyxl reads",
          "[ui][reports]")
{
    DemoWindow f;
    f.window->showPage(MainWindow::Page::Reports);
    ReportsPage *page = f.window->reportsPage();
    REQUIRE(page->selectReport(QStringLiteral("rekap-mutasi")));
    REQUIRE(page->runReport());
    const auto result = page->result();
    REQUIRE(result);
    REQUIRE(result->rowCount(0) > 0);

    const auto *table = page->findChild<QTableView *>(QStringLiteral("reportTable0"));
    REQUIRE(table);
    CHECK(table->model()->rowCount() == result->rowCount(0));
    CHECK(table->model()->headerData(2, Qt::Horizontal).toString() == QStringLiteral("NIP"));
    {
        ReportTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        model.setData(result, 0);
        CHECK(model.rowCount() == result->rowCount(0));
    }

    const QString path = f.dir.path(QStringLiteral("rekap.xlsx"));
    REQUIRE(page->exportTo(path));
    const QJsonArray sheets = readXlsx(path);
    REQUIRE(sheets.size() == 1);
    const QJsonArray rows = sheets[0].toObject()[QStringLiteral("rows")].toArray();
    CHECK(rows.size() == 5 + result->rowCount(0));
    const QJsonObject nip = rows[5].toArray()[2].toObject();
    CHECK(nip[QStringLiteral("t")] == QStringLiteral("str"));
    CHECK(nip[QStringLiteral("v")].toString() == result->cell(0, 0, 2).toString());
    CHECK(nip[QStringLiteral("v")].toString().size() == 18);
    CHECK(rows[5].toArray()[11].toObject()[QStringLiteral("t")] == QStringLiteral("datetime"));

    // A multi-part report shows one tab per part.
    REQUIRE(page->selectReport(QStringLiteral("formasi")));
    REQUIRE(page->runReport());
    CHECK(page->findChild<QTabWidget *>(QStringLiteral("reportTabs"))->count() == 4);
    const QString csv = f.dir.path(QStringLiteral("formasi.csv"));
    REQUIRE(page->exportTo(csv));
    CHECK(QFileInfo(csv).size() > 100);
}
