#pragma once

#include "analysis/EmployeeMatch.h"
#include "domain/Competency.h"

#include <QDate>
#include <QHash>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Simutasi {

class CompetencyEditor;
class Database;
class EmployeeLevelModel;
class EmployeeTableModel;

// The competency profile of one employee: find them by name or NIP (the paged employee list,
// searched in SQL), then see education, training (diklat), certificates, assessments with
// potential, and the assessed competency levels with the date and source of each; record or
// correct a level (through CompetencyEditor, audited). The job-person match is shown against
// the employee's own jabatan and against any jabatan chosen, with the gap sentences of
// JobPersonMatch.
class EmployeeCompetencyView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int SearchDelayMs = 200;

    explicit EmployeeCompetencyView(QWidget *parent = nullptr);
    ~EmployeeCompetencyView() override;

    void setEditor(CompetencyEditor *editor, Database *database); // nullptr: nothing open
    void setReferenceDate(const QDate &date) { m_referenceDate = date; }
    // Reads the dictionary and the jabatan list again (after the other tabs changed them).
    void reloadLists();

    void showEmployee(qint64 employeeId); // 0 clears
    // Whether the logged-in user may record levels (CompetencyPage::refreshPermissions).
    void setMayEdit(bool mayEdit);
    qint64 employeeId() const { return m_employeeId; }

    QLineEdit *searchField() const { return m_search; }
    QTableView *results() const { return m_results; }
    EmployeeTableModel *resultModel() const { return m_resultModel; }
    EmployeeLevelModel *levelModel() const { return m_levelModel; }
    QTableView *levelTable() const { return m_levels; }
    QPushButton *recordButton() const { return m_record; }
    QPushButton *editButton() const { return m_editLevel; }
    QComboBox *jabatanChoice() const { return m_otherJabatan; }
    QLabel *profileLabel() const { return m_profile; }
    QLabel *historyLabel() const { return m_history; }
    QLabel *currentMatchLabel() const { return m_currentMatch; }
    QLabel *otherMatchLabel() const { return m_otherMatch; }
    const std::optional<EmployeeMatchResult> &currentMatch() const { return m_current; }
    const std::optional<EmployeeMatchResult> &otherMatch() const { return m_other; }

public Q_SLOTS:
    void recordLevel();
    void editLevel();
    void removeLevel();

Q_SIGNALS:
    void levelsChanged(qint64 employeeId);

private:
    void applySearch();
    void showProfile();
    void showMatches();
    void showOtherMatch();
    QString matchHtml(const std::optional<EmployeeMatchResult> &match) const;
    void editLevelAt(int row);
    void updateLevelButtons();

    CompetencyEditor *m_editor = nullptr;
    bool m_mayEdit = true;
    Database *m_database = nullptr;
    QDate m_referenceDate = QDate::currentDate();
    qint64 m_employeeId = 0;
    qint64 m_jabatanId = 0;
    QString m_employeeName;
    QHash<qint64, Competency> m_dictionary;
    std::optional<EmployeeMatchResult> m_current;
    std::optional<EmployeeMatchResult> m_other;

    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    EmployeeTableModel *m_resultModel = nullptr;
    QTableView *m_results = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_profile = nullptr;
    QLabel *m_history = nullptr;
    EmployeeLevelModel *m_levelModel = nullptr;
    QTableView *m_levels = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_editLevel = nullptr;
    QPushButton *m_removeLevel = nullptr;
    QLabel *m_currentMatch = nullptr;
    QComboBox *m_otherJabatan = nullptr;
    QLabel *m_otherMatch = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace Simutasi
