#pragma once

#include "ImportTable.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Simutasi {

// Reads the first worksheet of an XLSX workbook with liborcus into an ImportTable. Cells come
// as text: shared and inline strings as they are, numbers without a decimal part as integers
// (a date-formatted cell arrives as its Excel serial number, which DateParser understands),
// booleans as TRUE/FALSE, formulas as their cached result. Every row is padded to the width of
// the sheet, as a spreadsheet shows it. Damaged or foreign files give an error, never a crash.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    ImportTable readFile(const QString &path);
    ImportTable read(const QByteArray &bytes);

    const ReadError &error() const { return m_error; }
    QString sheetName() const { return m_sheetName; }

    // A ZIP file's signature, which every XLSX file starts with.
    static bool looksLikeXlsx(const QByteArray &head);
    // How a number cell is shown: integers exactly up to 2^53, anything else with 15
    // significant digits (the precision Excel itself keeps).
    static QString numberText(double value);

private:
    ReadError m_error;
    QString m_sheetName;
};

} // namespace Simutasi
