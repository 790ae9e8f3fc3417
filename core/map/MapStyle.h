// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPen>
#include <QPointF>
#include <QString>

class QPainter;

namespace cb {

/**
 * Colours, sizes and fonts of the map in one place, shared by the renderer, hit testing
 * and the legend widgets so that what is drawn and what can be clicked agree.
 * The look is calm and print-friendly: light sea, off-white land, grey borders and
 * ColorBrewer's "Dark2" qualitative palette for groups.
 */
class MapStyle
{
public:
    static QColor background();
    static QColor sea();
    static QColor land();
    static QColor border();
    static QColor graticule();
    static QColor text();
    static QColor halo();
    static QColor interest();
    static QColor proposal();
    static QColor twin();
    static QColor selection();

    /**
     * A stable colour for a marker group. UN regions have fixed colours; any other key is
     * hashed (FNV-1a, the same in every run and build) onto the palette.
     */
    static QColor groupColor(const QString &key);
    /** Colour of a partnership stage key (proposed, contacted, meeting, signed, active, dormant, declined). */
    static QColor stageColor(const QString &stageKey);

    /** Marker radius in pixels for @p weight relative to the scene's @p maxWeight at @p zoom. */
    static double markerRadius(double weight, double maxWeight, double zoom);
    /** The parts of markerRadius(): the weight's share (0..1) and the zoom's scale, for loops over many markers. */
    static double markerShare(double weight, double maxWeight);
    static double markerZoomScale(double zoom);
    static double markerRadiusFor(double share, double zoomScale) { return (1.8 + 6.2 * share) * zoomScale; }
    /** Pen width in pixels of an interest arrow of @p strength. */
    static double arrowWidth(double strength);

    /** Label font: Noto Sans CJK SC first for Chinese ("zh", "zh_CN", ...), a Latin sans otherwise. */
    static QFont labelFont(const QString &language, double pixelSize, bool bold = false);

    /** A round-capped pen whose width is in pixels whatever the painter's transform. */
    static QPen cosmeticPen(const QColor &color, double width, Qt::PenStyle style = Qt::SolidLine);
    /** Draws text at @p baseline over a white halo, so it reads on land, sea and lines alike. */
    static void drawHaloText(QPainter *painter, const QPointF &baseline, const QString &text, const QColor &color);
};

} // namespace cb
