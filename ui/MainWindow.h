#pragma once

#include "settings/Settings.h"
#include "storage/Database.h"

#include <QDate>
#include <QMainWindow>
#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace Simutasi {

class CompetencyPage;
class EmployeePage;
class HomePage;
class NeedsAnalysisPage;
class OrgPage;
class SettingsPage;
class ReportsPage;
class DecreesPage;
class TransfersPage;

// The application window: a navigation sidebar for the areas of work, the page of the chosen
// area, the File and Help menus and a status bar. It owns the open database and keeps working
// when a file cannot be opened: the error is shown and the previous database stays open.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page
    {
        Home,
        Employees,
        Organisation,
        NeedsAnalysis,
        Competencies,
        Transfers,
        Decrees,
        Reports,
        Settings
    };

    // settings: the store to use (a test passes its own); nullptr uses the user's settings.
    explicit MainWindow(std::unique_ptr<Settings> settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // What the program does at start: open `requestedFile` when given, else the last database,
    // else show the welcome dialog.
    void startUp(const QString &requestedFile = {});
    // Restores the saved size and position, or fills the screen the first time.
    void showInitially();

    // Each shows its own error message and returns false when it fails; the database that was
    // open before stays open then.
    bool openDatabase(const QString &path);
    bool createDatabase(const QString &path);
    bool createDemoDatabase(const QString &path, int employees,
                            const QDate &referenceDate = QDate::currentDate());

    Database *database() const { return m_database.get(); }
    Settings &settings() const { return *m_settings; }
    void showPage(Page page);
    Page currentPage() const;
    EmployeePage *employeePage() const { return m_employeePage; }
    OrgPage *orgPage() const { return m_orgPage; }
    CompetencyPage *competencyPage() const { return m_competencyPage; }
    NeedsAnalysisPage *needsPage() const { return m_needsPage; }
    TransfersPage *transfersPage() const { return m_transfersPage; }
    ReportsPage *reportsPage() const { return m_reportsPage; }
    HomePage *homePage() const { return m_homePage; }
    DecreesPage *decreesPage() const { return m_decreesPage; }
    QString employeeCountText() const;
    // Where "Try with demo data" puts its database.
    static QString defaultDemoDatabasePath();

public Q_SLOTS:
    void newDatabaseDialog();
    void openDatabaseDialog();
    void createDemoDatabaseDialog();
    void showWelcome();
    void tryDemoData();
    void showAbout();
    void importDialog();
    // File ▸ Log out / switch user: a new log-in on the open database; cancelled, it closes.
    void switchUser();
    void userAdministrationDialog();
    void auditTrailDialog();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createSidebar();
    QWidget *createPages();
    void rebuildRecentMenu();
    // Logs in to `database` first (LoginDialog::logIn); false, and the database closes, when
    // the officer cancels. The database open before stays open then.
    bool adopt(std::unique_ptr<Database> database);
    void closeDatabase();
    void attachPages(Database *database); // every page reads `database` (nullptr: none)
    void updateSession();                 // the logged-in user in the status bar, sidebar and pages
    bool confirmReplace(const QString &path);
    bool removeDatabaseFiles(const QString &path);
    void showOpenError(const DatabaseError &error);
    void updateTitle();
    void refreshAfterImport();
    QString fileDialogDirectory() const;
    static QString fileFilter();

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Database> m_database;
    QWidget *m_sidebar = nullptr;
    QListWidget *m_navigation = nullptr;
    QLabel *m_sidebarDatabase = nullptr;
    QStackedWidget *m_pages = nullptr;
    HomePage *m_homePage = nullptr;
    EmployeePage *m_employeePage = nullptr;
    OrgPage *m_orgPage = nullptr;
    CompetencyPage *m_competencyPage = nullptr;
    NeedsAnalysisPage *m_needsPage = nullptr;
    TransfersPage *m_transfersPage = nullptr;
    ReportsPage *m_reportsPage = nullptr;
    DecreesPage *m_decreesPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_sidebarUser = nullptr;
    QAction *m_switchUserAction = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_auditAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_importAction = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    bool m_busy = false;
};

} // namespace Simutasi
