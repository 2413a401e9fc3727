#include "NeedsScopePage.h"

#include "NeedsTableModel.h"
#include "NeedsWizard.h"
#include "storage/OrgRepository.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <algorithm>

namespace Simutasi {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

void addEntry(QListWidget *list, const QString &text, qint64 id)
{
    auto *item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    item->setData(IdRole, id);
}

QList<qint64> ticked(const QListWidget *list)
{
    QList<qint64> ids;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            ids.append(list->item(row)->data(IdRole).toLongLong());
    }
    return ids;
}

} // namespace

NeedsScopePage::NeedsScopePage(NeedsWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("needsScopePage"));
    setTitle(tr("Scope"));
    setSubTitle(tr("Which part of the province to analyse. Nothing ticked in a list means all "
                   "of it."));
    m_opds = checkList(QStringLiteral("scopeOpds"));
    m_regions = checkList(QStringLiteral("scopeRegions"));
    m_types = checkList(QStringLiteral("scopeTypes"));
    m_remoteOnly = new QCheckBox(tr("Only units in remote areas (daerah terpencil)"), this);
    m_remoteOnly->setObjectName(QStringLiteral("scopeRemoteOnly"));
    m_remoteOnly->setIcon(NeedsTableModel::remoteIcon());
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("scopeSummary"));
    m_summary->setWordWrap(true);

    auto *grid = new QGridLayout(this);
    grid->addWidget(new QLabel(tr("OPD"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Kabupaten/kota"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Jabatan type"), this), 0, 2);
    grid->addWidget(m_opds, 1, 0);
    grid->addWidget(m_regions, 1, 1);
    grid->addWidget(m_types, 1, 2);
    grid->addWidget(m_remoteOnly, 2, 0, 1, 3);
    grid->addWidget(m_summary, 3, 0, 1, 3);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 2);
    connect(m_remoteOnly, &QCheckBox::toggled, this, &NeedsScopePage::updateSummary);
}

QListWidget *NeedsScopePage::checkList(const QString &name)
{
    auto *list = new QListWidget(this);
    list->setObjectName(name);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    connect(list, &QListWidget::itemChanged, this, &NeedsScopePage::updateSummary);
    return list;
}

void NeedsScopePage::initializePage()
{
    if (m_opds->count() > 0)
        return; // coming back: keep the choices
    OrgRepository org(m_wizard->database());
    QList<OrgUnit> opds;
    for (const OrgUnit &unit : org.units()) {
        if (unit.kind == OrgUnit::Kind::Opd && unit.isOpen())
            opds.append(unit);
    }
    std::sort(opds.begin(), opds.end(), [](const OrgUnit &a, const OrgUnit &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const OrgUnit &opd : std::as_const(opds))
        addEntry(m_opds, opd.name, opd.id);
    QList<Region> regions = org.regions();
    std::sort(regions.begin(), regions.end(), [](const Region &a, const Region &b) {
        return QString::localeAwareCompare(a.displayName(), b.displayName()) < 0;
    });
    for (const Region &region : std::as_const(regions))
        addEntry(m_regions, region.displayName(), region.id);
    for (const JabatanType type : JabatanTypes::all())
        addEntry(m_types, JabatanTypes::displayName(type), int(type));
    const NeedsScope &scope = m_wizard->scope();
    for (const qint64 id : scope.opdIds)
        tick(m_opds, id);
    for (const qint64 id : scope.regionIds)
        tick(m_regions, id);
    for (const JabatanType type : scope.jabatanTypes)
        tick(m_types, int(type));
    m_remoteOnly->setChecked(scope.remoteOnly);
    updateSummary();
}

bool NeedsScopePage::tick(QListWidget *list, qint64 id)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(IdRole).toLongLong() == id) {
            list->item(row)->setCheckState(Qt::Checked);
            return true;
        }
    }
    return false;
}

void NeedsScopePage::updateSummary()
{
    const auto describe = [](const QListWidget *list, const QString &all, const QString &some) {
        const qsizetype n = ticked(list).size();
        return n == 0 ? all : some.arg(n);
    };
    m_summary->setText(
        tr("Analysing %1, %2, %3%4.")
            .arg(describe(m_opds, tr("every OPD"), tr("%1 OPD(s)")),
                 describe(m_regions, tr("every kabupaten/kota"), tr("%1 kabupaten/kota")),
                 describe(m_types, tr("every jabatan type"), tr("%1 jabatan type(s)")),
                 m_remoteOnly->isChecked() ? tr(", remote units only") : QString()));
}

bool NeedsScopePage::validatePage()
{
    NeedsScope scope;
    scope.opdIds = ticked(m_opds);
    scope.regionIds = ticked(m_regions);
    for (const qint64 type : ticked(m_types))
        scope.jabatanTypes.append(JabatanType(type));
    scope.remoteOnly = m_remoteOnly->isChecked();
    m_wizard->setScope(scope);
    m_wizard->runAnalysis();
    return true;
}

} // namespace Simutasi
