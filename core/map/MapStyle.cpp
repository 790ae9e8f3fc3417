// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapStyle.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QPainter>
#include <QStringList>

namespace cb {

namespace {

// ColorBrewer Dark2 plus two muted extras: distinct, colour-blind tolerant, readable in print.
constexpr std::array<QRgb, 10> kPalette = {0x1b9e77, 0xd95f02, 0x7570b3, 0xe7298a, 0x66a61e,
                                           0xe6ab02, 0xa6761d, 0x1f78b4, 0x666666, 0xb15928};

quint32 fnv1a(const QString &key)
{
    quint32 hash = 2166136261u;
    for (const QChar c : key) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

} // namespace

QColor MapStyle::background() { return QColor(0xf4, 0xf4, 0xf1); }
QColor MapStyle::sea() { return QColor(0xdc, 0xe9, 0xf2); }
QColor MapStyle::land() { return QColor(0xfb, 0xfa, 0xf5); }
QColor MapStyle::border() { return QColor(0xa6, 0xa6, 0xa6); }
QColor MapStyle::graticule() { return QColor(0xc4, 0xd4, 0xe0); }
QColor MapStyle::text() { return QColor(0x2b, 0x2b, 0x2b); }
QColor MapStyle::halo() { return QColor(0xff, 0xff, 0xff, 0xe0); }
QColor MapStyle::interest() { return QColor(0x8c, 0x2d, 0x4a); }
QColor MapStyle::proposal() { return QColor(0x35, 0x5c, 0x9a); }
QColor MapStyle::twin() { return QColor(0x50, 0x66, 0x7a, 0x26); }
QColor MapStyle::selection() { return QColor(0xff, 0xc4, 0x00); }

QColor MapStyle::groupColor(const QString &key)
{
    static const QStringList regions = {QStringLiteral("asia"),    QStringLiteral("americas"),
                                        QStringLiteral("africa"),  QStringLiteral("europe"),
                                        QStringLiteral("oceania"), QStringLiteral("antarctica"),
                                        QStringLiteral("seven seas (open ocean)")};
    const int region = regions.indexOf(key.trimmed().toLower());
    // Asia and the Americas get the two most contrasting hues: the product's main corridor.
    static constexpr std::array<int, 7> regionSlots = {1, 0, 5, 2, 3, 8, 9};
    if (region >= 0)
        return QColor(kPalette.at(regionSlots.at(region)));
    if (key.isEmpty())
        return QColor(kPalette.at(8));
    return QColor(kPalette.at(fnv1a(key) % kPalette.size()));
}

QColor MapStyle::stageColor(const QString &stageKey)
{
    const QString key = stageKey.trimmed().toLower();
    // Early stages cool blue, exchanges teal, agreements and activity deepening greens, endings muted.
    if (key == QLatin1String("candidate"))
        return QColor(0x74, 0x8c, 0xb8);
    if (key == QLatin1String("exploratory_exchange"))
        return QColor(0x2b, 0x8c, 0x8c);
    if (key == QLatin1String("friendship_mou"))
        return QColor(0x3f, 0x9a, 0x5e);
    if (key == QLatin1String("pilot_project"))
        return QColor(0x7a, 0x9a, 0x1e);
    if (key == QLatin1String("formal_agreement"))
        return QColor(0x2e, 0x7d, 0x4f);
    if (key == QLatin1String("closed"))
        return QColor(0x8a, 0x8a, 0x8a);
    if (key.startsWith(QLatin1String("propos")))
        return QColor(0x74, 0x8c, 0xb8);
    if (key.startsWith(QLatin1String("contact")))
        return QColor(0x4a, 0x90, 0xa8);
    if (key.startsWith(QLatin1String("meeting")))
        return QColor(0x2b, 0x8c, 0x8c);
    if (key.startsWith(QLatin1String("signed")) || key.startsWith(QLatin1String("agreement")))
        return QColor(0x2e, 0x7d, 0x4f);
    if (key.startsWith(QLatin1String("active")))
        return QColor(0x1b, 0x6e, 0x2e);
    if (key.startsWith(QLatin1String("dormant")))
        return QColor(0x9a, 0x8c, 0x6e);
    if (key.startsWith(QLatin1String("declin")))
        return QColor(0xb0, 0x4a, 0x3a);
    return QColor(0x2e, 0x7d, 0x4f);
}

double MapStyle::markerShare(double weight, double maxWeight)
{
    const double w = std::isfinite(weight) ? std::max(0.0, weight) : 0.0;
    const double top = std::isfinite(maxWeight) && maxWeight > 0 ? maxWeight : 1.0;
    // Area grows with weight, so the radius with its square root.
    return std::sqrt(std::min(1.0, w / top));
}

double MapStyle::markerZoomScale(double zoom)
{
    return std::clamp(0.85 + 0.22 * std::log2(std::max(1.0, zoom)), 0.85, 1.7);
}

double MapStyle::markerRadius(double weight, double maxWeight, double zoom)
{
    return markerRadiusFor(markerShare(weight, maxWeight), markerZoomScale(zoom));
}

double MapStyle::arrowWidth(double strength)
{
    const double s = std::isfinite(strength) ? std::max(0.0, strength) : 1.0;
    return std::min(7.0, 1.2 + 1.6 * std::log2(1.0 + s));
}

QFont MapStyle::labelFont(const QString &language, double pixelSize, bool bold)
{
    QFont font;
    const bool chinese = language.startsWith(QLatin1String("zh"), Qt::CaseInsensitive);
    if (chinese)
        font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("DejaVu Sans")});
    else
        font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixelSize))));
    font.setBold(bold);
    return font;
}

QPen MapStyle::cosmeticPen(const QColor &color, double width, Qt::PenStyle style)
{
    QPen pen(color, width, style, Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(true);
    return pen;
}

void MapStyle::drawHaloText(QPainter *painter, const QPointF &baseline, const QString &text, const QColor &color)
{
    // Offset copies instead of a stroked text path: a fraction of the cost, same look at label sizes.
    static const QPointF offsets[] = {{-1, -1}, {1, -1}, {-1, 1}, {1, 1}, {0, -1.2}, {0, 1.2}};
    painter->setPen(halo());
    for (const QPointF &o : offsets)
        painter->drawText(baseline + o, text);
    painter->setPen(color);
    painter->drawText(baseline, text);
}

} // namespace cb
