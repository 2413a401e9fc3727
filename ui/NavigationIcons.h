#pragma once

#include <QColor>
#include <QIcon>

namespace Simutasi {

// The line icons of the navigation sidebar, drawn in code so they are crisp at any scale and
// match the sidebar's colours: muted when idle, white when selected.
namespace NavigationIcons {

enum class Kind
{
    Home,
    Employees,
    Organisation,
    NeedsAnalysis,
    Competencies,
    Transfers,
    Decrees,
    Reports,
    Settings
};

QIcon icon(Kind kind, const QColor &normal, const QColor &selected);
// One colour at one size, e.g. for the large symbol of a placeholder page.
QPixmap pixmap(Kind kind, int size, const QColor &color, qreal devicePixelRatio);

} // namespace NavigationIcons
} // namespace Simutasi
