#include "UnitDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Simutasi {

UnitDialog::UnitDialog(const OrgUnit &unit, const QString &parentName, const QList<Region> &regions,
                       QWidget *parent)
    : QDialog(parent)
    , m_unit(unit)
{
    const bool isNew = unit.id == 0;
    setWindowTitle(isNew ? tr("Add unit") : tr("Edit unit"));
    setObjectName(QStringLiteral("unitDialog"));

    m_name = new QLineEdit(unit.name, this);
    m_name->setObjectName(QStringLiteral("unitName"));
    m_name->setPlaceholderText(tr("e.g. Bidang Pembinaan SMA"));
    m_name->setMinimumWidth(380);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("unitKind"));
    const bool isProvince = unit.kind == OrgUnit::Kind::Province && !isNew;
    for (OrgUnit::Kind kind : orgUnitKinds()) {
        if ((kind == OrgUnit::Kind::Province) == isProvince)
            m_kind->addItem(orgUnitKindName(kind), int(kind));
    }
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(unit.kind))));
    m_kind->setEnabled(!isProvince);

    m_code = new QLineEdit(unit.code, this);
    m_code->setObjectName(QStringLiteral("unitCode"));
    m_code->setPlaceholderText(tr("short code used in decree numbers, e.g. BKD"));
    m_code->setMaxLength(30);

    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("unitRegion"));
    m_region->addItem(tr("Province-wide (no kabupaten/kota)"), qint64(0));
    for (const Region &region : regions)
        m_region->addItem(region.displayName(), region.id);
    m_region->setCurrentIndex(std::max(0, m_region->findData(unit.regionId)));

    m_remote = new QCheckBox(tr("Daerah terpencil (remote area)"), this);
    m_remote->setObjectName(QStringLiteral("unitRemote"));
    m_remote->setChecked(unit.remote);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (!parentName.isEmpty()) {
        auto *place = new QLabel(parentName, this);
        place->setObjectName(QStringLiteral("unitPlace"));
        place->setStyleSheet(QStringLiteral("font-weight: 600;"));
        form->addRow(isNew ? tr("Below:") : tr("Part of:"), place);
    }
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("Kabupaten/&Kota:"), m_region);
    form->addRow(QString(), m_remote);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(isNew ? tr("Add unit") : tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &UnitDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_buttons);
    updateOk();
}

void UnitDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
}

OrgUnit UnitDialog::unit() const
{
    OrgUnit unit = m_unit;
    unit.name = m_name->text().simplified();
    unit.kind = OrgUnit::Kind(m_kind->currentData().toInt());
    unit.code = m_code->text().trimmed();
    unit.regionId = m_region->currentData().toLongLong();
    unit.remote = m_remote->isChecked();
    return unit;
}

} // namespace Simutasi
