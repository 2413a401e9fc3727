#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;

namespace Simutasi {

class GapChart;
class NeedsTableModel;
class NeedsWizard;

// Step 2 of the needs wizard: the shortages and surpluses of the scope in a sortable table
// (remote units first until another column is chosen) and a bar chart of the largest gaps.
class NeedsReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NeedsReviewPage(NeedsWizard *wizard);

    void initializePage() override;

    NeedsTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    GapChart *chart() const { return m_chart; }
    QString summary() const;

private:
    NeedsWizard *m_wizard;
    NeedsTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    GapChart *m_chart = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Simutasi
