#pragma once

#include "domain/Competency.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Simutasi {

// The competency lines of a jabatan's requirement profile while it is edited: competency,
// minimum level and weight, the last two editable in place. Nothing is stored until the
// profile is saved.
class RequirementTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CompetencyColumn,
        KindColumn,
        MinLevelColumn,
        WeightColumn,
        ColumnCount
    };

    explicit RequirementTableModel(QObject *parent = nullptr);

    void setRequirements(const QList<CompetencyRequirement> &requirements,
                         const QHash<qint64, Competency> &dictionary);
    const QList<CompetencyRequirement> &requirements() const { return m_lines; }
    bool contains(qint64 competencyId) const;
    void addRequirement(qint64 competencyId, int minLevel, double weight);
    void removeRequirement(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited(); // a line was added, removed or changed

private:
    QList<CompetencyRequirement> m_lines;
    QHash<qint64, Competency> m_dictionary;
};

} // namespace Simutasi
