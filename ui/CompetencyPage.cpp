#include "CompetencyPage.h"

#include "CompetencyDictionaryView.h"
#include "DataQualityView.h"
#include "DialogSeams.h"
#include "EmployeeCompetencyView.h"
#include "EmployeeDialog.h"
#include "PageHeader.h"
#include "PermissionUi.h"
#include "RequirementProfileView.h"
#include "TalentGridView.h"
#include "analysis/JobPersonMatch.h"
#include "analysis/TalentGrid.h"
#include "registry/CompetencyEditor.h"
#include "session/Session.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Simutasi {

namespace {

// The tables and trees of this page look like the other pages': white, quiet headers.
const char *const StyleSheet = R"(
QTreeView#competencyTree, QTableView#levelTable, QTableView#requirementTable,
QTableView#talentList, QTableView#qualityBoard, QTableView#qualityList,
QTableView#competencySearchTable {
    background: #ffffff; alternate-background-color: #f6f8fb;
    selection-background-color: #d6e6f8; selection-color: #10233a; border: 1px solid #e3e7ed; }
QTreeView#competencyTree QHeaderView::section, QTableView#levelTable QHeaderView::section,
QTableView#requirementTable QHeaderView::section, QTableView#talentList QHeaderView::section,
QTableView#qualityBoard QHeaderView::section, QTableView#qualityList QHeaderView::section,
QTableView#competencySearchTable QHeaderView::section {
    background: #eef1f5; border: none; border-bottom: 1px solid #dde3ea;
    border-right: 1px solid #e3e7ed; padding: 6px 8px; color: #334155; font-weight: 600; }
#competencyProfile, #competencyProfileBody, #competencyDetail { background: #ffffff; }
QTreeView#competencyTree::item { padding: 2px 0px; }
QTabWidget::pane { border: none; }
QTabBar::tab { padding: 7px 16px; margin-right: 4px; color: #5b6878; background: transparent;
    border: none; border-bottom: 2px solid transparent; }
QTabBar::tab:selected { color: #1f4e8c; border-bottom: 2px solid #2f6fb5; font-weight: 600; }
QTabBar::tab:hover:!selected { color: #17202b; }
QToolButton#competencyHelp { border: 1px solid #cfd7e1; border-radius: 13px; background: #ffffff;
    color: #1f4e8c; font-weight: 700; min-width: 26px; min-height: 26px; }
QToolButton#competencyHelp:hover { border-color: #2f6fb5; }
)";

} // namespace

CompetencyPage::CompetencyPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("competencyPage"));
    setStyleSheet(QString::fromUtf8(StyleSheet));
    m_dictionary = new CompetencyDictionaryView(this);
    m_employee = new EmployeeCompetencyView(this);
    m_requirements = new RequirementProfileView(this);
    m_talent = new TalentGridView(this);
    m_quality = new DataQualityView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("competencyTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_dictionary, tr("Competency dictionary"));
    m_tabs->addTab(m_employee, tr("Employee profile"));
    m_tabs->addTab(m_requirements, tr("Jabatan requirements"));
    m_tabs->addTab(m_talent, tr("9-box talent grid"));
    m_tabs->addTab(m_quality, tr("Data quality"));

    m_help = new QToolButton(this);
    m_help->setObjectName(QStringLiteral("competencyHelp"));
    m_help->setText(QStringLiteral("?"));
    m_help->setToolTip(tr("How the job-person match and the 9-box grid are computed"));
    auto *header = new QHBoxLayout;
    header->addWidget(new PageHeader(tr("Competencies"),
                                     tr("The competency dictionary, employee profiles and jabatan "
                                        "requirements, the job-person match (JPM), the 9-box "
                                        "talent grid and the quality of the competency data"),
                                     this),
                      1);
    header->addWidget(m_help, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 14);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(m_help, &QToolButton::clicked, this, &CompetencyPage::showHelp);
    connect(m_dictionary, &CompetencyDictionaryView::dictionaryChanged, this, [this] {
        m_employee->reloadLists();
        m_requirements->reloadLists();
        m_quality->reload();
    });
    connect(m_requirements, &RequirementProfileView::profileSaved, this, [this] {
        m_employee->showEmployee(m_employee->employeeId()); // its JPM may have changed
        m_quality->reload();
    });
    connect(m_employee, &EmployeeCompetencyView::levelsChanged, m_quality,
            &DataQualityView::reload);
    connect(m_talent, &TalentGridView::employeeActivated, this, &CompetencyPage::openEmployee);
    connect(m_quality, &DataQualityView::employeeActivated, this, &CompetencyPage::openEmployee);
}

CompetencyPage::~CompetencyPage()
{
    setDatabase(nullptr);
}

void CompetencyPage::setDatabase(Database *database)
{
    // The views let go of the old editor before it is replaced.
    m_dictionary->setEditor(nullptr);
    m_employee->setEditor(nullptr, nullptr);
    m_requirements->setEditor(nullptr, nullptr);
    m_talent->setDatabase(nullptr);
    m_quality->setDatabase(nullptr);
    m_editor.reset();
    m_database = database;
    refreshPermissions();
    if (!database)
        return;
    m_editor = std::make_unique<CompetencyEditor>(*database, Session::userName());
    m_dictionary->setEditor(m_editor.get());
    m_employee->setEditor(m_editor.get(), database);
    m_requirements->setEditor(m_editor.get(), database);
    m_talent->setDatabase(database);
    m_quality->setDatabase(database);
}

void CompetencyPage::refreshPermissions()
{
    // Without a database nothing is possible anyway: no tooltip about roles then.
    const bool mayEdit =
        !m_database || PermissionUi::allows(m_database, DataAction::EditCompetencies);
    m_dictionary->setMayEdit(mayEdit);
    m_employee->setMayEdit(mayEdit);
    m_requirements->setMayEdit(mayEdit);
}

void CompetencyPage::setReferenceDate(const QDate &date)
{
    m_employee->setReferenceDate(date);
    m_talent->setReferenceDate(date);
    m_quality->setReferenceDate(date);
}

void CompetencyPage::reload()
{
    if (!m_editor)
        return;
    m_dictionary->reload();
    m_employee->reloadLists();
    m_requirements->reloadLists();
    m_talent->reload();
    m_quality->reload();
}

EmployeeDialog *CompetencyPage::openEmployee(qint64 employeeId)
{
    if (!m_database || employeeId <= 0)
        return nullptr;
    auto *dialog = new EmployeeDialog(*m_database, employeeId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->isLoaded()) {
        delete dialog;
        DialogSeams::information(this, tr("Employee not found"),
                                 tr("This employee is no longer in the database."));
        return nullptr;
    }
    connect(dialog, &EmployeeDialog::saved, this, [this] {
        // Education, SKP or jabatan may have changed: the profile and the figures follow.
        m_employee->showEmployee(m_employee->employeeId());
        m_talent->reload();
        m_quality->reload();
    });
    dialog->open();
    return dialog;
}

QString CompetencyPage::helpText()
{
    return tr("Job-person match (JPM)") + QStringLiteral("\n") + JobPersonMatch::helpText() +
           QStringLiteral("\n\n") + tr("9-box talent grid") + QStringLiteral("\n") +
           TalentGrid::helpText();
}

void CompetencyPage::showHelp()
{
    const QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p><h3>%3</h3><p>%4</p>")
            .arg(tr("Job-person match (JPM)").toHtmlEscaped(),
                 JobPersonMatch::helpText().toHtmlEscaped(),
                 tr("9-box talent grid").toHtmlEscaped(), TalentGrid::helpText().toHtmlEscaped());
    DialogSeams::information(this, tr("How the JPM and the 9-box grid are computed"), html);
}

} // namespace Simutasi
