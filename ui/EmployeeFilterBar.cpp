#include "EmployeeFilterBar.h"

#include "UnitSelector.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStandardItemModel>
#include <QToolButton>

namespace Simutasi {

namespace {

// Combo data for "a category": the types it holds, as a list of ints.
QVariant typesData(const QList<JabatanType> &types)
{
    QVariantList values;
    for (const JabatanType type : types)
        values << int(type);
    return values;
}

QList<JabatanType> typesFrom(const QVariant &data)
{
    QList<JabatanType> types;
    for (const QVariant &value : data.toList())
        types << static_cast<JabatanType>(value.toInt());
    return types;
}

void fillGolongan(QComboBox *combo, const QString &anyText)
{
    combo->addItem(anyText, 0);
    for (const Golongan &golongan : Golongan::all())
        combo->addItem(golongan.toString(), golongan.rank());
}

// On/off buttons whose "on" must be visible at a glance: checked ones take the accent colour.
const char *const ToggleStyle = R"(
QToolButton { background: #ffffff; border: 1px solid #c5ceda; border-radius: 4px;
    padding: 3px 10px; color: #1f2a37; }
QToolButton:hover { background: #eef3f9; }
QToolButton:checked { background: #dbe8f7; border-color: #2f6fb5; color: #174a85; }
)";

} // namespace

EmployeeFilterBar::EmployeeFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("employeeFilterBar"));
    m_unit = new UnitSelector(this);
    m_unit->setObjectName(QStringLiteral("employeeUnitFilter"));
    m_unit->setPlaceholder(tr("All OPDs and units"));
    m_unit->setMinimumContentsLength(26);
    connect(m_unit, &UnitSelector::unitChosen, this, &EmployeeFilterBar::emitChanged);

    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("employeeFilterToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toggle->setStyleSheet(QString::fromUtf8(ToggleStyle));
    connect(m_toggle, &QToolButton::toggled, this, &QWidget::setVisible);

    createCombos();
    createSignalButtons();
    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("employeeFilterClear"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &EmployeeFilterBar::clear);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_status);
    layout->addWidget(m_gender);
    auto *golonganLabel = new QLabel(tr("Gol."), this);
    golonganLabel->setToolTip(tr("Golongan range of PNS and CPNS"));
    layout->addWidget(golonganLabel);
    layout->addWidget(m_golonganFrom);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_golonganTo);
    layout->addWidget(m_jabatanType);
    layout->addSpacing(6);
    layout->addWidget(m_rotation);
    layout->addWidget(m_bup);
    layout->addWidget(m_incomplete);
    layout->addStretch(1);
    layout->addWidget(m_clear);
    setVisible(false);
    updateToggle();
}

void EmployeeFilterBar::createCombos()
{
    // Active employees by default: who left the province (pindah keluar, ...) stays findable.
    m_presence = new QComboBox(this);
    m_presence->setObjectName(QStringLiteral("employeePresenceFilter"));
    m_presence->addItem(tr("Active"), int(EmployeePresence::Active));
    m_presence->addItem(tr("Departed"), int(EmployeePresence::Departed));
    m_presence->addItem(tr("All"), int(EmployeePresence::All));
    m_presence->setToolTip(tr("Active employees of the province, employees who left it "
                              "(transferred out to another instansi), or both"));
    connect(m_presence, &QComboBox::currentIndexChanged, this, &EmployeeFilterBar::emitChanged);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("employeeStatusFilter"));
    m_status->addItem(tr("All statuses"));
    for (const EmployeeStatus status :
         {EmployeeStatus::Pns, EmployeeStatus::Cpns, EmployeeStatus::Pppk})
        m_status->addItem(employeeStatusCode(status), int(status));

    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("employeeGenderFilter"));
    m_gender->addItem(tr("Both genders"));
    m_gender->addItem(tr("Male (L)"), int(Gender::Male));
    m_gender->addItem(tr("Female (P)"), int(Gender::Female));

    m_golonganFrom = new QComboBox(this);
    m_golonganFrom->setObjectName(QStringLiteral("employeeGolonganFrom"));
    fillGolongan(m_golonganFrom, tr("from"));
    m_golonganTo = new QComboBox(this);
    m_golonganTo->setObjectName(QStringLiteral("employeeGolonganTo"));
    fillGolongan(m_golonganTo, tr("to"));

    m_jabatanType = new QComboBox(this);
    m_jabatanType->setObjectName(QStringLiteral("employeeJabatanTypeFilter"));
    fillJabatanTypes();

    for (QComboBox *combo : {m_status, m_gender, m_golonganFrom, m_golonganTo, m_jabatanType})
        connect(combo, &QComboBox::currentIndexChanged, this, &EmployeeFilterBar::emitChanged);
}

// Categories in bold, each followed by its levels, indented.
void EmployeeFilterBar::fillJabatanTypes()
{
    m_jabatanType->addItem(tr("All jabatan types"));
    const QList<JabatanCategory> categories = {JabatanCategory::Jpt, JabatanCategory::Administrasi,
                                               JabatanCategory::FungsionalKeahlian,
                                               JabatanCategory::FungsionalKeterampilan};
    auto *model = qobject_cast<QStandardItemModel *>(m_jabatanType->model());
    for (const JabatanCategory category : categories) {
        QList<JabatanType> types;
        for (const JabatanType type : JabatanTypes::all()) {
            if (JabatanTypes::category(type) == category)
                types << type;
        }
        m_jabatanType->addItem(JabatanTypes::categoryName(category), typesData(types));
        QFont bold = m_jabatanType->font();
        bold.setWeight(QFont::DemiBold);
        model->item(m_jabatanType->count() - 1)->setFont(bold);
        for (const JabatanType type : types)
            m_jabatanType->addItem(QStringLiteral("    ") + JabatanTypes::displayName(type),
                                   typesData({type}));
    }
}

QToolButton *EmployeeFilterBar::signalButton(const QString &name, const QString &text,
                                             const QString &tip)
{
    auto *button = new QToolButton(this);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setCheckable(true);
    button->setStyleSheet(QString::fromUtf8(ToggleStyle));
    connect(button, &QToolButton::toggled, this, &EmployeeFilterBar::emitChanged);
    return button;
}

void EmployeeFilterBar::createSignalButtons()
{
    m_rotation = signalButton(
        QStringLiteral("employeeRotationFilter"), tr("Due for rotation"),
        tr("In the current post for %1 years or more (TMT jabatan %1 years ago or earlier)")
            .arg(RotationYears));
    m_bup = signalButton(QStringLiteral("employeeBupFilter"), tr("Nearing BUP"),
                         tr("Pensiun date within the next %1 months, or already passed. The "
                            "pensiun date is the first day of the month after the birthday at "
                            "the BUP: 58, 60 or 65 years by jabatan type (58 without a jabatan).")
                             .arg(BupMonths));
    m_incomplete = signalButton(
        QStringLiteral("employeeIncompleteFilter"), tr("Data incomplete"),
        tr("<p>Employees with at least one of these gaps:</p><ul>"
           "<li>no education level, or no field of education</li>"
           "<li>neither an email address nor a phone number</li>"
           "<li>no jabatan or no unit kerja</li>"
           "<li>no TMT jabatan</li>"
           "<li>no SKP for last year, although appointed (TMT CPNS) before last year</li></ul>"));
}

void EmployeeFilterBar::setUnits(const QList<OrgUnit> &unitsInTreeOrder)
{
    m_unit->setUnits(unitsInTreeOrder);
}

EmployeeFilter EmployeeFilterBar::applyTo(EmployeeFilter base) const
{
    base.unitId = m_unit->unitId();
    base.presence = static_cast<EmployeePresence>(m_presence->currentData().toInt());
    const QVariant status = m_status->currentData();
    base.status = status.isValid() ? std::optional(static_cast<EmployeeStatus>(status.toInt()))
                                   : std::nullopt;
    const QVariant gender = m_gender->currentData();
    base.gender =
        gender.isValid() ? std::optional(static_cast<Gender>(gender.toInt())) : std::nullopt;
    base.golonganFrom = m_golonganFrom->currentData().toInt();
    base.golonganTo = m_golonganTo->currentData().toInt();
    base.jabatanTypes = typesFrom(m_jabatanType->currentData());
    base.rotationDue = m_rotation->isChecked();
    base.rotationYears = RotationYears;
    base.nearingBup = m_bup->isChecked();
    base.bupMonths = BupMonths;
    base.incomplete = m_incomplete->isChecked();
    return base;
}

int EmployeeFilterBar::activeCount() const
{
    int count = 0;
    for (const QComboBox *combo : {m_status, m_gender, m_golonganFrom, m_golonganTo, m_jabatanType})
        count += combo->currentIndex() > 0 ? 1 : 0;
    for (const QToolButton *button : {m_rotation, m_bup, m_incomplete})
        count += button->isChecked() ? 1 : 0;
    return count;
}

void EmployeeFilterBar::clear()
{
    m_clearing = true;
    for (QComboBox *combo : {m_status, m_gender, m_golonganFrom, m_golonganTo, m_jabatanType})
        combo->setCurrentIndex(0);
    for (QToolButton *button : {m_rotation, m_bup, m_incomplete})
        button->setChecked(false);
    m_clearing = false;
    emitChanged();
}

void EmployeeFilterBar::updateToggle()
{
    const int active = activeCount();
    m_toggle->setText(active > 0 ? tr("Filters (%1)").arg(active) : tr("Filters"));
    m_toggle->setToolTip(tr("More filters: status, gender, golongan, jabatan type, rotation, "
                            "BUP and data completeness"));
    m_clear->setEnabled(active > 0);
}

void EmployeeFilterBar::emitChanged()
{
    if (m_clearing)
        return;
    // "from" after "to" would match nobody: the other bound follows.
    if (m_golonganFrom->currentIndex() > 0 && m_golonganTo->currentIndex() > 0 &&
        m_golonganFrom->currentIndex() > m_golonganTo->currentIndex()) {
        QComboBox *other = sender() == m_golonganTo ? m_golonganFrom : m_golonganTo;
        const QSignalBlocker block(other);
        other->setCurrentIndex(sender() == m_golonganTo ? m_golonganTo->currentIndex()
                                                        : m_golonganFrom->currentIndex());
    }
    updateToggle();
    Q_EMIT changed();
}

} // namespace Simutasi
