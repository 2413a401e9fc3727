#include "PageTarget.h"

#include <QPdfWriter>
#include <cmath>

namespace Simutasi {

namespace {

constexpr double MmPerInch = 25.4;
constexpr double PtPerInch = 72.0;
constexpr double InchesPerMeter = 39.37007874;

} // namespace

PageTarget::PageTarget(const QPageSize &pageSize, double dpi)
    : m_pageSize(pageSize)
    , m_dpi(dpi)
{}

PageTarget::~PageTarget() = default;

QSizeF PageTarget::pageSizePixels() const
{
    const QSizeF mm = m_pageSize.size(QPageSize::Millimeter);
    return {mmToPixels(mm.width()), mmToPixels(mm.height())};
}

double PageTarget::mmToPixels(double mm) const
{
    return mm * m_dpi / MmPerInch;
}

double PageTarget::ptToPixels(double pt) const
{
    return pt * m_dpi / PtPerInch;
}

PdfPageTarget::PdfPageTarget(const QString &fileName, const QPageSize &pageSize,
                             const QString &title, int dpi)
    : PageTarget(pageSize, dpi)
    , m_writer(std::make_unique<QPdfWriter>(fileName))
{
    begin(title);
}

PdfPageTarget::PdfPageTarget(QIODevice *device, const QPageSize &pageSize, const QString &title,
                             int dpi)
    : PageTarget(pageSize, dpi)
    , m_writer(std::make_unique<QPdfWriter>(device))
{
    begin(title);
}

PdfPageTarget::~PdfPageTarget()
{
    finish();
}

void PdfPageTarget::begin(const QString &title)
{
    m_writer->setResolution(int(m_dpi));
    m_writer->setPageSize(m_pageSize);
    // The layout places everything itself, margins included: the painter's origin is the
    // paper's corner.
    m_writer->setPageMargins(QMarginsF(0, 0, 0, 0));
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Simutasi"));
    m_painter.begin(m_writer.get());
}

QPaintDevice *PdfPageTarget::device()
{
    return m_writer.get();
}

bool PdfPageTarget::newPage()
{
    return m_writer->newPage();
}

bool PdfPageTarget::finish()
{
    if (!m_painter.isActive())
        return false;
    return m_painter.end();
}

ImagePageTarget::ImagePageTarget(const QPageSize &pageSize, double dpi)
    : PageTarget(pageSize, dpi)
    , m_metrics(1, 1, QImage::Format_RGB32)
{
    const int dotsPerMeter = int(std::lround(m_dpi * InchesPerMeter));
    m_metrics.setDotsPerMeterX(dotsPerMeter);
    m_metrics.setDotsPerMeterY(dotsPerMeter);
    startPage();
}

ImagePageTarget::~ImagePageTarget()
{
    finish();
}

void ImagePageTarget::startPage()
{
    if (m_painter.isActive())
        m_painter.end();
    const QSizeF size = pageSizePixels();
    QImage page(int(std::lround(size.width())), int(std::lround(size.height())),
                QImage::Format_RGB32);
    const int dotsPerMeter = int(std::lround(m_dpi * InchesPerMeter));
    page.setDotsPerMeterX(dotsPerMeter);
    page.setDotsPerMeterY(dotsPerMeter);
    page.fill(Qt::white);
    m_pages.append(page);
    m_painter.begin(&m_pages.last());
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
}

bool ImagePageTarget::newPage()
{
    startPage();
    return true;
}

bool ImagePageTarget::finish()
{
    if (m_painter.isActive())
        m_painter.end();
    return true;
}

} // namespace Simutasi
