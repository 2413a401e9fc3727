#pragma once

#include "domain/OrgUnit.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>
#include <memory>
#include <vector>

namespace Simutasi {

// The organisation tree (province, OPDs, units) for a QTreeView: loaded once from
// OrgRepository::units() and then kept up to date by the page after each edit, so the view keeps
// its expanded branches and selection. Shows kind, code, kabupaten/kota with the badge of a
// remote unit, the employees of each branch and, greyed, closed units with their closing date.
// Units can be dragged onto another unit: the model does not move them itself but asks with
// moveRequested().
class OrgTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        KindColumn,
        CodeColumn,
        RegionColumn,
        EmployeesColumn,
        ColumnCount
    };
    enum Role
    {
        UnitIdRole = Qt::UserRole + 1,
        SearchTextRole, // name and code, for filtering
        OpenRole        // false for a closed unit
    };
    static inline const QString MimeType = QStringLiteral("application/x-simutasi-unit-id");

    explicit OrgTreeModel(QObject *parent = nullptr);
    ~OrgTreeModel() override;

    // unitsInTreeOrder: parents before children, as OrgRepository::units() returns them.
    void load(const QList<OrgUnit> &unitsInTreeOrder, const QHash<qint64, int> &employeesByUnit,
              const QHash<qint64, QString> &regionNames);
    void clear();

    QModelIndex indexOf(qint64 unitId, int column = NameColumn) const;
    const OrgUnit *unit(const QModelIndex &index) const;
    const OrgUnit *unit(qint64 unitId) const;
    QString opdName(qint64 unitId) const; // the OPD the unit belongs to; empty above the OPDs
    int directEmployees(qint64 unitId) const;
    int totalEmployees(qint64 unitId) const; // including every unit below
    int childCount(qint64 unitId) const;
    int openUnitsBelow(qint64 unitId) const;              // at any depth
    bool isInSubtree(qint64 unitId, qint64 rootId) const; // rootId itself counts
    QString regionName(qint64 regionId) const { return m_regionNames.value(regionId); }

    // Keeping up with edits made through OrgEditor.
    void unitChanged(const OrgUnit &unit);
    void unitAdded(const OrgUnit &unit);
    void unitRemoved(qint64 unitId);
    void unitMoved(qint64 unitId, qint64 newParentId);
    void unitsClosed(const QList<qint64> &unitIds, const QDate &closedOn);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override { return {MimeType}; }
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void moveRequested(qint64 unitId, qint64 newParentId);
    void renameRequested(qint64 unitId, const QString &newName);

private:
    struct Node
    {
        OrgUnit unit;
        Node *parent = nullptr;
        QList<Node *> children;
        int directEmployees = 0;
        int totalEmployees = 0;
    };

    Node *nodeOf(const QModelIndex &index) const;
    Node *nodeOf(qint64 unitId) const { return m_nodes.value(unitId, nullptr); }
    int rowOf(const Node *node) const;
    QModelIndex indexOf(const Node *node, int column = NameColumn) const;
    QVariant displayData(const Node &node, int column) const;
    QVariant decoration(const Node &node, int column) const;
    QString toolTip(const Node &node) const;
    Node *newNode(const OrgUnit &unit);
    void addEmployeesUpwards(Node *from, int count);
    void emitRowChanged(const Node *node);
    qint64 draggedUnit(const QMimeData *data) const;

    Node m_root; // invisible; its children are the top of the tree
    std::vector<std::unique_ptr<Node>> m_storage;
    QHash<qint64, Node *> m_nodes;
    QHash<qint64, QString> m_regionNames;
};

} // namespace Simutasi
