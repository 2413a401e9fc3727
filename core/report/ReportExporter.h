#pragma once

#include "ReportData.h"

#include <QCoreApplication>
#include <QDateTime>
#include <functional>

namespace Simutasi {

// What the title block of an export says.
struct ReportExportInfo
{
    QString title;
    QString filterText; // ReportFilterText::describe()
    QDateTime printedAt = QDateTime::currentDateTime();
};

// Writes a report's rows to a spreadsheet file, atomically: the rows go to a temporary file
// next to the target, which replaces the target only when complete. A cancelled or failed
// export leaves the target as it was (absent, or the previous file).
//  .xlsx (libxlsxwriter): one sheet per part, a title block (report, filters, date printed),
//   bold frozen header with autofilter, typed cells (NIP as 18-digit text, dates as real dates
//   dd/mm/yyyy, counts as numbers, shares as percentages), landscape A4 fit to the page width
//   with the header row repeated on every printed page.
//  .csv: UTF-8 with a byte-order mark, fields separated by ';', lines ending CRLF, decimal
//   comma, dates dd/mm/yyyy: what Excel with Indonesian regional settings (whose list separator
//   is ';') opens into columns directly. NIP is written as its 18 digits; Excel shows a long
//   number in scientific notation, so the .xlsx is the file for Excel users. A report of
//   several parts writes them one after another, each after a line with its name and an empty
//   line between them.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)
public:
    enum class Result
    {
        Written,
        Cancelled,
        Failed
    };
    // Called every few hundred rows; returning false cancels the export.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // By the file's extension (.xlsx, else CSV).
    static Result write(const QString &path, const ReportExportInfo &info, const ReportData &data,
                        const Progress &progress, QString *error);
    static Result writeXlsx(const QString &path, const ReportExportInfo &info,
                            const ReportData &data, const Progress &progress, QString *error);
    static Result writeCsv(const QString &path, const ReportExportInfo &info,
                           const ReportData &data, const Progress &progress, QString *error);

    // A valid, unique sheet name (at most 31 characters, none of []:*?/\).
    static QString sheetName(const QString &name, const QStringList &taken);
};

} // namespace Simutasi
