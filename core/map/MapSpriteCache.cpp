// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapSpriteCache.h"

#include "MapStyle.h"

#include <cmath>

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>

namespace cb {

namespace {
// Labels of one scene at every zoom fit easily; a bound keeps a long session from growing without end.
constexpr int kMaxLabels = 6000;
constexpr int kHalo = 2; // pixels of halo around the text in a label sprite
} // namespace

bool MapSpriteCache::suits(const QPainter *painter)
{
    if (!painter || !painter->paintEngine() || painter->paintEngine()->type() != QPaintEngine::Raster)
        return false;
    const QTransform t = painter->deviceTransform();
    return t.type() <= QTransform::TxTranslate || (t.type() == QTransform::TxScale && t.m11() == t.m22());
}

void MapSpriteCache::clear()
{
    m_markers.clear();
    m_labels.clear();
}

void MapSpriteCache::setDevicePixelRatio(qreal ratio)
{
    if (ratio > 0 && !qFuzzyCompare(ratio, m_ratio)) {
        m_ratio = ratio;
        clear();
    }
}

void MapSpriteCache::drawMarker(QPainter *painter, const QPointF &centre, QRgb fill, double radius, bool outlined)
{
    // Half-pixel steps: invisible on screen, and a zoom does not render a new set of discs each frame.
    const int halves = static_cast<int>(std::lround(radius * 2));
    const quint64 key = (quint64(fill & 0xffffff) << 24) | (quint64(halves) << 1) | (outlined ? 1 : 0);
    auto it = m_markers.find(key);
    if (it == m_markers.end()) {
        const double r = halves / 2.0;
        const int side = static_cast<int>(std::ceil((2 * r + 3) * m_ratio));
        QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        image.setDevicePixelRatio(m_ratio);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(outlined ? QPen(QColor(255, 255, 255, 230), 0.9) : QPen(Qt::NoPen));
        p.setBrush(QColor::fromRgb(fill));
        const double half = side / m_ratio / 2.0;
        p.drawEllipse(QPointF(half, half), r, r);
        p.end();
        it = m_markers.insert(key, image);
    }
    const double half = it->width() / m_ratio / 2.0;
    painter->drawImage(QPointF(std::round(centre.x() - half), std::round(centre.y() - half)), *it);
}

void MapSpriteCache::drawLabel(QPainter *painter, const QPointF &baseline, quint64 key, const QString &text,
                               const QFont &font, const QColor &color)
{
    auto it = m_labels.find(key);
    const QFontMetricsF fm(font);
    if (it == m_labels.end()) {
        if (m_labels.size() >= kMaxLabels)
            m_labels.clear();
        const QSizeF size(fm.horizontalAdvance(text) + 2 * kHalo + 2, fm.height() + 2 * kHalo);
        QImage image((size * m_ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        image.setDevicePixelRatio(m_ratio);
        QPainter p(&image);
        p.setRenderHint(QPainter::TextAntialiasing, true);
        p.setFont(font);
        MapStyle::drawHaloText(&p, QPointF(kHalo, kHalo + fm.ascent()), text, color);
        p.end();
        it = m_labels.insert(key, image);
    }
    painter->drawImage(QPointF(std::round(baseline.x() - kHalo), std::round(baseline.y() - fm.ascent() - kHalo)), *it);
}

} // namespace cb
