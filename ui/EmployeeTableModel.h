#pragma once

#include "storage/EmployeeRepository.h"

#include <QAbstractTableModel>
#include <QCache>
#include <memory>

namespace Simutasi {

class Database;

// The employee list as a table model over EmployeeRepository. It never loads the whole list:
// rowCount() is the repository's count for the filter, and rows are read on demand in pages
// that are kept in a small least-recently-used cache. Sorting and filtering run in SQL.
class EmployeeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NipColumn,
        NameColumn,
        GenderColumn,
        StatusColumn,
        GolonganColumn,
        JabatanColumn,
        UnitColumn,
        OpdColumn,
        TmtJabatanColumn,
        BirthDateColumn,
        ColumnCount
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1, // qint64 employee id, on every column
        NipDigitsRole,             // the 18 digits, on every column
        DepartedRole,              // bool: the employee left the province, on every column
    };

    static constexpr int PageSize = 256;
    static constexpr int MaxCachedPages = 40;

    explicit EmployeeTableModel(QObject *parent = nullptr);
    ~EmployeeTableModel() override;

    // The database to list; nullptr shows nothing. The model keeps no query open between calls,
    // but must be given another database (or nullptr) before this one is closed.
    void setDatabase(Database *database);
    Database *database() const { return m_database; }

    void setFilter(const EmployeeFilter &filter);
    EmployeeFilter filter() const { return m_filter; }
    bool isFiltered() const { return !(m_filter == EmployeeFilter{}); }
    // The province's active employees, whatever the filter (departed ones are not counted).
    int totalCount() const { return m_totalCount; }
    // Reads counts and rows again, e.g. after the data changed.
    void reload();

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    qint64 employeeId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // How many pages are cached now; for tests of the cache bound.
    int cachedPageCount() const { return m_pages.count(); }

Q_SIGNALS:
    // After a reset that may have changed rowCount() or totalCount().
    void countsChanged();

private:
    const EmployeeListRow *row(int row) const;
    QVariant displayData(const EmployeeListRow &row, int column) const;
    static EmployeeSortKey sortKeyFor(int column);
    void resetContents();

    Database *m_database = nullptr;
    std::unique_ptr<EmployeeRepository> m_repository;
    EmployeeFilter m_filter;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_rowCount = 0;
    int m_totalCount = 0;
    mutable QCache<int, QList<EmployeeListRow>> m_pages;
};

} // namespace Simutasi
