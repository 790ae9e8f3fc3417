// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cb {

/**
 * A matrix ready to print: row and column labels and one or two layers of values (for instance priorities
 * and offers), each drawn as a heat colour in its own part of the cell. MatrixPainter draws it for the
 * screen's delegate and for the exports alike.
 */
struct MatrixTable
{
    struct Layer
    {
        QString name;         ///< legend text, translated
        QColor color;         ///< colour at the layer's maximum
        QVector<double> values; ///< rows x columns, row-major; 0 = nothing
    };

    QString title;
    QStringList rowLabels;
    QStringList columnLabels;
    QVector<Layer> layers;
    bool showValues = false; ///< print the (single layer's) number in each non-empty cell
    int decimals = 0;
    QString attribution;
    QString language = QStringLiteral("en"); ///< selects a CJK font for "zh"

    int rows() const { return rowLabels.size(); }
    int columns() const { return columnLabels.size(); }
    double value(int layer, int row, int column) const
    {
        return layers.at(layer).values.value(row * columns() + column);
    }
    /** The largest value of a layer (1 when the layer is empty, so scales never divide by zero). */
    double maximum(int layer) const;
};

} // namespace cb
