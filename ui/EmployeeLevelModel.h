#pragma once

#include "CompetencyLinesModel.h"

namespace Simutasi {

// The competency levels one employee was assessed at, with the date and source of each.
class EmployeeLevelModel : public CompetencyLinesModel<EmployeeCompetency>
{
    Q_OBJECT
public:
    enum Column
    {
        LevelColumn = FirstOwnColumn,
        DateColumn,
        SourceColumn,
        ColumnCount
    };
    static constexpr int CompetencyIdRole = Qt::UserRole + 1;

    explicit EmployeeLevelModel(QObject *parent = nullptr);

    void setLevels(const QList<EmployeeCompetency> &levels,
                   const QHash<qint64, Competency> &dictionary)
    {
        setLines(levels, dictionary);
    }
    const EmployeeCompetency *level(int row) const { return lineAt(row); }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant lineData(const EmployeeCompetency &level, const Competency &competency, int column,
                      int role) const override;
};

} // namespace Simutasi
