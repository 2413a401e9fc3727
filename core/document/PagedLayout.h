#pragma once

#include <QMarginsF>
#include <QRectF>
#include <functional>

class QPainter;

namespace Simutasi {

class PageTarget;
class TextBlock;

// Places blocks down the pages of a PageTarget within the margins, starting a new page when a
// block does not fit, so that a block (a table row, a signature) is never split across pages.
// A hook runs at the top of every further page: a repeated table header, a page number.
class PagedLayout
{
public:
    using PageHook = std::function<void(PagedLayout &)>;

    PagedLayout(PageTarget &target, const QMarginsF &marginsMm);

    PageTarget &target() { return m_target; }
    QPainter &painter();
    QRectF contentRect() const { return m_content; }
    double left() const { return m_content.left(); }
    double width() const { return m_content.width(); }
    double y() const { return m_y; }
    double remaining() const { return m_content.bottom() - m_y; }
    int pageNumber() const { return m_page; }
    bool atPageTop() const { return m_y <= m_content.top(); }

    // Runs on every page started from now on, after the page number was advanced.
    void setPageHook(PageHook hook) { m_hook = std::move(hook); }
    void newPage();
    // Starts a new page unless `height` fits on this one (or the page is still empty).
    void keepTogether(double height);
    void skip(double height) { m_y += height; }
    // Draws `block` at the current position, `indent` from the left margin, and moves down.
    // A block taller than a whole page continues on the next pages.
    void addBlock(const TextBlock &block, double indent = 0);

private:
    PageTarget &m_target;
    QRectF m_content;
    double m_y = 0;
    int m_page = 1;
    PageHook m_hook;
};

} // namespace Simutasi
