// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapLegendEntry.h"
#include "MapScene.h"

#include <QRectF>
#include <QSize>
#include <QString>
#include <QVector>

class QPainter;

namespace cb {

/**
 * Lays out and paints the map's furniture: the title (top left), the legend box (bottom
 * left) and the attribution line (bottom right). Layout is separate from painting so that
 * the renderer can keep labels out of these boxes.
 */
class MapLegendPainter
{
public:
    struct Layout
    {
        QRectF title;
        QRectF legend;
        QRectF attribution;
    };

    MapLegendPainter(const MapScene &scene, const QVector<MapLegendEntry> &entries, const QSize &size);

    const Layout &layout() const { return m_layout; }
    void paint(QPainter *painter) const;

    /** Paints one legend symbol into @p rect (also used for the layer check boxes of the UI). */
    static void paintSymbol(QPainter *painter, const QRectF &rect, const MapLegendEntry &entry);
    /** The legend's heading, translated. */
    static QString legendHeading();

private:
    const MapScene &m_scene;
    QVector<MapLegendEntry> m_entries;
    QSize m_size;
    Layout m_layout;
};

} // namespace cb
