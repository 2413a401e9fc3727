#include "PagedLayout.h"

#include "PageTarget.h"
#include "TextBlock.h"

#include <algorithm>

namespace Simutasi {

PagedLayout::PagedLayout(PageTarget &target, const QMarginsF &marginsMm)
    : m_target(target)
{
    const QSizeF page = target.pageSizePixels();
    m_content =
        QRectF(QPointF(0, 0), page)
            .adjusted(target.mmToPixels(marginsMm.left()), target.mmToPixels(marginsMm.top()),
                      -target.mmToPixels(marginsMm.right()),
                      -target.mmToPixels(marginsMm.bottom()));
    m_y = m_content.top();
}

QPainter &PagedLayout::painter()
{
    return m_target.painter();
}

void PagedLayout::newPage()
{
    m_target.newPage();
    ++m_page;
    m_y = m_content.top();
    if (m_hook)
        m_hook(*this);
}

void PagedLayout::keepTogether(double height)
{
    if (height > remaining() && !atPageTop())
        newPage();
}

void PagedLayout::addBlock(const TextBlock &block, double indent)
{
    const double height = block.height();
    if (height <= m_content.height()) {
        keepTogether(height);
        block.draw(painter(), QPointF(left() + indent, m_y));
        m_y += height;
        return;
    }
    // Taller than a page: fill what is left of each page with the next band of the block.
    double from = 0;
    while (from < height) {
        if (remaining() <= 0)
            newPage();
        const double band = std::min(remaining(), height - from);
        block.draw(painter(), QPointF(left() + indent, m_y), from, band);
        from += band;
        m_y += band;
    }
}

} // namespace Simutasi
