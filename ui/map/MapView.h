// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapRenderer.h"
#include "map/MapScene.h"
#include "map/MapViewport.h"

#include <QPointer>
#include <QWidget>

class QToolButton;
class QVariantAnimation;

namespace cb::ui {

/**
 * The interactive world map: paints a cb::MapScene with cb::MapRenderer and lets the user
 * zoom (wheel at the cursor, pinch, +/- keys and buttons), pan (drag, arrow keys), read
 * tooltips and pick markers and links.
 */
class MapView : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    /** Shows a new scene. The first scene also frames the view on its markers. */
    void setScene(const MapScene &scene);
    const MapScene &scene() const { return m_renderer.scene(); }
    void setLayers(const MapLayers &layers);
    MapLayers layers() const { return m_renderer.scene().layers; }

    const MapViewport &viewport() const { return m_viewport; }
    void setViewport(const MapViewport &viewport);
    void setProjectionKind(MapProjection::Kind kind);
    const MapRenderer &renderer() const { return m_renderer; }
    /** The selected marker id, 0 when none. */
    qint64 selectedMarker() const { return m_selectedMarker; }

    QSize sizeHint() const override { return QSize(960, 540); }
    QSize minimumSizeHint() const override { return QSize(240, 160); }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    /** The whole world. */
    void resetView();
    /** Frames the selected marker and its links' other ends, or every marker when nothing is selected. */
    void fitToSelection();
    void fitToMarkers(const QVector<qint64> &ids);
    /** Selects a marker (0 clears) without emitting markerActivated(). */
    void selectMarker(qint64 id);
    /** Selects the arc or arrow between two markers (0, 0 clears) without emitting arcActivated(). */
    void selectArc(qint64 a, qint64 b);

Q_SIGNALS:
    void markerActivated(qint64 id);
    void arcActivated(qint64 fromId, qint64 toId);
    void viewportChanged();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyViewport(const MapViewport &viewport);
    void animateZoom(double factor);
    void clickAt(const QPointF &pos);
    void layoutButtons();
    void retranslate();

    MapRenderer m_renderer;
    MapViewport m_viewport;
    bool m_framed = false;
    qint64 m_selectedMarker = 0;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_pressed = false;
    bool m_dragging = false;
    QVariantAnimation *m_zoomAnimation = nullptr;
    MapViewport m_animationStart;
    double m_animationFactor = 1.0;
    QToolButton *m_zoomInButton = nullptr;
    QToolButton *m_zoomOutButton = nullptr;
    QToolButton *m_fitButton = nullptr;
};

} // namespace cb::ui
