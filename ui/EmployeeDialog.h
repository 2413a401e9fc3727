#pragma once

#include "registry/EmployeeEditor.h"
#include "registry/EmployeeRecord.h"

#include <QDialog>

class QGridLayout;
class QLabel;
class QPushButton;
class QTabWidget;

namespace Simutasi {

class AuditTrailView;
class Database;
class EmployeeForm;
class EmployeeHistoryTabs;
struct YearsMonths;

// One employee, to view and edit, or a new one: a header with the computed facts (masa kerja,
// time in post, age, pensiun date), the data tab, the five history tabs and the history of
// changes. Save writes everything at once through EmployeeEditor (one transaction with its
// audit entries). Closing with unsaved changes asks Save / Discard / Cancel (via DialogSeams),
// so nothing is lost silently. A user who may not change employee data sees it read-only, without
// Save.
class EmployeeDialog : public QDialog
{
    Q_OBJECT
public:
    // employeeId 0 opens an empty form for a new employee.
    EmployeeDialog(Database &database, qint64 employeeId, QWidget *parent = nullptr);
    ~EmployeeDialog() override;

    bool isLoaded() const { return m_loaded; } // false when the employee no longer exists
    bool isReadOnly() const { return m_readOnly; }
    qint64 employeeId() const { return m_before.employee.id; }
    bool hasUnsavedChanges() const;
    // Saves the changes; shows why when it cannot. True when nothing is left unsaved.
    bool save();

    EmployeeForm *form() const { return m_form; }
    EmployeeHistoryTabs *histories() const { return m_histories; }
    AuditTrailView *auditTrail() const { return m_audit; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *footerMessage() const { return m_footer; }
    QString factText(const QString &name) const; // the value of a header fact, for tests

    static QString durationText(const YearsMonths &duration);

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void saved(qint64 employeeId);

private:
    QWidget *createHeader();
    QWidget *createFooter();
    void addFact(QGridLayout *grid, const QString &name, const QString &caption);
    void showRecord(const EmployeeRecord &record);
    EmployeeRecord collect() const;
    void updateState();
    void updateHeader();
    QString blockingReason() const;

    Database &m_database;
    EmployeeEditor m_editor;
    EmployeeRecord m_before;
    bool m_loaded = true;
    bool m_justSaved = false;
    bool m_readOnly = false;
    QTabWidget *m_tabs = nullptr;
    EmployeeForm *m_form = nullptr;
    EmployeeHistoryTabs *m_histories = nullptr;
    AuditTrailView *m_audit = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QList<QLabel *> m_facts;
    QLabel *m_footer = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Simutasi
