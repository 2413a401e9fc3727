#pragma once

#include <QFont>
#include <QPointF>
#include <QString>
#include <memory>

class QPainter;
class QPaintDevice;
class QTextDocument;

namespace Simutasi {

// A piece of rich text laid out at a fixed width for one paint device, so its height is known
// before it is placed on a page. Documents are built from these: a paragraph, one item of
// Menimbang, one table cell.
class TextBlock
{
public:
    TextBlock(QPaintDevice *device, const QString &html, double width, const QFont &font,
              Qt::Alignment alignment = Qt::AlignLeft);
    ~TextBlock();
    TextBlock(TextBlock &&) noexcept;
    TextBlock &operator=(TextBlock &&) noexcept;

    double height() const;
    double width() const;
    // Draws the block with its top-left corner at `at`; `from`/`length` draw only a band of it
    // (for a block taller than a page).
    void draw(QPainter &painter, const QPointF &at, double from = 0, double length = -1) const;

    // Plain text made safe for the HTML of a block.
    static QString escape(const QString &text);

private:
    std::unique_ptr<QTextDocument> m_document;
};

} // namespace Simutasi
