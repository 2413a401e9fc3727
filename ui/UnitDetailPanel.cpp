#include "UnitDetailPanel.h"

#include "DateText.h"
#include "OrgTreeModel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Simutasi {

UnitDetailPanel::UnitDetailPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("card"));
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("unitDetailName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_context = new QLabel(this);
    m_context->setObjectName(QStringLiteral("cardCaption"));
    m_context->setWordWrap(true);

    m_factsBox = new QWidget(this);
    m_facts = new QGridLayout(m_factsBox);
    m_facts->setContentsMargins(0, 6, 0, 0);
    m_facts->setHorizontalSpacing(14);
    m_facts->setVerticalSpacing(6);
    m_code = addFact(tr("Code"));
    m_region = addFact(tr("Kabupaten/Kota"));
    m_remote = addFact(tr("Remote area"));
    m_status = addFact(tr("Status"));
    m_employees = addFact(tr("Employees"));
    m_units = addFact(tr("Units below"));
    arrangeFacts();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(2);
    layout->addWidget(m_name);
    layout->addWidget(m_context);
    layout->addWidget(m_factsBox);
    layout->addStretch(); // when the card is taller than its text, beside the formasi
    clear();
}

QLabel *UnitDetailPanel::addFact(const QString &caption)
{
    auto *captionLabel = new QLabel(caption, m_factsBox);
    captionLabel->setObjectName(QStringLiteral("cardCaption"));
    auto *value = new QLabel(m_factsBox);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    m_factLabels.append(std::pair{captionLabel, value});
    return value;
}

void UnitDetailPanel::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    arrangeFacts();
}

void UnitDetailPanel::arrangeFacts()
{
    for (const auto &[caption, value] : std::as_const(m_factLabels)) {
        m_facts->removeWidget(caption);
        m_facts->removeWidget(value);
    }
    const int perRow = m_compact ? 1 : 2;
    for (int i = 0; i < m_factLabels.size(); ++i) {
        const int row = i / perRow;
        const int column = (i % perRow) * 2;
        m_facts->addWidget(m_factLabels.at(i).first, row, column, Qt::AlignTop);
        m_facts->addWidget(m_factLabels.at(i).second, row, column + 1, Qt::AlignTop);
    }
    m_facts->setColumnStretch(1, 1);
    m_facts->setColumnStretch(3, m_compact ? 0 : 1);
}

void UnitDetailPanel::clear()
{
    m_name->setText(tr("No unit chosen"));
    m_context->setText(tr("Choose a unit in the tree to see its details and its formasi."));
    m_factsBox->hide();
}

void UnitDetailPanel::showUnit(const OrgTreeModel &model, qint64 unitId)
{
    const OrgUnit *unit = model.unit(unitId);
    if (!unit) {
        clear();
        return;
    }
    const QLocale locale;
    m_name->setText(unit->name);
    const QString opd = model.opdName(unitId);
    m_context->setText(opd.isEmpty() || opd == unit->name
                           ? orgUnitKindName(unit->kind)
                           : tr("%1 in %2").arg(orgUnitKindName(unit->kind), opd));
    m_code->setText(unit->code.isEmpty() ? tr("—") : unit->code);
    const QString region = model.regionName(unit->regionId);
    m_region->setText(region.isEmpty() ? tr("Province-wide") : region);
    m_remote->setText(unit->remote ? tr("Yes, daerah terpencil") : tr("No"));
    m_status->setText(unit->isOpen() ? tr("Open")
                                     : tr("Closed since %1").arg(dateText(unit->closedOn)));
    const int direct = model.directEmployees(unitId);
    const int total = model.totalEmployees(unitId);
    m_employees->setText(total == direct
                             ? locale.toString(total)
                             : tr("%1 (%2 directly in this unit)")
                                   .arg(locale.toString(total), locale.toString(direct)));
    m_units->setText(locale.toString(model.childCount(unitId)));
    m_factsBox->show();
}

QString UnitDetailPanel::statusText() const
{
    return m_status->text();
}

} // namespace Simutasi
