#pragma once

#include <QWidget>

class QAction;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Simutasi {

class Database;
class EmployeeDetailPanel;
class EmployeeDialog;
class EmployeeFilterBar;
class EmployeeTableModel;
class PageHeader;
class Settings;

// Pegawai: the register of employees. A search box (name or NIP, applied as the officer types),
// a unit picker and the filter bar narrow a sortable table that reads its rows page by page;
// the selected employee is summarised under the table. Double-click or Enter opens the
// employee dialog; "New employee" opens it empty.
class EmployeePage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int SearchDelayMs = 200;

    explicit EmployeePage(Settings &settings, QWidget *parent = nullptr);
    ~EmployeePage() override;

    void setDatabase(Database *database);
    // "New employee" only for a user who may change employee data (see PermissionUi); the
    // others open an employee read-only.
    void refreshPermissions();
    QPushButton *newEmployeeButton() const { return m_newButton; }
    EmployeeTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    EmployeeDetailPanel *detailPanel() const { return m_detail; }
    EmployeeFilterBar *filterBar() const { return m_filters; }
    QAction *newEmployeeAction() const { return m_newAction; }
    // Open the employee dialog (window-modal, deleted when closed); nullptr without a database
    // or for an employee that no longer exists.
    EmployeeDialog *openEmployee(qint64 employeeId);
    EmployeeDialog *newEmployee();
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
    QLayout *createToolRows();
    void openCurrent(const QModelIndex &index);
    EmployeeDialog *showDialog(qint64 employeeId);
    void afterSave(qint64 employeeId);

    Settings &m_settings;
    EmployeeTableModel *m_model;
    QLineEdit *m_search = nullptr;
    EmployeeFilterBar *m_filters = nullptr;
    QPushButton *m_newButton = nullptr;
    QAction *m_newAction = nullptr;
    QTableView *m_table = nullptr;
    EmployeeDetailPanel *m_detail = nullptr;
    QTimer *m_searchDelay = nullptr;
    bool m_headerRestored = false;
    bool m_columnsSized = false;
};

} // namespace Simutasi
