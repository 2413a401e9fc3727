#pragma once

#include <QLocale>
#include <QString>

namespace Simutasi {

// Picks the singular or the plural sentence for a count. English, the source language, has no
// catalogue to resolve "%n row(s)", so both forms are written out and translated separately;
// `many` has %1 for the count, which is shown with the locale's digit grouping.
inline QString plural(qint64 count, const QString &one, const QString &many)
{
    return count == 1 ? one : many.arg(QLocale().toString(count));
}

} // namespace Simutasi
