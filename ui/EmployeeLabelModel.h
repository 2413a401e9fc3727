#pragma once

#include "storage/EmployeeFactsRepository.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QList>

namespace Simutasi {

class Database;

// A list of employees given by id (a box of the talent grid, the employees behind a data
// problem), shown with NIP, name, jabatan, unit and OPD. Only the ids are held; the names are
// read for the rows shown, a page at a time, and kept in a small cache, so a list of tens of
// thousands opens at once.
class EmployeeLabelModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NipColumn,
        NameColumn,
        JabatanColumn,
        UnitColumn,
        OpdColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1; // qint64 employee id, on every column
    static constexpr int PageSize = 200;

    explicit EmployeeLabelModel(QObject *parent = nullptr);

    // The database to read names from; must be replaced (or nullptr) before it closes.
    void setDatabase(Database *database);
    void setEmployees(const QList<qint64> &employeeIds);
    const QList<qint64> &employeeIds() const { return m_ids; }
    qint64 employeeId(int row) const { return m_ids.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const EmployeeLabel *label(int row) const;

    Database *m_database = nullptr;
    QList<qint64> m_ids;
    mutable QCache<int, QHash<qint64, EmployeeLabel>> m_pages;
};

} // namespace Simutasi
