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

class EmployeePage;
class HomePage;
class OrgPage;

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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createSidebar();
    QWidget *createPages();
    void rebuildRecentMenu();
    void adopt(std::unique_ptr<Database> database);
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
    QMenu *m_recentMenu = nullptr;
    QAction *m_importAction = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    bool m_busy = false;
};

} // namespace Simutasi
