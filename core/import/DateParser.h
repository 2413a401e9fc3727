#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Simutasi {

// Reads the dates found in personnel spreadsheets: 12-03-1985, 12/03/1985, 1985-03-12,
// 2-3-1985, Excel serial numbers (what a date-formatted XLSX cell holds), and month names in
// Indonesian or English, full or abbreviated ("12 Maret 1985", "1 Agt 2020", "5 Nopember 1990").
// Day-first is assumed for numeric dates, as Indonesian records are written.
class DateParser
{
    Q_DECLARE_TR_FUNCTIONS(DateParser)
public:
    // An invalid date when the text is not a date; *reason then says why, for the officer.
    static QDate parse(const QString &text, QString *reason = nullptr);

    // Excel's 1900 date system: 1 is 1900-01-01; 60 is the 29 February 1900 that Excel
    // believes in (and that never was), so it is refused.
    static QDate fromExcelSerial(double serial, QString *reason = nullptr);

    // 1..12 for a month name or abbreviation in Indonesian or English, 0 otherwise.
    static int monthFromName(QStringView name);
};

} // namespace Simutasi
