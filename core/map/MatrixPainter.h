// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MatrixTable.h"

#include <QColor>
#include <QRectF>
#include <QSizeF>
#include <QVector>

class QPainter;

namespace cb {

/**
 * Paints a MatrixTable: title, rotated column headers, row headers, heat cells, a legend with one colour
 * scale per layer and the attribution line. Also paints single cells for the interactive views.
 */
class MatrixPainter
{
public:
    explicit MatrixPainter(const MatrixTable& table);

    /** The size the table needs at its natural cell size. */
    QSizeF naturalSize() const { return m_natural; }
    /** Paints the table scaled to fit @p target (aspect kept, centred) on a white background. */
    void paint(QPainter* painter, const QSizeF& target) const;

    /** The heat colour of @p share (0..1) of @p full: white at 0, @p full at 1. */
    static QColor heatColor(const QColor& full, double share);
    /**
     * Paints one cell: each layer's share (0..1) in its own vertical band; @p text centred over the cell in
     * a colour that reads on the heat behind it.
     */
    static void paintCell(QPainter* painter, const QRectF& rect, const QVector<double>& shares,
                          const QVector<QColor>& colors, const QString& text);

private:
    void layout();

    const MatrixTable& m_table;
    QSizeF m_natural;
    double m_rowHeader = 0;
    double m_columnHeader = 0;
    double m_titleHeight = 0;
    double m_legendHeight = 0;
};

} // namespace cb
