#include "RequirementTableModel.h"

#include <QLocale>

namespace Simutasi {

RequirementTableModel::RequirementTableModel(QObject *parent)
    : CompetencyLinesModel(ColumnCount, parent)
{}

void RequirementTableModel::addRequirement(qint64 competencyId, int minLevel, double weight)
{
    if (contains(competencyId))
        return;
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append({0, competencyId, minLevel, weight});
    endInsertRows();
    Q_EMIT edited();
}

void RequirementTableModel::removeRequirement(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
}

QVariant RequirementTableModel::lineData(const CompetencyRequirement &line,
                                         const Competency &competency, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && (column == MinLevelColumn || column == WeightColumn))
        return int(Qt::AlignCenter);
    if (role == Qt::ToolTipRole && column == MinLevelColumn)
        return competency.levelDescriptions.value(line.minLevel - 1);
    if (role == Qt::EditRole) {
        if (column == MinLevelColumn)
            return line.minLevel;
        if (column == WeightColumn)
            return line.weight;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case MinLevelColumn:
        return line.minLevel;
    case WeightColumn:
        return QLocale().toString(line.weight, 'g', 4);
    default:
        return {};
    }
}

bool RequirementTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    CompetencyRequirement &line = m_lines[index.row()];
    bool ok = false;
    if (index.column() == MinLevelColumn) {
        const int level = value.toInt(&ok);
        if (!ok || level < Competency::MinLevel || level > Competency::MaxLevel)
            return false;
        line.minLevel = level;
    } else if (index.column() == WeightColumn) {
        const double weight = value.toDouble(&ok);
        if (!ok || !(weight > 0))
            return false;
        line.weight = weight;
    } else {
        return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags RequirementTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == MinLevelColumn || index.column() == WeightColumn))
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant RequirementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CompetencyColumn:
        return tr("Competency");
    case KindColumn:
        return tr("Kind");
    case MinLevelColumn:
        return tr("Minimum level");
    case WeightColumn:
        return tr("Weight");
    default:
        return {};
    }
}

} // namespace Simutasi
