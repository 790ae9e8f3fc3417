// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QImage>
#include <QString>

class QPainter;

namespace cb {

/**
 * Pre-rendered marker discs and haloed labels for raster painting. Blitting a small image is
 * several times cheaper than filling an antialiased ellipse or drawing text seven times for
 * its halo, and a repaint after a zoom reuses every label. Vector targets (SVG) do not use it.
 */
class MapSpriteCache
{
public:
    /** True when @p painter paints pixels without scaling, so sprites look exactly like direct drawing. */
    static bool suits(const QPainter *painter);

    /** Forgets everything (new scene, new language). */
    void clear();
    /** Adapts to the target's device pixel ratio; clears when it changes. */
    void setDevicePixelRatio(qreal ratio);

    /** Draws a disc of @p radius in @p fill centred on @p centre, with a white rim when @p outlined. */
    void drawMarker(QPainter *painter, const QPointF &centre, QRgb fill, double radius, bool outlined);
    /**
     * Draws a haloed label whose text baseline starts at @p baseline. @p key identifies the
     * text and font (a marker index and a style); the first call renders, later ones blit.
     */
    void drawLabel(QPainter *painter, const QPointF &baseline, quint64 key, const QString &text, const QFont &font,
                   const QColor &color);

private:
    QHash<quint64, QImage> m_markers;
    QHash<quint64, QImage> m_labels;
    qreal m_ratio = 1.0;
};

} // namespace cb
