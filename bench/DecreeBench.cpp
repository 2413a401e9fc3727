// Decree benchmark (built, not run by ctest): renders 500 petikan PDFs with Simutasi's renderer
// and, in the same run, has LibreOffice (`soffice --headless --convert-to pdf`, 100 files per
// process, near its fastest use) convert 500 equivalent petikan documents written as HTML, the way
// a Word/Writer mail merge would produce them. LibreOffice is not a dependency of Simutasi: install
// it only where the comparison is wanted. Usage: decree_bench [count=500] [work-dir]
#include "decree/DecreeRenderer.h"
#include "decree/DecreeTemplates.h"
#include "decree/IndonesianText.h"
#include "domain/Golongan.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Simutasi;

namespace {

constexpr int SofficeBatch = 100;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// A decree of `count` employees with varied, realistic names and posts.
DecreeContent bigDecree(int count)
{
    const QStringList first{QStringLiteral("Siti"),  QStringLiteral("Ahmad"),
                            QStringLiteral("Rina"),  QStringLiteral("Budi"),
                            QStringLiteral("Dewi"),  QStringLiteral("Hendra"),
                            QStringLiteral("Nurul"), QStringLiteral("Yohanes")};
    const QStringList last{QStringLiteral("Aminah"),  QStringLiteral("Fauzi"),
                           QStringLiteral("Marlina"), QStringLiteral("Santoso"),
                           QStringLiteral("Lestari"), QStringLiteral("Gunawan"),
                           QStringLiteral("Hidayah")};
    const QStringList posts{
        QStringLiteral("Analis Kepegawaian Ahli Muda pada Bidang Mutasi dan Promosi, Badan "
                       "Kepegawaian Daerah"),
        QStringLiteral("Pengelola Keuangan pada Subbagian Keuangan, Dinas Kesehatan"),
        QStringLiteral("Guru Ahli Pertama pada SMA Negeri 3 Sungai Rawi, Dinas Pendidikan dan "
                       "Kebudayaan"),
        QStringLiteral("Perawat Terampil pada UPT Puskesmas Teluk Mandau, Dinas Kesehatan"),
        QStringLiteral("Penata Kelola Sistem dan Teknologi Informasi pada Bidang Aplikasi "
                       "Informatika, Dinas Komunikasi dan Informatika")};
    DecreeContent content = DecreeTemplates::defaults().newContent(
        QStringLiteral("800.1.3.1/0125/BKD/XI/2026"), QDate(2026, 11, 27));
    for (int i = 0; i < count; ++i) {
        DecreeLine line;
        line.name = first.at(i % first.size()) + u' ' + last.at((i / first.size()) % last.size());
        line.nip = QDate(1970, 1, 1).addDays(i * 23).toString(QStringLiteral("yyyyMMdd")) +
                   QStringLiteral("199903") + QString::number(1 + i % 2) +
                   QStringLiteral("%1").arg(1 + i % 999, 3, 10, QLatin1Char('0'));
        const Golongan golongan = *Golongan::fromRank(5 + i % 10);
        line.pangkat = golongan.pangkat();
        line.golongan = golongan.toString();
        line.oldPost = posts.at(i % posts.size());
        line.newPost = posts.at((i + 2) % posts.size());
        line.tmt = QDate(2026, 12, 1);
        content.lines.append(line);
    }
    return content;
}

// The same petikan as a mail-merge HTML document for LibreOffice Writer.
QString petikanHtml(const DecreeContent &c, const DecreeLine &l)
{
    const auto e = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    QString diktum;
    for (int i = 0; i < c.diktum.size(); ++i) {
        QString text = c.diktum.at(i);
        text.replace(QStringLiteral("{tmt}"),
                     QStringLiteral("terhitung mulai tanggal ") + IndonesianText::date(l.tmt));
        diktum += QStringLiteral("<tr><td>%1</td><td>:</td><td>%2</td></tr>")
                      .arg(IndonesianText::ordinalDiktum(i + 1), e(text));
    }
    return QStringLiteral(
               "<html><head><meta charset='utf-8'><style>body{font-family:'Liberation Serif';"
               "font-size:12pt} td{vertical-align:top;text-align:justify}</style></head><body>"
               "<p align=center><b>GUBERNUR WANGGAR</b></p><p align=center><b>PETIKAN<br>"
               "KEPUTUSAN GUBERNUR WANGGAR<br>NOMOR %1</b></p><p align=center><b>TENTANG</b></p>"
               "<p align=center><b>%2</b></p><p align=center><b>DENGAN RAHMAT TUHAN YANG MAHA "
               "ESA</b></p><p align=center><b>GUBERNUR WANGGAR,</b></p><table width=100%>"
               "<tr><td width=20%>Menimbang</td><td>:</td><td>dst.</td></tr>"
               "<tr><td>Mengingat</td><td>:</td><td>dst.</td></tr></table>"
               "<p align=center><b>MEMUTUSKAN:</b></p><table width=100%>"
               "<tr><td width=20%>KESATU</td><td>:</td><td>Memindahkan Pegawai Negeri Sipil:"
               "<table><tr><td>Nama</td><td>: <b>%3</b></td></tr><tr><td>NIP</td><td>: %4</td>"
               "</tr><tr><td>Pangkat/Gol. Ruang</td><td>: %5, %6</td></tr><tr><td>Jabatan Lama"
               "</td><td>: %7</td></tr><tr><td>Jabatan Baru</td><td>: %8</td></tr></table>"
               "</td></tr>%9</table><p style='margin-left:50%'>Ditetapkan di Wanggar<br>pada "
               "tanggal %10<br><b>GUBERNUR WANGGAR,</b><br><br>ttd.<br><br><b><u>%11</u></b></p>"
               "<p>Kepada<br>Yth. Saudara %3<br>di Tempat</p></body></html>")
        .arg(e(c.number), e(c.title), e(l.name), DecreeRenderer::formatNip(l.nip), e(l.pangkat),
             l.golongan, e(l.oldPost), e(l.newPost), diktum, IndonesianText::date(c.date),
             e(c.signatory.name));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 500;
    QTemporaryDir temporary;
    const QString work = argc > 2 ? QString::fromLocal8Bit(argv[2]) : temporary.path();
    const QDir dir(work);
    dir.mkpath(QStringLiteral("simutasi"));
    dir.mkpath(QStringLiteral("html"));
    dir.mkpath(QStringLiteral("soffice"));

    const DecreeContent content = bigDecree(count);
    const DecreeRenderer renderer(content, PageSetup{});
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        const QString path = dir.filePath(QStringLiteral("simutasi/") +
                                          DecreeRenderer::petikanFileName(i, content.lines.at(i)));
        if (!renderer.writePetikanPdf(path, i)) {
            out() << "cannot write " << path << '\n';
            return 1;
        }
    }
    const double simutasiSeconds = timer.nsecsElapsed() / 1e9;
    out() << "Simutasi (QPdfWriter): " << count << " petikan PDFs in "
          << QString::number(simutasiSeconds, 'f', 2) << " s ("
          << QString::number(simutasiSeconds * 1000 / count, 'f', 1) << " ms each)\n";
    out().flush();

    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        out() << "LibreOffice (soffice) is not installed: no comparison.\n";
        return 0;
    }
    QStringList inputs;
    for (int i = 0; i < count; ++i) {
        const QString path = dir.filePath(
            QStringLiteral("html/petikan-%1.html").arg(i + 1, 3, 10, QLatin1Char('0')));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(petikanHtml(content, content.lines.at(i)).toUtf8());
        inputs.append(path);
    }
    // A private profile: the first start of LibreOffice creates it, which is not conversion time.
    const QString profile = QStringLiteral("-env:UserInstallation=file://") +
                            dir.filePath(QStringLiteral("lo-profile"));
    QProcess warmUp;
    warmUp.start(soffice,
                 {profile, QStringLiteral("--headless"), QStringLiteral("--terminate_after_init")});
    warmUp.waitForFinished(300000);
    // Batches of files per process: one process for all 500 stopped half-way in a trial.
    timer.restart();
    for (qsizetype from = 0; from < inputs.size(); from += SofficeBatch) {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(soffice, QStringList{profile, QStringLiteral("--headless"),
                                           QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                                           QStringLiteral("--outdir"),
                                           dir.filePath(QStringLiteral("soffice"))} +
                                   inputs.mid(from, SofficeBatch));
        process.waitForFinished(-1);
    }
    const double sofficeSeconds = timer.nsecsElapsed() / 1e9;
    const int converted = int(QDir(dir.filePath(QStringLiteral("soffice")))
                                  .entryList({QStringLiteral("*.pdf")}, QDir::Files)
                                  .size());
    out() << "LibreOffice (soffice --headless --convert-to pdf, " << SofficeBatch
          << " files per process): " << converted << " PDFs in "
          << QString::number(sofficeSeconds, 'f', 2) << " s ("
          << QString::number(sofficeSeconds * 1000 / std::max(1, converted), 'f', 1)
          << " ms each)\n";
    out() << "Ratio: LibreOffice took " << QString::number(sofficeSeconds / simutasiSeconds, 'f', 1)
          << "x as long.\n";
    return converted == count ? 0 : 1;
}
