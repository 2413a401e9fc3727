#pragma once

#include "CompetencyLinesModel.h"

namespace Simutasi {

// The competency lines of a jabatan's requirement profile while it is edited: competency,
// minimum level and weight, the last two editable in place. Nothing is stored until the
// profile is saved.
class RequirementTableModel : public CompetencyLinesModel<CompetencyRequirement>
{
    Q_OBJECT
public:
    enum Column
    {
        MinLevelColumn = FirstOwnColumn,
        WeightColumn,
        ColumnCount
    };

    explicit RequirementTableModel(QObject *parent = nullptr);

    void setRequirements(const QList<CompetencyRequirement> &requirements,
                         const QHash<qint64, Competency> &dictionary)
    {
        setLines(requirements, dictionary);
    }
    const QList<CompetencyRequirement> &requirements() const { return m_lines; }
    void addRequirement(qint64 competencyId, int minLevel, double weight);
    void removeRequirement(int row);

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited(); // a line was added, removed or changed

private:
    QVariant lineData(const CompetencyRequirement &line, const Competency &competency, int column,
                      int role) const override;
};

} // namespace Simutasi
