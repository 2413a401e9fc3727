#include "EmployeeLevelModel.h"

#include "DateText.h"

namespace Simutasi {

EmployeeLevelModel::EmployeeLevelModel(QObject *parent)
    : CompetencyLinesModel(ColumnCount, parent)
{}

QVariant EmployeeLevelModel::lineData(const EmployeeCompetency &level, const Competency &competency,
                                      int column, int role) const
{
    if (role == CompetencyIdRole)
        return level.competencyId;
    if (role == Qt::ToolTipRole && column == LevelColumn)
        return competency.levelDescriptions.value(level.level - 1);
    if (role == Qt::TextAlignmentRole && column == LevelColumn)
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case LevelColumn:
        return level.level;
    case DateColumn:
        return dateText(level.assessedOn);
    case SourceColumn:
        return level.source;
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
