#include "NeedsAnalysisPage.h"

#include "AbkDialog.h"
#include "CandidateSearchPage.h"
#include "DialogSeams.h"
#include "EligibilityRulesDialog.h"
#include "NeedsTableModel.h"
#include "NeedsWizard.h"
#include "PageHeader.h"
#include "PermissionUi.h"
#include "RankingModel.h"
#include "analysis/BalancingSuggestions.h"
#include "analysis/JobPersonMatch.h"
#include "storage/Database.h"
#include "storage/OrgRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace Simutasi {

namespace {

// The tables of this page look like the others: white, quiet headers.
const char *const StyleSheet = R"(
QTableView#needsTable, QTableWidget#balancingTable {
    background: #ffffff; alternate-background-color: #f6f8fb;
    selection-background-color: #d6e6f8; selection-color: #10233a; border: none; }
QTableView#needsTable QHeaderView::section, QTableWidget#balancingTable QHeaderView::section {
    background: #eef1f5; border: none; border-bottom: 1px solid #dde3ea;
    border-right: 1px solid #e3e7ed; padding: 6px 8px; color: #334155; font-weight: 600; }
)";

constexpr int AllId = 0;
constexpr int MaxNameWidth = 280;

QComboBox *filterBox(const QString &name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMaximumWidth(280);
    return box;
}

QTableWidgetItem *numberItem(int value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

NeedsAnalysisPage::NeedsAnalysisPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("needsAnalysisPage"));
    setStyleSheet(QString::fromUtf8(StyleSheet));
    m_header = new PageHeader(tr("Needs Analysis"),
                              tr("Formasi against bezetting for every jabatan in every unit: "
                                 "where staff are short, where they are in excess, and who "
                                 "could fill the gaps"),
                              this);

    m_level = filterBox(QStringLiteral("needsLevel"), this);
    m_level->addItem(tr("Jabatan × unit"), int(NeedsTableModel::Level::Post));
    m_level->addItem(tr("OPD"), int(NeedsTableModel::Level::Opd));
    m_level->addItem(tr("Kabupaten/kota"), int(NeedsTableModel::Level::Region));
    m_level->addItem(tr("Province"), int(NeedsTableModel::Level::Province));
    m_opd = filterBox(QStringLiteral("needsOpd"), this);
    m_region = filterBox(QStringLiteral("needsRegion"), this);
    m_type = filterBox(QStringLiteral("needsType"), this);
    m_remoteFirst = new QCheckBox(tr("Remote first"), this);
    m_remoteFirst->setObjectName(QStringLiteral("needsRemoteFirst"));
    m_remoteFirst->setIcon(NeedsTableModel::remoteIcon());
    m_remoteFirst->setToolTip(tr("List posts in remote areas (daerah terpencil) before the "
                                 "others, whatever the sort column"));
    m_remoteOnly = new QCheckBox(tr("Only remote"), this);
    m_remoteOnly->setObjectName(QStringLiteral("needsRemoteOnly"));
    m_remoteOnly->setToolTip(tr("Only units in remote areas, in the table and the totals"));
    auto *help = new QToolButton(this);
    help->setObjectName(QStringLiteral("needsHelp"));
    help->setText(QStringLiteral("?"));
    help->setToolTip(tr("How fill rate, ABK and the candidate order are computed"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("needsSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setToolTip(NeedsTableModel::fillRateHelp());
    m_abk = new QPushButton(tr("ABK…"), this);
    m_abk->setObjectName(QStringLiteral("needsAbk"));
    m_candidates = new QPushButton(tr("Find candidates…"), this);
    m_candidates->setObjectName(QStringLiteral("needsFindCandidates"));
    m_candidates->setToolTip(tr("Rank the employees of the province for the selected shortage"));
    m_wizard = new QPushButton(tr("Needs analysis wizard…"), this);
    m_wizard->setObjectName(QStringLiteral("needsWizardButton"));
    m_rules = new QPushButton(tr("Rules…"), this);
    m_rules->setObjectName(QStringLiteral("needsRules"));

    m_model = new NeedsTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("needsTable"));
    m_table->setModel(m_model);
    // Largest shortage first: what the page is opened for.
    m_table->horizontalHeader()->setSortIndicator(NeedsTableModel::ShortageColumn,
                                                  Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setWhatsThis(helpText());

    m_balancingCaption = new QLabel(this);
    m_balancingCaption->setObjectName(QStringLiteral("balancingCaption"));
    m_balancingCaption->setWordWrap(true);
    m_balancingCaption->setTextFormat(Qt::RichText);
    m_balancing = new QTableWidget(0, BalancingColumnCount, this);
    m_balancing->setObjectName(QStringLiteral("balancingTable"));
    m_balancing->setHorizontalHeaderLabels({tr("Unit with surplus"), tr("Jabatan"), tr("OPD"),
                                            tr("Kabupaten/kota"), tr("Surplus"), tr("Could give"),
                                            tr("Match")});
    m_balancing->horizontalHeaderItem(SourceMovableColumn)
        ->setToolTip(tr("The smaller of the surplus there and the shortage here"));
    m_balancing->verticalHeader()->hide();
    m_balancing->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_balancing->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_balancing->setAlternatingRowColors(true);
    m_balancing->setShowGrid(false);
    m_balancing->setWordWrap(false);
    m_balancing->horizontalHeader()->setStretchLastSection(true);
    for (const int column : {int(SourceUnitColumn), int(SourceJabatanColumn), int(SourceOpdColumn)})
        m_balancing->setColumnWidth(column, 240);
    m_balancing->setColumnWidth(SourceRegionColumn, 190);
    m_balancing->setToolTip(tr("Units with a surplus of the same jabatan, or of the same "
                               "fungsional family at another level; the same kabupaten/kota "
                               "first, then the same jabatan, then the larger surplus"));

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(new QLabel(tr("Level:"), this));
    filters->addWidget(m_level);
    filters->addSpacing(8);
    filters->addWidget(m_opd);
    filters->addWidget(m_region);
    filters->addWidget(m_type);
    filters->addWidget(m_remoteFirst);
    filters->addWidget(m_remoteOnly);
    filters->addStretch();
    filters->addWidget(help);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_abk);
    actions->addWidget(m_candidates);
    actions->addWidget(m_wizard);
    actions->addWidget(m_rules);

    auto *tableCard = new QFrame(this);
    tableCard->setObjectName(QStringLiteral("tableFrame"));
    auto *tableLayout = new QVBoxLayout(tableCard);
    tableLayout->setContentsMargins(1, 1, 1, 1);
    tableLayout->addWidget(m_table);

    auto *balancingCard = new QFrame(this);
    balancingCard->setObjectName(QStringLiteral("card"));
    auto *balancingLayout = new QVBoxLayout(balancingCard);
    balancingLayout->setContentsMargins(14, 10, 14, 10);
    balancingLayout->addWidget(m_balancingCaption);
    balancingLayout->addWidget(m_balancing, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tableCard);
    splitter->addWidget(balancingCard);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 14);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    connect(m_level, &QComboBox::currentIndexChanged, this, &NeedsAnalysisPage::levelChanged);
    for (QComboBox *box : {m_opd, m_region, m_type})
        connect(box, &QComboBox::currentIndexChanged, this, &NeedsAnalysisPage::applyFilters);
    connect(m_remoteOnly, &QCheckBox::toggled, this, &NeedsAnalysisPage::applyFilters);
    connect(m_remoteFirst, &QCheckBox::toggled, m_model, &NeedsTableModel::setRemoteFirst);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NeedsAnalysisPage::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NeedsAnalysisPage::updateSelection);
    connect(m_abk, &QPushButton::clicked, this, &NeedsAnalysisPage::openAbk);
    connect(m_candidates, &QPushButton::clicked, this, &NeedsAnalysisPage::findCandidates);
    connect(m_wizard, &QPushButton::clicked, this, &NeedsAnalysisPage::openWizard);
    connect(m_rules, &QPushButton::clicked, this, &NeedsAnalysisPage::editRules);
    connect(help, &QToolButton::clicked, this, &NeedsAnalysisPage::showHelp);

    levelChanged();
    setDatabase(nullptr);
}

NeedsAnalysisPage::~NeedsAnalysisPage() = default;

QString NeedsAnalysisPage::helpText()
{
    return tr("<p><b>Fill rate.</b> %1</p><p><b>ABK.</b> %2</p><p><b>Candidate order.</b> %3</p>"
              "<p><b>Job-person match.</b> %4</p>")
        .arg(NeedsTableModel::fillRateHelp().toHtmlEscaped(), AbkDialog::help().toHtmlEscaped(),
             RankingModel::orderHelp().toHtmlEscaped(), JobPersonMatch::helpText().toHtmlEscaped());
}

void NeedsAnalysisPage::showHelp()
{
    DialogSeams::information(this, tr("How the needs analysis is computed"), helpText());
}

void NeedsAnalysisPage::setDatabase(Database *database)
{
    m_database = database;
    for (QPushButton *button : {m_wizard, m_rules})
        button->setEnabled(database != nullptr);
    refreshPermissions();
    fillFilters();
    reload();
}

void NeedsAnalysisPage::refreshPermissions()
{
    // Both open for everyone (viewing is always allowed); the dialogs themselves turn read-only.
    const auto viewOnly = [this](DataAction action) {
        return m_database && !PermissionUi::allows(m_database, action)
                   ? QStringLiteral("\n") + PermissionUi::viewOnlyText(action)
                   : QString();
    };
    m_abk->setToolTip(tr("Workload analysis of the selected jabatan in its unit") +
                      viewOnly(DataAction::EditOrganisation));
    m_rules->setToolTip(tr("The eligibility rules for transfers") +
                        viewOnly(DataAction::EditRules));
}

void NeedsAnalysisPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_database && !event->spontaneous())
        reload();
}

void NeedsAnalysisPage::fillFilters()
{
    const QSignalBlocker blockOpd(m_opd);
    const QSignalBlocker blockRegion(m_region);
    const QSignalBlocker blockType(m_type);
    m_opd->clear();
    m_region->clear();
    m_type->clear();
    m_opd->addItem(tr("All OPDs"), AllId);
    m_region->addItem(tr("All kabupaten/kota"), AllId);
    m_type->addItem(tr("All jabatan types"), -1);
    for (const JabatanType type : JabatanTypes::all())
        m_type->addItem(JabatanTypes::displayName(type), int(type));
    if (!m_database)
        return;
    OrgRepository org(*m_database);
    QList<OrgUnit> opds;
    for (const OrgUnit &unit : org.units()) {
        if (unit.kind == OrgUnit::Kind::Opd)
            opds.append(unit);
    }
    std::sort(opds.begin(), opds.end(), [](const OrgUnit &a, const OrgUnit &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const OrgUnit &opd : std::as_const(opds))
        m_opd->addItem(opd.name, opd.id);
    QList<Region> regions = org.regions();
    std::sort(regions.begin(), regions.end(), [](const Region &a, const Region &b) {
        return QString::localeAwareCompare(a.displayName(), b.displayName()) < 0;
    });
    for (const Region &region : std::as_const(regions))
        m_region->addItem(region.displayName(), region.id);
}

NeedsScope NeedsAnalysisPage::scope() const
{
    NeedsScope scope;
    if (const qint64 opd = m_opd->currentData().toLongLong(); opd != AllId)
        scope.opdIds = {opd};
    if (const qint64 region = m_region->currentData().toLongLong(); region != AllId)
        scope.regionIds = {region};
    if (const int type = m_type->currentData().toInt(); type >= 0)
        scope.jabatanTypes = {JabatanType(type)};
    scope.remoteOnly = m_remoteOnly->isChecked();
    return scope;
}

void NeedsAnalysisPage::reload()
{
    m_provinceRows.clear();
    m_provinceSurpluses.clear();
    if (m_database) {
        // One read of the province: the filters take subsets of it in memory, and staff can
        // come from anywhere, so the sources of balancing ignore the filter.
        DatabaseError error;
        const NeedsReport province = NeedsAnalysis::run(*m_database, {}, &error);
        if (error)
            DialogSeams::critical(this, tr("Needs analysis failed"), error.message);
        m_provinceRows = province.rows;
        m_provinceSurpluses = province.surpluses();
    }
    applyFilters();
}

void NeedsAnalysisPage::applyFilters()
{
    if (!m_database) {
        m_model->setReport({});
        updateSummary();
        return;
    }
    const StaffingRow *selected = selectedPost();
    const qint64 unitId = selected ? selected->unitId : 0;
    const qint64 jabatanId = selected ? selected->jabatanId : 0;
    const NeedsReport report = NeedsAnalysis::subset(m_provinceRows, scope());
    const bool first = m_model->report().rows.isEmpty();
    m_model->setReport(report);
    if (first)
        fitNeedsColumns(m_table, MaxNameWidth);
    updateSummary();
    if (unitId > 0)
        selectPost(unitId, jabatanId);
}

void NeedsAnalysisPage::levelChanged()
{
    const auto level = NeedsTableModel::Level(m_level->currentData().toInt());
    m_model->setLevel(level);
    for (int column = 0; column < NeedsTableModel::ColumnCount; ++column)
        m_table->setColumnHidden(column, !NeedsTableModel::columnApplies(level, column));
    m_remoteFirst->setEnabled(level == NeedsTableModel::Level::Post);
    fitNeedsColumns(m_table, MaxNameWidth);
    updateSelection();
}

void NeedsAnalysisPage::updateSummary()
{
    if (!m_database) {
        m_summary->setText(tr("Open a database to see formasi against bezetting."));
        return;
    }
    const NeedsReport &report = m_model->report();
    if (report.rows.isEmpty()) {
        m_summary->setText(tr("No formasi and no employees in this selection."));
        return;
    }
    const QLocale locale;
    const StaffingTotals &t = report.province;
    m_summary->setText(
        tr("Formasi <b>%1</b> · bezetting <b>%2</b> · fill rate <b>%3</b> · "
           "<span style='color:#b42318'>shortage <b>%4</b></span> (in remote units %5) · "
           "<span style='color:#9a5b00'>surplus <b>%6</b></span>")
            .arg(locale.toString(t.formasi), locale.toString(t.bezetting),
                 locale.toString(100.0 * t.fillRate(), 'f', 1) + QStringLiteral(" %"),
                 locale.toString(t.shortage), locale.toString(t.remoteShortage),
                 locale.toString(t.surplus)));
    m_summary->setToolTip(tr("%1 posts (jabatan × unit).\n%2")
                              .arg(locale.toString(t.posts), NeedsTableModel::fillRateHelp()));
}

const StaffingRow *NeedsAnalysisPage::selectedPost() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->postAt(current.row()) : nullptr;
}

void NeedsAnalysisPage::selectPost(qint64 unitId, qint64 jabatanId)
{
    const int row = m_model->rowOfPost(unitId, jabatanId);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, NeedsTableModel::NameColumn));
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, NeedsTableModel::NameColumn));
}

QString NeedsAnalysisPage::summary() const
{
    return m_summary->text();
}

QString NeedsAnalysisPage::balancingCaption() const
{
    return m_balancingCaption->text();
}

void NeedsAnalysisPage::updateSelection()
{
    const StaffingRow *post = selectedPost();
    m_abk->setEnabled(m_database && post);
    m_candidates->setEnabled(m_database && post && post->shortage() > 0);
    showBalancing(post);
}

void NeedsAnalysisPage::showBalancing(const StaffingRow *post)
{
    m_balancing->setRowCount(0);
    if (!post || post->shortage() == 0) {
        m_balancingCaption->setText(
            m_model->level() == NeedsTableModel::Level::Post
                ? tr("<b>Balancing.</b> Select a post with a shortage to see the units that "
                     "could give staff to it.")
                : tr("<b>Balancing.</b> Choose the level “Jabatan × unit” and select a "
                     "shortage to see the units that could give staff to it."));
        return;
    }
    const QList<BalancingSuggestion> suggestions =
        BalancingSuggestions::suggest({*post}, m_provinceSurpluses);
    const QList<BalancingSource> sources =
        suggestions.isEmpty() ? QList<BalancingSource>{} : suggestions.first().sources;
    const QLocale locale;
    const QString where =
        tr("%1 in %2 is short by %3")
            .arg(post->jabatanName.toHtmlEscaped(), post->unitName.toHtmlEscaped(),
                 locale.toString(post->shortage()));
    if (sources.isEmpty()) {
        m_balancingCaption->setText(tr("<b>Balancing.</b> %1. No unit of the province has a "
                                       "surplus of this or a compatible jabatan.")
                                        .arg(where));
        return;
    }
    m_balancingCaption->setText(tr("<b>Balancing.</b> %1. Units with a surplus of this or a "
                                   "compatible jabatan:")
                                    .arg(where));
    m_balancing->setRowCount(int(sources.size()));
    int row = 0;
    for (const BalancingSource &source : sources) {
        const StaffingRow &p = source.post;
        auto *unit = new QTableWidgetItem(p.unitName);
        if (p.remote) {
            unit->setIcon(NeedsTableModel::remoteIcon());
            unit->setToolTip(NeedsTableModel::remoteToolTip());
        }
        m_balancing->setItem(row, SourceUnitColumn, unit);
        m_balancing->setItem(row, SourceJabatanColumn, new QTableWidgetItem(p.jabatanName));
        m_balancing->setItem(row, SourceOpdColumn, new QTableWidgetItem(p.opdName));
        m_balancing->setItem(
            row, SourceRegionColumn,
            new QTableWidgetItem(p.regionName.isEmpty() ? tr("province-wide") : p.regionName));
        m_balancing->setItem(row, SourceSurplusColumn, numberItem(p.surplus()));
        m_balancing->setItem(row, SourceMovableColumn, numberItem(source.movable));
        QStringList match;
        match << (source.sameJabatan ? tr("same jabatan") : tr("compatible jabatan"));
        if (source.sameRegion)
            match << tr("same kabupaten/kota");
        m_balancing->setItem(row, SourceMatchColumn,
                             new QTableWidgetItem(match.join(QStringLiteral(", "))));
        ++row;
    }
    m_balancing->resizeColumnsToContents();
    for (const int column : {int(SourceUnitColumn), int(SourceJabatanColumn), int(SourceOpdColumn)})
        m_balancing->setColumnWidth(column,
                                    std::min(m_balancing->columnWidth(column), MaxNameWidth));
}

void NeedsAnalysisPage::openAbk()
{
    const StaffingRow *post = selectedPost();
    if (!m_database || !post)
        return;
    AbkDialog dialog(*m_database, *post, this);
    bool adopted = false;
    connect(&dialog, &AbkDialog::formasiAdopted, this, [&adopted] { adopted = true; });
    DialogSeams::exec(dialog);
    if (adopted) {
        reload();
        Q_EMIT formasiChanged();
    }
}

void NeedsAnalysisPage::findCandidates()
{
    const StaffingRow *post = selectedPost();
    if (!m_database || !post || post->shortage() == 0)
        return;
    NeedsWizard wizard(*m_database, this);
    wizard.startWithVacancies({*post});
    DialogSeams::exec(wizard);
}

void NeedsAnalysisPage::openWizard()
{
    if (!m_database)
        return;
    NeedsWizard wizard(*m_database, this);
    NeedsScope scope = this->scope();
    wizard.setScope(scope);
    DialogSeams::exec(wizard);
}

void NeedsAnalysisPage::editRules()
{
    if (!m_database) {
        DialogSeams::information(this, tr("Eligibility rules"),
                                 tr("The rules are stored in the database: open one first."));
        return;
    }
    EligibilityRulesDialog dialog(*m_database, this);
    DialogSeams::exec(dialog);
}

} // namespace Simutasi
