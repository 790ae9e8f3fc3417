// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapLegendPainter.h"

#include "MapStyle.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace cb {

namespace {

constexpr double kMargin = 12.0;
constexpr double kPadding = 8.0;
constexpr double kRowHeight = 19.0;
constexpr double kSymbolWidth = 26.0;
constexpr double kTitleSize = 17.0;
constexpr double kEntrySize = 12.0;
constexpr double kAttributionSize = 10.0;

void drawPanel(QPainter *painter, const QRectF &rect, int alpha)
{
    painter->setPen(QPen(QColor(0, 0, 0, 40), 1.0));
    painter->setBrush(QColor(255, 255, 255, alpha));
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

} // namespace

QString MapLegendPainter::legendHeading()
{
    return QCoreApplication::translate("cb::MapRenderer", "Legend");
}

MapLegendPainter::MapLegendPainter(const MapScene &scene, const QVector<MapLegendEntry> &entries, const QSize &size)
    : m_scene(scene)
    , m_entries(entries)
    , m_size(size)
{
    const QString lang = scene.labelLanguage;
    if (!scene.title.isEmpty()) {
        const QFontMetricsF fm(MapStyle::labelFont(lang, kTitleSize, true));
        const double w = std::min(m_size.width() - 2 * kMargin, fm.horizontalAdvance(scene.title) + 2 * kPadding);
        m_layout.title = QRectF(kMargin, kMargin, std::max(0.0, w), fm.height() + kPadding);
    }
    if (!scene.attribution.isEmpty()) {
        const QFontMetricsF fm(MapStyle::labelFont(lang, kAttributionSize));
        const double w = fm.horizontalAdvance(scene.attribution) + 10;
        const double h = fm.height() + 4;
        m_layout.attribution = QRectF(m_size.width() - w - 4, m_size.height() - h - 4, w, h);
    }
    if (scene.layers.legend && !m_entries.isEmpty()) {
        const QFontMetricsF head(MapStyle::labelFont(lang, kEntrySize, true));
        const QFontMetricsF body(MapStyle::labelFont(lang, kEntrySize));
        double textWidth = head.horizontalAdvance(legendHeading());
        for (const MapLegendEntry &e : std::as_const(m_entries))
            textWidth = std::max(textWidth, kSymbolWidth + 8 + body.horizontalAdvance(e.label));
        const double w = textWidth + 2 * kPadding;
        const double h = kPadding * 2 + head.height() + 4 + kRowHeight * m_entries.size();
        m_layout.legend = QRectF(kMargin, m_size.height() - kMargin - h, w, h);
    }
}

void MapLegendPainter::paintSymbol(QPainter *painter, const QRectF &rect, const MapLegendEntry &entry)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QPointF left(rect.left() + 2, rect.center().y());
    const QPointF right(rect.right() - 2, rect.center().y());
    switch (entry.symbol) {
    case MapLegendEntry::Symbol::Marker: {
        const double r = std::min(rect.height(), rect.width()) / 2 - 1.5;
        painter->setPen(QPen(Qt::white, 1.0));
        painter->setBrush(MapStyle::groupColor(entry.colorKey));
        painter->drawEllipse(rect.center(), r, r);
        break;
    }
    case MapLegendEntry::Symbol::Interest: {
        const QColor c = MapStyle::interest();
        painter->setPen(QPen(c, 2.2, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(left, right - QPointF(6, 0));
        QPainterPath head;
        head.moveTo(right);
        head.lineTo(right + QPointF(-8, -4.5));
        head.lineTo(right + QPointF(-8, 4.5));
        head.closeSubpath();
        painter->fillPath(head, c);
        break;
    }
    case MapLegendEntry::Symbol::Proposal: {
        QPen pen(MapStyle::proposal(), 1.8, Qt::CustomDashLine, Qt::FlatCap);
        pen.setDashPattern({3.0, 2.0});
        painter->setPen(pen);
        painter->drawLine(left, right);
        break;
    }
    case MapLegendEntry::Symbol::Partnership:
        painter->setPen(QPen(MapStyle::stageColor(entry.colorKey), 2.6, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(left, right);
        break;
    case MapLegendEntry::Symbol::Group: {
        const double r = std::min(rect.height(), rect.width()) / 2 - 2.0;
        painter->setPen(QPen(MapStyle::groupColor(entry.colorKey), 2.4));
        painter->setBrush(Qt::white);
        painter->drawEllipse(rect.center(), r, r);
        break;
    }
    case MapLegendEntry::Symbol::Twin: {
        QColor c = MapStyle::twin();
        c.setAlpha(150);
        painter->setPen(QPen(c, 1.0));
        painter->drawLine(left + QPointF(0, 2), right + QPointF(0, -2));
        painter->drawLine(left + QPointF(0, -2), right + QPointF(0, 2));
        break;
    }
    }
    painter->restore();
}

void MapLegendPainter::paint(QPainter *painter) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    const QString lang = m_scene.labelLanguage;

    if (!m_layout.title.isEmpty()) {
        drawPanel(painter, m_layout.title, 225);
        const QFont font = MapStyle::labelFont(lang, kTitleSize, true);
        painter->setFont(font);
        painter->setPen(MapStyle::text());
        const QString text = QFontMetricsF(font).elidedText(m_scene.title, Qt::ElideRight,
                                                            m_layout.title.width() - 2 * kPadding);
        painter->drawText(m_layout.title.adjusted(kPadding, 0, -kPadding, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    }

    if (!m_layout.legend.isEmpty()) {
        drawPanel(painter, m_layout.legend, 235);
        const QFont head = MapStyle::labelFont(lang, kEntrySize, true);
        const QFont body = MapStyle::labelFont(lang, kEntrySize);
        const double headHeight = QFontMetricsF(head).height();
        double y = m_layout.legend.top() + kPadding;
        painter->setPen(MapStyle::text());
        painter->setFont(head);
        painter->drawText(QRectF(m_layout.legend.left() + kPadding, y, m_layout.legend.width() - 2 * kPadding,
                                 headHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, legendHeading());
        y += headHeight + 4;
        for (const MapLegendEntry &e : m_entries) {
            const QRectF row(m_layout.legend.left() + kPadding, y, m_layout.legend.width() - 2 * kPadding, kRowHeight);
            paintSymbol(painter, QRectF(row.left(), row.top() + 3, kSymbolWidth, row.height() - 6), e);
            painter->setFont(body);
            painter->setPen(MapStyle::text());
            painter->drawText(row.adjusted(kSymbolWidth + 8, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, e.label);
            y += kRowHeight;
        }
    }

    if (!m_layout.attribution.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 190));
        painter->drawRoundedRect(m_layout.attribution, 3, 3);
        painter->setFont(MapStyle::labelFont(lang, kAttributionSize));
        painter->setPen(QColor(0x55, 0x55, 0x55));
        painter->drawText(m_layout.attribution, Qt::AlignCenter, m_scene.attribution);
    }
    painter->restore();
}

} // namespace cb
