#pragma once

#include "analysis/DataQuality.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace Simutasi {

// The data-quality board: one row per OPD with its employees, the share with complete
// competency data, and how many miss last year's SKP, have a NIP that disagrees with the birth
// date or gender, or lack the education field. SortRole gives numbers for sorting.
class DataQualityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        OpdColumn,
        EmployeesColumn,
        CompleteCompetencyColumn,
        MissingSkpColumn,
        InconsistentNipColumn,
        MissingEducationFieldColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int OpdIdRole = Qt::UserRole + 2;

    explicit DataQualityModel(QObject *parent = nullptr);

    void setRows(const QList<DataQualityRow> &rows, int skpYear);
    const QList<DataQualityRow> &rows() const { return m_rows; }
    const DataQualityRow *row(int row) const;
    // The problem a column counts; IncompleteCompetency for the completeness column.
    static std::optional<DataQualityProblem> problemOf(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DataQualityRow> m_rows;
    int m_skpYear = 0;
};

} // namespace Simutasi
