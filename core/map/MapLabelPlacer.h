// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QVector>

namespace cb {

/**
 * Greedy label placement: callers offer labels in priority order; each label tries up to
 * eight positions around its marker and takes the first one that stays inside the bounds
 * and overlaps nothing placed before. Occupied rectangles sit in a uniform grid so each
 * test looks at a few neighbours only.
 */
class MapLabelPlacer
{
public:
    explicit MapLabelPlacer(const QRectF &bounds, double cellSize = 64.0);

    /** Marks a rectangle (legend box, title, a big marker) as taken. */
    void addObstacle(const QRectF &rect);
    /** True when @p rect lies inside the bounds and overlaps nothing taken. */
    bool isFree(const QRectF &rect) const;
    /**
     * Tries the positions around a marker at @p anchor with radius @p markerRadius for a text
     * box of @p textSize. On success the box is taken and returned in @p placed.
     */
    bool place(const QPointF &anchor, double markerRadius, const QSizeF &textSize, QRectF *placed);
    int placedCount() const { return m_placed; }

private:
    void cellRange(const QRectF &rect, int *x0, int *y0, int *x1, int *y1) const;

    QRectF m_bounds;
    double m_cell;
    int m_columns = 1;
    int m_rows = 1;
    QVector<QRectF> m_rects;
    QVector<QVector<int>> m_grid;
    int m_placed = 0;
};

} // namespace cb
