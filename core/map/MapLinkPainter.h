// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapScene.h"
#include "MapViewport.h"

#include <QHash>
#include <QPolygonF>
#include <QStringList>
#include <QVector>

class QPainter;

namespace cb {

/**
 * Draws the lines of a MapScene: twin-town links, proposals, partnerships and interest
 * arrows, all as great circles. Each link keeps its great circle sampled every 2° and, per
 * projection, that sample projected and split at the seam, so a repaint after a zoom only
 * scales cached points. Links are culled by a spherical cap test before any work, and
 * twin links whose ends share screen cells with an already drawn one are skipped.
 */
class MapLinkPainter
{
public:
    /** Resolves the scene's arcs and arrows to marker indices (unknown ids are dropped). */
    void prepare(const MapScene &scene, const QHash<qint64, int> &indexById);

    /** Each returns the number of links stroked. @p pixels are the markers' pixel positions. */
    int drawTwins(QPainter *painter, const MapViewport &viewport, const QVector<QPointF> &pixels) const;
    int drawArcs(QPainter *painter, const MapViewport &viewport, const MapScene &scene) const;
    int drawArrows(QPainter *painter, const MapViewport &viewport, const MapScene &scene, double maxWeight) const;

    bool hasTwins() const { return !m_twins.isEmpty(); }
    bool hasArrows() const { return !m_arrows.isEmpty(); }
    bool hasProposals() const { return m_hasProposals; }
    /** Partnership stage keys present, lower case, in order of first appearance. */
    const QStringList &stages() const { return m_stages; }

private:
    struct Link
    {
        int a = -1;
        int b = -1;
        int source = -1;                       ///< index into the scene's arcs or arrows
        QVector<QPointF> coarse;               ///< great circle sampled every 2°, lon/lat
        float mid[3] = {0, 0, 0};              ///< unit vector of the arc's middle
        float halfAngle = 0;                   ///< half the arc length in radians: the arc lies in this cap
        mutable QVector<QPolygonF> sceneParts; ///< coarse, projected and split, for m_generation
        mutable int generation = -1;
    };

    QVector<QPolygonF> pixelParts(const Link &link, const MapViewport &viewport, double pixelStep) const;
    void syncProjection(const MapProjection &projection) const;

    QVector<Link> m_twins, m_arcs, m_arrows;
    bool m_hasProposals = false;
    QStringList m_stages;
    mutable MapProjection m_projection;
    mutable int m_generation = 0;
};

} // namespace cb
