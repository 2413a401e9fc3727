#include "TextBlock.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>
#include <QTextOption>

namespace Simutasi {

TextBlock::TextBlock(QPaintDevice *device, const QString &html, double width, const QFont &font,
                     Qt::Alignment alignment)
    : m_document(std::make_unique<QTextDocument>())
{
    m_document->setUndoRedoEnabled(false);
    m_document->documentLayout()->setPaintDevice(device);
    m_document->setDocumentMargin(0);
    m_document->setDefaultFont(font);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_document->setDefaultTextOption(option);
    m_document->setHtml(html);
    m_document->setTextWidth(width);
}

TextBlock::~TextBlock() = default;
TextBlock::TextBlock(TextBlock &&) noexcept = default;
TextBlock &TextBlock::operator=(TextBlock &&) noexcept = default;

double TextBlock::height() const
{
    return m_document->size().height();
}

double TextBlock::width() const
{
    return m_document->textWidth();
}

void TextBlock::draw(QPainter &painter, const QPointF &at, double from, double length) const
{
    const double band = length < 0 ? height() - from : length;
    painter.save();
    painter.translate(at.x(), at.y() - from);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, from, width(), band);
    painter.setClipRect(context.clip);
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();
}

QString TextBlock::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace Simutasi
