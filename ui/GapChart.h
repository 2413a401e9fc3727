#pragma once

#include "analysis/NeedsAnalysis.h"

#include <QWidget>

class QChartView;

namespace Simutasi {

// A horizontal bar chart of the largest gaps of a needs analysis: the posts with the largest
// shortage (red) and the largest surplus (amber), one bar per post, largest at the top.
class GapChart : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxBars = 12;

    explicit GapChart(QWidget *parent = nullptr);

    void setPosts(const QList<StaffingRow> &shortages, const QList<StaffingRow> &surpluses);
    QStringList categories() const { return m_categories; } // as drawn, top bar first
    QChartView *view() const { return m_view; }

private:
    QChartView *m_view = nullptr;
    QStringList m_categories;
};

} // namespace Simutasi
