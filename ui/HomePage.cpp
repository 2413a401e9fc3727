#include "HomePage.h"

#include "DashboardJob.h"
#include "PageHeader.h"
#include "analysis/TalentGrid.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"
#include "storage/OrgRepository.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>
#include <functional>

namespace Simutasi {

namespace {

constexpr int MaxCategoryLength = 26;

QString shortened(const QString &text)
{
    return text.size() > MaxCategoryLength ? text.left(MaxCategoryLength - 1) + QChar(0x2026)
                                           : text;
}

// Fills `view` with one series of bars; clicking bar i calls clicked(i). `valueFormat` is the
// value axis's: with localized numbers QtCharts only understands "%.<precision><f|d|e|g>".
void showBars(QChartView *view, const QString &title, const QStringList &categories,
              const QList<double> &values, bool horizontal, const QColor &color,
              const std::function<void(int)> &clicked,
              const QString &valueFormat = QStringLiteral("%.0f"))
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    // Bar labels and axis ticks in the application's locale: "87,5" and "1.250" in Indonesian
    // (QtCharts formats them with a decimal point and no grouping otherwise).
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *set = new QBarSet(title);
    set->setColor(color);
    set->setLabelColor(QColor(0x1f, 0x2a, 0x37)); // outside the bars: dark on the white chart
    for (const double value : values)
        set->append(value);
    QAbstractBarSeries *series = horizontal
                                     ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                     : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    series->setLabelsVisible(values.size() <= 12);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    QFont small = categoryAxis->labelsFont();
    small.setPointSizeF(7.5);
    categoryAxis->setLabelsFont(small);
    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(valueFormat);
    const double maximum = values.isEmpty() ? 1.0 : *std::max_element(values.begin(), values.end());
    valueAxis->setRange(0, std::max(1.0, maximum * 1.15));
    valueAxis->applyNiceNumbers(); // whole-number ticks for counts
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    QObject::connect(set, &QBarSet::clicked, view, [clicked](int index) { clicked(index); });
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

HomePage::HomePage(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createNoDatabasePanel());
    m_stack->addWidget(createDatabasePanel());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(20);
    layout->addWidget(new PageHeader(
        tr("Home"), tr("Sistem Informasi Mutasi ASN of BKD Provinsi Wanggar"), this));
    layout->addWidget(m_stack, 1);
    setDatabase(nullptr);
}

HomePage::~HomePage() = default;

QWidget *HomePage::createStatTile(QLabel **valueLabel, const QString &caption)
{
    auto *tile = new QFrame(this);
    tile->setObjectName(QStringLiteral("statTile"));
    tile->setMinimumWidth(170);
    *valueLabel = new QLabel(tile);
    (*valueLabel)->setObjectName(QStringLiteral("statValue"));
    QFont valueFont = (*valueLabel)->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0);
    valueFont.setWeight(QFont::DemiBold);
    (*valueLabel)->setFont(valueFont);
    auto *captionLabel = new QLabel(caption, tile);
    captionLabel->setObjectName(QStringLiteral("statCaption"));

    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(2);
    layout->addWidget(*valueLabel);
    layout->addWidget(captionLabel);
    return tile;
}

QChartView *HomePage::createChartView(const QString &objectName)
{
    auto *view = new QChartView(new QChart, this);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 250);
    view->setCursor(Qt::PointingHandCursor);
    view->setToolTip(tr("Click a bar to open the report behind it."));
    return view;
}

QWidget *HomePage::createDatabasePanel()
{
    auto *panel = new QWidget(this);

    auto *card = new QFrame(panel);
    card->setObjectName(QStringLiteral("card"));
    auto *caption = new QLabel(tr("Open database"), card);
    caption->setObjectName(QStringLiteral("cardCaption"));
    m_fileName = new QLabel(card);
    m_fileName->setObjectName(QStringLiteral("homeDatabaseName"));
    QFont nameFont = m_fileName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    nameFont.setWeight(QFont::DemiBold);
    m_fileName->setFont(nameFont);
    m_filePath = new QLabel(card);
    m_filePath->setObjectName(QStringLiteral("homeDatabasePath"));
    m_filePath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filePath->setWordWrap(true);
    auto *cardLayout = new QHBoxLayout(card);
    cardLayout->setContentsMargins(18, 10, 18, 10);
    cardLayout->setSpacing(12);
    cardLayout->addWidget(caption);
    cardLayout->addWidget(m_fileName);
    cardLayout->addWidget(m_filePath, 1);

    auto *tiles = new QGridLayout;
    tiles->setSpacing(16);
    tiles->addWidget(createStatTile(&m_employees, tr("ASN (employees)")), 0, 0);
    tiles->addWidget(createStatTile(&m_vacancies, tr("open vacancies (formasi not filled)")), 0, 1);
    m_waitingTile = createStatTile(&m_waiting, tr("proposals waiting for you"));
    tiles->addWidget(m_waitingTile, 0, 2);
    tiles->addWidget(createStatTile(&m_opds, tr("OPDs")), 0, 3);
    tiles->addWidget(createStatTile(&m_units, tr("organisation units")), 0, 4);
    tiles->setColumnStretch(5, 1);
    m_vacancies->setObjectName(QStringLiteral("vacancyValue"));
    m_waiting->setObjectName(QStringLiteral("waitingValue"));

    m_loading = new QLabel(tr("Computing the dashboard…"), panel);
    m_loading->setObjectName(QStringLiteral("dashboardLoading"));
    m_shortageChart = createChartView(QStringLiteral("shortageChart"));
    m_transferChart = createChartView(QStringLiteral("transferChart"));
    m_proposalChart = createChartView(QStringLiteral("proposalChart"));
    m_talentChart = createChartView(QStringLiteral("talentChart"));
    m_completenessChart = createChartView(QStringLiteral("completenessChart"));
    auto *charts = new QWidget(panel);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    grid->addWidget(m_shortageChart, 0, 0);
    grid->addWidget(m_transferChart, 0, 1);
    grid->addWidget(m_completenessChart, 1, 0);
    grid->addWidget(m_talentChart, 1, 1);
    grid->addWidget(m_proposalChart, 2, 0);
    auto *scroll = new QScrollArea(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(charts);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(card);
    layout->addLayout(tiles);
    layout->addWidget(m_loading);
    layout->addWidget(scroll, 1);
    return panel;
}

QWidget *HomePage::createNoDatabasePanel()
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    auto *title = new QLabel(tr("No database is open"), card);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    auto *text = new QLabel(tr("Simutasi keeps the register of civil servants in a database file. "
                               "Try Simutasi with a demo province, start a new register, or open "
                               "the file your office already uses."),
                            card);
    text->setWordWrap(true);

    auto *demo = new QPushButton(tr("Try with demo data"), card);
    auto *create = new QPushButton(tr("Create a new empty database…"), card);
    auto *open = new QPushButton(tr("Open an existing database…"), card);
    demo->setDefault(true);
    connect(demo, &QPushButton::clicked, this, &HomePage::demoRequested);
    connect(create, &QPushButton::clicked, this, &HomePage::newDatabaseRequested);
    connect(open, &QPushButton::clicked, this, &HomePage::openDatabaseRequested);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(demo);
    buttons->addWidget(create);
    buttons->addWidget(open);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(18, 16, 18, 16);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(8);
    layout->addLayout(buttons);

    // The card keeps its natural height when the stack is taller than it.
    auto *panel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(card);
    panelLayout->addStretch();
    return panel;
}

void HomePage::setDatabase(Database *database)
{
    m_database = database;
    m_figures = {};
    refresh();
}

void HomePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // the counts may have changed on another page
}

void HomePage::refresh()
{
    m_stack->setCurrentIndex(m_database ? 1 : 0);
    if (!m_database)
        return;
    const QFileInfo file(m_database->path());
    m_fileName->setText(file.fileName());
    m_filePath->setText(QDir::toNativeSeparators(file.absoluteFilePath()));

    // The cheap counts at once; the dashboard's figures from the worker.
    const QLocale locale;
    const OrgRepository org(*m_database);
    m_employees->setText(locale.toString(EmployeeRepository(*m_database).count()));
    m_opds->setText(locale.toString(org.opdCount()));
    m_units->setText(locale.toString(org.unitCount()));
    startDashboard();
}

bool HomePage::isLoading() const
{
    return m_job != nullptr;
}

void HomePage::startDashboard()
{
    if (m_job) {
        m_refreshAgain = true; // the data may have changed while it ran
        return;
    }
    m_loading->show();
    const QDate reference = m_referenceDate.isValid() ? m_referenceDate : QDate::currentDate();
    m_job = std::make_unique<DashboardJob>(m_database->path(), reference, Session::currentUser());
    connect(m_job.get(), &DashboardJob::finished, this, [this] {
        const bool failed = m_job->error().isError();
        if (!failed)
            m_figures = m_job->figures();
        m_job.reset();
        if (m_refreshAgain && m_database) {
            m_refreshAgain = false;
            startDashboard();
            return;
        }
        m_loading->setVisible(failed);
        if (failed)
            m_loading->setText(tr("The dashboard could not be computed."));
        if (m_database && !failed)
            showFigures();
        Q_EMIT dashboardReady();
    });
    m_job->start();
}

void HomePage::showFigures()
{
    const QLocale locale;
    m_employees->setText(locale.toString(m_figures.employees));
    m_vacancies->setText(locale.toString(m_figures.openVacancies));
    m_waitingTile->setVisible(m_figures.hasWorkflow);
    m_waiting->setText(locale.toString(m_figures.proposalsWaiting));
    showShortages();
    showTransfers();
    showProposals();
    showTalentGrid();
    showCompleteness();
}

void HomePage::showShortages()
{
    QStringList names;
    QList<double> values;
    QList<qint64> ids;
    // Horizontal bars are drawn bottom-up: the largest shortage goes last to stand on top.
    for (auto it = m_figures.shortages.crbegin(); it != m_figures.shortages.crend(); ++it) {
        names << shortened(it->opdName);
        values << it->value;
        ids << it->opdId;
    }
    showBars(m_shortageChart, tr("Largest shortages by OPD"), names, values, true,
             QColor(0xc0, 0x39, 0x2b), [this, ids](int index) {
                 ReportFilters filters;
                 filters.opdId = ids.value(index);
                 Q_EMIT reportRequested(QStringLiteral("formasi"), filters);
             });
}

void HomePage::showTransfers()
{
    QStringList months;
    QList<double> values;
    for (const DashboardFigures::MonthCount &month : m_figures.transfersPerMonth) {
        // The last 12 months: the month's name alone is unambiguous and fits under a bar.
        months << locale().toString(month.month, QStringLiteral("MMM"));
        values << month.transfers;
    }
    const QList<DashboardFigures::MonthCount> data = m_figures.transfersPerMonth;
    showBars(m_transferChart, tr("Transfers per month (TMT)"), months, values, false,
             QColor(0x2e, 0x86, 0xc1), [this, data](int index) {
                 ReportFilters filters;
                 filters.from = data.value(index).month;
                 filters.to = filters.from.addMonths(1).addDays(-1);
                 Q_EMIT reportRequested(QStringLiteral("rekap-mutasi"), filters);
             });
}

void HomePage::showProposals()
{
    m_proposalChart->setVisible(m_figures.hasWorkflow);
    QStringList states;
    QList<double> values;
    QStringList codes;
    for (auto it = m_figures.proposalsByState.crbegin(); it != m_figures.proposalsByState.crend();
         ++it) {
        states << it->stateName;
        values << it->proposals;
        codes << it->stateCode;
    }
    showBars(m_proposalChart, tr("Proposals by state"), states, values, true,
             QColor(0x8e, 0x44, 0xad), [this, codes](int index) {
                 ReportFilters filters;
                 filters.state = codes.value(index);
                 Q_EMIT reportRequested(QStringLiteral("usulan"), filters);
             });
}

void HomePage::showTalentGrid()
{
    QStringList boxes;
    QList<double> values;
    for (int box = 1; box <= 9; ++box) {
        boxes << QString::number(box); // the chart's title names the boxes
        values << m_figures.boxes[box - 1];
    }
    showBars(m_talentChart, tr("9-box distribution (%Ln not placed)", nullptr, m_figures.unplaced),
             boxes, values, false, QColor(0x27, 0xae, 0x60),
             [this](int) { Q_EMIT reportRequested(QStringLiteral("9box"), ReportFilters{}); });
}

void HomePage::showCompleteness()
{
    QStringList names;
    QList<double> values;
    QList<qint64> ids;
    for (auto it = m_figures.completeness.crbegin(); it != m_figures.completeness.crend(); ++it) {
        names << shortened(it->opdName);
        values << std::round(it->value * 1000.0) / 10.0;
        ids << it->opdId;
    }
    showBars(
        m_completenessChart, tr("Competency data complete (%), lowest OPDs"), names, values, true,
        QColor(0xd3, 0x84, 0x00),
        [this, ids](int index) {
            ReportFilters filters;
            filters.opdId = ids.value(index);
            Q_EMIT reportRequested(QStringLiteral("kelengkapan"), filters);
        },
        QStringLiteral("%.0f"));
}

} // namespace Simutasi
