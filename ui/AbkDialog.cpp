#include "AbkDialog.h"

#include "DialogSeams.h"
#include "PermissionUi.h"
#include "storage/AbkRepository.h"
#include "storage/OrgRepository.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Simutasi {

namespace {

constexpr double MinutesPerHour = 60.0;
constexpr int VolumeDecimals = 2;
constexpr int HoursDecimals = 3;
constexpr double MaxVolume = 1e7;
constexpr double MaxHours = 10000;
constexpr int IdRole = Qt::UserRole + 1;

// A number as an officer writes it: locale separators, no trailing zeros after the comma.
QString numberText(double value, int decimals)
{
    const QLocale locale;
    QString text = locale.toString(value, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

// Edits the volume and time-standard cells with a locale-aware spin box of the right range.
class NumberDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() != AbkDialog::VolumeColumn && index.column() != AbkDialog::HoursColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *spin = new QDoubleSpinBox(parent);
        const bool volume = index.column() == AbkDialog::VolumeColumn;
        spin->setDecimals(volume ? VolumeDecimals : HoursDecimals);
        spin->setRange(0, volume ? MaxVolume : MaxHours);
        spin->setGroupSeparatorShown(true);
        return spin;
    }

    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        if (value.typeId() == QMetaType::Double)
            return numberText(value.toDouble(), HoursDecimals);
        return QStyledItemDelegate::displayText(value, locale);
    }
};

double cellNumber(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->data(Qt::EditRole).toDouble() : 0.0;
}

} // namespace

AbkDialog::AbkDialog(Database &database, const StaffingRow &post, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_post(post)
{
    setObjectName(QStringLiteral("abkDialog"));
    setWindowTitle(tr("ABK: %1").arg(post.jabatanName));
    m_formasi = OrgRepository(database).formasiRequired(post.unitId, post.jabatanId).value_or(0);

    auto *title = new QLabel(tr("<b>%1</b> in %2, %3")
                                 .arg(post.jabatanName.toHtmlEscaped(),
                                      post.unitName.toHtmlEscaped(), post.opdName.toHtmlEscaped()),
                             this);
    title->setWordWrap(true);
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("abkCurrent"));

    m_tasks = new QTableWidget(0, ColumnCount, this);
    m_tasks->setObjectName(QStringLiteral("abkTasks"));
    m_tasks->setHorizontalHeaderLabels({tr("Task"), tr("Output unit"), tr("Yearly volume"),
                                        tr("Time standard (hours)"), tr("Hours per year")});
    m_tasks->horizontalHeaderItem(HoursColumn)
        ->setToolTip(tr("Hours one output takes: 45 minutes = 0.75"));
    m_tasks->horizontalHeaderItem(WorkloadColumn)->setToolTip(tr("Yearly volume × time standard"));
    m_tasks->setItemDelegate(new NumberDelegate(m_tasks));
    m_tasks->verticalHeader()->hide();
    m_tasks->setAlternatingRowColors(true);
    m_tasks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tasks->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_tasks->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TaskColumn, QHeaderView::Stretch);

    auto *add = new QPushButton(tr("Add task"), this);
    add->setObjectName(QStringLiteral("abkAddTask"));
    m_remove = new QPushButton(tr("Remove task"), this);
    m_remove->setObjectName(QStringLiteral("abkRemoveTask"));
    m_remove->setEnabled(false);

    m_effectiveHours = new QDoubleSpinBox(this);
    m_effectiveHours->setObjectName(QStringLiteral("abkEffectiveHours"));
    m_effectiveHours->setRange(1, 3000);
    m_effectiveHours->setDecimals(0);
    m_effectiveHours->setGroupSeparatorShown(true);
    m_effectiveHours->setSuffix(tr(" hours per year"));
    m_effectiveHours->setValue(AbkCalculator::effectiveHours(database));
    m_effectiveHours->setToolTip(tr("Effective working hours of one employee in a year (1,250 by "
                                    "default). A database setting: saving changes it for every "
                                    "ABK."));

    m_needed = new QLabel(this);
    m_needed->setObjectName(QStringLiteral("abkNeeded"));
    QFont big = m_needed->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setWeight(QFont::DemiBold);
    m_needed->setFont(big);
    m_formula = new QLabel(this);
    m_formula->setObjectName(QStringLiteral("abkFormula"));
    m_formula->setWordWrap(true);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formula->setToolTip(help());

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("Save tasks"), QDialogButtonBox::ApplyRole);
    save->setObjectName(QStringLiteral("abkSave"));
    m_adopt = buttons->addButton(tr("Adopt as formasi"), QDialogButtonBox::AcceptRole);
    m_adopt->setObjectName(QStringLiteral("abkAdopt"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);

    auto *taskButtons = new QHBoxLayout;
    taskButtons->addWidget(add);
    taskButtons->addWidget(m_remove);
    taskButtons->addStretch();
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Effective hours:"), m_effectiveHours);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_current);
    m_readOnly = !PermissionUi::allows(&database, DataAction::EditOrganisation);
    if (m_readOnly)
        layout->addWidget(PermissionUi::viewOnlyNote(DataAction::EditOrganisation, this));
    layout->addWidget(m_tasks, 1);
    layout->addLayout(taskButtons);
    layout->addLayout(form);
    layout->addWidget(m_needed);
    layout->addWidget(m_formula);
    layout->addWidget(buttons);
    resize(820, 560);

    connect(add, &QPushButton::clicked, this, [this] {
        addTask(tr("New task"), QString(), 0, 0);
        m_tasks->setCurrentCell(m_tasks->rowCount() - 1, TaskColumn);
        m_tasks->editItem(m_tasks->item(m_tasks->rowCount() - 1, TaskColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_tasks->removeRow(m_tasks->currentRow());
        updateResult();
    });
    connect(m_tasks, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(m_tasks->currentRow() >= 0); });
    connect(m_tasks, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            updateResult();
    });
    connect(m_effectiveHours, &QDoubleSpinBox::valueChanged, this, &AbkDialog::updateResult);
    connect(save, &QPushButton::clicked, this, &AbkDialog::saveTasks);
    connect(m_adopt, &QPushButton::clicked, this, &AbkDialog::adoptAsFormasi);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    loadTasks();
    if (m_readOnly)
        PermissionUi::makeReadOnly(this, {close});
}

QString AbkDialog::help()
{
    return tr("ABK (analisis beban kerja): needed headcount = Σ(yearly volume × time standard) "
              "÷ effective working hours per employee per year (1,250 hours by default). The "
              "result is rounded to the nearest whole person, halves up (1.5 → 2, 1.49 → 1), "
              "and is at least 1 whenever there is any workload.");
}

void AbkDialog::loadTasks()
{
    m_updating = true;
    m_tasks->setRowCount(0);
    for (const AbkTask &task : AbkRepository(m_database).tasks(m_post.unitId, m_post.jabatanId))
        appendRow(task);
    m_updating = false;
    updateResult();
}

void AbkDialog::appendRow(const AbkTask &task)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const int row = m_tasks->rowCount();
    m_tasks->insertRow(row);
    auto *name = new QTableWidgetItem(task.name);
    name->setData(IdRole, task.id);
    m_tasks->setItem(row, TaskColumn, name);
    m_tasks->setItem(row, OutputUnitColumn, new QTableWidgetItem(task.outputUnit));
    auto *volume = new QTableWidgetItem;
    volume->setData(Qt::EditRole, task.yearlyVolume);
    volume->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_tasks->setItem(row, VolumeColumn, volume);
    auto *hours = new QTableWidgetItem;
    hours->setData(Qt::EditRole, task.minutesPerUnit / MinutesPerHour);
    hours->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_tasks->setItem(row, HoursColumn, hours);
    auto *workload = new QTableWidgetItem;
    workload->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    workload->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_tasks->setItem(row, WorkloadColumn, workload);
    m_updating = wasUpdating;
}

void AbkDialog::addTask(const QString &name, const QString &outputUnit, double volume, double hours)
{
    AbkTask task;
    task.name = name;
    task.outputUnit = outputUnit;
    task.yearlyVolume = volume;
    task.minutesPerUnit = hours * MinutesPerHour;
    appendRow(task);
    updateResult();
}

QList<AbkTask> AbkDialog::tasks() const
{
    QList<AbkTask> tasks;
    for (int row = 0; row < m_tasks->rowCount(); ++row) {
        AbkTask task;
        task.id = m_tasks->item(row, TaskColumn)->data(IdRole).toLongLong();
        task.unitId = m_post.unitId;
        task.jabatanId = m_post.jabatanId;
        task.name = m_tasks->item(row, TaskColumn)->text().trimmed();
        task.outputUnit = m_tasks->item(row, OutputUnitColumn)->text().trimmed();
        task.yearlyVolume = cellNumber(m_tasks, row, VolumeColumn);
        task.minutesPerUnit = cellNumber(m_tasks, row, HoursColumn) * MinutesPerHour;
        tasks.append(task);
    }
    return tasks;
}

AbkResult AbkDialog::result() const
{
    return AbkCalculator::compute(tasks(), m_effectiveHours->value());
}

QString AbkDialog::formulaText() const
{
    return m_formula->text();
}

void AbkDialog::updateResult()
{
    m_updating = true;
    for (int row = 0; row < m_tasks->rowCount(); ++row) {
        const double hours =
            cellNumber(m_tasks, row, VolumeColumn) * cellNumber(m_tasks, row, HoursColumn);
        m_tasks->item(row, WorkloadColumn)->setText(numberText(hours, 1));
    }
    m_updating = false;

    const QLocale locale;
    const AbkResult r = result();
    m_current->setText(tr("Formasi now: %1 · bezetting: %2")
                           .arg(locale.toString(m_formasi), locale.toString(m_post.bezetting)));
    m_needed->setText(tr("Needed headcount: %1").arg(locale.toString(r.needed)));
    m_formula->setText(tr("Σ(volume × time standard) = %1 hours ÷ %2 effective hours = %3 → %4 "
                          "(rounded to the nearest whole person, halves up)")
                           .arg(numberText(r.workloadHours, 1), numberText(r.effectiveHours, 1),
                                locale.toString(r.exactNeed, 'f', 2), locale.toString(r.needed)));
    m_adopt->setText(tr("Adopt %1 as formasi").arg(locale.toString(r.needed)));
    m_adopt->setEnabled(r.needed != m_formasi || m_tasks->rowCount() > 0);
}

bool AbkDialog::store()
{
    QList<AbkTask> list = tasks();
    for (const AbkTask &task : std::as_const(list)) {
        if (task.name.isEmpty()) {
            DialogSeams::critical(this, tr("ABK not saved"), tr("Every task needs a name."));
            return false;
        }
    }
    if (DatabaseError error =
            AbkCalculator::saveTasks(m_database, m_post.unitId, m_post.jabatanId, list)) {
        DialogSeams::critical(this, tr("ABK not saved"), error.message);
        return false;
    }
    if (m_effectiveHours->value() != AbkCalculator::effectiveHours(m_database)) {
        if (DatabaseError error =
                AbkCalculator::setEffectiveHours(m_database, m_effectiveHours->value())) {
            DialogSeams::critical(this, tr("ABK not saved"), error.message);
            return false;
        }
    }
    // The ids of added tasks, so that saving again updates instead of adding twice.
    for (int row = 0; row < m_tasks->rowCount() && row < list.size(); ++row)
        m_tasks->item(row, TaskColumn)->setData(IdRole, list.at(row).id);
    return true;
}

bool AbkDialog::saveTasks()
{
    return store();
}

bool AbkDialog::adoptAsFormasi()
{
    const QLocale locale;
    const int needed = result().needed;
    const QString question =
        tr("Set the formasi of %1 in %2 from %3 to %4? The tasks are saved as well, and the "
           "change is recorded in the audit trail.")
            .arg(m_post.jabatanName, m_post.unitName, locale.toString(m_formasi),
                 locale.toString(needed));
    if (DialogSeams::question(this, tr("Adopt as formasi"), question) != QMessageBox::Yes)
        return false;
    if (!store())
        return false;
    if (DatabaseError error =
            AbkCalculator::adoptAsFormasi(m_database, m_post.unitId, m_post.jabatanId, needed)) {
        DialogSeams::critical(this, tr("Formasi not changed"), error.message);
        return false;
    }
    m_formasi = needed;
    updateResult();
    Q_EMIT formasiAdopted(m_post.unitId, m_post.jabatanId, needed);
    return true;
}

} // namespace Simutasi
