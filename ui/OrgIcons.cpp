#include "OrgIcons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>

namespace Simutasi::OrgIcons {

namespace {

constexpr int Size = 32; // drawn at 2x for sharp edges on high-density screens

const QColor Closed(0xa0, 0xa8, 0xb3);
const QColor Amber(0xd9, 0x8b, 0x0b);

QColor kindColor(OrgUnit::Kind kind)
{
    switch (kind) {
    case OrgUnit::Kind::Province:
    case OrgUnit::Kind::Opd:
        return {0x1f, 0x4e, 0x8c};
    case OrgUnit::Kind::Sekolah:
        return {0x2e, 0x8b, 0x57};
    case OrgUnit::Kind::Puskesmas:
    case OrgUnit::Kind::Rumahsakit:
        return {0xc0, 0x39, 0x2b};
    case OrgUnit::Kind::Upt:
        return {0x7b, 0x4f, 0xa8};
    default:
        return {0x4a, 0x78, 0xb0};
    }
}

QPixmap canvas()
{
    QPixmap pixmap(Size, Size);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

QPixmap building(const QColor &color)
{
    QPixmap pixmap = canvas();
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    QPainterPath roof;
    roof.moveTo(4, 12);
    roof.lineTo(16, 5);
    roof.lineTo(28, 12);
    roof.closeSubpath();
    p.drawPath(roof);
    for (int x : {8, 14, 20, 26})
        p.drawLine(QPointF(x - 1, 15), QPointF(x - 1, 24));
    p.drawLine(QPointF(4, 27), QPointF(28, 27));
    return pixmap;
}

QPixmap dot(const QColor &color)
{
    QPixmap pixmap = canvas();
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(QRectF(9, 9, 14, 14), 4, 4);
    return pixmap;
}

} // namespace

QIcon unitKind(OrgUnit::Kind kind, bool open)
{
    static QHash<int, QIcon> cache;
    const int key = int(kind) * 2 + (open ? 1 : 0);
    auto found = cache.constFind(key);
    if (found != cache.constEnd())
        return *found;
    const QColor color = open ? kindColor(kind) : Closed;
    const bool isBuilding = kind == OrgUnit::Kind::Province || kind == OrgUnit::Kind::Opd;
    return *cache.insert(key, QIcon(isBuilding ? building(color) : dot(color)));
}

QIcon remote()
{
    static const QIcon icon = [] {
        // A map pin over a mountain line: "far away".
        QPixmap pixmap = canvas();
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        QPainterPath pin;
        pin.moveTo(16, 29);
        pin.cubicTo(9, 20, 6, 16, 6, 12);
        pin.arcTo(QRectF(6, 2, 20, 20), 180, -180);
        pin.cubicTo(26, 16, 23, 20, 16, 29);
        p.setPen(Qt::NoPen);
        p.setBrush(Amber);
        p.drawPath(pin);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(16, 12), 4, 4);
        return QIcon(pixmap);
    }();
    return icon;
}

} // namespace Simutasi::OrgIcons
