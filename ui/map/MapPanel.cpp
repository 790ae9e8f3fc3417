// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapPanel.h"

#include "MapView.h"
#include "map/MapLegendPainter.h"

#include <algorithm>

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace cb::ui {

namespace {

QIcon legendIcon(MapLegendEntry::Symbol symbol, const QString &colorKey, qreal ratio)
{
    const QSize size(26, 14);
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    MapLegendPainter::paintSymbol(&painter, QRectF(QPointF(0, 0), size), MapLegendEntry{symbol, QString(), colorKey});
    painter.end();
    return QIcon(pixmap);
}

} // namespace

MapPanel::MapPanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new MapView(this))
{
    setObjectName(QStringLiteral("mapPanel"));
    auto makeCheck = [this](const QString &name, MapLegendEntry::Symbol symbol, const QString &colorKey) {
        auto *box = new QCheckBox(this);
        box->setObjectName(name);
        box->setChecked(true);
        box->setIcon(legendIcon(symbol, colorKey, devicePixelRatioF()));
        box->setIconSize(QSize(26, 14));
        connect(box, &QCheckBox::toggled, this, &MapPanel::applyLayers);
        return box;
    };
    m_interests = makeCheck(QStringLiteral("interestsCheck"), MapLegendEntry::Symbol::Interest, QString());
    m_proposals = makeCheck(QStringLiteral("proposalsCheck"), MapLegendEntry::Symbol::Proposal, QString());
    m_partnerships = makeCheck(QStringLiteral("partnershipsCheck"), MapLegendEntry::Symbol::Partnership,
                               QStringLiteral("active"));
    m_twinTowns = makeCheck(QStringLiteral("twinTownsCheck"), MapLegendEntry::Symbol::Twin, QString());
    m_labels = new QCheckBox(this);
    m_labels->setObjectName(QStringLiteral("labelsCheck"));
    m_labels->setChecked(true);
    connect(m_labels, &QCheckBox::toggled, this, &MapPanel::applyLayers);
    m_fit = new QPushButton(this);
    m_fit->setObjectName(QStringLiteral("fitButton"));
    connect(m_fit, &QPushButton::clicked, m_view, &MapView::fitToSelection);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);
    for (QWidget *w : {static_cast<QWidget *>(m_interests), static_cast<QWidget *>(m_proposals),
                       static_cast<QWidget *>(m_partnerships), static_cast<QWidget *>(m_twinTowns),
                       static_cast<QWidget *>(m_labels)})
        bar->addWidget(w);
    bar->addStretch(1);
    bar->addWidget(m_fit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    retranslate();
}

void MapPanel::setScene(const MapScene &scene)
{
    // Sync the check boxes to the scene without each toggle repainting the map.
    const MapLayers layers = scene.layers;
    for (QCheckBox *box : {m_interests, m_proposals, m_partnerships, m_twinTowns, m_labels})
        box->blockSignals(true);
    m_interests->setChecked(layers.interests);
    m_proposals->setChecked(layers.proposals);
    m_partnerships->setChecked(layers.partnerships);
    m_twinTowns->setChecked(layers.twinTowns);
    m_labels->setChecked(layers.labels);
    const bool twins = std::any_of(scene.arcs.cbegin(), scene.arcs.cend(),
                                   [](const MapArc &a) { return a.style == MapArc::Style::Twin; });
    m_twinTowns->setVisible(twins);
    for (QCheckBox *box : {m_interests, m_proposals, m_partnerships, m_twinTowns, m_labels})
        box->blockSignals(false);
    m_view->setScene(scene);
}

void MapPanel::applyLayers()
{
    MapLayers layers = m_view->layers();
    layers.interests = m_interests->isChecked();
    layers.proposals = m_proposals->isChecked();
    layers.partnerships = m_partnerships->isChecked();
    layers.twinTowns = m_twinTowns->isChecked();
    layers.labels = m_labels->isChecked();
    m_view->setLayers(layers);
}

void MapPanel::retranslate()
{
    m_interests->setText(tr("Interests"));
    m_interests->setToolTip(tr("Directed interests: arrows point at the city that is wanted as a partner"));
    m_proposals->setText(tr("Proposals"));
    m_proposals->setToolTip(tr("Pairings proposed by the matcher (dashed)"));
    m_partnerships->setText(tr("Partnerships"));
    m_partnerships->setToolTip(tr("Partnerships in the pipeline, coloured by stage"));
    m_twinTowns->setText(tr("Twin towns"));
    m_twinTowns->setToolTip(tr("Existing twin-town links (thinned out when zoomed out)"));
    m_labels->setText(tr("Labels"));
    m_fit->setText(tr("Fit to selection"));
    m_fit->setToolTip(tr("Frame the selected city and its partners, or all cities"));
}

void MapPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cb::ui
