#include "NavigationIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace Simutasi::NavigationIcons {

namespace {

// Every icon is drawn on a 24 x 24 grid with round 1.7-unit strokes.
constexpr qreal Grid = 24.0;

void addPolyline(QPainterPath &path, std::initializer_list<QPointF> points)
{
    auto it = points.begin();
    path.moveTo(*it);
    for (++it; it != points.end(); ++it)
        path.lineTo(*it);
}

QPainterPath homePath()
{
    QPainterPath p;
    addPolyline(p, {{3, 11}, {12, 3.5}, {21, 11}});
    addPolyline(p, {{5.5, 9.5}, {5.5, 20.5}, {18.5, 20.5}, {18.5, 9.5}});
    addPolyline(p, {{10, 20.5}, {10, 14.5}, {14, 14.5}, {14, 20.5}});
    return p;
}

QPainterPath employeesPath()
{
    QPainterPath p;
    p.addEllipse(QPointF(9, 8), 3.6, 3.6);
    p.moveTo(2.5, 20.5);
    p.cubicTo(2.5, 13.5, 15.5, 13.5, 15.5, 20.5);
    p.moveTo(16, 4.7);
    p.cubicTo(19.5, 5.5, 19.5, 10.5, 16, 11.3);
    p.moveTo(17.5, 14.5);
    p.cubicTo(20, 15.3, 21.5, 17.5, 21.5, 20.5);
    return p;
}

QPainterPath organisationPath()
{
    QPainterPath p;
    p.addRoundedRect(QRectF(9, 2.5, 6, 5), 1, 1);
    p.addRoundedRect(QRectF(2.5, 16.5, 6, 5), 1, 1);
    p.addRoundedRect(QRectF(15.5, 16.5, 6, 5), 1, 1);
    addPolyline(p, {{12, 7.5}, {12, 12}});
    addPolyline(p, {{5.5, 16.5}, {5.5, 12}, {18.5, 12}, {18.5, 16.5}});
    return p;
}

QPainterPath needsAnalysisPath()
{
    QPainterPath p;
    addPolyline(p, {{3, 21}, {21, 21}});
    addPolyline(p, {{6, 17.5}, {6, 12}});
    addPolyline(p, {{12, 17.5}, {12, 4}});
    addPolyline(p, {{18, 17.5}, {18, 9}});
    return p;
}

QPainterPath competenciesPath()
{
    QPainterPath p;
    p.addEllipse(QPointF(12, 8.5), 5.8, 5.8);
    addPolyline(p, {{8.7, 13.3}, {7.5, 21.5}, {12, 19}, {16.5, 21.5}, {15.3, 13.3}});
    return p;
}

QPainterPath transfersPath()
{
    QPainterPath p;
    addPolyline(p, {{3.5, 8}, {20, 8}});
    addPolyline(p, {{16, 4}, {20, 8}, {16, 12}});
    addPolyline(p, {{20.5, 16}, {4, 16}});
    addPolyline(p, {{8, 12}, {4, 16}, {8, 20}});
    return p;
}

QPainterPath decreesPath()
{
    QPainterPath p;
    addPolyline(p, {{14, 2.5}, {5.5, 2.5}, {5.5, 21.5}, {18.5, 21.5}, {18.5, 7}, {14, 2.5}});
    addPolyline(p, {{14, 2.5}, {14, 7}, {18.5, 7}});
    addPolyline(p, {{8.5, 11}, {15.5, 11}});
    addPolyline(p, {{8.5, 14.5}, {15.5, 14.5}});
    addPolyline(p, {{8.5, 18}, {12.5, 18}});
    return p;
}

QPainterPath reportsPath()
{
    QPainterPath p;
    addPolyline(p, {{9, 4}, {5.5, 4}, {5.5, 21.5}, {18.5, 21.5}, {18.5, 4}, {15, 4}});
    p.addRoundedRect(QRectF(9, 2.5, 6, 3), 1, 1);
    addPolyline(p, {{8.5, 11}, {10, 12.5}, {12.5, 10}});
    addPolyline(p, {{14, 11.5}, {16, 11.5}});
    addPolyline(p, {{8.5, 16.5}, {10, 18}, {12.5, 15.5}});
    addPolyline(p, {{14, 17}, {16, 17}});
    return p;
}

QPainterPath settingsPath()
{
    // A gear: eight teeth around a ring, and the axle hole.
    QPainterPath p;
    constexpr int teeth = 8;
    constexpr qreal outer = 10.0;
    constexpr qreal inner = 7.6;
    const QPointF c(12, 12);
    QPolygonF gear;
    for (int i = 0; i < teeth; ++i) {
        const qreal base = 2 * M_PI * i / teeth;
        const qreal step = 2 * M_PI / teeth;
        const qreal angles[] = {base - step * 0.18, base + step * 0.18, base + step * 0.32,
                                base + step * 0.68};
        const qreal radii[] = {outer, outer, inner, inner};
        for (int k = 0; k < 4; ++k)
            gear << c + QPointF(radii[k] * qCos(angles[k]), radii[k] * qSin(angles[k]));
    }
    gear << gear.first();
    p.addPolygon(gear);
    p.addEllipse(c, 3, 3);
    return p;
}

QPainterPath pathFor(Kind kind)
{
    switch (kind) {
    case Kind::Home:
        return homePath();
    case Kind::Employees:
        return employeesPath();
    case Kind::Organisation:
        return organisationPath();
    case Kind::NeedsAnalysis:
        return needsAnalysisPath();
    case Kind::Competencies:
        return competenciesPath();
    case Kind::Transfers:
        return transfersPath();
    case Kind::Decrees:
        return decreesPath();
    case Kind::Reports:
        return reportsPath();
    case Kind::Settings:
        return settingsPath();
    }
    return {};
}

} // namespace

QPixmap pixmap(Kind kind, int size, const QColor &color, qreal devicePixelRatio)
{
    QPixmap pm(QSize(size, size) * devicePixelRatio);
    pm.setDevicePixelRatio(devicePixelRatio);
    pm.fill(Qt::transparent);
    QPainter painter(&pm);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / Grid, size / Grid);
    QPen pen(color, 1.7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(pathFor(kind));
    return pm;
}

QIcon icon(Kind kind, const QColor &normal, const QColor &selected)
{
    QIcon result;
    for (const int size : {16, 20, 24, 32, 48}) {
        for (const qreal dpr : {1.0, 2.0}) {
            result.addPixmap(pixmap(kind, size, normal, dpr), QIcon::Normal);
            result.addPixmap(pixmap(kind, size, selected, dpr), QIcon::Selected);
            result.addPixmap(pixmap(kind, size, selected, dpr), QIcon::Active);
        }
    }
    return result;
}

} // namespace Simutasi::NavigationIcons
