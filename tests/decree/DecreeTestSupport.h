#pragma once

#include "decree/DecreeContent.h"

#include <QString>
#include <QStringList>

namespace Simutasi::Test {

// A decree content with the default templates and `lines` employees whose NIPs are valid and
// unique; line i's new post ends with the marker "R<i>" (R001, R002 ...) so a test can find the
// end of its row.
DecreeContent sampleDecree(int lines);

// The text of a PDF (pages `first`..`last`, 0 = all) through `pdftotext -layout`.
QString pdfText(const QString &pdf, int first = 0, int last = 0);
// `pdfinfo` fields: "Pages", "Page size" ...
QString pdfInfo(const QString &pdf, const QString &field);
int pdfPageCount(const QString &pdf);

} // namespace Simutasi::Test
