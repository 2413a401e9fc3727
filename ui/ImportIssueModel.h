#pragma once

#include "import/ImportReport.h"

#include <QAbstractTableModel>

namespace Simutasi {

// The rejected rows of an import as a table: row of the file, column as headed there, the
// value read and the reason.
class ImportIssueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RowColumn,
        ColumnColumn,
        ValueColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit ImportIssueModel(QObject *parent = nullptr);

    void setIssues(const QList<ImportIssue> &issues);
    const QList<ImportIssue> &issues() const { return m_issues; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportIssue> m_issues;
};

} // namespace Simutasi
