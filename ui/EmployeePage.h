#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;

namespace Simutasi {

class Database;
class EmployeeDetailPanel;
class EmployeeTableModel;
class PageHeader;
class Settings;

// Pegawai: the register of employees. A search box (name or NIP, applied as the officer types)
// and a status choice narrow a sortable table that reads its rows page by page; the selected
// employee is summarised under the table.
class EmployeePage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int SearchDelayMs = 200;

    explicit EmployeePage(Settings &settings, QWidget *parent = nullptr);
    ~EmployeePage() override;

    void setDatabase(Database *database);
    EmployeeTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    EmployeeDetailPanel *detailPanel() const { return m_detail; }
    // "12.345 employees", "37 of 100.000 employees match"; empty when nothing is open.
    QString summary() const;
    void saveState();
    void focusSearch();

Q_SIGNALS:
    void summaryChanged(const QString &summary);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void showDetail(const QModelIndex &current);
    void restoreHeader();
    void sizeColumnsToFit();
    void showHeaderMenu(const QPoint &position);
    void resetColumns();

    Settings &m_settings;
    EmployeeTableModel *m_model;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QTableView *m_table = nullptr;
    EmployeeDetailPanel *m_detail = nullptr;
    QTimer *m_searchDelay = nullptr;
    bool m_headerRestored = false;
    bool m_columnsSized = false;
};

} // namespace Simutasi
