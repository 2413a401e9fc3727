#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace Simutasi {

// How the organisation and import screens show a date: "31 Dec 2025" ("31 Des 2025" in
// Indonesian), never with a two-digit year.
inline const QString DateDisplayFormat = QStringLiteral("d MMM yyyy");

inline QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, DateDisplayFormat) : QString();
}

} // namespace Simutasi
