#include "GapChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace Simutasi {

namespace {

struct Bar
{
    QString label;
    int shortage = 0;
    int surplus = 0;
    int size() const { return std::max(shortage, surplus); }
};

QString barLabel(const StaffingRow &post)
{
    constexpr int MaxLabel = 48;
    QString label = GapChart::tr("%1, %2").arg(post.jabatanName, post.unitName);
    if (label.size() > MaxLabel)
        label = label.left(MaxLabel - 1) + QChar(0x2026);
    return label;
}

} // namespace

GapChart::GapChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("gapChart"));
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    m_view = new QChartView(chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void GapChart::setPosts(const QList<StaffingRow> &shortages, const QList<StaffingRow> &surpluses)
{
    QList<Bar> bars;
    for (const StaffingRow &post : shortages)
        bars.append({barLabel(post), post.shortage(), 0});
    for (const StaffingRow &post : surpluses)
        bars.append({barLabel(post), 0, post.surplus()});
    std::stable_sort(bars.begin(), bars.end(),
                     [](const Bar &a, const Bar &b) { return a.size() > b.size(); });
    if (bars.size() > MaxBars)
        bars.resize(MaxBars);
    // Two labels may be equal (the same jabatan in two units of the same name): a category
    // axis needs them distinct.
    QStringList seen;
    for (Bar &bar : bars) {
        while (seen.contains(bar.label))
            bar.label += u' ';
        seen.append(bar.label);
    }

    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_categories.clear();
    chart->setTitle(bars.isEmpty() ? tr("No shortage or surplus in this scope")
                                   : tr("Largest gaps (persons)"));
    if (bars.isEmpty())
        return;

    // Horizontal bars are drawn from the bottom up: reversed, the largest is on top.
    std::reverse(bars.begin(), bars.end());
    auto *shortage = new QBarSet(tr("Shortage"));
    shortage->setColor(QColor(0xd9, 0x4a, 0x3d));
    shortage->setBorderColor(QColor(0xd9, 0x4a, 0x3d));
    auto *surplus = new QBarSet(tr("Surplus"));
    surplus->setColor(QColor(0xe8, 0xa3, 0x3d));
    surplus->setBorderColor(QColor(0xe8, 0xa3, 0x3d));
    QStringList labels;
    int largest = 0;
    for (const Bar &bar : std::as_const(bars)) {
        *shortage << bar.shortage;
        *surplus << bar.surplus;
        labels << bar.label;
        largest = std::max(largest, bar.size());
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(shortage);
    series->append(surplus);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, largest);
    // Ticks in the application's locale ("1.250" in Indonesian); with localized numbers
    // QtCharts only understands "%.<precision><f|d|e|g>".
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    values->setLabelFormat(QStringLiteral("%.0f"));
    // Persons are whole: up to ten, one tick per person; beyond, Qt's round steps.
    constexpr int MaxUnitTicks = 10;
    if (largest <= MaxUnitTicks)
        values->setTickCount(largest + 1);
    else
        values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    for (auto it = labels.crbegin(); it != labels.crend(); ++it)
        m_categories.append(it->trimmed());
}

} // namespace Simutasi
