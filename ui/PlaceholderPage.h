#pragma once

#include "NavigationIcons.h"

#include <QWidget>

namespace Simutasi {

// Stands in for an area of the window that is not built yet: its title, its symbol and one
// friendly sentence about what the area will do.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(NavigationIcons::Kind icon, const QString &title, const QString &description,
                    QWidget *parent = nullptr);

    QString description() const { return m_description; }

private:
    QString m_description;
};

} // namespace Simutasi
