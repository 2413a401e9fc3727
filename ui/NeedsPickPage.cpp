#include "NeedsPickPage.h"

#include "NeedsTableModel.h"
#include "NeedsWizard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Simutasi {

NeedsPickPage::NeedsPickPage(NeedsWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("needsPickPage"));
    setTitle(tr("Vacancies to fill"));
    setSubTitle(tr("Tick the shortages to search candidates for. Remote units are listed "
                   "first."));
    m_model = new NeedsTableModel(this);
    m_model->setCheckable(true);
    m_table = createPostsTable(m_model, QStringLiteral("pickTable"), this);
    m_table->setColumnHidden(NeedsTableModel::SurplusColumn, true); // shortages only

    auto *remote = new QPushButton(tr("Tick all remote"), this);
    remote->setObjectName(QStringLiteral("pickRemote"));
    auto *none = new QPushButton(tr("Untick all"), this);
    none->setObjectName(QStringLiteral("pickNone"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("pickCount"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(remote);
    buttons->addWidget(none);
    buttons->addStretch();
    buttons->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_model, &NeedsTableModel::checkedChanged, this, [this] {
        updateCount();
        Q_EMIT completeChanged();
    });
    connect(remote, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->postAt(row)->remote)
                m_model->setChecked(row, true);
        }
    });
    connect(none, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_model->setChecked(row, false);
    });
}

void NeedsPickPage::initializePage()
{
    m_model->setPosts(m_wizard->report().shortages());
    m_model->setRemoteFirst(true);
    m_model->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                  m_table->horizontalHeader()->sortIndicatorOrder());
    fitNeedsColumns(m_table, 220);
    // Vacancies picked before (coming back) stay ticked.
    for (const StaffingRow &post : m_wizard->vacancies()) {
        const int row = m_model->rowOfPost(post.unitId, post.jabatanId);
        if (row >= 0)
            m_model->setChecked(row, true);
    }
    updateCount();
}

void NeedsPickPage::updateCount()
{
    const QList<StaffingRow> picked = m_model->checkedPosts();
    int persons = 0;
    for (const StaffingRow &post : picked)
        persons += post.shortage();
    m_count->setText(m_model->rowCount() == 0 ? tr("There is no shortage in this scope.")
                                              : tr("%1 vacancies ticked, %2 persons short")
                                                    .arg(QLocale().toString(picked.size()),
                                                         QLocale().toString(persons)));
}

bool NeedsPickPage::isComplete() const
{
    return !m_model->checkedPosts().isEmpty();
}

bool NeedsPickPage::validatePage()
{
    m_wizard->setVacancies(m_model->checkedPosts());
    return true;
}

} // namespace Simutasi
