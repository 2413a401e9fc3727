#include "HistoryModelBase.h"

#include "DateText.h"

#include <QColor>

namespace Simutasi {

namespace {

const QColor MissingBackground(0xfd, 0xec, 0xec);

} // namespace

HistoryModelBase::HistoryModelBase(const QList<HistoryColumn> &columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
{
    connect(this, &QAbstractItemModel::dataChanged, this, &HistoryModelBase::edited);
    connect(this, &QAbstractItemModel::rowsInserted, this, &HistoryModelBase::edited);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &HistoryModelBase::edited);
}

int HistoryModelBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

bool HistoryModelBase::isMissing(int row, int column) const
{
    if (!m_columns.at(column).required)
        return false;
    const QVariant v = value(row, column);
    switch (m_columns.at(column).kind) {
    case HistoryColumn::Kind::Date:
        return !v.toDate().isValid();
    case HistoryColumn::Kind::Number:
        return v.toInt() < m_columns.at(column).minimum;
    default:
        return v.toString().trimmed().isEmpty();
    }
}

int HistoryModelBase::firstIncompleteRow() const
{
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 0; column < columnCount(); ++column) {
            if (isMissing(row, column))
                return row;
        }
    }
    return -1;
}

QString HistoryModelBase::displayText(int row, int column) const
{
    const QVariant v = value(row, column);
    switch (m_columns.at(column).kind) {
    case HistoryColumn::Kind::Date:
        return dateText(v.toDate());
    case HistoryColumn::Kind::Number:
        return v.isNull() ? QString() : QString::number(v.toInt());
    default:
        return v.toString();
    }
}

QVariant HistoryModelBase::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::EditRole:
        return value(row, column);
    case Qt::BackgroundRole:
        return isMissing(row, column) ? QVariant(MissingBackground) : QVariant();
    case Qt::ToolTipRole:
        return isMissing(row, column) ? QVariant(tr("Required"))
                                      : QVariant(displayText(row, column));
    case Qt::TextAlignmentRole:
        return m_columns.at(column).kind == HistoryColumn::Kind::Number
                   ? QVariant((Qt::AlignRight | Qt::AlignVCenter).toInt())
                   : QVariant();
    default:
        return {};
    }
}

bool HistoryModelBase::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    if (this->value(index.row(), index.column()) == value)
        return true;
    setValue(index.row(), index.column(), value);
    // A value can change others of its row (a jabatan name finds its catalogue entry).
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    return true;
}

QVariant HistoryModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const HistoryColumn &column = m_columns.at(section);
    if (role == Qt::DisplayRole)
        return column.required ? column.title + QStringLiteral(" *") : column.title;
    if (role == Qt::ToolTipRole)
        return column.toolTip.isEmpty() ? QVariant() : QVariant(column.toolTip);
    return {};
}

Qt::ItemFlags HistoryModelBase::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_columns.at(index.column()).readOnly)
        return flags;
    return flags | Qt::ItemIsEditable;
}

} // namespace Simutasi
