#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Simutasi {

// Whole months between dates, and their reading for an officer ("1 year 4 months", in
// Indonesian "1 tahun 4 bulan"). The eligibility rules count time in these months so that a
// threshold of 24 months is passed on exactly the day two years later.
class Duration
{
    Q_DECLARE_TR_FUNCTIONS(Duration)
public:
    // The largest n with from.addMonths(n) <= to; negative when `to` is before `from`.
    static int wholeMonths(const QDate &from, const QDate &to);
    static QString text(int months); // "2 years", "1 year 4 months", "5 months"
};

} // namespace Simutasi
