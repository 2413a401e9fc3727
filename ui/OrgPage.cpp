#include "OrgPage.h"

#include "FormasiPanel.h"
#include "JabatanCatalogueView.h"
#include "OrgUnitsView.h"
#include "PageHeader.h"
#include "PermissionUi.h"
#include "registry/OrgEditor.h"
#include "session/Session.h"
#include "storage/Database.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Simutasi {

namespace {

// The tree and tables of this page look like the employee table: white, quiet headers.
const char *const StyleSheet = R"(
QTreeView#orgTree, QTableView#formasiTable, QTableView#jabatanTable {
    background: #ffffff; alternate-background-color: #f6f8fb;
    selection-background-color: #d6e6f8; selection-color: #10233a; border: none; }
QTreeView#orgTree::item { padding: 3px 2px; }
QTreeView#orgTree QHeaderView::section, QTableView#formasiTable QHeaderView::section,
QTableView#jabatanTable QHeaderView::section {
    background: #eef1f5; border: none; border-bottom: 1px solid #dde3ea;
    border-right: 1px solid #e3e7ed; padding: 6px 8px; color: #334155; font-weight: 600; }
QTableView#formasiTable { border: 1px solid #e3e7ed; }
QTabWidget::pane { border: none; }
QTabBar::tab { padding: 7px 16px; margin-right: 4px; color: #5b6878; background: transparent;
    border: none; border-bottom: 2px solid transparent; }
QTabBar::tab:selected { color: #1f4e8c; border-bottom: 2px solid #2f6fb5; font-weight: 600; }
QTabBar::tab:hover:!selected { color: #17202b; }
)";

} // namespace

OrgPage::OrgPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("orgPage"));
    setStyleSheet(QString::fromUtf8(StyleSheet));
    m_units = new OrgUnitsView(this);
    m_catalogue = new JabatanCatalogueView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("orgTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_units, tr("Units and formasi"));
    m_tabs->addTab(m_catalogue, tr("Jabatan catalogue"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 14);
    layout->setSpacing(10);
    layout->addWidget(new PageHeader(tr("Organisation & Positions"),
                                     tr("The OPDs and units of the province, the formasi of "
                                        "every unit against its bezetting, and the jabatan "
                                        "catalogue"),
                                     this));
    layout->addWidget(m_tabs, 1);

    connect(m_catalogue, &JabatanCatalogueView::catalogueChanged, this,
            [this](const Jabatan &jabatan) {
                m_jabatanById.insert(jabatan.id, jabatan);
                m_units->formasiPanel()->reload();
            });
}

OrgPage::~OrgPage()
{
    setDatabase(nullptr);
}

void OrgPage::setDatabase(Database *database)
{
    // The views let go of the old editor before it is replaced.
    m_units->setEditor(nullptr, nullptr);
    m_catalogue->setEditor(nullptr);
    m_editor.reset();
    m_jabatanById.clear();
    m_database = database;
    refreshPermissions();
    if (!database)
        return;
    m_editor = std::make_unique<OrgEditor>(*database, Session::userName());
    loadCatalogue();
    m_units->setEditor(m_editor.get(), &m_jabatanById);
    m_catalogue->setEditor(m_editor.get());
}

void OrgPage::refreshPermissions()
{
    // Without a database nothing is possible anyway: no tooltip about roles then.
    const bool mayEdit =
        !m_database || PermissionUi::allows(m_database, DataAction::EditOrganisation);
    m_units->setMayEdit(mayEdit);
    m_catalogue->setMayEdit(mayEdit);
}

void OrgPage::loadCatalogue()
{
    m_jabatanById.clear();
    for (const Jabatan &jabatan : m_editor->repository().jabatans())
        m_jabatanById.insert(jabatan.id, jabatan);
}

void OrgPage::reload()
{
    if (!m_editor)
        return;
    loadCatalogue();
    m_units->reload();
    m_catalogue->reload();
}

} // namespace Simutasi
