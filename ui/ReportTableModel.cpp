#include "ReportTableModel.h"

#include "domain/Nip.h"

#include <QLocale>

namespace Simutasi {

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setData(std::shared_ptr<const ReportData> data, int part)
{
    beginResetModel();
    m_data = std::move(data);
    m_part = part;
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_data ? 0 : m_data->rowCount(m_part);
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_data ? 0 : m_data->columnCount(m_part);
}

QString ReportTableModel::displayText(const QVariant &value, ColumnType type)
{
    if (value.isNull())
        return {};
    const QLocale locale;
    switch (type) {
    case ColumnType::Text:
        return value.toString();
    case ColumnType::Nip: {
        const Nip nip = Nip::parse(value.toString());
        return nip.isValid() ? nip.formatted() : value.toString();
    }
    case ColumnType::Date:
        return value.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    case ColumnType::Integer:
        return locale.toString(value.toLongLong());
    case ColumnType::Percentage:
        return locale.toString(value.toDouble() * 100.0, 'f', 1) + u'%';
    case ColumnType::Decimal:
        return locale.toString(value.toDouble(), 'f', 2);
    }
    return {};
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_data || !index.isValid())
        return {};
    const ColumnType type = m_data->part(m_part).columns[index.column()].type;
    const QVariant &value = m_data->cell(m_part, index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(value, type);
    case Qt::EditRole:
        return value;
    case Qt::TextAlignmentRole:
        if (type == ColumnType::Integer || type == ColumnType::Percentage ||
            type == ColumnType::Decimal)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || !m_data)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_data->part(m_part).columns.value(section).title;
}

} // namespace Simutasi
