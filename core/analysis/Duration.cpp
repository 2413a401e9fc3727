#include "Duration.h"

#include <algorithm>

namespace Simutasi {

int Duration::wholeMonths(const QDate &from, const QDate &to)
{
    if (to < from)
        return -wholeMonths(to, from);
    // Calendar months, then one less when the day of the month is not reached yet. Like
    // QDate::addMonths, a day beyond the end of the target month counts as its last day
    // (31 January + 1 month = 28/29 February). One date conversion per argument: the ranking
    // calls this for every employee of the province.
    int fromYear = 0, fromMonth = 0, fromDay = 0;
    int toYear = 0, toMonth = 0, toDay = 0;
    from.getDate(&fromYear, &fromMonth, &fromDay);
    to.getDate(&toYear, &toMonth, &toDay);
    int months = (toYear - fromYear) * 12 + (toMonth - fromMonth);
    const int dayNeeded = std::min(fromDay, QDate(toYear, toMonth, 1).daysInMonth());
    if (toDay < dayNeeded)
        --months;
    return months;
}

QString Duration::text(int months)
{
    // Singular and plural spelled out: English is the source language and has no catalogue to
    // resolve "%n year(s)"; Indonesian translates both forms alike ("tahun", "bulan").
    const int years = months / 12;
    const int rest = months % 12;
    const QString yearsText = years == 1 ? tr("1 year") : tr("%1 years").arg(years);
    const QString monthsText = rest == 1 ? tr("1 month") : tr("%1 months").arg(rest);
    if (years == 0)
        return monthsText;
    if (rest == 0)
        return yearsText;
    return tr("%1 %2", "years and months").arg(yearsText, monthsText);
}

} // namespace Simutasi
