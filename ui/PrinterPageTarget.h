#pragma once

#include "document/PageTarget.h"

class QPrinter;

namespace Simutasi {

// Draws the decree documents onto a printer (or the print preview's printer): the same layout
// code as the PDF, at the printer's resolution, the painter's origin at the paper's corner.
class PrinterPageTarget : public PageTarget
{
public:
    explicit PrinterPageTarget(QPrinter *printer);
    ~PrinterPageTarget() override;

    QPainter &painter() override { return m_painter; }
    QPaintDevice *device() override;
    bool newPage() override;
    bool finish() override;

    // Sets `printer` up as the documents are laid out: the paper of `pageSize`, portrait, full
    // page without the printer's own margins (the layout keeps the configured ones).
    static void configure(QPrinter *printer, const QPageSize &pageSize);

private:
    QPrinter *m_printer;
    QPainter m_painter;
};

} // namespace Simutasi
