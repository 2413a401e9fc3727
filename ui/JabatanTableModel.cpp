#include "JabatanTableModel.h"

#include <QColor>

namespace Simutasi {

JabatanTableModel::JabatanTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void JabatanTableModel::setJabatans(const QList<Jabatan> &jabatans)
{
    beginResetModel();
    m_jabatans = jabatans;
    endResetModel();
}

const Jabatan *JabatanTableModel::jabatan(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_jabatans.size() ? &m_jabatans.at(index.row())
                                                              : nullptr;
}

int JabatanTableModel::rowOf(qint64 jabatanId) const
{
    for (int row = 0; row < m_jabatans.size(); ++row) {
        if (m_jabatans.at(row).id == jabatanId)
            return row;
    }
    return -1;
}

void JabatanTableModel::jabatanChanged(const Jabatan &jabatan)
{
    const int row = rowOf(jabatan.id);
    if (row >= 0) {
        m_jabatans[row] = jabatan;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int end = int(m_jabatans.size());
    beginInsertRows({}, end, end);
    m_jabatans.append(jabatan);
    endInsertRows();
}

int JabatanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jabatans.size());
}

int JabatanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JabatanTableModel::displayData(const Jabatan &jabatan, int column) const
{
    switch (column) {
    case NameColumn:
        return jabatan.name;
    case TypeColumn:
        return JabatanTypes::displayName(jabatan.type);
    case GolonganColumn:
        return jabatan.golonganRange.toString();
    case EducationColumn:
        return jabatan.minEducation == EducationLevel::Unknown
                   ? tr("any")
                   : EducationLevels::code(jabatan.minEducation);
    case FieldsColumn:
        return jabatan.educationFields.isEmpty()
                   ? tr("any field")
                   : jabatan.educationFields.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant JabatanTableModel::data(const QModelIndex &index, int role) const
{
    const Jabatan *jabatan = this->jabatan(index);
    if (!jabatan)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*jabatan, index.column());
    case Qt::ToolTipRole:
        return index.column() == FieldsColumn ? displayData(*jabatan, index.column()) : QVariant();
    case SortRole:
        if (index.column() == TypeColumn)
            return int(jabatan->type);
        if (index.column() == GolonganColumn)
            return jabatan->golonganRange.min.rank() * 100 + jabatan->golonganRange.max.rank();
        if (index.column() == EducationColumn)
            return int(jabatan->minEducation);
        return displayData(*jabatan, index.column());
    case JabatanIdRole:
        return jabatan->id;
    case Qt::ForegroundRole:
        if ((index.column() == EducationColumn &&
             jabatan->minEducation == EducationLevel::Unknown) ||
            (index.column() == FieldsColumn && jabatan->educationFields.isEmpty()))
            return QColor(0x8a, 0x94, 0xa3);
        return {};
    default:
        return {};
    }
}

QVariant JabatanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Jabatan");
    case TypeColumn:
        return tr("Type and level");
    case GolonganColumn:
        return tr("Golongan");
    case EducationColumn:
        return tr("Min. education");
    case FieldsColumn:
        return tr("Accepted fields of study");
    default:
        return {};
    }
}

} // namespace Simutasi
