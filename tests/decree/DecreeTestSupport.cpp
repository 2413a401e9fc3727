#include "DecreeTestSupport.h"

#include "decree/DecreeTemplates.h"
#include "domain/Golongan.h"

#include <QProcess>
#include <QRegularExpression>

namespace Simutasi::Test {

namespace {

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

DecreeContent sampleDecree(int lines)
{
    const DecreeTemplates templates = DecreeTemplates::defaults();
    DecreeContent content =
        templates.newContent(QStringLiteral("800.1.3.1/0125/BKD/XI/2026"), QDate(2026, 11, 27));
    static const QStringList names{
        QStringLiteral("Siti Aminah, S.Pd."),      QStringLiteral("Ahmad Fauzi, S.T."),
        QStringLiteral("Dr. Rina Marlina, M.Si."), QStringLiteral("Budi Santoso"),
        QStringLiteral("Dewi Lestari, S.E."),      QStringLiteral("Hendra Gunawan, S.Kom."),
        QStringLiteral("Nurul Hidayah, A.Md."),    QStringLiteral("Yohanes Pardede, S.H."),
    };
    static const QStringList posts{
        QStringLiteral("Analis Kepegawaian Ahli Muda pada Bidang Mutasi dan Promosi, Badan "
                       "Kepegawaian Daerah"),
        QStringLiteral("Pengelola Keuangan pada Subbagian Keuangan, Sekretariat Dinas Kesehatan"),
        QStringLiteral("Guru Ahli Pertama pada SMA Negeri 3 Sungai Rawi, Dinas Pendidikan dan "
                       "Kebudayaan"),
        QStringLiteral("Kepala Seksi Jalan pada Bidang Bina Marga, Dinas Pekerjaan Umum dan "
                       "Penataan Ruang"),
    };
    for (int i = 0; i < lines; ++i) {
        DecreeLine line;
        line.employeeId = i + 1;
        line.name = names.at(i % names.size());
        const QDate birth = QDate(1975, 1, 1).addDays(i * 37);
        line.nip = birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("200301") +
                   QString::number(1 + i % 2) +
                   QStringLiteral("%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        const Golongan golongan = *Golongan::fromRank(9 + i % 5);
        line.pangkat = golongan.pangkat();
        line.golongan = golongan.toString();
        line.oldPost = posts.at(i % posts.size());
        line.newPost = posts.at((i + 1) % posts.size()) +
                       QStringLiteral(" R%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        line.note = QStringLiteral("Ket-%1").arg(i + 1);
        line.reason = templates.defaultReason;
        line.tmt = QDate(2026, 12, 1);
        line.email = QStringLiteral("pegawai%1@example.test").arg(i + 1);
        content.lines.append(line);
    }
    return content;
}

QString pdfText(const QString &pdf, int first, int last)
{
    QStringList arguments{QStringLiteral("-layout")};
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        arguments << QStringLiteral("-l") << QString::number(last);
    arguments << pdf << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), arguments);
}

QString pdfInfo(const QString &pdf, const QString &field)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpression pattern(QStringLiteral("^") + QRegularExpression::escape(field) +
                                         QStringLiteral(":\\s*(.*)$"),
                                     QRegularExpression::MultilineOption);
    return pattern.match(info).captured(1).trimmed();
}

int pdfPageCount(const QString &pdf)
{
    return pdfInfo(pdf, QStringLiteral("Pages")).toInt();
}

} // namespace Simutasi::Test
