#include "DecreeRenderer.h"

#include "IndonesianText.h"
#include "document/PageTarget.h"
#include "document/PagedLayout.h"
#include "document/TextBlock.h"
#include "domain/Nip.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <array>
#include <vector>

namespace Simutasi {

namespace {

// Geometry of the documents, in millimetres (converted for the target's resolution).
constexpr double LabelColumnMm = 30;   // "Menimbang", "KESATU"
constexpr double ColonColumnMm = 4;    // ":"
constexpr double MarkerColumnMm = 7;   // "a.", "1."
constexpr double ParagraphGapMm = 2.5; // between items
constexpr double SectionGapMm = 5;
constexpr double SignatureSpaceMm = 22;
constexpr double CopySignatureSpaceMm = 12;   // a petikan only says "ttd." there
constexpr double CertifierColumnShare = 0.45; // the certification of a petikan, a bit wider
constexpr double LogoHeightMm = 24;
constexpr double CellPaddingMm = 1.2;
constexpr double RuleWidthMm = 0.25;
constexpr double LetterheadRuleMm = 0.8;
constexpr double DetailLabelMm = 42; // "Pangkat/Gol. Ruang" in the petikan and the letter
constexpr double TableFontDelta = 2; // the Lampiran table is 2 pt smaller than the text
constexpr double SmallFontDelta = 1;
constexpr int ColumnCount = 6;
// Shares of the Lampiran table's width: NO | NAMA / NIP | PANGKAT | LAMA | BARU | KET.
constexpr std::array<double, ColumnCount> ColumnShares{0.05, 0.26, 0.14, 0.21, 0.21, 0.13};
constexpr double SignatureColumnShare = 0.5; // the signature block starts mid-page
constexpr double NarrowShare = 0.72;         // long centred titles
constexpr double AnnexLabelMm = 20;
constexpr double AnnexHeadShare = 0.5;   // the LAMPIRAN heading block on the right
constexpr double AuthorityFontDelta = 2; // GUBERNUR WANGGAR above the decree

QString esc(const QString &text)
{
    return TextBlock::escape(text);
}

// A NIP must not wrap inside its groups.
QString unbroken(const QString &text)
{
    return esc(text).replace(u' ', QStringLiteral("&nbsp;"));
}

QString bold(const QString &text)
{
    return QStringLiteral("<b>") + esc(text) + QStringLiteral("</b>");
}

// "Gubernur Wanggar" from "GUBERNUR WANGGAR", for running text. Short words stay lower case
// as Indonesian titles write them ("Pemindahan Pegawai Negeri Sipil di Lingkungan ...").
QString titleCase(const QString &text)
{
    static const QStringList lowerWords{QStringLiteral("di"),   QStringLiteral("dan"),
                                        QStringLiteral("ke"),   QStringLiteral("dari"),
                                        QStringLiteral("yang"), QStringLiteral("pada")};
    QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i == 0 || !lowerWords.contains(words.at(i)))
            words[i][0] = words.at(i).at(0).toUpper();
    }
    return words.join(u' ');
}

// "KEPUTUSAN GUBERNUR" from "GUBERNUR WANGGAR": the office without the region's name.
QString officeWord(const QString &authority)
{
    return authority.section(u' ', 0, 0);
}

// Lays out one document: the common parts of the SK, the petikan and the letter.
class Composer
{
public:
    Composer(PageTarget &target, const DecreeContent &content, const PageSetup &setup)
        : m_target(target)
        , m_content(content)
        , m_setup(setup)
        , m_layout(target, setup.marginsMm)
    {
        target.painter().setPen(QPen(Qt::black, target.mmToPixels(RuleWidthMm)));
    }

    PagedLayout &layout() { return m_layout; }
    double mm(double value) const { return m_target.mmToPixels(value); }

    QFont font(double deltaPt = 0, bool isBold = false) const
    {
        QFont f(m_setup.fontFamily);
        f.setPointSizeF(m_setup.fontSizePt - deltaPt);
        f.setBold(isBold);
        return f;
    }

    TextBlock block(const QString &html, double width, double deltaPt = 0,
                    Qt::Alignment alignment = Qt::AlignLeft) const
    {
        return TextBlock(m_target.device(), html, width, font(deltaPt), alignment);
    }

    void centered(const QString &html, double deltaPt = 0)
    {
        m_layout.addBlock(block(html, m_layout.width(), -deltaPt, Qt::AlignHCenter));
    }

    // A centred title at 3/4 of the width, so that long titles break into balanced lines.
    void narrowCentered(const QString &html)
    {
        const double width = m_layout.width() * NarrowShare;
        m_layout.addBlock(block(html, width, 0, Qt::AlignHCenter), (m_layout.width() - width) / 2);
    }

    void gap(double millimetres) { m_layout.skip(mm(millimetres)); }

    // "- 2 -" in the top margin of every page after the first.
    void numberPages()
    {
        m_layout.setPageHook([this](PagedLayout &layout) { drawPageNumber(layout); });
    }

    void drawPageNumber(PagedLayout &layout)
    {
        const TextBlock number = block(QStringLiteral("- %1 -").arg(layout.pageNumber()),
                                       layout.width(), 0, Qt::AlignHCenter);
        number.draw(layout.painter(),
                    QPointF(layout.left(), (layout.contentRect().top() - number.height()) / 2));
    }

    void logo()
    {
        QImage image;
        if (m_content.letterhead.logoPng.isEmpty() ||
            !image.loadFromData(m_content.letterhead.logoPng))
            return;
        const double height = mm(LogoHeightMm);
        const double width = height * image.width() / std::max(1, image.height());
        m_layout.painter().drawImage(
            QRectF(m_layout.left() + (m_layout.width() - width) / 2, m_layout.y(), width, height),
            image);
        m_layout.skip(height + mm(ParagraphGapMm));
    }

    // The heading of the SK and of its petikan.
    void heading(bool petikan)
    {
        // The petikan is tighter: it must fit its one page.
        const double space = petikan ? ParagraphGapMm : SectionGapMm;
        logo();
        const QString authority = m_content.letterhead.authority;
        centered(bold(authority), AuthorityFontDelta);
        gap(space);
        if (petikan) {
            centered(bold(QStringLiteral("PETIKAN")));
            gap(ParagraphGapMm);
        }
        centered(bold(QStringLiteral("KEPUTUSAN ") + authority));
        centered(bold(QStringLiteral("NOMOR ") + m_content.number));
        gap(space);
        centered(bold(QStringLiteral("TENTANG")));
        gap(space);
        narrowCentered(bold(m_content.title));
        gap(space);
        centered(bold(QStringLiteral("DENGAN RAHMAT TUHAN YANG MAHA ESA")));
        gap(space);
        centered(bold(m_content.signatory.authority + u','));
        gap(space);
    }

    // One labelled line: "Menimbang : a. text" (label and marker may be empty). `indent` moves
    // the whole item right; the text is justified.
    void labeled(const QString &label, const QString &marker, const QString &html,
                 double indent = 0, double labelMm = LabelColumnMm, double deltaPt = 0)
    {
        const double labelWidth = mm(labelMm);
        const double colonWidth = mm(ColonColumnMm);
        const double markerWidth = marker.isEmpty() ? 0 : mm(MarkerColumnMm);
        const double textX = indent + labelWidth + colonWidth + markerWidth;
        const TextBlock labelBlock = block(esc(label), labelWidth, deltaPt);
        const TextBlock colon =
            block(label.isEmpty() ? QString() : QStringLiteral(":"), colonWidth, deltaPt);
        const TextBlock markerBlock = block(esc(marker), std::max(markerWidth, 1.0), deltaPt);
        const TextBlock text = block(html, m_layout.width() - textX, deltaPt, Qt::AlignJustify);
        const double height = std::max(labelBlock.height(), text.height());
        m_layout.keepTogether(height);
        QPainter &painter = m_layout.painter();
        const double x = m_layout.left() + indent;
        const double y = m_layout.y();
        labelBlock.draw(painter, QPointF(x, y));
        colon.draw(painter, QPointF(x + labelWidth, y));
        if (markerWidth > 0)
            markerBlock.draw(painter, QPointF(x + labelWidth + colonWidth, y));
        m_layout.addBlock(text, textX);
        // A label may wrap to more lines than its text.
        m_layout.skip(std::max(0.0, y + height - m_layout.y()));
    }

    // "Menimbang : a. ...  b. ..." with letters (or numbers when `numbered`).
    void labeledList(const QString &label, const QStringList &items, bool numbered)
    {
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString marker = items.size() == 1 ? QString()
                                   : numbered        ? QStringLiteral("%1.").arg(i + 1)
                                                     : IndonesianText::listLetter(int(i)) + u'.';
            labeled(i == 0 ? label : QString(), marker, esc(items.at(i)));
            m_layout.skip(mm(ParagraphGapMm / 2));
        }
        gap(ParagraphGapMm);
    }

    void memutuskan()
    {
        gap(ParagraphGapMm);
        centered(bold(QStringLiteral("MEMUTUSKAN:")));
        gap(ParagraphGapMm);
        labeled(QStringLiteral("Menetapkan"), QString(),
                esc(QStringLiteral("KEPUTUSAN ") + officeWord(m_content.signatory.authority) +
                    QStringLiteral(" TENTANG ") + m_content.title + u'.'));
        gap(ParagraphGapMm);
    }

    // KEDUA ... with "{tmt}" made the sentence for `tmt` (the annex's column when invalid).
    void furtherDiktum(const QDate &tmt)
    {
        const QString tmtText =
            tmt.isValid()
                ? QStringLiteral("terhitung mulai tanggal ") + IndonesianText::date(tmt)
                : QStringLiteral("terhitung mulai tanggal sebagaimana tercantum dalam kolom "
                                 "6 (enam) Lampiran Keputusan ini");
        for (qsizetype i = 0; i < m_content.diktum.size(); ++i) {
            QString text = m_content.diktum.at(i);
            text.replace(QStringLiteral("{tmt}"), tmtText);
            labeled(IndonesianText::ordinalDiktum(int(i) + 1), QString(), esc(text));
            gap(ParagraphGapMm);
        }
    }

    // A signature: the titles (after `intro`), a fixed space to sign and stamp (with "ttd." on
    // a copy), the name underlined, pangkat and NIP. Kept together on one page.
    struct Signature
    {
        TextBlock top;
        TextBlock mark;
        TextBlock bottom;
        double space;
        double height() const { return top.height() + space + bottom.height(); }
        void draw(QPainter &painter, const QPointF &at) const
        {
            top.draw(painter, at);
            mark.draw(painter, at + QPointF(0, top.height() + (space - mark.height()) / 2));
            bottom.draw(painter, at + QPointF(0, top.height() + space));
        }
    };

    Signature signatureOf(const QString &intro, const QStringList &titles, const QString &name,
                          const QString &pangkat, const QString &nip, bool copy, double width) const
    {
        QStringList titleHtml;
        for (const QString &title : titles)
            titleHtml.append(bold(title));
        QString bottom = QStringLiteral("<b><u>") + esc(name) + QStringLiteral("</u></b>");
        if (!pangkat.isEmpty())
            bottom += QStringLiteral("<br>") + esc(pangkat);
        if (!nip.isEmpty())
            bottom += QStringLiteral("<br>NIP. ") + unbroken(DecreeRenderer::formatNip(nip));
        return {block(intro + titleHtml.join(QStringLiteral("<br>")), width),
                block(copy ? QStringLiteral("ttd.") : QString(), width), block(bottom, width),
                mm(copy ? CopySignatureSpaceMm : SignatureSpaceMm)};
    }

    // The decree's signature: place and date of issue, then the signatory.
    Signature decreeSignature(bool copy) const
    {
        const DecreeSignatory &s = m_content.signatory;
        const QString intro =
            QStringLiteral("<table cellspacing=0 cellpadding=0><tr><td>Ditetapkan di</td>"
                           "<td>&nbsp;:&nbsp;</td><td>%1</td></tr>"
                           "<tr><td>pada tanggal</td><td>&nbsp;:&nbsp;</td><td>%2</td></tr>"
                           "</table><hr>")
                .arg(esc(m_content.place), esc(IndonesianText::date(m_content.date)));
        return signatureOf(intro, s.titleLines(), s.name, s.pangkat, s.nip, copy,
                           m_layout.width() * (1 - SignatureColumnShare));
    }

    Signature certifierSignature(const QString &intro, double width) const
    {
        const DecreeOfficial &c = m_content.certifier;
        return signatureOf(intro, c.titleLines, c.name, c.pangkat, c.nip, false, width);
    }

    // Draws `signature` from `share` of the width, next to `left` (may be null) on the left.
    void placeSignature(const Signature &signature, const TextBlock *left = nullptr,
                        double share = SignatureColumnShare)
    {
        const double height = std::max(signature.height(), left ? left->height() : 0.0);
        m_layout.keepTogether(height);
        const double y = m_layout.y();
        if (left)
            left->draw(m_layout.painter(), QPointF(m_layout.left(), y));
        signature.draw(m_layout.painter(), QPointF(m_layout.left() + m_layout.width() * share, y));
        m_layout.skip(height);
    }

    void signature(bool copy)
    {
        gap(SectionGapMm);
        placeSignature(decreeSignature(copy));
    }

    void tembusan()
    {
        if (m_content.tembusan.isEmpty())
            return;
        gap(SectionGapMm);
        QString html = QStringLiteral("<u>Tembusan</u> Keputusan ini disampaikan kepada Yth.:<ol>");
        for (const QString &item : m_content.tembusan)
            html += QStringLiteral("<li>") + esc(item) + QStringLiteral("</li>");
        html += QStringLiteral("</ol>");
        m_layout.addBlock(block(html, m_layout.width(), SmallFontDelta));
    }

    // A horizontal rule across the text width at the current position.
    void rule(double thicknessMm)
    {
        QPainter &painter = m_layout.painter();
        painter.save();
        painter.setPen(QPen(Qt::black, mm(thicknessMm)));
        painter.drawLine(QPointF(m_layout.left(), m_layout.y()),
                         QPointF(m_layout.left() + m_layout.width(), m_layout.y()));
        painter.restore();
    }

    // Name, NIP, pangkat, old and new post of one line, as labelled rows from `indent`.
    void lineDetails(const DecreeLine &line, double indent, bool withTmt)
    {
        const auto row = [&](const char *label, const QString &value, bool strong = false) {
            labeled(QString::fromLatin1(label), QString(), strong ? bold(value) : esc(value),
                    indent, DetailLabelMm);
        };
        row("Nama", line.name, true);
        row("NIP", formatNipText(line.nip));
        row("Pangkat/Gol. Ruang", pangkatText(line));
        row("Jabatan Lama", line.oldPost);
        row("Jabatan Baru", line.newPost);
        if (withTmt)
            row("TMT", IndonesianText::date(line.tmt));
        if (!line.note.isEmpty())
            row("Keterangan", line.note);
    }

    static QString formatNipText(const QString &nip) { return DecreeRenderer::formatNip(nip); }

    static QString pangkatText(const DecreeLine &line)
    {
        if (line.golongan.isEmpty())
            return line.pangkat;
        return line.pangkat.isEmpty() ? line.golongan
                                      : line.pangkat + QStringLiteral(", ") + line.golongan;
    }

    // --- the Lampiran table ---

    QList<double> columnWidths() const
    {
        QList<double> widths;
        for (const double share : ColumnShares)
            widths.append(m_layout.width() * share);
        return widths;
    }

    // One table row: cells laid out at their column width, drawn with borders, never split.
    void tableRow(const QStringList &cells, bool header, double deltaPt,
                  const QList<Qt::Alignment> &alignments)
    {
        const QList<double> widths = columnWidths();
        const double padding = mm(CellPaddingMm);
        std::vector<TextBlock> blocks;
        double height = 0;
        for (int c = 0; c < ColumnCount; ++c) {
            blocks.push_back(block(cells.value(c), widths.at(c) - 2 * padding, deltaPt,
                                   header ? Qt::AlignHCenter : alignments.value(c)));
            height = std::max(height, blocks.back().height());
        }
        height += 2 * padding;
        m_layout.keepTogether(height);
        QPainter &painter = m_layout.painter();
        double x = m_layout.left();
        const double y = m_layout.y();
        for (int c = 0; c < ColumnCount; ++c) {
            const TextBlock &cell = blocks.at(std::size_t(c));
            // Header cells are centred vertically too; data cells start at the top.
            const double top = header ? (height - cell.height()) / 2 : padding;
            cell.draw(painter, QPointF(x + padding, y + top));
            painter.drawRect(QRectF(x, y, widths.at(c), height));
            x += widths.at(c);
        }
        m_layout.skip(height);
    }

    void tableHeader()
    {
        const double delta = TableFontDelta;
        tableRow({bold(QStringLiteral("NO")), bold(QStringLiteral("NAMA / NIP")),
                  bold(QStringLiteral("PANGKAT / GOL. RUANG")),
                  bold(QStringLiteral("JABATAN LAMA")), bold(QStringLiteral("JABATAN BARU")),
                  bold(QStringLiteral("KET"))},
                 true, delta, {});
        QStringList numbers;
        for (int c = 1; c <= ColumnCount; ++c)
            numbers.append(QString::number(c));
        tableRow(numbers, true, delta + 1, {});
    }

    void lampiran()
    {
        const double delta = TableFontDelta;
        // The annex's own heading, on the right: which decree it belongs to.
        const double indent = m_layout.width() * (1 - AnnexHeadShare);
        m_layout.addBlock(
            block(esc(QStringLiteral("LAMPIRAN KEPUTUSAN ") + m_content.signatory.authority),
                  m_layout.width() - indent, SmallFontDelta),
            indent);
        labeled(QStringLiteral("NOMOR"), QString(), esc(m_content.number), indent, AnnexLabelMm,
                SmallFontDelta);
        labeled(QStringLiteral("TANGGAL"), QString(), esc(IndonesianText::date(m_content.date)),
                indent, AnnexLabelMm, SmallFontDelta);
        gap(SectionGapMm);
        narrowCentered(bold(QStringLiteral("DAFTAR ") + m_content.title));
        gap(SectionGapMm);
        tableHeader();
        m_layout.setPageHook([this](PagedLayout &layout) {
            drawPageNumber(layout);
            tableHeader();
        });
        const QDate common = m_content.commonTmt();
        const QList<Qt::Alignment> alignments{Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignLeft,
                                              Qt::AlignLeft,    Qt::AlignLeft, Qt::AlignLeft};
        for (qsizetype i = 0; i < m_content.lines.size(); ++i) {
            const DecreeLine &line = m_content.lines.at(i);
            QString ket = esc(line.note);
            if (!common.isValid() && line.tmt.isValid()) {
                ket = QStringLiteral("TMT ") + esc(IndonesianText::date(line.tmt)) +
                      (ket.isEmpty() ? QString() : QStringLiteral("<br>") + ket);
            }
            tableRow(
                {QString::number(i + 1),
                 bold(line.name) + QStringLiteral("<br>NIP. ") + unbroken(formatNipText(line.nip)),
                 esc(line.pangkat) + QStringLiteral("<br>") + esc(line.golongan), esc(line.oldPost),
                 esc(line.newPost), ket},
                false, delta, alignments);
        }
        numberPages();
        signature(false);
    }

    // --- the letterhead of letters (kop surat) ---

    void kopSurat()
    {
        const Letterhead &head = m_content.letterhead;
        QImage image;
        const bool hasLogo = !head.logoPng.isEmpty() && image.loadFromData(head.logoPng);
        const double logoHeight = mm(LogoHeightMm * 0.8);
        const double top = m_layout.y();
        if (hasLogo) {
            const double width = logoHeight * image.width() / std::max(1, image.height());
            m_layout.painter().drawImage(QRectF(m_layout.left(), top, width, logoHeight), image);
        }
        const QString html = QStringLiteral("<span style='font-size:%1pt'><b>%2</b></span><br>"
                                            "<span style='font-size:%3pt'><b>%4</b></span><br>"
                                            "<span style='font-size:%5pt'>%6</span>")
                                 .arg(m_setup.fontSizePt + 2)
                                 .arg(esc(head.government))
                                 .arg(m_setup.fontSizePt + 4)
                                 .arg(esc(head.agency))
                                 .arg(m_setup.fontSizePt - 3)
                                 .arg(esc(head.address));
        m_layout.addBlock(block(html, m_layout.width(), 0, Qt::AlignHCenter));
        if (hasLogo)
            m_layout.skip(std::max(0.0, top + logoHeight - m_layout.y()));
        gap(1);
        rule(LetterheadRuleMm);
        gap(0.8);
        rule(RuleWidthMm);
        gap(SectionGapMm);
    }

    const DecreeContent &content() const { return m_content; }

private:
    PageTarget &m_target;
    const DecreeContent &m_content;
    PageSetup m_setup;
    PagedLayout m_layout;
};

QString pdfTitle(const DecreeContent &content, const QString &kind)
{
    return kind + QStringLiteral(" Nomor ") + content.number;
}

} // namespace

DecreeRenderer::DecreeRenderer(const DecreeContent &content, const PageSetup &setup)
    : m_content(content)
    , m_setup(setup)
{}

QString DecreeRenderer::formatNip(const QString &nip)
{
    const Nip parsed = Nip::parse(nip);
    return parsed.isValid() ? parsed.formatted() : nip;
}

QString DecreeRenderer::petikanFileName(int index, const DecreeLine &line)
{
    return QStringLiteral("petikan-%1-%2.pdf")
        .arg(index + 1, 3, 10, QLatin1Char('0'))
        .arg(line.nip.isEmpty() ? QStringLiteral("tanpa-nip") : line.nip);
}

void DecreeRenderer::renderDecree(PageTarget &target) const
{
    Composer c(target, m_content, m_setup);
    c.numberPages();
    c.heading(false);
    c.labeledList(QStringLiteral("Menimbang"), m_content.menimbang, false);
    c.labeledList(QStringLiteral("Mengingat"), m_content.mengingat, true);
    if (!m_content.memperhatikan.isEmpty())
        c.labeledList(QStringLiteral("Memperhatikan"), m_content.memperhatikan, true);
    c.memutuskan();
    c.labeled(QStringLiteral("KESATU"), QString(),
              esc(QStringLiteral(
                  "Memindahkan Pegawai Negeri Sipil yang namanya tercantum dalam kolom 2 (dua) "
                  "Lampiran Keputusan ini dari jabatan sebagaimana tercantum dalam kolom 4 "
                  "(empat) ke jabatan sebagaimana tercantum dalam kolom 5 (lima) Lampiran "
                  "Keputusan ini.")));
    c.gap(ParagraphGapMm);
    c.furtherDiktum(m_content.commonTmt());
    c.signature(false);
    c.tembusan();
    c.layout().newPage();
    c.lampiran();
}

void DecreeRenderer::renderPetikan(PageTarget &target, int index) const
{
    const DecreeLine line = m_content.lines.value(index);
    Composer c(target, m_content, m_setup);
    c.numberPages();
    c.heading(true);
    c.labeled(QStringLiteral("Menimbang"), QString(), QStringLiteral("dst."));
    c.gap(ParagraphGapMm);
    c.labeled(QStringLiteral("Mengingat"), QString(), QStringLiteral("dst."));
    c.memutuskan();
    c.labeled(QStringLiteral("KESATU"), QString(),
              esc(QStringLiteral("Memindahkan Pegawai Negeri Sipil:")));
    c.gap(1);
    c.lineDetails(line, c.mm(LabelColumnMm + ColonColumnMm), false);
    c.gap(ParagraphGapMm);
    c.furtherDiktum(line.tmt);
    c.signature(true);
    c.gap(SectionGapMm);
    // Below: to whom it goes (left) and the certification of the copy (right).
    PagedLayout &layout = c.layout();
    const TextBlock recipient =
        c.block(QStringLiteral("Kepada<br>Yth. Saudara %1<br>NIP. %2<br>di<br>"
                               "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Tempat")
                    .arg(bold(line.name), esc(formatNip(line.nip))),
                layout.width() * CertifierColumnShare - c.mm(ParagraphGapMm));
    c.placeSignature(c.certifierSignature(QStringLiteral("Petikan sesuai dengan aslinya<br>"),
                                          layout.width() * (1 - CertifierColumnShare)),
                     &recipient, CertifierColumnShare);
}

void DecreeRenderer::renderNotification(PageTarget &target, int index,
                                        const QDate &letterDate) const
{
    const DecreeLine line = m_content.lines.value(index);
    const QDate date = letterDate.isValid() ? letterDate : m_content.date;
    Composer c(target, m_content, m_setup);
    c.numberPages();
    c.kopSurat();
    PagedLayout &layout = c.layout();
    const double half = layout.width() * SignatureColumnShare;
    layout.addBlock(
        c.block(esc(m_content.place + QStringLiteral(", ") + IndonesianText::date(date)),
                layout.width() - half),
        half);
    c.gap(ParagraphGapMm);
    const double labelMm = 22;
    c.labeled(QStringLiteral("Sifat"), QString(), QStringLiteral("Penting"), 0, labelMm);
    c.labeled(QStringLiteral("Lampiran"), QString(),
              QStringLiteral("1 (satu) berkas Petikan Keputusan"), 0, labelMm);
    c.labeled(QStringLiteral("Hal"), QString(), bold(QStringLiteral("Pemberitahuan Pemindahan")), 0,
              labelMm);
    c.gap(SectionGapMm);
    layout.addBlock(c.block(QStringLiteral("Kepada<br>Yth. Saudara %1<br>NIP. %2<br>di<br>"
                                           "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Tempat")
                                .arg(bold(line.name), esc(formatNip(line.nip))),
                            half));
    c.gap(SectionGapMm);
    const auto paragraph = [&](const QString &html) {
        layout.addBlock(c.block(
            QStringLiteral("<p style='text-indent:%1px'>%2</p>").arg(int(c.mm(10))).arg(html),
            layout.width(), 0, Qt::AlignJustify));
        c.gap(ParagraphGapMm);
    };
    paragraph(esc(QStringLiteral("Dengan hormat, bersama ini kami beritahukan bahwa berdasarkan "
                                 "Keputusan %1 Nomor %2 tanggal %3 tentang %4, Saudara "
                                 "dipindahkan dengan rincian sebagai berikut:")
                      .arg(titleCase(m_content.signatory.authority), m_content.number,
                           IndonesianText::date(m_content.date), titleCase(m_content.title))));
    c.lineDetails(line, c.mm(10), true);
    c.gap(ParagraphGapMm);
    const QString reason = line.reason.isEmpty() ? QString() : line.reason;
    if (!reason.isEmpty())
        paragraph(esc(QStringLiteral("Pemindahan ini dilakukan %1.").arg(reason)));
    paragraph(esc(
        QStringLiteral(
            "Petikan Keputusan tersebut kami lampirkan. Saudara diminta melaksanakan tugas pada "
            "jabatan yang baru terhitung mulai tanggal %1. Apabila Saudara berkeberatan atas "
            "pemindahan ini, Saudara dapat mengajukan keberatan secara tertulis dengan disertai "
            "alasannya kepada Kepala Badan Kepegawaian Daerah paling lambat 14 (empat belas) hari "
            "sejak surat ini diterima.")
            .arg(IndonesianText::date(line.tmt))));
    paragraph(esc(QStringLiteral("Demikian disampaikan, atas perhatian Saudara diucapkan terima "
                                 "kasih.")));
    c.gap(SectionGapMm);
    c.placeSignature(c.certifierSignature(QString(), layout.width() * (1 - CertifierColumnShare)),
                     nullptr, CertifierColumnShare);
}

bool DecreeRenderer::writeDecreePdf(const QString &fileName) const
{
    PdfPageTarget target(fileName, m_setup.pageSize(), pdfTitle(m_content, QStringLiteral("SK")));
    if (!target.isValid())
        return false;
    renderDecree(target);
    return target.finish();
}

bool DecreeRenderer::writePetikanPdf(const QString &fileName, int index) const
{
    PdfPageTarget target(fileName, m_setup.pageSize(),
                         pdfTitle(m_content, QStringLiteral("Petikan SK")));
    if (!target.isValid())
        return false;
    renderPetikan(target, index);
    return target.finish();
}

bool DecreeRenderer::writeNotificationPdf(const QString &fileName, int index,
                                          const QDate &letterDate) const
{
    PdfPageTarget target(fileName, m_setup.pageSize(),
                         pdfTitle(m_content, QStringLiteral("Pemberitahuan SK")));
    if (!target.isValid())
        return false;
    renderNotification(target, index, letterDate);
    return target.finish();
}

QByteArray DecreeRenderer::petikanPdfData(int index) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        PdfPageTarget target(&buffer, m_setup.pageSize(),
                             pdfTitle(m_content, QStringLiteral("Petikan SK")));
        renderPetikan(target, index);
        target.finish();
    }
    return buffer.data();
}

QByteArray DecreeRenderer::notificationPdfData(int index, const QDate &letterDate) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        PdfPageTarget target(&buffer, m_setup.pageSize(),
                             pdfTitle(m_content, QStringLiteral("Pemberitahuan SK")));
        renderNotification(target, index, letterDate);
        target.finish();
    }
    return buffer.data();
}

} // namespace Simutasi
