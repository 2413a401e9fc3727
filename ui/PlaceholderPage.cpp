#include "PlaceholderPage.h"

#include "PageHeader.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace Simutasi {

PlaceholderPage::PlaceholderPage(NavigationIcons::Kind icon, const QString &title,
                                 const QString &description, QWidget *parent)
    : QWidget(parent)
    , m_description(description)
{
    auto *symbol = new QLabel(this);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    symbol->setPixmap(NavigationIcons::pixmap(icon, 72, muted, devicePixelRatioF()));
    symbol->setAlignment(Qt::AlignCenter);

    auto *notYet = new QLabel(tr("This area is not available yet."), this);
    QFont notYetFont = notYet->font();
    notYetFont.setPointSizeF(notYetFont.pointSizeF() * 1.25);
    notYetFont.setWeight(QFont::DemiBold);
    notYet->setFont(notYetFont);
    notYet->setAlignment(Qt::AlignCenter);

    auto *willDo = new QLabel(tr("It will: %1").arg(description), this);
    willDo->setObjectName(QStringLiteral("placeholderDescription"));
    willDo->setWordWrap(true);
    willDo->setAlignment(Qt::AlignCenter);
    // A fixed width lets the wrapped text take the height it needs when centred.
    const int width = std::min(560, willDo->fontMetrics().averageCharWidth() * 80);
    willDo->setFixedSize(width, willDo->heightForWidth(width));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(new PageHeader(title, {}, this));
    layout->addStretch(2);
    layout->addWidget(symbol);
    layout->addSpacing(12);
    layout->addWidget(notYet);
    layout->addSpacing(4);
    layout->addWidget(willDo, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace Simutasi
