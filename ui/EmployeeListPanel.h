#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QTableView;

namespace Simutasi {

class Database;
class EmployeeLabelModel;

// A titled list of employees given by id (EmployeeLabelModel, names read page by page), as the
// talent grid and the data-quality board show the employees behind a figure. Double-clicking an
// employee asks for their record.
class EmployeeListPanel : public QWidget
{
    Q_OBJECT
public:
    // tableName: the object name of the table (the page's style sheet addresses it).
    EmployeeListPanel(const QString &tableName, const QString &prompt, QWidget *parent = nullptr);

    void setDatabase(Database *database); // empties the list
    // The title becomes "<heading>: <count> employees".
    void showEmployees(const QString &heading, const QList<qint64> &employeeIds);
    void setTitle(const QString &title);

    EmployeeLabelModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *title() const { return m_title; }

Q_SIGNALS:
    void employeeActivated(qint64 employeeId);

private:
    EmployeeLabelModel *m_model;
    QLabel *m_title;
    QTableView *m_view;
};

} // namespace Simutasi
