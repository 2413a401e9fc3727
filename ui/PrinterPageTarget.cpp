#include "PrinterPageTarget.h"

#include <QPrinter>

namespace Simutasi {

PrinterPageTarget::PrinterPageTarget(QPrinter *printer)
    : PageTarget(printer->pageLayout().pageSize(), printer->resolution())
    , m_printer(printer)
{
    m_painter.begin(printer);
}

PrinterPageTarget::~PrinterPageTarget()
{
    finish();
}

void PrinterPageTarget::configure(QPrinter *printer, const QPageSize &pageSize)
{
    printer->setFullPage(true);
    printer->setPageSize(pageSize);
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setPageMargins(QMarginsF(0, 0, 0, 0));
}

QPaintDevice *PrinterPageTarget::device()
{
    return m_printer;
}

bool PrinterPageTarget::newPage()
{
    return m_printer->newPage();
}

bool PrinterPageTarget::finish()
{
    return m_painter.isActive() ? m_painter.end() : false;
}

} // namespace Simutasi
