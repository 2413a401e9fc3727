#pragma once

#include "report/ReportData.h"

#include <QAbstractTableModel>
#include <memory>

namespace Simutasi {

// One part of a report's result as a read-only table. The rows stay in the shared ReportData
// (compact, up to 100,000 rows); the model only formats the cell asked for, so a view scrolls a
// large report without copying it.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ReportTableModel(QObject *parent = nullptr);

    void setData(std::shared_ptr<const ReportData> data, int part);
    int part() const { return m_part; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A cell as the table shows it (dates dd/mm/yyyy, NIP grouped, shares in percent).
    static QString displayText(const QVariant &value, ColumnType type);

private:
    std::shared_ptr<const ReportData> m_data;
    int m_part = 0;
};

} // namespace Simutasi
