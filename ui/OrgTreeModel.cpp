#include "OrgTreeModel.h"

#include "DateText.h"
#include "OrgIcons.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QMimeData>

namespace Simutasi {

namespace {

const QColor ClosedText(0x8a, 0x94, 0xa3);
const QColor RemoteText(0xa8, 0x62, 0x00);

QString closedText(const QDate &closedOn)
{
    return OrgTreeModel::tr("Closed %1").arg(dateText(closedOn));
}

// "Kabupaten Lembah Sari" -> "Kab. Lembah Sari", as lists abbreviate it.
QString shortRegionName(const QString &name)
{
    const QString kabupaten = QStringLiteral("Kabupaten ");
    return name.startsWith(kabupaten) ? QStringLiteral("Kab. ") + name.mid(kabupaten.size()) : name;
}

} // namespace

OrgTreeModel::OrgTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

OrgTreeModel::~OrgTreeModel() = default;

void OrgTreeModel::clear()
{
    beginResetModel();
    m_root.children.clear();
    m_nodes.clear();
    m_storage.clear();
    m_regionNames.clear();
    endResetModel();
}

OrgTreeModel::Node *OrgTreeModel::newNode(const OrgUnit &unit)
{
    m_storage.push_back(std::make_unique<Node>());
    Node *node = m_storage.back().get();
    node->unit = unit;
    m_nodes.insert(unit.id, node);
    return node;
}

void OrgTreeModel::load(const QList<OrgUnit> &unitsInTreeOrder,
                        const QHash<qint64, int> &employeesByUnit,
                        const QHash<qint64, QString> &regionNames)
{
    beginResetModel();
    m_root.children.clear();
    m_nodes.clear();
    m_storage.clear();
    m_storage.reserve(size_t(unitsInTreeOrder.size()));
    m_regionNames = regionNames;
    for (const OrgUnit &unit : unitsInTreeOrder) {
        Node *node = newNode(unit);
        node->parent = nodeOf(unit.parentId);
        if (!node->parent)
            node->parent = &m_root;
        node->parent->children.append(node);
    }
    // Children come after their parents, so summing in reverse order adds each branch once.
    for (auto it = m_storage.rbegin(); it != m_storage.rend(); ++it) {
        Node *node = it->get();
        node->directEmployees = employeesByUnit.value(node->unit.id);
        node->totalEmployees += node->directEmployees;
        if (node->parent != &m_root)
            node->parent->totalEmployees += node->totalEmployees;
    }
    endResetModel();
}

OrgTreeModel::Node *OrgTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

int OrgTreeModel::rowOf(const Node *node) const
{
    return int(node->parent->children.indexOf(const_cast<Node *>(node)));
}

QModelIndex OrgTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(rowOf(node), column, const_cast<Node *>(node));
}

QModelIndex OrgTreeModel::indexOf(qint64 unitId, int column) const
{
    return indexOf(nodeOf(unitId), column);
}

const OrgUnit *OrgTreeModel::unit(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? &node->unit : nullptr;
}

const OrgUnit *OrgTreeModel::unit(qint64 unitId) const
{
    const Node *node = nodeOf(unitId);
    return node ? &node->unit : nullptr;
}

QString OrgTreeModel::opdName(qint64 unitId) const
{
    for (const Node *node = nodeOf(unitId); node && node != &m_root; node = node->parent) {
        if (node->unit.kind == OrgUnit::Kind::Opd)
            return node->unit.name;
    }
    return {};
}

int OrgTreeModel::directEmployees(qint64 unitId) const
{
    const Node *node = nodeOf(unitId);
    return node ? node->directEmployees : 0;
}

int OrgTreeModel::totalEmployees(qint64 unitId) const
{
    const Node *node = nodeOf(unitId);
    return node ? node->totalEmployees : 0;
}

int OrgTreeModel::childCount(qint64 unitId) const
{
    const Node *node = nodeOf(unitId);
    return node ? int(node->children.size()) : 0;
}

int OrgTreeModel::openUnitsBelow(qint64 unitId) const
{
    const Node *node = nodeOf(unitId);
    if (!node)
        return 0;
    int count = 0;
    for (const Node *child : node->children)
        count += (child->unit.isOpen() ? 1 : 0) + openUnitsBelow(child->unit.id);
    return count;
}

bool OrgTreeModel::isInSubtree(qint64 unitId, qint64 rootId) const
{
    for (const Node *node = nodeOf(unitId); node && node != &m_root; node = node->parent) {
        if (node->unit.id == rootId)
            return true;
    }
    return false;
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *parentNode = parent.isValid() ? nodeOf(parent) : &m_root;
    if (row < 0 || column < 0 || column >= ColumnCount || row >= parentNode->children.size())
        return {};
    return createIndex(row, column, parentNode->children.at(row));
}

QModelIndex OrgTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    return node ? indexOf(node->parent) : QModelIndex();
}

int OrgTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = parent.isValid() ? nodeOf(parent) : &m_root;
    return int(node->children.size());
}

int OrgTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant OrgTreeModel::displayData(const Node &node, int column) const
{
    const OrgUnit &unit = node.unit;
    switch (column) {
    case NameColumn:
        return unit.isOpen() ? unit.name
                             : tr("%1  ·  closed %2").arg(unit.name, dateText(unit.closedOn));
    case KindColumn:
        return orgUnitKindName(unit.kind);
    case CodeColumn:
        return unit.code;
    case RegionColumn:
        return shortRegionName(m_regionNames.value(unit.regionId));
    case EmployeesColumn:
        return node.totalEmployees > 0 ? QLocale().toString(node.totalEmployees) : QString();
    default:
        return {};
    }
}

QVariant OrgTreeModel::decoration(const Node &node, int column) const
{
    if (column == NameColumn)
        return OrgIcons::unitKind(node.unit.kind, node.unit.isOpen());
    if (column == RegionColumn && node.unit.remote)
        return OrgIcons::remote();
    return {};
}

QString OrgTreeModel::toolTip(const Node &node) const
{
    const OrgUnit &unit = node.unit;
    QStringList lines{unit.name};
    if (unit.remote)
        lines.append(tr("Daerah terpencil (remote area)"));
    if (!unit.isOpen())
        lines.append(closedText(unit.closedOn));
    if (node.totalEmployees > 0)
        lines.append(tr("%1 employees, %2 of them directly in this unit")
                         .arg(QLocale().toString(node.totalEmployees),
                              QLocale().toString(node.directEmployees)));
    return lines.join(u'\n');
}

QVariant OrgTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*node, index.column());
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(node->unit.name) : QVariant();
    case Qt::DecorationRole:
        return decoration(*node, index.column());
    case Qt::ToolTipRole:
        return toolTip(*node);
    case Qt::ForegroundRole:
        if (!node->unit.isOpen())
            return ClosedText;
        return index.column() == RegionColumn && node->unit.remote ? QVariant(RemoteText)
                                                                   : QVariant();
    case Qt::FontRole:
        if (node->unit.kind == OrgUnit::Kind::Opd && index.column() == NameColumn) {
            QFont font;
            font.setWeight(QFont::DemiBold);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == EmployeesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                 : QVariant();
    case UnitIdRole:
        return node->unit.id;
    case SearchTextRole:
        return node->unit.name + u' ' + node->unit.code;
    case OpenRole:
        return node->unit.isOpen();
    default:
        return {};
    }
}

QVariant OrgTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == EmployeesColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Unit");
    case KindColumn:
        return tr("Kind");
    case CodeColumn:
        return tr("Code");
    case RegionColumn:
        return tr("Kabupaten/Kota");
    case EmployeesColumn:
        return tr("Employees");
    default:
        return {};
    }
}

Qt::ItemFlags OrgTreeModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->unit.kind != OrgUnit::Kind::Province)
        flags |= Qt::ItemIsDragEnabled;
    if (node->unit.isOpen())
        flags |= Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool OrgTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *node = nodeOf(index);
    const QString name = value.toString().simplified();
    if (!node || role != Qt::EditRole || index.column() != NameColumn || name.isEmpty() ||
        name == node->unit.name)
        return false;
    // The page renames through OrgEditor and then reports the change with unitChanged().
    Q_EMIT renameRequested(node->unit.id, name);
    return false;
}

void OrgTreeModel::emitRowChanged(const Node *node)
{
    Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
}

void OrgTreeModel::unitChanged(const OrgUnit &unit)
{
    Node *node = nodeOf(unit.id);
    if (!node)
        return;
    const qint64 parentId = node->unit.parentId;
    node->unit = unit;
    node->unit.parentId = parentId; // moves come through unitMoved()
    emitRowChanged(node);
}

void OrgTreeModel::unitAdded(const OrgUnit &unit)
{
    Node *parent = nodeOf(unit.parentId);
    if (!parent || nodeOf(unit.id))
        return;
    const int row = int(parent->children.size());
    beginInsertRows(indexOf(parent), row, row);
    Node *node = newNode(unit);
    node->parent = parent;
    parent->children.append(node);
    endInsertRows();
}

void OrgTreeModel::unitRemoved(qint64 unitId)
{
    Node *node = nodeOf(unitId);
    if (!node || !node->children.isEmpty())
        return;
    const int row = rowOf(node);
    beginRemoveRows(indexOf(node->parent), row, row);
    node->parent->children.removeAt(row);
    m_nodes.remove(unitId);
    endRemoveRows(); // the node's storage stays until the next load
}

void OrgTreeModel::addEmployeesUpwards(Node *from, int count)
{
    for (Node *node = from; node && node != &m_root; node = node->parent) {
        node->totalEmployees += count;
        emitRowChanged(node);
    }
}

void OrgTreeModel::unitMoved(qint64 unitId, qint64 newParentId)
{
    Node *node = nodeOf(unitId);
    Node *newParent = nodeOf(newParentId);
    if (!node || !newParent || node->parent == newParent)
        return;
    Node *oldParent = node->parent;
    const int row = rowOf(node);
    const int destination = int(newParent->children.size());
    if (!beginMoveRows(indexOf(oldParent), row, row, indexOf(newParent), destination))
        return;
    oldParent->children.removeAt(row);
    newParent->children.append(node);
    node->parent = newParent;
    node->unit.parentId = newParentId;
    endMoveRows();
    addEmployeesUpwards(oldParent, -node->totalEmployees);
    addEmployeesUpwards(newParent, node->totalEmployees);
}

void OrgTreeModel::unitsClosed(const QList<qint64> &unitIds, const QDate &closedOn)
{
    for (qint64 id : unitIds) {
        if (Node *node = nodeOf(id)) {
            node->unit.closedOn = closedOn;
            emitRowChanged(node);
        }
    }
}

QMimeData *OrgTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !nodeOf(indexes.constFirst()))
        return nullptr;
    auto *data = new QMimeData;
    data->setData(MimeType, QByteArray::number(nodeOf(indexes.constFirst())->unit.id));
    return data;
}

qint64 OrgTreeModel::draggedUnit(const QMimeData *data) const
{
    return data && data->hasFormat(MimeType) ? data->data(MimeType).toLongLong() : 0;
}

bool OrgTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                   const QModelIndex &parent) const
{
    const Node *target = nodeOf(parent);
    const qint64 unitId = draggedUnit(data);
    const Node *dragged = nodeOf(unitId);
    return action == Qt::MoveAction && target && dragged && target->unit.isOpen() &&
           target != dragged->parent && !isInSubtree(target->unit.id, unitId);
}

bool OrgTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Refused here so that the view does not remove the dragged row itself: the page moves the
    // unit through OrgEditor (after asking) and reports it with unitMoved().
    Q_EMIT moveRequested(draggedUnit(data), nodeOf(parent)->unit.id);
    return false;
}

} // namespace Simutasi
