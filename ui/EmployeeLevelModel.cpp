#include "EmployeeLevelModel.h"

#include "CompetencyDictionaryModel.h"
#include "DateText.h"

namespace Simutasi {

EmployeeLevelModel::EmployeeLevelModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EmployeeLevelModel::setLevels(const QList<EmployeeCompetency> &levels,
                                   const QHash<qint64, Competency> &dictionary)
{
    beginResetModel();
    m_levels = levels;
    m_dictionary = dictionary;
    endResetModel();
}

const EmployeeCompetency *EmployeeLevelModel::level(int row) const
{
    return row >= 0 && row < m_levels.size() ? &m_levels[row] : nullptr;
}

int EmployeeLevelModel::rowOf(qint64 competencyId) const
{
    for (int row = 0; row < m_levels.size(); ++row) {
        if (m_levels[row].competencyId == competencyId)
            return row;
    }
    return -1;
}

int EmployeeLevelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_levels.size());
}

int EmployeeLevelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EmployeeLevelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EmployeeCompetency &l = m_levels[index.row()];
    const Competency c = m_dictionary.value(l.competencyId);
    if (role == CompetencyIdRole)
        return l.competencyId;
    if (role == Qt::ToolTipRole && index.column() == LevelColumn)
        return c.levelDescriptions.value(l.level - 1);
    if (role == Qt::TextAlignmentRole && index.column() == LevelColumn)
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CompetencyColumn:
        return c.name.isEmpty() ? QString::number(l.competencyId) : c.name;
    case KindColumn:
        return CompetencyDictionaryModel::kindName(c.kind);
    case LevelColumn:
        return l.level;
    case DateColumn:
        return dateText(l.assessedOn);
    case SourceColumn:
        return l.source;
    default:
        return {};
    }
}

QVariant EmployeeLevelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CompetencyColumn:
        return tr("Competency");
    case KindColumn:
        return tr("Kind");
    case LevelColumn:
        return tr("Level");
    case DateColumn:
        return tr("Assessed on");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace Simutasi
