// The import wizard driven headless through its pages, on a real database file, with the file
// dialog answered through DialogSeams.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "DialogSeams.h"
#include "EmployeePage.h"
#include "EmployeeTableModel.h"
#include "ImportCountsWidget.h"
#include "ImportFilePage.h"
#include "ImportIssueModel.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportResultPage.h"
#include "ImportRunPage.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace Simutasi;

namespace {

// Valid NIPs that the small registry does not hold.
const QString NipMaria = QStringLiteral("198803152014032001");
const QString NipYohanes = QStringLiteral("199001202015031002");
const QString NipTooShort = QStringLiteral("19870101201001100");

QString newNip(int index)
{
    const QDate birth = QDate(1980, 1, 1).addDays(index);
    return birth.toString(QStringLiteral("yyyyMMdd")) +
           QStringLiteral("%1%2")
               .arg(birth.year() + 25)
               .arg(index % 12 + 1, 2, 10, QLatin1Char('0')) +
           QStringLiteral("1") + QStringLiteral("%1").arg(index % 999 + 1, 3, 10, QLatin1Char('0'));
}

void writeFile(const QString &path, const QStringList &lines)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(lines.join(QStringLiteral("\r\n")).toUtf8());
}

struct WizardFixture
{
    Test::TempDir dir;
    QString dbPath = dir.path(QStringLiteral("registry.db"));
    QString csvPath = dir.path(QStringLiteral("pegawai.csv"));
    std::unique_ptr<Settings> settings = Test::settingsIn(dir.path(QStringLiteral("s.ini")));
    std::unique_ptr<ImportWizard> wizard;

    WizardFixture()
    {
        Test::buildSmallRegistry(dbPath, 20);
        // Row 2 and 3 are new, row 4 has a NIP one digit short, row 5 renames employee 0, and
        // row 6 names a unit the registry does not have.
        writeFile(csvPath, {QStringLiteral("NIP;Nama;Jabatan;Unit Kerja"),
                            NipMaria + QStringLiteral(";Maria Rumbewas;Guru Ahli Muda;Sekretariat "
                                                      "Dinas Pendidikan"),
                            NipYohanes + QStringLiteral(";Yohanes Manuhutu;Guru Ahli Muda;Dinas "
                                                        "Kesehatan"),
                            NipTooShort + QStringLiteral(";Budi Santoso;Guru Ahli Muda;Dinas "
                                                         "Kesehatan"),
                            Test::nipOf(0) + QStringLiteral(";Siti Aminah Baru;;"),
                            newNip(1) + QStringLiteral(";Agus Wirawan;Guru Ahli Muda;SMA Negeri 9 "
                                                       "Teluk Biru")});
        wizard = std::make_unique<ImportWizard>(*settings, dbPath);
        wizard->show();
    }

    int employeeCount() const
    {
        DatabaseError error;
        const auto db = Database::open(dbPath, &error);
        REQUIRE(db);
        return EmployeeRepository(*db).count();
    }

    int auditCount() const
    {
        DatabaseError error;
        const auto db = Database::open(dbPath, &error);
        REQUIRE(db);
        AuditFilter all;
        all.limit = 1000000;
        return int(AuditLog(*db).entries(all).size());
    }

    void chooseFile(const QString &path)
    {
        DialogSeams::queueFile(path);
        auto *browse = wizard->findChild<QPushButton *>(QStringLiteral("importBrowse"));
        REQUIRE(browse);
        browse->click();
        CHECK(wizard->filePage()->pathField()->text() == QDir::toNativeSeparators(path));
    }

    // Through the file and mapping pages to a finished preview.
    void toPreview(const QString &kind = QStringLiteral("employees"))
    {
        chooseFile(csvPath);
        wizard->filePage()->chooseKind(kind);
        REQUIRE(wizard->filePage()->isComplete());
        wizard->next();
        REQUIRE(wizard->currentId() == ImportWizard::MappingPageId);
        REQUIRE(wizard->mappingPage()->isComplete());
        wizard->next();
        REQUIRE(wizard->currentId() == ImportWizard::PreviewPageId);
        waitForPreview();
    }

    void waitForPreview()
    {
        REQUIRE(Test::waitUntil([&] { return !wizard->previewPage()->isChecking(); }, 10000));
        REQUIRE(wizard->previewPage()->isComplete());
        REQUIRE(wizard->button(QWizard::CommitButton)->isEnabled());
    }

    void waitForResult()
    {
        REQUIRE(Test::waitUntil([&] { return wizard->currentId() == ImportWizard::ResultPageId; },
                                20000));
    }
};

} // namespace

TEST_CASE("The import wizard previews, imports the valid rows and lists the rejected ones",
          "[ui][import]")
{
    DialogSeams::ScriptedScope seams;
    WizardFixture f;
    const int before = f.employeeCount();
    QSignalSpy imported(f.wizard.get(), &ImportWizard::imported);

    f.chooseFile(f.csvPath);
    f.wizard->next();
    REQUIRE(f.wizard->currentId() == ImportWizard::MappingPageId);
    // The columns are found by their headings.
    ImportMappingPage *mapping = f.wizard->mappingPage();
    CHECK(mapping->columnChoice(QStringLiteral("nip"))->currentData().toInt() == 0);
    CHECK(mapping->columnChoice(QStringLiteral("name"))->currentData().toInt() == 1);
    CHECK(mapping->columnChoice(QStringLiteral("unit"))->currentData().toInt() == 3);
    CHECK(mapping->columnChoice(QStringLiteral("email"))->currentData().toInt() == -1);
    f.wizard->next();
    f.waitForPreview();

    const ImportReport &preview = f.wizard->preview();
    CHECK(preview.rowsRead == 5);
    CHECK(preview.inserted == 2);
    CHECK(preview.updated == 1);
    CHECK(preview.rejectedRows == 2);
    CHECK(f.wizard->previewPage()->counts()->countText(QStringLiteral("insert")) == u"2");
    CHECK(f.wizard->previewPage()->counts()->countText(QStringLiteral("rejected")) == u"2");
    CHECK(f.employeeCount() == before); // a preview writes nothing

    // Every rejected row is listed with its row number, column and reason.
    const QList<ImportIssue> rejects = f.wizard->previewPage()->rejects()->issues();
    REQUIRE(rejects.size() == 2);
    CHECK(rejects.at(0).row == 4);
    CHECK(rejects.at(0).column == u"NIP");
    CHECK(rejects.at(0).value == NipTooShort);
    CHECK(rejects.at(0).reason.contains(u"18"));
    CHECK(rejects.at(1).row == 6);
    CHECK(rejects.at(1).column == u"Unit Kerja");
    // The unit the file names but the registry lacks is listed to create or reject.
    QTableWidget *missing = f.wizard->previewPage()->missingTable();
    REQUIRE(missing->rowCount() == 1);
    CHECK(missing->item(0, 1)->text() == u"SMA Negeri 9 Teluk Biru");
    CHECK(missing->isVisible());

    SECTION("import the valid rows")
    {
        REQUIRE(f.wizard->previewPage()->importValidChoice()->isVisible());
        f.wizard->previewPage()->importValidChoice()->setChecked(true);
        CHECK(f.wizard->button(QWizard::CommitButton)->text() == u"Import 3 rows");
        f.wizard->next();
        CHECK(f.wizard->currentId() == ImportWizard::RunPageId);
        f.waitForResult();
        const ImportReport &result = f.wizard->result();
        CHECK(result.written);
        CHECK(result.inserted == 2);
        CHECK(result.updated == 1);
        CHECK(f.employeeCount() == before + 2);
        CHECK(imported.size() == 1);
        CHECK(f.wizard->resultPage()->headline() == u"Import finished");
        CHECK(f.wizard->resultPage()->message().contains(u"2 rejected rows were left out"));
    }

    SECTION("create the missing unit: its row is accepted")
    {
        f.wizard->previewPage()->createMissingChoice()->setChecked(true);
        f.waitForPreview();
        CHECK(f.wizard->preview().inserted == 3);
        CHECK(f.wizard->preview().rejectedRows == 1);
        f.wizard->next();
        f.waitForResult();
        CHECK(f.wizard->result().created == 1);
        CHECK(f.employeeCount() == before + 3);
    }

    SECTION("import nothing until the file is fixed")
    {
        f.wizard->previewPage()->importNothingChoice()->setChecked(true);
        CHECK(f.wizard->button(QWizard::CommitButton)->text() == u"Close without importing");
        const int audit = f.auditCount();
        f.wizard->next();
        CHECK(f.wizard->currentId() == ImportWizard::ResultPageId);
        CHECK(f.wizard->resultPage()->headline() == u"Nothing imported");
        CHECK(f.employeeCount() == before);
        CHECK(f.auditCount() == audit);
        CHECK(imported.isEmpty());
    }

    SECTION("the reject report is saved through the engine")
    {
        const QString report = f.dir.path(QStringLiteral("rejects.csv"));
        DialogSeams::queueFile(report);
        f.wizard->previewPage()->saveReportButton()->click();
        QFile saved(report);
        REQUIRE(saved.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(saved.readAll());
        CHECK(text.contains(NipTooShort));
        CHECK(text.contains(u"SMA Negeri 9 Teluk Biru"));
    }
}

TEST_CASE("Cancelling a running import leaves the database unchanged", "[ui][import]")
{
    DialogSeams::ScriptedScope seams;
    WizardFixture f;
    QStringList lines{QStringLiteral("NIP,Nama,Jabatan,Unit Kerja")};
    for (int i = 0; i < 3000; ++i)
        lines.append(newNip(i) +
                     QStringLiteral(",Pegawai %1,Guru Ahli Muda,Dinas Kesehatan").arg(i));
    writeFile(f.csvPath, lines);
    const int employees = f.employeeCount();
    const int audit = f.auditCount();

    f.toPreview();
    CHECK(f.wizard->preview().inserted == 3000);
    f.wizard->next();
    REQUIRE(f.wizard->currentId() == ImportWizard::RunPageId);
    f.wizard->reject(); // the Cancel button: stops the import instead of closing at once
    CHECK(f.wizard->isVisible());
    f.waitForResult();
    CHECK(f.wizard->wasCancelled());
    CHECK_FALSE(f.wizard->result().written);
    CHECK(f.wizard->resultPage()->headline() == u"Import cancelled");
    CHECK(f.employeeCount() == employees);
    CHECK(f.auditCount() == audit);
}

TEST_CASE("The wizard remembers the column choices for the same header", "[ui][import]")
{
    DialogSeams::ScriptedScope seams;
    WizardFixture f;
    f.chooseFile(f.csvPath);
    f.wizard->next();
    CHECK_FALSE(f.wizard->mappingPage()->usedSavedMapping());
    // The officer says the "Nama" column is not to be imported.
    QComboBox *name = f.wizard->mappingPage()->columnChoice(QStringLiteral("name"));
    name->setCurrentIndex(0);
    Q_EMIT name->activated(0);
    f.wizard->next();
    REQUIRE(f.wizard->currentId() == ImportWizard::PreviewPageId);

    ImportWizard second(*f.settings, f.dbPath);
    second.show();
    DialogSeams::queueFile(f.csvPath);
    second.findChild<QPushButton *>(QStringLiteral("importBrowse"))->click();
    second.next();
    REQUIRE(second.currentId() == ImportWizard::MappingPageId);
    CHECK(second.mappingPage()->usedSavedMapping());
    CHECK(second.mappingPage()->columnChoice(QStringLiteral("name"))->currentData().toInt() == -1);
    CHECK(second.mappingPage()->columnChoice(QStringLiteral("nip"))->currentData().toInt() == 0);
}

TEST_CASE("A file that cannot be read stops the wizard on its first page", "[ui][import]")
{
    DialogSeams::ScriptedScope seams;
    WizardFixture f;
    f.wizard->filePage()->pathField()->setText(f.dir.path(QStringLiteral("missing.csv")));
    f.wizard->next();
    CHECK(f.wizard->currentId() == ImportWizard::FilePageId);
    CHECK(f.wizard->filePage()->problem().contains(u"missing.csv"));
}

TEST_CASE("File > Import opens the wizard on the open database; the list refreshes after",
          "[ui][import][mainwindow]")
{
    DialogSeams::ScriptedScope seams;
    WizardFixture f;
    f.wizard.reset();
    MainWindow window(Test::settingsIn(f.dir.path(QStringLiteral("window.ini"))));
    auto *importAction = window.findChild<QAction *>(QStringLiteral("actionImport"));
    REQUIRE(importAction);
    CHECK_FALSE(importAction->isEnabled()); // nothing open yet
    REQUIRE(window.openDatabase(f.dbPath));
    CHECK(importAction->isEnabled());
    const int before = window.employeePage()->model()->rowCount();

    importAction->trigger();
    auto *wizard = window.findChild<ImportWizard *>();
    REQUIRE(wizard);
    CHECK(wizard->databasePath() == window.database()->path());
    f.wizard.reset(wizard);
    f.toPreview();
    f.wizard->next();
    f.waitForResult();
    f.wizard.release()->close();
    CHECK(window.employeePage()->model()->rowCount() == before + 2);
}
