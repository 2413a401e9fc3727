// The editor of the decree texts, letterhead and SMTP on the demo database of the current schema:
// what the administrator saves is what DecreeTemplates / SmtpSettings load back; invalid input and
// other users store nothing.
#include "TestSupport.h"

#include "DecreeSettingsDialog.h"
#include "DecreesPage.h"
#include "DialogSeams.h"
#include "decree/DecreeNumber.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "workflow/UserAccounts.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Simutasi;

namespace {

struct SettingsFixture
{
    Test::TempDir dir;
    std::unique_ptr<Database> db;
    DialogSeams::ScriptedScope scripted;

    SettingsFixture()
    {
        const QString path = dir.path(QStringLiteral("settings.db"));
        REQUIRE(QFile::copy(Test::fixturePath(QStringLiteral("schema_v4.db")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        DatabaseError error;
        db = Database::open(path, &error);
        REQUIRE(db);
    }
    ~SettingsFixture() { Session::logOut(); }
    void logIn(const char *name) { Session::logIn(*UserAccounts(*db).user(QLatin1String(name))); }
};

template<typename T>
T *field(const QDialog &dialog, const char *name)
{
    auto *widget = dialog.findChild<T *>(QLatin1String(name));
    REQUIRE(widget);
    return widget;
}

} // namespace

TEST_CASE("DecreeSettingsDialog: the administrator's changes are stored and loaded back",
          "[ui][decree]")
{
    SettingsFixture f;
    f.logIn("admin");
    const DecreeTemplates before = DecreeTemplates::load(*f.db);
    const SmtpSettings smtpBefore = SmtpSettings::load(*f.db);
    REQUIRE(smtpBefore.port != 2525);

    DecreeSettingsDialog dialog(*f.db);
    REQUIRE(dialog.canSave());
    CHECK(field<QLineEdit>(dialog, "numberTemplate")->text() == before.numberTemplate);
    field<QPlainTextEdit>(dialog, "menimbang")
        ->setPlainText(QStringLiteral("bahwa pertama;\n\n  bahwa kedua;  \n"));
    field<QLineEdit>(dialog, "numberTemplate")->setText(QStringLiteral("{nomor}/{unit}/{tahun}"));
    field<QLineEdit>(dialog, "unitCode")->setText(QStringLiteral("BKD-X"));
    // The live example follows the template.
    const QString example = field<QLabel>(dialog, "numberExample")->text();
    CHECK(example.contains(QStringLiteral("/BKD-X/%1").arg(QDate::currentDate().year())));
    field<QSpinBox>(dialog, "smtpPort")->setValue(2525);
    field<QLineEdit>(dialog, "smtpPassword")->setText(QStringLiteral("rahasia"));
    CHECK(field<QLineEdit>(dialog, "smtpPassword")->echoMode() == QLineEdit::Password);

    // A logo chosen through the file picker is stored as PNG.
    const QString logoPath = f.dir.path(QStringLiteral("logo.bmp"));
    QImage logo(20, 30, QImage::Format_RGB32);
    logo.fill(Qt::red);
    REQUIRE(logo.save(logoPath, "BMP"));
    DialogSeams::queueFile(logoPath);
    field<QPushButton>(dialog, "chooseLogoButton")->click();

    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(DialogSeams::messages().isEmpty());

    const DecreeTemplates after = DecreeTemplates::load(*f.db);
    CHECK(after.menimbang ==
          QStringList{QStringLiteral("bahwa pertama;"), QStringLiteral("bahwa kedua;")});
    CHECK(after.numberTemplate == QStringLiteral("{nomor}/{unit}/{tahun}"));
    CHECK(after.unitCode == QStringLiteral("BKD-X"));
    CHECK(after.mengingat == before.mengingat);
    QImage stored;
    REQUIRE(stored.loadFromData(after.letterhead.logoPng, "PNG"));
    CHECK(stored.size() == QSize(20, 30));
    const SmtpSettings smtpAfter = SmtpSettings::load(*f.db);
    CHECK(smtpAfter.port == 2525);
    CHECK(smtpAfter.password == QStringLiteral("rahasia"));
    CHECK(smtpAfter.host == smtpBefore.host);
}

TEST_CASE("DecreeSettingsDialog: invalid input is refused and stores nothing", "[ui][decree]")
{
    SettingsFixture f;
    f.logIn("admin");
    const DecreeTemplates before = DecreeTemplates::load(*f.db);
    const SmtpSettings smtpBefore = SmtpSettings::load(*f.db);
    DecreeSettingsDialog dialog(*f.db);
    field<QPlainTextEdit>(dialog, "menimbang")->setPlainText(QStringLiteral("bahwa lain;"));
    field<QSpinBox>(dialog, "smtpPort")->setValue(2526);

    SECTION("a template without {nomor} or with an unknown placeholder")
    {
        const QString bad = GENERATE(QStringLiteral("{unit}/{tahun}"),
                                     QStringLiteral("{nomor}/{bulan_romawi}/{tahun}"));
        field<QLineEdit>(dialog, "numberTemplate")->setText(bad);
        CHECK(field<QLabel>(dialog, "numberExample")->text() == DecreeNumber::validate(bad));
    }
    SECTION("an SMTP port out of range")
    {
        field<QSpinBox>(dialog, "smtpPort")->setValue(70000);
    }
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    REQUIRE(DialogSeams::messages().size() == 1);
    CHECK(DialogSeams::messages().front().icon == QMessageBox::Critical);
    CHECK_FALSE(DialogSeams::messages().front().text.isEmpty());
    CHECK(DecreeTemplates::load(*f.db).menimbang == before.menimbang);
    CHECK(DecreeTemplates::load(*f.db).numberTemplate == before.numberTemplate);
    CHECK(SmtpSettings::load(*f.db).port == smtpBefore.port);
}

TEST_CASE("DecreeSettingsDialog: other users read the settings but cannot save", "[ui][decree]")
{
    SettingsFixture f;
    f.logIn("operator");
    const DecreeTemplates before = DecreeTemplates::load(*f.db);
    DecreeSettingsDialog dialog(*f.db);
    CHECK_FALSE(dialog.canSave());
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("readOnlyNote")));
    CHECK_FALSE(field<QPushButton>(dialog, "saveButton")->isEnabled());
    QPlainTextEdit *menimbang = field<QPlainTextEdit>(dialog, "menimbang");
    CHECK(menimbang->toPlainText() == before.menimbang.join(QLatin1Char('\n')));
    CHECK_FALSE(menimbang->isEnabledTo(&dialog));
    menimbang->setPlainText(QStringLiteral("bahwa diubah;"));
    dialog.accept(); // even when called directly
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(DialogSeams::messages().size() == 1);
    CHECK(DecreeTemplates::load(*f.db).menimbang == before.menimbang);
}

TEST_CASE("DecreeSettingsDialog: the decrees page opens it with \"Settings…\"", "[ui][decree]")
{
    SettingsFixture f;
    f.logIn("admin");
    DecreesPage page;
    page.setDatabase(f.db.get());
    QString opened;
    DialogSeams::queueExecHandler([&opened](QDialog &dialog) {
        opened = dialog.objectName();
        return int(QDialog::Rejected);
    });
    auto *button = page.findChild<QPushButton *>(QStringLiteral("settingsButton"));
    REQUIRE(button);
    button->click();
    CHECK(opened == QStringLiteral("decreeSettingsDialog"));
}
