#pragma once

#include <QDate>
#include <QWidget>
#include <memory>

class QTabWidget;
class QToolButton;

namespace Simutasi {

class CompetencyDictionaryView;
class CompetencyEditor;
class Database;
class DataQualityView;
class EmployeeCompetencyView;
class EmployeeDialog;
class RequirementProfileView;
class TalentGridView;

// Kompetensi: the competency mapping of the province in five tabs - the competency dictionary,
// the competency profile of one employee with the job-person match, the requirement profiles
// of jabatan, the 9-box talent grid and the data-quality board. Every change goes through
// CompetencyEditor (one transaction with its audit entries); the "?" button explains how the
// JPM and the grid are computed, in the words of core.
class CompetencyPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        DictionaryTab,
        EmployeeTab,
        RequirementTab,
        TalentTab,
        QualityTab
    };

    explicit CompetencyPage(QWidget *parent = nullptr);
    ~CompetencyPage() override;

    void setDatabase(Database *database); // nullptr: nothing open
    // "Today" of the talent grid, the data-quality board and the JPM; the current date unless a
    // test sets it.
    void setReferenceDate(const QDate &date);
    // Reads everything again, e.g. after an import.
    void reload();
    // After a log-in or switch of user: the dictionary, levels and requirement profiles take
    // changes only from a user who may change competency data.
    void refreshPermissions();

    // Opens the employee's record (window-modal, deleted when closed); nullptr when not found.
    EmployeeDialog *openEmployee(qint64 employeeId);
    static QString helpText();

    QTabWidget *tabs() const { return m_tabs; }
    QToolButton *helpButton() const { return m_help; }
    CompetencyDictionaryView *dictionaryView() const { return m_dictionary; }
    EmployeeCompetencyView *employeeView() const { return m_employee; }
    RequirementProfileView *requirementView() const { return m_requirements; }
    TalentGridView *talentView() const { return m_talent; }
    DataQualityView *qualityView() const { return m_quality; }
    CompetencyEditor *editor() const { return m_editor.get(); }

public Q_SLOTS:
    void showHelp();

private:
    Database *m_database = nullptr;
    std::unique_ptr<CompetencyEditor> m_editor;
    QTabWidget *m_tabs = nullptr;
    QToolButton *m_help = nullptr;
    CompetencyDictionaryView *m_dictionary = nullptr;
    EmployeeCompetencyView *m_employee = nullptr;
    RequirementProfileView *m_requirements = nullptr;
    TalentGridView *m_talent = nullptr;
    DataQualityView *m_quality = nullptr;
};

} // namespace Simutasi
