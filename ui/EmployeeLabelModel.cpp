#include "EmployeeLabelModel.h"

namespace Simutasi {

EmployeeLabelModel::EmployeeLabelModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_pages(20)
{}

void EmployeeLabelModel::setDatabase(Database *database)
{
    beginResetModel();
    m_database = database;
    m_ids.clear();
    m_pages.clear();
    endResetModel();
}

void EmployeeLabelModel::setEmployees(const QList<qint64> &employeeIds)
{
    beginResetModel();
    m_ids = employeeIds;
    m_pages.clear();
    endResetModel();
}

int EmployeeLabelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int EmployeeLabelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const EmployeeLabel *EmployeeLabelModel::label(int row) const
{
    if (!m_database || row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / PageSize;
    QHash<qint64, EmployeeLabel> *labels = m_pages.object(page);
    if (!labels) {
        labels = new QHash<qint64, EmployeeLabel>(
            EmployeeFactsRepository(*m_database).labels(m_ids.mid(page * PageSize, PageSize)));
        m_pages.insert(page, labels);
    }
    const auto it = labels->constFind(m_ids.at(row));
    return it == labels->constEnd() ? nullptr : &*it;
}

QVariant EmployeeLabelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return m_ids.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const EmployeeLabel *l = label(index.row());
    if (!l)
        return {};
    switch (index.column()) {
    case NipColumn:
        return l->nip;
    case NameColumn:
        return l->fullName;
    case JabatanColumn:
        return l->jabatanName;
    case UnitColumn:
        return l->unitName;
    case OpdColumn:
        return l->opdName;
    default:
        return {};
    }
}

QVariant EmployeeLabelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NipColumn:
        return QStringLiteral("NIP");
    case NameColumn:
        return tr("Name");
    case JabatanColumn:
        return QStringLiteral("Jabatan");
    case UnitColumn:
        return tr("Unit");
    case OpdColumn:
        return QStringLiteral("OPD");
    default:
        return {};
    }
}

} // namespace Simutasi
