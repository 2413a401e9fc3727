#pragma once

#include <QDate>

namespace Simutasi {

// A length of time in whole years and months, the way personnel records state masa kerja
// ("23 tahun 4 bulan") and time in post. Days left over are dropped.
struct YearsMonths
{
    int years = 0;
    int months = 0;

    // From `from` to `to`; invalid (both -1) when a date is missing or `to` is before `from`.
    static YearsMonths between(const QDate &from, const QDate &to);
    bool isValid() const { return years >= 0 && months >= 0; }
    int totalMonths() const { return years * 12 + months; }

    bool operator==(const YearsMonths &) const = default;
};

} // namespace Simutasi
