#include "NeedsReviewPage.h"

#include "GapChart.h"
#include "NeedsTableModel.h"
#include "NeedsWizard.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Simutasi {

NeedsReviewPage::NeedsReviewPage(NeedsWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("needsReviewPage"));
    setTitle(tr("Shortages and surpluses"));
    setSubTitle(tr("Every post of the scope whose bezetting differs from its formasi. Click a "
                   "column header to sort."));
    m_model = new NeedsTableModel(this);
    m_table = createPostsTable(m_model, QStringLiteral("reviewTable"), this);
    m_chart = new GapChart(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setToolTip(NeedsTableModel::fillRateHelp());

    // The chart below the table: its bars are labelled with jabatan and unit, which need width.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({300, 300});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
}

void NeedsReviewPage::initializePage()
{
    const NeedsReport &report = m_wizard->report();
    const QList<StaffingRow> shortages = report.shortages();
    const QList<StaffingRow> surpluses = report.surpluses();
    m_model->setPosts(shortages + surpluses);
    m_model->setRemoteFirst(true);
    m_model->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                  m_table->horizontalHeader()->sortIndicatorOrder());
    fitNeedsColumns(m_table, 200);
    m_chart->setPosts(shortages, surpluses);

    const QLocale locale;
    const StaffingTotals &t = report.province;
    m_summary->setText(
        tr("%1 posts in scope (the table lists those with a shortage or a surplus): formasi %2, "
           "bezetting %3, fill rate %4. Shortage %5 in %6 posts "
           "(%7 in remote units); surplus %8 in %9 posts.")
            .arg(locale.toString(t.posts), locale.toString(t.formasi), locale.toString(t.bezetting),
                 locale.toString(100.0 * t.fillRate(), 'f', 1) + QStringLiteral(" %"),
                 locale.toString(t.shortage), locale.toString(shortages.size()),
                 locale.toString(t.remoteShortage), locale.toString(t.surplus),
                 locale.toString(surpluses.size())));
}

QString NeedsReviewPage::summary() const
{
    return m_summary->text();
}

} // namespace Simutasi
