#pragma once

#include <QList>
#include <QString>

namespace Simutasi {

// How a report cell is typed, so that each export writes it the way a spreadsheet user expects:
// a NIP stays 18-digit text (as a number it would lose its last digits), a date is a real date,
// a count is a number.
enum class ColumnType
{
    Text,       // QString
    Nip,        // QString of 18 digits
    Date,       // QDate (null = empty cell)
    Integer,    // int / qint64
    Percentage, // double, a share 0..1
    Decimal     // double, shown with two decimals
};

struct ReportColumn
{
    QString title;
    ColumnType type = ColumnType::Text;
    int width = 0; // preferred width in characters; 0 = from the title and the data
};

// One table of a report; a multi-part report is exported as several sheets.
struct ReportPart
{
    QString name; // short: a sheet name (at most 31 characters)
    QList<ReportColumn> columns;
};

} // namespace Simutasi
