#pragma once

#include "analysis/AbkCalculator.h"
#include "analysis/NeedsAnalysis.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Simutasi {

class Database;

// Analisis beban kerja of one jabatan in one unit: the editable list of tasks (yearly volume,
// time standard in hours), the effective working hours, and the needed headcount with the
// formula written out. "Adopt as formasi" stores the tasks and sets the formasi to the result
// through AbkCalculator, which audits both. A user who may not change the organisation sees the
// analysis read-only, without Save or Adopt.
class AbkDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        TaskColumn,
        OutputUnitColumn,
        VolumeColumn,
        HoursColumn, // time standard: hours per output
        WorkloadColumn,
        ColumnCount
    };

    AbkDialog(Database &database, const StaffingRow &post, QWidget *parent = nullptr);

    QTableWidget *taskTable() const { return m_tasks; }
    QDoubleSpinBox *effectiveHoursBox() const { return m_effectiveHours; }
    void addTask(const QString &name, const QString &outputUnit, double volume, double hours);
    QList<AbkTask> tasks() const; // as the table says now
    AbkResult result() const;
    QString formulaText() const;
    int currentFormasi() const { return m_formasi; }
    bool isReadOnly() const { return m_readOnly; }

    // The buttons' work; each says what went wrong itself and returns false then.
    bool saveTasks();
    bool adoptAsFormasi(); // asks for confirmation through DialogSeams

    static QString help(); // how the need is computed, for the "?" of the page

Q_SIGNALS:
    // The formasi of the post was changed to `needed`.
    void formasiAdopted(qint64 unitId, qint64 jabatanId, int needed);

private:
    void loadTasks();
    void appendRow(const AbkTask &task);
    void updateResult();
    bool store();

    Database &m_database;
    StaffingRow m_post;
    int m_formasi = 0;
    QTableWidget *m_tasks = nullptr;
    QDoubleSpinBox *m_effectiveHours = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_needed = nullptr;
    QLabel *m_formula = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_adopt = nullptr;
    bool m_updating = false;
    bool m_readOnly = false;
};

} // namespace Simutasi
