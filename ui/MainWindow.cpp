#include "MainWindow.h"

#include "AuditDialog.h"
#include "CompetencyPage.h"
#include "DecreesPage.h"
#include "DemoDatabaseJob.h"
#include "DialogSeams.h"
#include "EmployeePage.h"
#include "HomePage.h"
#include "ImportWizard.h"
#include "LoginDialog.h"
#include "NavigationIcons.h"
#include "NeedsAnalysisPage.h"
#include "OrgPage.h"
#include "PermissionUi.h"
#include "PlaceholderPage.h"
#include "ReportsPage.h"
#include "SettingsPage.h"
#include "TransfersPage.h"
#include "UserAdminDialog.h"
#include "WelcomeDialog.h"
#include "session/Session.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "workflow/Permissions.h"
#include "workflow/UserAccounts.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QProgressDialog>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace Simutasi {

namespace {

const QColor SidebarText(0xc9, 0xd3, 0xde);
const QColor SidebarSelectedText(Qt::white);

// The look of the window: a dark navigation sidebar, light pages with white cards.
const char *const StyleSheet = R"(
#pageArea { background: #f4f6f9; }
#sidebar { background: #1f2a37; }
#sidebarTitle { color: #ffffff; }
#sidebarSubtitle, #sidebarDatabase, #sidebarUser { color: #93a3b5; }
#navigation { background: transparent; border: none; color: #c9d3de; outline: 0; }
#navigation::item { padding: 8px 10px; margin: 1px 10px; border-radius: 6px; }
#navigation::item:hover { background: #2b3a4b; }
#navigation::item:selected { background: #2f6fb5; color: #ffffff; }
#pageTitle { color: #17202b; }
#pageSubtitle, #cardCaption, #statCaption, #homeDatabasePath, #placeholderDescription,
#restartNote { color: #5b6878; }
#card, #statTile, #tableFrame, #employeeDetail { background: #ffffff; border: 1px solid #dde3ea; border-radius: 8px; }
#statValue { color: #1f4e8c; }
QTableView#employeeTable { background: #ffffff; alternate-background-color: #f6f8fb;
    selection-background-color: #d6e6f8; selection-color: #10233a; border: none; }
QTableView#employeeTable QHeaderView::section { background: #eef1f5; border: none;
    border-bottom: 1px solid #dde3ea; border-right: 1px solid #e3e7ed; padding: 6px 8px;
    color: #334155; font-weight: 600; }
QStatusBar { background: #eef1f5; border-top: 1px solid #dde3ea; }
QStatusBar QLabel { color: #334155; padding: 0px 8px; }
)";

struct NavigationEntry
{
    MainWindow::Page page;
    NavigationIcons::Kind icon;
};

constexpr NavigationEntry NavigationEntries[] = {
    {MainWindow::Page::Home, NavigationIcons::Kind::Home},
    {MainWindow::Page::Employees, NavigationIcons::Kind::Employees},
    {MainWindow::Page::Organisation, NavigationIcons::Kind::Organisation},
    {MainWindow::Page::NeedsAnalysis, NavigationIcons::Kind::NeedsAnalysis},
    {MainWindow::Page::Competencies, NavigationIcons::Kind::Competencies},
    {MainWindow::Page::Transfers, NavigationIcons::Kind::Transfers},
    {MainWindow::Page::Decrees, NavigationIcons::Kind::Decrees},
    {MainWindow::Page::Reports, NavigationIcons::Kind::Reports},
    {MainWindow::Page::Settings, NavigationIcons::Kind::Settings},
};

QString pageTitle(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::Home:
        return MainWindow::tr("Home");
    case MainWindow::Page::Employees:
        return MainWindow::tr("Employees");
    case MainWindow::Page::Organisation:
        return MainWindow::tr("Organisation & Positions");
    case MainWindow::Page::NeedsAnalysis:
        return MainWindow::tr("Needs Analysis");
    case MainWindow::Page::Competencies:
        return MainWindow::tr("Competencies");
    case MainWindow::Page::Transfers:
        return MainWindow::tr("Transfer Proposals");
    case MainWindow::Page::Decrees:
        return MainWindow::tr("Decrees & Notification");
    case MainWindow::Page::Reports:
        return MainWindow::tr("Reports");
    case MainWindow::Page::Settings:
        return MainWindow::tr("Settings");
    }
    return {};
}

// What an area not built yet will do, completing "It will: ...".
QString pageDescription(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::NeedsAnalysis:
        return MainWindow::tr("compare formasi with bezetting for every unit and jabatan, from "
                              "the Anjab/ABK, and show where staff are short or in excess.");
    case MainWindow::Page::Competencies:
        return MainWindow::tr("keep each employee's competency profile, match people to the "
                              "requirements of a jabatan and show the 9-box talent grid.");
    case MainWindow::Page::Transfers:
        return MainWindow::tr("take a transfer proposal from draft through BKD verification "
                              "and the Baperjakat review to approval, checking the eligibility "
                              "rules on the way.");
    case MainWindow::Page::Decrees:
        return MainWindow::tr("number and print the SK Mutasi with its annex and petikan, and "
                              "record how each employee was informed.");
    case MainWindow::Page::Reports:
        return MainWindow::tr("print and export the transfer recap, formasi against bezetting, "
                              "the DUK, and the lists of rotations due and of retirements near.");
    default:
        return {};
    }
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Settings> settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings ? std::move(settings) : std::make_unique<Settings>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setStyleSheet(QString::fromUtf8(StyleSheet));
    setMinimumSize(960, 600);

    createSidebar();
    QWidget *pages = createPages();
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(pages, 1);
    setCentralWidget(central);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("employeeCountLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->setSizeGripEnabled(false);
    connect(m_employeePage, &EmployeePage::summaryChanged, m_countLabel, &QLabel::setText);
    m_countLabel->setText(m_employeePage->summary());

    createActions();
    showPage(Page::Home);
    updateTitle();
    updateSession();
}

MainWindow::~MainWindow()
{
    // The pages hold repositories on the database: detach them before it closes.
    attachPages(nullptr);
    m_database.reset();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction =
        file->addAction(tr("&New database…"), this, &MainWindow::newDatabaseDialog);
    newAction->setObjectName(QStringLiteral("actionNew"));
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::openDatabaseDialog);
    openAction->setObjectName(QStringLiteral("actionOpen"));
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    QAction *demoAction =
        file->addAction(tr("Create &demo database…"), this, &MainWindow::createDemoDatabaseDialog);
    demoAction->setObjectName(QStringLiteral("actionDemo"));
    file->addSeparator();
    file->addAction(m_employeePage->newEmployeeAction());
    m_importAction = file->addAction(tr("&Import…"), this, &MainWindow::importDialog);
    m_importAction->setObjectName(QStringLiteral("actionImport"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setEnabled(false);
    file->addSeparator();
    m_switchUserAction =
        file->addAction(tr("Log &out / switch user…"), this, &MainWindow::switchUser);
    m_switchUserAction->setObjectName(QStringLiteral("actionSwitchUser"));
    m_usersAction = file->addAction(tr("&Users…"), this, &MainWindow::userAdministrationDialog);
    m_usersAction->setObjectName(QStringLiteral("actionUsers"));
    m_auditAction = file->addAction(tr("Audit &trail…"), this, &MainWindow::auditTrailDialog);
    m_auditAction->setObjectName(QStringLiteral("actionAuditTrail"));
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("actionQuit"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Simutasi"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    aboutAction->setMenuRole(QAction::AboutRole);

    // Ctrl+1 ... Ctrl+9 go to the areas in sidebar order.
    for (int i = 0; i < m_navigation->count() && i < 9; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this,
                [this, i] { m_navigation->setCurrentRow(i); });
    }
}

void MainWindow::createSidebar()
{
    m_sidebar = new QWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAttribute(Qt::WA_StyledBackground);

    auto *title = new QLabel(QStringLiteral("Simutasi"), m_sidebar);
    title->setObjectName(QStringLiteral("sidebarTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::Bold);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("BKD Provinsi Wanggar"), m_sidebar);
    subtitle->setObjectName(QStringLiteral("sidebarSubtitle"));

    m_navigation = new QListWidget(m_sidebar);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSpacing(0);
    QFont itemFont = m_navigation->font();
    itemFont.setPointSizeF(itemFont.pointSizeF() * 1.05);
    m_navigation->setFont(itemFont);
    for (const NavigationEntry &entry : NavigationEntries) {
        auto *item =
            new QListWidgetItem(NavigationIcons::icon(entry.icon, SidebarText, SidebarSelectedText),
                                pageTitle(entry.page), m_navigation);
        item->setData(Qt::UserRole, int(entry.page));
    }

    // Wide enough for the longest area name in the current language, icon and padding included.
    int longest = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        longest = std::max(longest,
                           QFontMetrics(itemFont).horizontalAdvance(m_navigation->item(i)->text()));
    constexpr int ItemChrome = 2 * 10 + 2 * 10 + 20 + 8 + 12; // margins, padding, icon, gaps
    m_sidebar->setFixedWidth(std::clamp(longest + ItemChrome, 200, 300));

    m_sidebarDatabase = new QLabel(m_sidebar);
    m_sidebarDatabase->setObjectName(QStringLiteral("sidebarDatabase"));
    m_sidebarDatabase->setWordWrap(true);

    auto *layout = new QVBoxLayout(m_sidebar);
    layout->setContentsMargins(0, 22, 0, 16);
    layout->setSpacing(0);
    auto *heading = new QVBoxLayout;
    heading->setContentsMargins(22, 0, 16, 0);
    heading->setSpacing(2);
    heading->addWidget(title);
    heading->addWidget(subtitle);
    layout->addLayout(heading);
    layout->addSpacing(22);
    layout->addWidget(m_navigation, 1);
    m_sidebarUser = new QLabel(m_sidebar);
    m_sidebarUser->setObjectName(QStringLiteral("sidebarUser"));
    m_sidebarUser->setWordWrap(true);
    auto *footer = new QVBoxLayout;
    footer->setContentsMargins(22, 0, 16, 0);
    footer->addWidget(m_sidebarUser);
    footer->addWidget(m_sidebarDatabase);
    layout->addLayout(footer);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_pages->setCurrentIndex(row);
    });
}

QWidget *MainWindow::createPages()
{
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pageArea"));
    m_pages->setAttribute(Qt::WA_StyledBackground);
    for (const NavigationEntry &entry : NavigationEntries) {
        QWidget *page = nullptr;
        switch (entry.page) {
        case Page::Home:
            page = m_homePage = new HomePage(m_pages);
            break;
        case Page::Employees:
            page = m_employeePage = new EmployeePage(*m_settings, m_pages);
            break;
        case Page::Organisation:
            page = m_orgPage = new OrgPage(m_pages);
            break;
        case Page::Competencies:
            page = m_competencyPage = new CompetencyPage(m_pages);
            break;
        case Page::NeedsAnalysis:
            page = m_needsPage = new NeedsAnalysisPage(m_pages);
            connect(m_needsPage, &NeedsAnalysisPage::formasiChanged, this,
                    [this] { m_orgPage->reload(); });
            break;
        case Page::Transfers:
            page = m_transfersPage = new TransfersPage(m_pages);
            connect(m_transfersPage, &TransfersPage::employeesMoved, this,
                    &MainWindow::refreshAfterImport);
            break;
        case Page::Reports:
            page = m_reportsPage = new ReportsPage(m_pages);
            break;
        case Page::Decrees:
            page = m_decreesPage = new DecreesPage(m_pages);
            break;
        case Page::Settings:
            page = m_settingsPage = new SettingsPage(*m_settings, m_pages);
            connect(m_settingsPage, &SettingsPage::usersRequested, this,
                    &MainWindow::userAdministrationDialog);
            connect(m_settingsPage, &SettingsPage::auditTrailRequested, this,
                    &MainWindow::auditTrailDialog);
            // The eligibility rules live in the database: the needs page edits them.
            connect(static_cast<SettingsPage *>(page), &SettingsPage::eligibilityRulesRequested,
                    this, [this] { m_needsPage->editRules(); });
            // The decree texts and SMTP live in the database too: the decrees page edits them.
            connect(m_settingsPage, &SettingsPage::decreeSettingsRequested, this,
                    [this] { m_decreesPage->editSettings(); });
            break;
        default:
            page = new PlaceholderPage(entry.icon, pageTitle(entry.page),
                                       pageDescription(entry.page), m_pages);
            break;
        }
        m_pages->addWidget(page);
    }
    connect(m_homePage, &HomePage::demoRequested, this, &MainWindow::tryDemoData);
    connect(m_homePage, &HomePage::newDatabaseRequested, this, &MainWindow::newDatabaseDialog);
    connect(m_homePage, &HomePage::openDatabaseRequested, this, &MainWindow::openDatabaseDialog);
    // The dashboard's charts open the report behind the bar that was clicked.
    connect(m_homePage, &HomePage::reportRequested, this,
            [this](const QString &id, const ReportFilters &filters) {
                showPage(Page::Reports);
                m_reportsPage->selectReport(id);
                m_reportsPage->setFilters(filters);
                m_reportsPage->runReport();
            });
    return m_pages;
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QString MainWindow::employeeCountText() const
{
    return m_countLabel->text();
}

void MainWindow::showInitially()
{
    restoreState(m_settings->value(SettingKeys::MainWindowState));
    const QByteArray geometry = m_settings->value(SettingKeys::MainWindowGeometry);
    if (!geometry.isEmpty() && restoreGeometry(geometry)) {
        show();
        return;
    }
    // The first time: fill the screen. Without a window manager (e.g. under Xvfb) "maximised"
    // means nothing, so the geometry is set as well.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        setGeometry(screen->availableGeometry());
    showMaximized();
}

void MainWindow::startUp(const QString &requestedFile)
{
    if (!requestedFile.isEmpty()) {
        if (openDatabase(requestedFile))
            return;
    } else {
        const QString last = m_settings->value(SettingKeys::LastDatabase);
        if (!last.isEmpty() && QFileInfo::exists(last) && openDatabase(last))
            return;
    }
    showWelcome();
}

bool MainWindow::openDatabase(const QString &path)
{
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    DatabaseError error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::unique_ptr<Database> database = Database::open(path, options, &error);
    QApplication::restoreOverrideCursor();
    if (!database) {
        showOpenError(error);
        return false;
    }
    const QString backup = database->backupPath();
    if (!adopt(std::move(database)))
        return false;
    if (!backup.isEmpty()) {
        DialogSeams::information(
            this, tr("Database upgraded"),
            tr("%1 was upgraded to the format of this version of Simutasi. A copy of the file as "
               "it was before is kept as %2.")
                .arg(QDir::toNativeSeparators(m_database->path()),
                     QDir::toNativeSeparators(backup)));
    }
    return true;
}

bool MainWindow::createDatabase(const QString &path)
{
    if (QFileInfo::exists(path) && (!confirmReplace(path) || !removeDatabaseFiles(path)))
        return false;
    Database::Options options;
    options.mode = Database::OpenMode::CreateIfMissing;
    DatabaseError error;
    std::unique_ptr<Database> database = Database::open(path, options, &error);
    if (!database) {
        showOpenError(error);
        return false;
    }
    return adopt(std::move(database));
}

bool MainWindow::createDemoDatabase(const QString &path, int employees, const QDate &referenceDate)
{
    if (QFileInfo::exists(path) && (!confirmReplace(path) || !removeDatabaseFiles(path)))
        return false;

    DemoGenerator::Options options;
    options.employees = employees;
    options.referenceDate = referenceDate;
    DemoDatabaseJob job(path, options);

    const QLocale locale;
    QProgressDialog progress(
        tr("Creating a demo province with %1 employees…").arg(locale.toString(employees)),
        tr("Cancel"), 0, employees, this);
    progress.setObjectName(QStringLiteral("demoProgress"));
    progress.setWindowTitle(tr("Demo database"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    connect(&progress, &QProgressDialog::canceled, &job, &DemoDatabaseJob::cancel);

    QTimer poll;
    poll.setInterval(100);
    connect(&poll, &QTimer::timeout, this, [&progress, &job] {
        if (progress.wasCanceled()) {
            job.cancel();
            return;
        }
        progress.setMaximum(int(std::max<qint64>(1, job.total())));
        progress.setValue(int(std::min(job.done(), job.total())));
    });

    QEventLoop loop;
    connect(&job, &DemoDatabaseJob::finished, &loop, &QEventLoop::quit);
    m_busy = true;
    statusBar()->showMessage(tr("Creating the demo database…"));
    job.start();
    poll.start();
    loop.exec();
    poll.stop();
    progress.hide();
    m_busy = false;
    statusBar()->clearMessage();

    const DatabaseError error = job.error();
    if (job.wasCancelled() || error.kind == DatabaseError::Kind::Cancelled) {
        removeDatabaseFiles(path);
        statusBar()->showMessage(tr("Creating the demo database was cancelled."), 5000);
        return false;
    }
    if (error) {
        removeDatabaseFiles(path);
        DialogSeams::critical(this, tr("The demo database could not be created"), error.message);
        return false;
    }
    return openDatabase(path);
}

bool MainWindow::adopt(std::unique_ptr<Database> database)
{
    // Nobody works on a database without logging in to it (a screen test that skips the log-in
    // keeps the Session it set up).
    std::optional<User> user;
    if (!DialogSeams::skipsLogIn()) {
        user = LoginDialog::logIn(*database, this);
        if (!user) {
            statusBar()->showMessage(tr("Log-in cancelled: %1 was not opened.")
                                         .arg(QFileInfo(database->path()).fileName()),
                                     5000);
            return false;
        }
    }
    // The user logs in before the pages load, so what they compute ("waiting for you") is
    // theirs; the pages move to the new database first, the old one closes when replaced.
    if (user)
        Session::logIn(*user);
    attachPages(database.get());
    m_database = std::move(database);
    updateSession();
    m_settings->noteDatabaseOpened(m_database->path());
    m_settings->sync();
    updateTitle();
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(m_database->path()).fileName()), 4000);
    return true;
}

void MainWindow::attachPages(Database *database)
{
    m_employeePage->setDatabase(database);
    m_homePage->setDatabase(database);
    m_orgPage->setDatabase(database);
    m_competencyPage->setDatabase(database);
    m_needsPage->setDatabase(database);
    m_transfersPage->setDatabase(database);
    m_reportsPage->setDatabase(database);
    m_decreesPage->setDatabase(database);
}

void MainWindow::closeDatabase()
{
    attachPages(nullptr);
    m_database.reset();
    Session::logOut();
    updateTitle();
    updateSession();
}

void MainWindow::updateSession()
{
    const User &user = Session::currentUser();
    const QString text =
        user.isValid() ? tr("%1 (%2)").arg(user.fullName.isEmpty() ? user.name : user.fullName,
                                           Roles::names(user.roles))
                       : QString();
    m_userLabel->setText(text);
    m_userLabel->setVisible(user.isValid());
    m_sidebarUser->setText(user.isValid() ? tr("Logged in: %1").arg(text) : QString());
    m_sidebarUser->setVisible(user.isValid());
    m_switchUserAction->setEnabled(m_database != nullptr);
    m_usersAction->setEnabled(m_database && Permissions::allows(user, WorkflowAction::ManageUsers));
    m_auditAction->setEnabled(m_database != nullptr);
    // What the user may not change is disabled (or opens read-only) on every page.
    PermissionUi::gate(m_importAction, m_database.get(), DataAction::ImportData);
    m_settingsPage->refreshPermissions(m_database.get());
    m_employeePage->refreshPermissions();
    m_orgPage->refreshPermissions();
    m_competencyPage->refreshPermissions();
    m_needsPage->refreshPermissions();
    m_transfersPage->refreshPermissions();
    m_decreesPage->refreshPermissions();
}

void MainWindow::switchUser()
{
    if (!m_database)
        return;
    Session::logOut();
    updateSession();
    const std::optional<User> user = LoginDialog::logIn(*m_database, this);
    if (!user) {
        closeDatabase();
        return;
    }
    Session::logIn(*user);
    updateSession();
    m_homePage->refresh(); // "proposals waiting for you" belongs to the new user
}

void MainWindow::userAdministrationDialog()
{
    if (!m_database || !Permissions::allows(Session::currentUser(), WorkflowAction::ManageUsers))
        return;
    UserAdminDialog dialog(*m_database, this);
    DialogSeams::exec(dialog);
    // The officer may have changed their own roles or name.
    if (const std::optional<User> self =
            UserAccounts(*m_database).user(Session::currentUser().name)) {
        Session::logIn(*self);
        updateSession();
    }
}

void MainWindow::auditTrailDialog()
{
    if (!m_database)
        return;
    AuditDialog dialog(*m_database, this);
    DialogSeams::exec(dialog);
}

bool MainWindow::confirmReplace(const QString &path)
{
    const QString file = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (m_database && QFileInfo(path) == QFileInfo(m_database->path())) {
        DialogSeams::critical(
            this, tr("File in use"),
            tr("%1 is the database open now. Choose another file name.").arg(file));
        return false;
    }
    return DialogSeams::question(this, tr("Replace file?"),
                                 tr("%1 already exists. Replace it? Everything in it will be "
                                    "lost.")
                                     .arg(file)) == QMessageBox::Yes;
}

bool MainWindow::removeDatabaseFiles(const QString &path)
{
    // SQLite's write-ahead log and shared-memory files belong to the database file.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString file = path + suffix;
        if (QFileInfo::exists(file) && !QFile::remove(file)) {
            DialogSeams::critical(
                this, tr("File not replaced"),
                tr("%1 could not be removed. Check that no other program uses it and that you "
                   "may write to its folder.")
                    .arg(QDir::toNativeSeparators(file)));
            return false;
        }
    }
    return true;
}

void MainWindow::showOpenError(const DatabaseError &error)
{
    DialogSeams::critical(this, tr("The database could not be opened"), error.message);
}

void MainWindow::updateTitle()
{
    if (m_database) {
        const QFileInfo file(m_database->path());
        setWindowTitle(tr("Simutasi — %1").arg(file.fileName()));
        m_databaseLabel->setText(QDir::toNativeSeparators(file.absoluteFilePath()));
        m_sidebarDatabase->setText(file.fileName());
        m_sidebarDatabase->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
    } else {
        setWindowTitle(QStringLiteral("Simutasi"));
        m_databaseLabel->setText(tr("No database open"));
        m_sidebarDatabase->clear();
        m_sidebarDatabase->setToolTip({});
    }
}

QString MainWindow::fileFilter()
{
    return tr("Simutasi database (*.db *.sqlite)");
}

QString MainWindow::fileDialogDirectory() const
{
    if (m_database)
        return QFileInfo(m_database->path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString MainWindow::defaultDemoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/demo-wanggar.db");
}

void MainWindow::newDatabaseDialog()
{
    QString path = DialogSeams::getSaveFileName(
        this, tr("New database"), QDir(fileDialogDirectory()).filePath(tr("simutasi.db")),
        fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".db");
    createDatabase(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = DialogSeams::getOpenFileName(this, tr("Open database"),
                                                      fileDialogDirectory(), fileFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::createDemoDatabaseDialog()
{
    QString path = DialogSeams::getSaveFileName(
        this, tr("Create demo database"),
        QDir(fileDialogDirectory()).filePath(QStringLiteral("demo-wanggar.db")), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".db");
    createDemoDatabase(path, m_settings->value(SettingKeys::DemoEmployeeCount));
}

void MainWindow::tryDemoData()
{
    const QString path = defaultDemoDatabasePath();
    if (QFileInfo::exists(path)) {
        openDatabase(path);
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    createDemoDatabase(path, m_settings->value(SettingKeys::DemoEmployeeCount));
}

void MainWindow::showWelcome()
{
    WelcomeDialog dialog(m_settings->value(SettingKeys::DemoEmployeeCount), this);
    switch (DialogSeams::exec(dialog)) {
    case WelcomeDialog::TryDemo:
        tryDemoData();
        break;
    case WelcomeDialog::CreateNew:
        newDatabaseDialog();
        break;
    case WelcomeDialog::OpenExisting:
        openDatabaseDialog();
        break;
    default:
        break;
    }
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings->value(SettingKeys::RecentDatabases);
    int number = 0;
    for (const QString &path : recent) {
        const QFileInfo file(path);
        ++number;
        const QString text =
            QStringLiteral("&%1  %2  —  %3")
                .arg(number)
                .arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath()));
        QAction *action = m_recentMenu->addAction(text);
        if (!file.exists()) {
            // A file that was moved or deleted stays listed so the officer sees what happened.
            action->setText(tr("%1 (missing)").arg(text));
            action->setEnabled(false);
            continue;
        }
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear list"), this, [this] {
        m_settings->setValue(SettingKeys::RecentDatabases, QStringList());
        m_settings->sync();
    });
}

void MainWindow::showAbout()
{
    DialogSeams::about(
        this, tr("About Simutasi"),
        tr("<h3>Simutasi %1</h3><p>Sistem Informasi Mutasi ASN: plans, reviews, decrees and "
           "reports the transfers of the civil servants of Provinsi Wanggar.</p><p>BKD Provinsi "
           "Wanggar</p>")
            .arg(QStringLiteral(SIMUTASI_VERSION)));
}

void MainWindow::importDialog()
{
    if (!PermissionUi::allows(m_database.get(), DataAction::ImportData))
        return;
    // Window-modal and not exec(): the window keeps painting while the import runs, and a test
    // finds the wizard among the window's children.
    auto *wizard = new ImportWizard(*m_settings, m_database->path(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &ImportWizard::imported, this, &MainWindow::refreshAfterImport);
    wizard->open();
}

void MainWindow::refreshAfterImport()
{
    // The import wrote through its own connection: every page reads again.
    m_employeePage->setDatabase(m_database.get());
    m_orgPage->reload();
    m_competencyPage->reload();
    m_needsPage->reload();
    m_homePage->refresh();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_busy) {
        event->ignore();
        return;
    }
    m_settings->setValue(SettingKeys::MainWindowGeometry, saveGeometry());
    m_settings->setValue(SettingKeys::MainWindowState, saveState());
    m_employeePage->saveState();
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

} // namespace Simutasi
