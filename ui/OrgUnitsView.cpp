#include "OrgUnitsView.h"

#include "CloseUnitDialog.h"
#include "DialogSeams.h"
#include "FormasiPanel.h"
#include "OrgTreeFilter.h"
#include "OrgTreeModel.h"
#include "PermissionUi.h"
#include "PlainRowDelegate.h"
#include "UnitDetailPanel.h"
#include "UnitDialog.h"
#include "UnitPickerDialog.h"
#include "registry/OrgEditor.h"

#include <QAction>
#include <QBoxLayout>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QResizeEvent>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace Simutasi {

namespace {

// What a new unit below `parent` most likely is.
OrgUnit::Kind usualChildKind(OrgUnit::Kind parent)
{
    switch (parent) {
    case OrgUnit::Kind::Province:
        return OrgUnit::Kind::Opd;
    case OrgUnit::Kind::Opd:
        return OrgUnit::Kind::Bidang;
    case OrgUnit::Kind::Sekretariat:
    case OrgUnit::Kind::Bidang:
        return OrgUnit::Kind::Seksi;
    default:
        return OrgUnit::Kind::Upt;
    }
}

} // namespace

OrgUnitsView::OrgUnitsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new OrgTreeModel(this))
    , m_filter(new OrgTreeFilter(this))
{
    m_filter->setSourceModel(m_model);
    createActions();
    m_detail = new UnitDetailPanel(this);
    m_formasi = new FormasiPanel(this);

    auto *side = new QWidget(this);
    m_sideLayout = new QBoxLayout(QBoxLayout::TopToBottom, side);
    m_sideLayout->setContentsMargins(0, 0, 0, 0);
    m_sideLayout->setSpacing(12);
    m_sideLayout->addWidget(m_detail);
    m_sideLayout->addWidget(m_formasi, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(12);
    m_splitter->addWidget(createTreeCard());
    m_splitter->addWidget(side);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_model, &OrgTreeModel::moveRequested, this, &OrgUnitsView::moveUnitTo,
            Qt::QueuedConnection); // after the drag has ended
    connect(m_model, &OrgTreeModel::renameRequested, this, &OrgUnitsView::renameUnit,
            Qt::QueuedConnection); // after the line editor has closed
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OrgUnitsView::currentChanged);
    updateActions();
}

void OrgUnitsView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(event->size().width() >= SideBySideWidth);
}

void OrgUnitsView::arrange(bool sideBySide)
{
    const Qt::Orientation orientation = sideBySide ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() == orientation && m_arranged)
        return;
    m_arranged = true;
    // Wide: the tree left, the unit's card above its formasi on the right. Narrow (a 1366-pixel
    // laptop screen): the tree across the page, the card beside the formasi below it, so that
    // neither the unit names nor the jabatan names have to be cut short.
    m_splitter->setOrientation(orientation);
    m_sideLayout->setDirection(sideBySide ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_detail->setMaximumWidth(sideBySide ? QWIDGETSIZE_MAX : DetailWidth);
    m_detail->setCompact(!sideBySide);
    const int length = sideBySide ? width() : height();
    m_splitter->setSizes({length * 3 / 5, length * 2 / 5}); // the tree gets the larger part
}

void OrgUnitsView::createTree()
{
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("orgTree"));
    m_tree->setModel(m_filter);
    m_tree->setItemDelegate(new PlainRowDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setIndentation(16);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(OrgTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setHighlightSections(false);
    sizeColumns();
}

QWidget *OrgUnitsView::createTreeCard()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("orgSearch"));
    m_search->setPlaceholderText(tr("Find a unit by name or code"));
    m_search->setClearButtonEnabled(true);
    m_showClosed = new QCheckBox(tr("Show closed units"), this);
    m_showClosed->setObjectName(QStringLiteral("showClosedUnits"));
    m_showClosed->setChecked(true);

    createTree();

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_showClosed);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    for (QAction *action :
         {m_addAction, m_editAction, m_moveAction, m_closeAction, m_reopenAction, m_removeAction})
        buttons->addWidget(buttonFor(action));
    buttons->addStretch();

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addLayout(filterRow);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);

    connect(m_search, &QLineEdit::textChanged, this, &OrgUnitsView::applySearch);
    connect(m_showClosed, &QCheckBox::toggled, m_filter, &OrgTreeFilter::setShowClosed);
    connect(m_tree, &QTreeView::doubleClicked, this, [this] {
        if (m_editAction->isEnabled())
            editUnit();
    });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &OrgUnitsView::showContextMenu);
    return card;
}

void OrgUnitsView::createActions()
{
    const auto make = [this](const QString &text, const char *name, void (OrgUnitsView::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_addAction = make(tr("Add unit…"), "actionAddUnit", &OrgUnitsView::addUnit);
    m_addAction->setToolTip(tr("Add a unit below the chosen one"));
    m_addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_editAction = make(tr("Edit…"), "actionEditUnit", &OrgUnitsView::editUnit);
    m_editAction->setToolTip(tr("Name, kind, code, kabupaten/kota and remote flag"));
    m_moveAction = make(tr("Move to…"), "actionMoveUnit", &OrgUnitsView::chooseNewPlace);
    m_moveAction->setToolTip(tr("Put the unit, with everything below it, somewhere else in the "
                                "tree. You can also drag it there."));
    m_closeAction = make(tr("Close…"), "actionCloseUnit", &OrgUnitsView::closeUnit);
    m_closeAction->setToolTip(tr("Record the date on which the unit stopped working"));
    m_reopenAction = make(tr("Reopen"), "actionReopenUnit", &OrgUnitsView::reopenUnit);
    m_removeAction = make(tr("Remove"), "actionRemoveUnit", &OrgUnitsView::removeUnit);
    m_removeAction->setToolTip(tr("Only for a unit created by mistake that nothing refers to"));
    m_removeAction->setShortcut(QKeySequence::Delete); // asks before anything is removed
    for (QAction *action :
         {m_addAction, m_editAction, m_moveAction, m_closeAction, m_reopenAction, m_removeAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

QPushButton *OrgUnitsView::buttonFor(QAction *action)
{
    auto *button = new QPushButton(action->text(), this);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    const auto sync = [button, action] {
        button->setEnabled(action->isEnabled());
        button->setVisible(action->isVisible());
        button->setToolTip(action->toolTip()); // which role a disabled action needs
    };
    connect(action, &QAction::changed, button, sync);
    sync();
    return button;
}

void OrgUnitsView::sizeColumns()
{
    const QFontMetrics metrics = m_tree->fontMetrics();
    const auto width = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    QHeaderView *header = m_tree->header();
    header->resizeSection(OrgTreeModel::KindColumn,
                          width(orgUnitKindName(OrgUnit::Kind::Sekretariat)));
    header->resizeSection(OrgTreeModel::CodeColumn, width(QStringLiteral("DISDIKBUD.SEK.1")));
    header->resizeSection(OrgTreeModel::RegionColumn,
                          width(QStringLiteral("Kab. Lembah Sari")) + 20); // and the badge
    header->resizeSection(OrgTreeModel::EmployeesColumn, width(tr("Employees")));
    header->setMinimumSectionSize(40);
}

void OrgUnitsView::setEditor(OrgEditor *editor, const QHash<qint64, Jabatan> *catalogue)
{
    m_editor = editor;
    m_formasi->setEditor(editor, catalogue);
    m_model->clear();
    m_regions.clear();
    reload();
    m_tree->expandToDepth(0);
    const QModelIndex top = m_filter->index(0, 0);
    if (top.isValid())
        m_tree->setCurrentIndex(top);
}

void OrgUnitsView::reload()
{
    if (!m_editor) {
        m_model->clear();
        currentChanged();
        return;
    }
    const QList<qint64> expanded = expandedUnits();
    const qint64 current = currentUnitId();
    OrgRepository &org = m_editor->repository();
    m_regions = org.regions();
    QHash<qint64, QString> regionNames;
    for (const Region &region : std::as_const(m_regions))
        regionNames.insert(region.id, region.displayName());
    m_model->load(org.units(), org.employeeCountsByUnit(), regionNames);
    for (qint64 id : expanded)
        m_tree->expand(viewIndex(id));
    if (current > 0)
        selectUnit(current);
    currentChanged();
}

QList<qint64> OrgUnitsView::expandedUnits() const
{
    QList<qint64> expanded;
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < m_filter->rowCount(parent); ++row) {
            const QModelIndex index = m_filter->index(row, 0, parent);
            if (m_tree->isExpanded(index)) {
                expanded.append(index.data(OrgTreeModel::UnitIdRole).toLongLong());
                pending.append(index);
            }
        }
    }
    return expanded;
}

QModelIndex OrgUnitsView::viewIndex(qint64 unitId) const
{
    return m_filter->mapFromSource(m_model->indexOf(unitId));
}

qint64 OrgUnitsView::currentUnitId() const
{
    return m_tree->currentIndex().data(OrgTreeModel::UnitIdRole).toLongLong();
}

void OrgUnitsView::selectUnit(qint64 unitId)
{
    const QModelIndex index = viewIndex(unitId);
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

void OrgUnitsView::applySearch(const QString &text)
{
    m_filter->setText(text);
    if (!text.trimmed().isEmpty())
        m_tree->expandAll();
}

void OrgUnitsView::currentChanged()
{
    const qint64 id = currentUnitId();
    const OrgUnit *unit = m_model->unit(id);
    m_detail->showUnit(*m_model, id);
    m_formasi->setUnit(unit ? id : 0, unit ? unit->name : QString(), unit && unit->isOpen());
    updateActions();
}

void OrgUnitsView::updateActions()
{
    const OrgUnit *unit = m_editor ? m_model->unit(currentUnitId()) : nullptr;
    const bool open = unit && unit->isOpen();
    const bool isProvince = unit && unit->kind == OrgUnit::Kind::Province;
    const QString needed = PermissionUi::neededText(DataAction::EditOrganisation);
    PermissionUi::gate(m_addAction, open, m_mayEdit, needed);
    PermissionUi::gate(m_editAction, unit, m_mayEdit, needed);
    PermissionUi::gate(m_moveAction, unit && !isProvince, m_mayEdit, needed);
    PermissionUi::gate(m_closeAction, open && !isProvince, m_mayEdit, needed);
    m_closeAction->setVisible(!unit || open);
    PermissionUi::gate(m_reopenAction, unit && !open, m_mayEdit, needed);
    m_reopenAction->setVisible(unit && !open);
    PermissionUi::gate(m_removeAction, unit && !isProvince, m_mayEdit, needed);
}

void OrgUnitsView::setMayEdit(bool mayEdit)
{
    m_mayEdit = mayEdit;
    m_tree->setDragDropMode(mayEdit ? QAbstractItemView::DragDrop : QAbstractItemView::NoDragDrop);
    m_tree->setEditTriggers(mayEdit ? QAbstractItemView::EditKeyPressed
                                    : QAbstractItemView::NoEditTriggers);
    m_formasi->setMayEdit(mayEdit);
    updateActions();
}

void OrgUnitsView::showContextMenu(const QPoint &position)
{
    if (!m_tree->indexAt(position).isValid())
        return;
    QMenu menu(this);
    for (QAction *action :
         {m_addAction, m_editAction, m_moveAction, m_closeAction, m_reopenAction, m_removeAction}) {
        if (action->isVisible())
            menu.addAction(action);
    }
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

bool OrgUnitsView::report(const DatabaseError &error, const QString &title)
{
    if (!error)
        return true;
    DialogSeams::critical(this, title, error.message);
    return false;
}

void OrgUnitsView::refreshUnit(qint64 unitId)
{
    if (const auto stored = m_editor->repository().unit(unitId))
        m_model->unitChanged(*stored);
    if (unitId == currentUnitId())
        currentChanged();
}

void OrgUnitsView::addUnit()
{
    const OrgUnit *parent = m_editor ? m_model->unit(currentUnitId()) : nullptr;
    if (!parent || !parent->isOpen())
        return;
    OrgUnit unit;
    unit.parentId = parent->id;
    unit.kind = usualChildKind(parent->kind);
    unit.regionId = parent->regionId;
    UnitDialog dialog(unit, parent->name, m_regions, this);
    if (DialogSeams::exec(dialog) != QDialog::Accepted)
        return;
    unit = dialog.unit();
    if (!report(m_editor->addUnit(unit), tr("Unit not added")))
        return;
    m_model->unitAdded(unit);
    m_tree->expand(viewIndex(parent->id));
    selectUnit(unit.id);
}

void OrgUnitsView::editUnit()
{
    const OrgUnit *unit = m_editor ? m_model->unit(currentUnitId()) : nullptr;
    if (!unit)
        return;
    const OrgUnit *parent = m_model->unit(unit->parentId);
    UnitDialog dialog(*unit, parent ? parent->name : QString(), m_regions, this);
    if (DialogSeams::exec(dialog) != QDialog::Accepted)
        return;
    if (report(m_editor->updateUnit(dialog.unit()), tr("Unit not changed")))
        refreshUnit(unit->id);
}

bool OrgUnitsView::renameUnit(qint64 unitId, const QString &name)
{
    const OrgUnit *stored = m_editor ? m_model->unit(unitId) : nullptr;
    if (!stored)
        return false;
    OrgUnit unit = *stored;
    unit.name = name;
    if (!report(m_editor->updateUnit(unit), tr("Unit not renamed")))
        return false;
    refreshUnit(unitId);
    return true;
}

void OrgUnitsView::chooseNewPlace()
{
    const qint64 id = currentUnitId();
    if (!m_editor || id <= 0)
        return;
    UnitPickerDialog picker(*m_model, id, this);
    if (DialogSeams::exec(picker) == QDialog::Accepted && picker.chosenUnit() > 0)
        moveUnitTo(id, picker.chosenUnit());
}

bool OrgUnitsView::moveUnitTo(qint64 unitId, qint64 newParentId)
{
    const OrgUnit *unit = m_editor ? m_model->unit(unitId) : nullptr;
    const OrgUnit *parent = m_model->unit(newParentId);
    if (!unit || !parent)
        return false;
    const QString question =
        m_model->childCount(unitId) == 0
            ? tr("Move %1 to %2?").arg(unit->name, parent->name)
            : tr("Move %1, with everything below it, to %2?").arg(unit->name, parent->name);
    if (DialogSeams::question(this, tr("Move unit"), question, QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::Yes) != QMessageBox::Yes)
        return false;
    if (!report(m_editor->moveUnit(unitId, newParentId), tr("Unit not moved")))
        return false;
    m_model->unitMoved(unitId, newParentId);
    m_tree->expand(viewIndex(newParentId));
    selectUnit(unitId);
    currentChanged();
    return true;
}

void OrgUnitsView::closeUnit()
{
    const OrgUnit *unit = m_editor ? m_model->unit(currentUnitId()) : nullptr;
    if (!unit || !unit->isOpen())
        return;
    const qint64 id = unit->id;
    CloseUnitDialog dialog(unit->name, m_model->openUnitsBelow(id), m_model->totalEmployees(id),
                           this);
    if (DialogSeams::exec(dialog) != QDialog::Accepted)
        return;
    QList<qint64> closed;
    if (!report(m_editor->closeUnit(id, dialog.closedOn(), &closed), tr("Unit not closed")))
        return;
    m_model->unitsClosed(closed, dialog.closedOn());
    currentChanged();
}

void OrgUnitsView::reopenUnit()
{
    const qint64 id = currentUnitId();
    if (m_editor && report(m_editor->reopenUnit(id), tr("Unit not reopened")))
        refreshUnit(id);
}

void OrgUnitsView::removeUnit()
{
    const OrgUnit *unit = m_editor ? m_model->unit(currentUnitId()) : nullptr;
    if (!unit)
        return;
    const QString blocker = m_editor->removalBlocker(unit->id);
    if (!blocker.isEmpty()) {
        // The refusal says why; where closing is possible it is offered at once.
        if (!unit->isOpen() || unit->kind == OrgUnit::Kind::Province)
            DialogSeams::information(this, tr("Unit cannot be removed"), blocker);
        else if (DialogSeams::question(this, tr("Unit cannot be removed"),
                                       blocker + QStringLiteral("\n\n") + tr("Close it now?")) ==
                 QMessageBox::Yes)
            closeUnit();
        return;
    }
    if (DialogSeams::question(this, tr("Remove unit"),
                              tr("Remove %1? Nothing refers to it, so it can go as if it had "
                                 "never been created. The removal is recorded in the audit "
                                 "trail.")
                                  .arg(unit->name)) != QMessageBox::Yes)
        return;
    const qint64 id = unit->id;
    const qint64 parentId = unit->parentId;
    if (!report(m_editor->removeUnit(id), tr("Unit not removed")))
        return;
    m_model->unitRemoved(id);
    selectUnit(parentId);
}

} // namespace Simutasi
