#include "DecreeTestSupport.h"
#include "TestSupport.h"
#include "decree/DecreeRenderer.h"
#include "document/PageTarget.h"
#include "domain/Nip.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <cmath>

using namespace Simutasi;

namespace {

// Text of a PDF with runs of spaces made one, so wrapped layout columns compare simply.
QString squeezed(const QString &text)
{
    return QString(text).replace(QRegularExpression(QStringLiteral("[ \\t]+")),
                                 QStringLiteral(" "));
}

// SIMUTASI_DECREE_OUT=DIR keeps a copy of the PDFs, to look at them.
void keep(const QString &pdf, const QString &name)
{
    const QString dir = qEnvironmentVariable("SIMUTASI_DECREE_OUT");
    if (!dir.isEmpty()) {
        QFile::remove(dir + u'/' + name);
        QFile::copy(pdf, dir + u'/' + name);
    }
}

QString formatted(const QString &nip)
{
    return Nip::parse(nip).formatted();
}

// The lampiran pages: from the first page whose text holds the annex heading to the end.
int firstLampiranPage(const QString &pdf)
{
    const int pages = Test::pdfPageCount(pdf);
    for (int page = 1; page <= pages; ++page) {
        if (Test::pdfText(pdf, page, page).contains(QStringLiteral("LAMPIRAN KEPUTUSAN")))
            return page;
    }
    return 0;
}

} // namespace

TEST_CASE("The SK PDF has the heading, the diktum and the signature", "[decree][pdf]")
{
    Test::TempDir dir;
    const DecreeContent content = Test::sampleDecree(3);
    const QString pdf = dir.path(QStringLiteral("sk.pdf"));
    REQUIRE(DecreeRenderer(content, PageSetup{}).writeDecreePdf(pdf));
    const QString text = squeezed(Test::pdfText(pdf));
    for (const char *expected :
         {"KEPUTUSAN GUBERNUR WANGGAR", "NOMOR 800.1.3.1/0125/BKD/XI/2026", "TENTANG",
          "PEMINDAHAN PEGAWAI NEGERI SIPIL DI LINGKUNGAN", "PEMERINTAH PROVINSI WANGGAR",
          "DENGAN RAHMAT TUHAN YANG MAHA ESA", "Menimbang", "Mengingat", "MEMUTUSKAN:",
          "Menetapkan", "KESATU", "KEDUA", "KETIGA", "Ditetapkan di", "Wanggar", "27 November 2026",
          "H. RAHMAN HIDAYAT", "Tembusan", "terhitung mulai tanggal 1 Desember 2026"}) {
        INFO(expected);
        CHECK(text.contains(QString::fromUtf8(expected)));
    }
    // Page size: F4 is 215 x 330 mm = 609.4 x 935.4 pt.
    CHECK(Test::pdfInfo(pdf, QStringLiteral("Page size")).startsWith(QStringLiteral("609")));
    CHECK(Test::pdfInfo(pdf, QStringLiteral("Page size")).contains(QStringLiteral("x 935")));
}

TEST_CASE("A4 paper when the setup says so", "[decree][pdf]")
{
    Test::TempDir dir;
    PageSetup a4;
    a4.paper = PageSetup::Paper::A4;
    const QString pdf = dir.path(QStringLiteral("a4.pdf"));
    REQUIRE(DecreeRenderer(Test::sampleDecree(2), a4).writeDecreePdf(pdf));
    CHECK(Test::pdfInfo(pdf, QStringLiteral("Page size")).contains(QStringLiteral("(A4)")));
}

TEST_CASE("The lampiran lists every employee, header on every page, no row split", "[decree][pdf]")
{
    Test::TempDir dir;
    const int count = 45;
    const DecreeContent content = Test::sampleDecree(count);
    const QString pdf = dir.path(QStringLiteral("sk.pdf"));
    REQUIRE(DecreeRenderer(content, PageSetup{}).writeDecreePdf(pdf));
    keep(pdf, QStringLiteral("sk.pdf"));
    const int pages = Test::pdfPageCount(pdf);
    const int first = firstLampiranPage(pdf);
    REQUIRE(first > 1);
    REQUIRE(pages > first + 1); // the table needs several pages

    QList<QString> lampiranPages;
    for (int page = first; page <= pages; ++page)
        lampiranPages.append(squeezed(Test::pdfText(pdf, page, page)));
    // The header and the column-number row are on every page that holds rows.
    for (int i = 0; i < lampiranPages.size(); ++i) {
        const QString &page = lampiranPages.at(i);
        if (!page.contains(QStringLiteral("NIP. ")))
            continue;
        INFO("lampiran page " << i + 1);
        CHECK(page.contains(QStringLiteral("NAMA / NIP")));
        CHECK(page.contains(QStringLiteral("JABATAN LAMA")));
        CHECK(page.contains(QStringLiteral("JABATAN BARU")));
        CHECK(page.contains(QRegularExpression(QStringLiteral("\\b1 2 3 4 5 6\\b"))));
    }
    // Each row's NIP (formatted), its KET and the end of its new post are on one and the same
    // page: a split row would leave the end of its longest cell on the next page.
    for (int i = 0; i < count; ++i) {
        const DecreeLine &line = content.lines.at(i);
        const QString nip = formatted(line.nip);
        const QString end = QStringLiteral("R%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        int nipPage = -1;
        int nipTimes = 0;
        for (int p = 0; p < lampiranPages.size(); ++p) {
            const int times = int(lampiranPages.at(p).count(nip));
            nipTimes += times;
            if (times > 0)
                nipPage = p;
        }
        INFO("row " << i + 1 << " NIP " << nip.toStdString());
        CHECK(nipTimes == 1);
        REQUIRE(nipPage >= 0);
        CHECK(lampiranPages.at(nipPage).contains(end));
        CHECK(lampiranPages.at(nipPage).contains(line.note));
    }
}

TEST_CASE("A petikan names its employee and certifies the copy", "[decree][pdf]")
{
    Test::TempDir dir;
    const DecreeContent content = Test::sampleDecree(4);
    const QString pdf = dir.path(QStringLiteral("petikan.pdf"));
    REQUIRE(DecreeRenderer(content, PageSetup{}).writePetikanPdf(pdf, 2));
    keep(pdf, QStringLiteral("petikan.pdf"));
    CHECK(Test::pdfPageCount(pdf) == 1);
    const QString text = squeezed(Test::pdfText(pdf));
    const DecreeLine &line = content.lines.at(2);
    CHECK(text.contains(QStringLiteral("PETIKAN")));
    CHECK(text.contains(QStringLiteral("NOMOR 800.1.3.1/0125/BKD/XI/2026")));
    CHECK(text.contains(formatted(line.nip)));
    CHECK(text.contains(QStringLiteral("Kepada")));
    CHECK(text.contains(QStringLiteral("Yth. Saudara ") + line.name));
    CHECK(text.contains(QStringLiteral("Petikan sesuai dengan aslinya")));
    CHECK(text.contains(QStringLiteral("ttd.")));
    // Only this employee: the others' NIPs are not in it.
    CHECK_FALSE(text.contains(formatted(content.lines.at(1).nip)));
    CHECK_FALSE(text.contains(formatted(content.lines.at(3).nip)));
}

TEST_CASE("The notification letter explains the transfer, the reason and the TMT", "[decree][pdf]")
{
    Test::TempDir dir;
    DecreeContent content = Test::sampleDecree(2);
    content.lines[1].tmt = QDate(2027, 1, 4);
    const QString pdf = dir.path(QStringLiteral("surat.pdf"));
    REQUIRE(DecreeRenderer(content, PageSetup{}).writeNotificationPdf(pdf, 1, QDate(2026, 11, 30)));
    keep(pdf, QStringLiteral("surat.pdf"));
    CHECK(Test::pdfPageCount(pdf) == 1);
    const QString text = squeezed(Test::pdfText(pdf));
    CHECK(text.contains(QStringLiteral("PEMERINTAH PROVINSI WANGGAR")));
    CHECK(text.contains(QStringLiteral("BADAN KEPEGAWAIAN DAERAH")));
    CHECK(text.contains(QStringLiteral("Wanggar, 30 November 2026")));
    CHECK(text.contains(QStringLiteral("Pemberitahuan Pemindahan")));
    CHECK(text.contains(formatted(content.lines.at(1).nip)));
    CHECK(text.contains(QStringLiteral("4 Januari 2027")));
    CHECK(text.contains(QStringLiteral("kepentingan dinas")));
    CHECK(text.contains(QStringLiteral("Nomor 800.1.3.1/0125/BKD/XI/2026")));
}

TEST_CASE("Different TMTs go into the KET column and KEDUA refers to it", "[decree][pdf]")
{
    Test::TempDir dir;
    DecreeContent content = Test::sampleDecree(2);
    content.lines[1].tmt = QDate(2027, 1, 4);
    const QString pdf = dir.path(QStringLiteral("sk.pdf"));
    REQUIRE(DecreeRenderer(content, PageSetup{}).writeDecreePdf(pdf));
    keep(pdf, QStringLiteral("sk-tmt.pdf"));
    const QString text = squeezed(Test::pdfText(pdf));
    CHECK(text.contains(QStringLiteral("kolom 6 (enam)")));
    // The KET cell is narrow: the TMT wraps inside it, read it in its pieces.
    CHECK(text.contains(QStringLiteral("TMT 4")));
    CHECK(text.contains(QStringLiteral("Januari 2027")));
    CHECK(text.contains(QStringLiteral("TMT 1")));
}

TEST_CASE("Golden rendering of the first SK page and the first lampiran page", "[decree][golden]")
{
    // The same drawing code as the PDF, into images at 60 dpi, compared with the stored PNGs
    // with a tolerance for anti-aliasing. SIMUTASI_UPDATE_GOLDEN=1 rewrites the PNGs.
    const DecreeContent content = Test::sampleDecree(12);
    ImagePageTarget target(PageSetup{}.pageSize(), 60);
    DecreeRenderer(content, PageSetup{}).renderDecree(target);
    target.finish();
    REQUIRE(target.pages().size() >= 3);
    const QList<std::pair<QString, QImage>> goldens{
        {QStringLiteral("decree-golden-sk.png"), target.pages().at(0)},
        {QStringLiteral("decree-golden-lampiran.png"),
         target.pages().at(target.pages().size() - 1)},
    };
    for (const auto &[name, image] : goldens) {
        INFO(name.toStdString());
        const QString path = Test::fixturePath(name);
        if (qEnvironmentVariableIntValue("SIMUTASI_UPDATE_GOLDEN") == 1)
            REQUIRE(image.save(path));
        QImage golden(path);
        REQUIRE(!golden.isNull());
        golden = golden.convertToFormat(QImage::Format_RGB32);
        REQUIRE(golden.size() == image.size());
        qint64 differing = 0;
        qint64 ink = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const int a = qGray(image.pixel(x, y));
                const int b = qGray(golden.pixel(x, y));
                if (std::abs(a - b) > 96)
                    ++differing;
                if (b < 128)
                    ++ink;
            }
        }
        // The page is not blank, and at most a small part of it differs.
        CHECK(ink > 2000);
        CHECK(differing * 1000 < qint64(image.width()) * image.height() * 5);
    }
}
