#pragma once

#include <QImage>
#include <QList>
#include <QPageSize>
#include <QPainter>
#include <QString>
#include <memory>

class QIODevice;
class QPdfWriter;

namespace Simutasi {

// Where a paged document is drawn: a PDF file, or images (for a preview and for the golden
// rendering test). Both give the same device resolution and page size, so the same layout code
// draws the same pages on both. Printing to a QPrinter lives in ui/ and implements this too.
class PageTarget
{
public:
    virtual ~PageTarget();
    virtual QPainter &painter() = 0;
    // The drawing surface; QTextDocument lays out text for its resolution.
    virtual QPaintDevice *device() = 0;
    virtual bool newPage() = 0;
    // Ends drawing; false when the output could not be written.
    virtual bool finish() = 0;

    // The whole page in device pixels (origin at the paper's top-left corner).
    QSizeF pageSizePixels() const;
    double dpi() const { return m_dpi; }
    double mmToPixels(double mm) const;
    double ptToPixels(double pt) const;

protected:
    PageTarget(const QPageSize &pageSize, double dpi);
    QPageSize m_pageSize;
    double m_dpi;
};

// Writes a PDF (through QPdfWriter: QtGui only, no printer, no display needed).
class PdfPageTarget : public PageTarget
{
public:
    static constexpr int DefaultDpi = 300;
    PdfPageTarget(const QString &fileName, const QPageSize &pageSize, const QString &title,
                  int dpi = DefaultDpi);
    PdfPageTarget(QIODevice *device, const QPageSize &pageSize, const QString &title,
                  int dpi = DefaultDpi);
    ~PdfPageTarget() override;

    QPainter &painter() override { return m_painter; }
    QPaintDevice *device() override;
    bool newPage() override;
    bool finish() override;
    bool isValid() const { return m_painter.isActive(); }

private:
    void begin(const QString &title);
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
};

// Draws each page into a white QImage of the page's size at `dpi`.
class ImagePageTarget : public PageTarget
{
public:
    ImagePageTarget(const QPageSize &pageSize, double dpi);
    ~ImagePageTarget() override;

    QPainter &painter() override { return m_painter; }
    QPaintDevice *device() override { return &m_metrics; }
    bool newPage() override;
    bool finish() override;
    const QList<QImage> &pages() const { return m_pages; }

private:
    void startPage();
    QImage m_metrics; // a stable device of the same resolution for text layout
    QList<QImage> m_pages;
    QPainter m_painter;
};

} // namespace Simutasi
