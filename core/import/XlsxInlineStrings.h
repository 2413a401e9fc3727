#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Simutasi {

// The cells of an XLSX workbook's first sheet whose text is stored in the cell itself
// (<c t="inlineStr"><is><t>...</t></is></c>) instead of in the shared-string table. Streaming
// writers store text that way (Apache POI's SXSSF, which web applications use for large
// exports, and libxlsxwriter's constant-memory mode), and liborcus 0.17 skips such cells
// without a word. They are read here with liborcus's own ZIP and XML parsers, so that no
// text of such an export is lost. Throws what those parsers throw on a damaged file.
class XlsxInlineStrings
{
public:
    struct Cell
    {
        int row = 0; // 0-based, as orcus counts
        int column = 0;
        QString text;
    };

    static QList<Cell> firstSheet(const QByteArray &workbook);
};

} // namespace Simutasi
