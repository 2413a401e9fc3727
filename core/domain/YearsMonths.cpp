#include "YearsMonths.h"

namespace Simutasi {

YearsMonths YearsMonths::between(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return {-1, -1};
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    // A month is complete on the same day of the month; a shorter month ends on its last day.
    if (from.addMonths(months) > to)
        --months;
    return {months / 12, months % 12};
}

} // namespace Simutasi
