// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapLabelPlacer.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace cb {

MapLabelPlacer::MapLabelPlacer(const QRectF &bounds, double cellSize)
    : m_bounds(bounds)
    , m_cell(std::max(8.0, cellSize))
{
    m_columns = std::max(1, static_cast<int>(std::ceil(bounds.width() / m_cell)));
    m_rows = std::max(1, static_cast<int>(std::ceil(bounds.height() / m_cell)));
    m_grid.resize(m_columns * m_rows);
}

void MapLabelPlacer::cellRange(const QRectF &rect, int *x0, int *y0, int *x1, int *y1) const
{
    *x0 = std::clamp(static_cast<int>(std::floor((rect.left() - m_bounds.left()) / m_cell)), 0, m_columns - 1);
    *x1 = std::clamp(static_cast<int>(std::floor((rect.right() - m_bounds.left()) / m_cell)), 0, m_columns - 1);
    *y0 = std::clamp(static_cast<int>(std::floor((rect.top() - m_bounds.top()) / m_cell)), 0, m_rows - 1);
    *y1 = std::clamp(static_cast<int>(std::floor((rect.bottom() - m_bounds.top()) / m_cell)), 0, m_rows - 1);
}

void MapLabelPlacer::addObstacle(const QRectF &rect)
{
    const QRectF r = rect.normalized();
    if (!r.intersects(m_bounds))
        return;
    const int index = m_rects.size();
    m_rects.append(r);
    int x0, y0, x1, y1;
    cellRange(r, &x0, &y0, &x1, &y1);
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x)
            m_grid[y * m_columns + x].append(index);
    }
}

bool MapLabelPlacer::isFree(const QRectF &rect) const
{
    if (!m_bounds.contains(rect))
        return false;
    int x0, y0, x1, y1;
    cellRange(rect, &x0, &y0, &x1, &y1);
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            for (const int index : m_grid.at(y * m_columns + x)) {
                if (m_rects.at(index).intersects(rect))
                    return false;
            }
        }
    }
    return true;
}

bool MapLabelPlacer::place(const QPointF &anchor, double markerRadius, const QSizeF &textSize, QRectF *placed)
{
    const double w = textSize.width();
    const double h = textSize.height();
    const double gap = markerRadius + 2.0;
    const double diag = markerRadius * 0.7 + 1.5;
    const double ax = anchor.x();
    const double ay = anchor.y();
    // Cartographic preference: right, left, above, below, then the four diagonals.
    const std::array<QPointF, 8> topLefts = {
        QPointF(ax + gap, ay - h / 2),        QPointF(ax - gap - w, ay - h / 2),
        QPointF(ax - w / 2, ay - gap - h),    QPointF(ax - w / 2, ay + gap),
        QPointF(ax + diag, ay - diag - h),    QPointF(ax - diag - w, ay - diag - h),
        QPointF(ax + diag, ay + diag),        QPointF(ax - diag - w, ay + diag),
    };
    for (const QPointF &topLeft : topLefts) {
        const QRectF rect(topLeft, textSize);
        if (isFree(rect)) {
            addObstacle(rect);
            ++m_placed;
            if (placed)
                *placed = rect;
            return true;
        }
    }
    return false;
}

} // namespace cb
