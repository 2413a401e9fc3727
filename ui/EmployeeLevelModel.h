#pragma once

#include "domain/Competency.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Simutasi {

// The competency levels one employee was assessed at, with the date and source of each.
class EmployeeLevelModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CompetencyColumn,
        KindColumn,
        LevelColumn,
        DateColumn,
        SourceColumn,
        ColumnCount
    };
    static constexpr int CompetencyIdRole = Qt::UserRole + 1;

    explicit EmployeeLevelModel(QObject *parent = nullptr);

    void setLevels(const QList<EmployeeCompetency> &levels,
                   const QHash<qint64, Competency> &dictionary);
    const EmployeeCompetency *level(int row) const;
    int rowOf(qint64 competencyId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<EmployeeCompetency> m_levels;
    QHash<qint64, Competency> m_dictionary;
};

} // namespace Simutasi
