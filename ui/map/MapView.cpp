// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapView.h"

#include "map/MapHitTest.h"

#include <cmath>

#include <QGestureEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QToolButton>
#include <QToolTip>
#include <QVariantAnimation>
#include <QWheelEvent>

namespace cb::ui {

namespace {
constexpr double kStepFactor = 1.6;  // one +/- press
constexpr double kDragThreshold = 4; // pixels before a press becomes a drag rather than a click
constexpr double kArrowPan = 80;     // pixels per arrow key
} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent)
    , m_viewport(MapViewport::world(QSize(960, 540)))
{
    setObjectName(QStringLiteral("mapView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    grabGesture(Qt::PinchGesture);

    m_zoomAnimation = new QVariantAnimation(this);
    m_zoomAnimation->setDuration(180);
    m_zoomAnimation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_zoomAnimation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const double t = value.toDouble();
        const double factor = std::pow(m_animationFactor, t);
        const QPointF centre(width() / 2.0, height() / 2.0);
        applyViewport(m_animationStart.zoomedAt(centre, factor));
    });

    auto makeButton = [this](const QString &name, const QString &text) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setText(text);
        button->setAutoRaise(false);
        button->setFocusPolicy(Qt::NoFocus);
        button->setFixedSize(28, 28);
        return button;
    };
    m_zoomInButton = makeButton(QStringLiteral("mapZoomInButton"), QStringLiteral("+"));
    m_zoomOutButton = makeButton(QStringLiteral("mapZoomOutButton"), QStringLiteral("\u2212"));
    m_fitButton = makeButton(QStringLiteral("mapFitButton"), QStringLiteral("\u2922"));
    connect(m_zoomInButton, &QToolButton::clicked, this, &MapView::zoomIn);
    connect(m_zoomOutButton, &QToolButton::clicked, this, &MapView::zoomOut);
    connect(m_fitButton, &QToolButton::clicked, this, &MapView::fitToSelection);
    retranslate();
}

MapView::~MapView() = default;

void MapView::retranslate()
{
    m_zoomInButton->setToolTip(tr("Zoom in (+)"));
    m_zoomOutButton->setToolTip(tr("Zoom out (\u2212)"));
    m_fitButton->setToolTip(tr("Fit to selection (F)"));
    setAccessibleName(tr("World map"));
}

void MapView::setScene(const MapScene &scene)
{
    m_renderer.setScene(scene);
    m_selectedMarker = 0;
    for (const MapMarker &m : scene.markers) {
        if (m.selected) {
            m_selectedMarker = m.id;
            break;
        }
    }
    if (!m_framed && !scene.markers.isEmpty()) {
        m_framed = true;
        applyViewport(m_renderer.fitViewport({}, size(), m_viewport.projection().kind()));
    } else {
        update();
    }
}

void MapView::setLayers(const MapLayers &layers)
{
    m_renderer.setLayers(layers);
    update();
}

void MapView::setViewport(const MapViewport &viewport)
{
    m_zoomAnimation->stop();
    MapViewport v = viewport;
    v.setSize(size());
    applyViewport(v);
}

void MapView::setProjectionKind(MapProjection::Kind kind)
{
    MapViewport v = m_viewport;
    v.setProjection(MapProjection(kind, m_viewport.projection().centralMeridian()));
    setViewport(v);
}

void MapView::applyViewport(const MapViewport &viewport)
{
    if (viewport == m_viewport)
        return;
    m_viewport = viewport;
    update();
    Q_EMIT viewportChanged();
}

void MapView::zoomIn()
{
    animateZoom(kStepFactor);
}

void MapView::zoomOut()
{
    animateZoom(1.0 / kStepFactor);
}

void MapView::animateZoom(double factor)
{
    // A second press during the animation continues from where the first one was heading.
    if (m_zoomAnimation->state() == QAbstractAnimation::Running) {
        m_zoomAnimation->stop();
        factor *= m_animationFactor;
    } else {
        m_animationStart = m_viewport;
    }
    m_animationFactor = factor;
    m_zoomAnimation->setStartValue(0.0);
    m_zoomAnimation->setEndValue(1.0);
    m_zoomAnimation->start();
}

void MapView::resetView()
{
    setViewport(MapViewport::world(size(), m_viewport.projection().kind(), m_viewport.projection().centralMeridian()));
}

void MapView::fitToSelection()
{
    QVector<qint64> ids;
    if (m_selectedMarker != 0) {
        ids.append(m_selectedMarker);
        const MapScene &s = m_renderer.scene();
        for (const MapArrow &a : s.arrows) {
            if (a.fromId == m_selectedMarker || a.toId == m_selectedMarker)
                ids << a.fromId << a.toId;
        }
        for (const MapArc &a : s.arcs) {
            if (a.style != MapArc::Style::Twin && (a.aId == m_selectedMarker || a.bId == m_selectedMarker))
                ids << a.aId << a.bId;
        }
    }
    fitToMarkers(ids);
}

void MapView::fitToMarkers(const QVector<qint64> &ids)
{
    setViewport(m_renderer.fitViewport(ids, size(), m_viewport.projection().kind()));
}

void MapView::selectMarker(qint64 id)
{
    m_selectedMarker = id;
    m_renderer.setSelectedMarker(id);
    if (id != 0)
        m_renderer.setSelectedArc(0, 0);
    update();
}

void MapView::selectArc(qint64 a, qint64 b)
{
    m_selectedMarker = 0;
    m_renderer.setSelectedMarker(0);
    m_renderer.setSelectedArc(a, b);
    update();
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_renderer.render(&painter, m_viewport);
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    MapViewport v = m_viewport;
    v.setSize(size());
    m_viewport = v;
    layoutButtons();
    Q_EMIT viewportChanged();
}

void MapView::layoutButtons()
{
    const int x = width() - 28 - 10;
    m_zoomInButton->move(x, 10);
    m_zoomOutButton->move(x, 10 + 30);
    m_fitButton->move(x, 10 + 64);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    // 120 units per notch; touchpads send many small deltas, which this turns into a smooth zoom.
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0) {
        event->ignore();
        return;
    }
    m_zoomAnimation->stop();
    applyViewport(m_viewport.zoomedAt(event->position(), std::pow(1.25, notches)));
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_zoomAnimation->stop();
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position();
    m_lastPos = event->position();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return;
    if (!m_dragging && QLineF(m_pressPos, event->position()).length() >= kDragThreshold) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        applyViewport(m_viewport.pannedBy(event->position() - m_lastPos));
        m_lastPos = event->position();
    }
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    clickAt(event->position());
}

void MapView::clickAt(const QPointF &pos)
{
    const MapScene &s = m_renderer.scene();
    if (const auto marker = MapHitTest::markerAt(s, m_viewport, pos)) {
        selectMarker(*marker);
        Q_EMIT markerActivated(*marker);
        return;
    }
    if (const auto arc = MapHitTest::arcAt(s, m_viewport, pos)) {
        m_selectedMarker = 0;
        m_renderer.setSelectedMarker(0);
        m_renderer.setSelectedArc(arc->fromId, arc->toId);
        update();
        Q_EMIT arcActivated(arc->fromId, arc->toId);
        return;
    }
    m_selectedMarker = 0;
    m_renderer.setSelectedMarker(0);
    m_renderer.setSelectedArc(0, 0);
    update();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        applyViewport(m_viewport.pannedBy(QPointF(kArrowPan, 0)));
        break;
    case Qt::Key_Right:
        applyViewport(m_viewport.pannedBy(QPointF(-kArrowPan, 0)));
        break;
    case Qt::Key_Up:
        applyViewport(m_viewport.pannedBy(QPointF(0, kArrowPan)));
        break;
    case Qt::Key_Down:
        applyViewport(m_viewport.pannedBy(QPointF(0, -kArrowPan)));
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        resetView();
        break;
    case Qt::Key_F:
        fitToSelection();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool MapView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto marker = MapHitTest::markerAt(m_renderer.scene(), m_viewport, help->pos());
        QString text;
        const MapScene &s = m_renderer.scene();
        if (marker) {
            for (const MapMarker &m : s.markers) {
                if (m.id == *marker) {
                    text = m.tooltip.isEmpty() ? m.label : m.tooltip;
                    break;
                }
            }
        } else if (const auto arc = MapHitTest::arcAt(s, m_viewport, help->pos())) {
            if (arc->kind == MapHitTest::ArcHit::Kind::Interest) {
                for (const MapArrow &a : s.arrows) {
                    if (a.fromId == arc->fromId && a.toId == arc->toId) {
                        text = a.tooltip;
                        break;
                    }
                }
            } else {
                for (const MapArc &a : s.arcs) {
                    if (a.aId == arc->fromId && a.bId == arc->toId) {
                        text = a.tooltip;
                        break;
                    }
                }
            }
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    case QEvent::NativeGesture: {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            applyViewport(m_viewport.zoomedAt(gesture->position(), 1.0 + gesture->value()));
            return true;
        }
        break;
    }
    case QEvent::Gesture: {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                const QPointF at = mapFromGlobal(pinch->centerPoint().toPoint());
                applyViewport(m_viewport.zoomedAt(at, pinch->scaleFactor()));
            }
            gestures->accept(pinch);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

void MapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace cb::ui
