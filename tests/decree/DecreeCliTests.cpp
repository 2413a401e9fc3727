#include "DecreeTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Simutasi;

namespace {

// A copy of the demo database of the previous schema, whose proposal 15 is approved.
QString demoCopy(const Test::TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("cli.db"));
    REQUIRE(QFile::copy(Test::fixturePath(QStringLiteral("schema_v3.db")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

QString approvedId(const QString &db)
{
    QString out;
    REQUIRE(Test::runCli({QStringLiteral("proposals"), QStringLiteral("--db"), db,
                          QStringLiteral("--state"), QStringLiteral("approved")},
                         &out) == 0);
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^\\s*(\\d+)\\s+USL-"),
                                                             QRegularExpression::MultilineOption)
                                              .match(out);
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

} // namespace

TEST_CASE("simutasi-cli decree issues an approved proposal's decree and re-renders it",
          "[decree][cli]")
{
    Test::TempDir dir;
    const QString db = demoCopy(dir);
    const QString id = approvedId(db);
    const QString pdf = dir.path(QStringLiteral("sk.pdf"));
    const QStringList base{QStringLiteral("decree"),
                           QStringLiteral("--db"),
                           db,
                           QStringLiteral("--proposal"),
                           id,
                           QStringLiteral("--pdf"),
                           pdf};
    QString out;
    QString err;

    // Issuing needs a user, and the right role.
    CHECK(Test::runCli(base, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("--user")));
    CHECK(Test::runCli(base + QStringList{QStringLiteral("--user"), QStringLiteral("operator")},
                       &out, &err, "operator123\n") == 1);
    CHECK(err.contains(QStringLiteral("Pejabat Penandatangan")));
    CHECK_FALSE(QFile::exists(pdf));

    const QString petikan = dir.path(QStringLiteral("petikan"));
    REQUIRE(
        Test::runCli(base + QStringList{QStringLiteral("--user"), QStringLiteral("penandatangan"),
                                        QStringLiteral("--date"), QStringLiteral("2026-11-27"),
                                        QStringLiteral("--petikan"), petikan},
                     &out, &err, "penandatangan123\n") == 0);
    INFO(err.toStdString());
    CHECK(out.contains(QStringLiteral("800.1.3.1/0001/BKD/XI/2026 issued")));
    const QString text = Test::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("NOMOR 800.1.3.1/0001/BKD/XI/2026")));
    CHECK(text.contains(QStringLiteral("LAMPIRAN KEPUTUSAN")));
    const QStringList files = QDir(petikan).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    CHECK_FALSE(files.isEmpty());

    // An issued decree is rendered again without a user, identically, and no new number.
    const QString again = dir.path(QStringLiteral("again.pdf"));
    REQUIRE(Test::runCli({QStringLiteral("decree"), QStringLiteral("--db"), db,
                          QStringLiteral("--proposal"), id, QStringLiteral("--pdf"), again},
                         &out, &err) == 0);
    CHECK(Test::pdfText(again) == text);
    CHECK_FALSE(out.contains(QStringLiteral("issued")));
}

TEST_CASE("simutasi-cli decree refuses a proposal without a decree", "[decree][cli]")
{
    Test::TempDir dir;
    const QString db = demoCopy(dir);
    QString out;
    QString err;
    CHECK(Test::runCli({QStringLiteral("decree"), QStringLiteral("--db"), db,
                        QStringLiteral("--proposal"), QStringLiteral("999999"),
                        QStringLiteral("--pdf"), dir.path(QStringLiteral("x.pdf"))},
                       &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("999999")));
}
