// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatrixPainter.h"

#include "MapStyle.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>

namespace cb {

namespace {

constexpr double kMargin = 16.0;
constexpr double kCellWidth = 24.0;
constexpr double kCellHeight = 20.0;
constexpr double kHeaderAngle = 55.0; // degrees the column headers climb: long theme names stay compact
constexpr double kMaxHeader = 220.0;  // header text is elided beyond this width
constexpr double kLegendBar = 110.0;
constexpr double kTitleSize = 16.0;
constexpr double kTextSize = 11.0;
constexpr double kSmallSize = 9.5;

double radians(double degrees)
{
    return degrees * M_PI / 180.0;
}

} // namespace

double MatrixTable::maximum(int layer) const
{
    double top = 0;
    for (const double v : layers.at(layer).values)
        top = std::max(top, v);
    return top > 0 ? top : 1.0;
}

MatrixPainter::MatrixPainter(const MatrixTable& table)
    : m_table(table)
{
    layout();
}

void MatrixPainter::layout()
{
    const QFontMetricsF text(MapStyle::labelFont(m_table.language, kTextSize));
    const QFontMetricsF title(MapStyle::labelFont(m_table.language, kTitleSize, true));
    const QFontMetricsF small(MapStyle::labelFont(m_table.language, kSmallSize));
    double rowWidth = 0;
    for (const QString& label : m_table.rowLabels)
        rowWidth = std::max(rowWidth, text.horizontalAdvance(label));
    double columnWidth = 0;
    for (const QString& label : m_table.columnLabels)
        columnWidth = std::max(columnWidth, text.horizontalAdvance(label));
    m_rowHeader = std::min(kMaxHeader, rowWidth) + 10;
    const double header = std::min(kMaxHeader, columnWidth);
    m_columnHeader = header * std::sin(radians(kHeaderAngle)) + text.height();
    const double overhang = header * std::cos(radians(kHeaderAngle));
    m_titleHeight = m_table.title.isEmpty() ? 0 : title.height() + 10;
    double legendWidth = 0;
    for (const MatrixTable::Layer& layer : m_table.layers)
        legendWidth += text.horizontalAdvance(layer.name) + kLegendBar + 60;
    m_legendHeight = m_table.layers.isEmpty() ? 0 : text.height() + small.height() + 16;
    const double gridWidth = m_table.columns() * kCellWidth;
    const double width = std::max({m_rowHeader + gridWidth + overhang, title.horizontalAdvance(m_table.title),
                                   legendWidth, small.horizontalAdvance(m_table.attribution)});
    const double height = m_titleHeight + m_columnHeader + m_table.rows() * kCellHeight + 10 + m_legendHeight
        + small.height() + 4;
    m_natural = QSizeF(std::ceil(width + 2 * kMargin), std::ceil(height + 2 * kMargin));
}

QColor MatrixPainter::heatColor(const QColor& full, double share)
{
    // A square-root ramp: single mentions stay visible next to the strongest cells.
    const double t = std::sqrt(std::clamp(std::isfinite(share) ? share : 0.0, 0.0, 1.0));
    auto mix = [t](int from, int to) { return static_cast<int>(std::lround(from + (to - from) * t)); };
    return QColor(mix(255, full.red()), mix(255, full.green()), mix(255, full.blue()));
}

void MatrixPainter::paintCell(QPainter* painter, const QRectF& rect, const QVector<double>& shares,
                              const QVector<QColor>& colors, const QString& text)
{
    painter->save();
    painter->setPen(Qt::NoPen);
    const int n = std::max(1, int(shares.size()));
    double darkest = 0;
    for (int i = 0; i < shares.size(); ++i) {
        const double w = rect.width() / n;
        const QRectF band(rect.left() + i * w, rect.top(), w, rect.height());
        const double share = shares.at(i);
        painter->setBrush(share > 0 ? heatColor(colors.value(i, Qt::darkRed), share) : QColor(Qt::white));
        painter->drawRect(band);
        darkest = std::max(darkest, share);
    }
    painter->setPen(QPen(QColor(0xe2, 0xe2, 0xe2), 0));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect);
    if (!text.isEmpty()) {
        painter->setPen(darkest > 0.55 ? QColor(Qt::white) : MapStyle::text());
        painter->drawText(rect, Qt::AlignCenter, text);
    }
    painter->restore();
}

void MatrixPainter::paint(QPainter* painter, const QSizeF& target) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    painter->fillRect(QRectF(QPointF(0, 0), target), Qt::white);
    const double scale = std::min(target.width() / m_natural.width(), target.height() / m_natural.height());
    painter->translate((target.width() - m_natural.width() * scale) / 2,
                       (target.height() - m_natural.height() * scale) / 2);
    painter->scale(scale, scale);

    const QFont titleFont = MapStyle::labelFont(m_table.language, kTitleSize, true);
    const QFont textFont = MapStyle::labelFont(m_table.language, kTextSize);
    const QFont smallFont = MapStyle::labelFont(m_table.language, kSmallSize);
    const QFontMetricsF text(textFont);
    double y = kMargin;
    if (!m_table.title.isEmpty()) {
        painter->setFont(titleFont);
        painter->setPen(MapStyle::text());
        painter->drawText(QRectF(kMargin, y, m_natural.width() - 2 * kMargin, m_titleHeight),
                          Qt::AlignLeft | Qt::AlignTop, m_table.title);
        y += m_titleHeight;
    }
    const double gridLeft = kMargin + m_rowHeader;
    const double gridTop = y + m_columnHeader;

    painter->setFont(textFont);
    painter->setPen(MapStyle::text());
    for (int c = 0; c < m_table.columns(); ++c) {
        painter->save();
        painter->translate(gridLeft + (c + 0.5) * kCellWidth, gridTop - 4);
        painter->rotate(-kHeaderAngle);
        painter->drawText(QPointF(0, text.ascent() / 2 - 1),
                          text.elidedText(m_table.columnLabels.at(c), Qt::ElideRight, kMaxHeader));
        painter->restore();
    }
    QVector<double> maxima;
    QVector<QColor> colors;
    for (int l = 0; l < m_table.layers.size(); ++l) {
        maxima.append(m_table.maximum(l));
        colors.append(m_table.layers.at(l).color);
    }
    const QLocale locale;
    for (int r = 0; r < m_table.rows(); ++r) {
        const double top = gridTop + r * kCellHeight;
        painter->setFont(textFont);
        painter->setPen(MapStyle::text());
        painter->drawText(QRectF(kMargin, top, m_rowHeader - 8, kCellHeight), Qt::AlignRight | Qt::AlignVCenter,
                          text.elidedText(m_table.rowLabels.at(r), Qt::ElideRight, kMaxHeader));
        painter->setFont(smallFont);
        for (int c = 0; c < m_table.columns(); ++c) {
            QVector<double> shares;
            for (int l = 0; l < m_table.layers.size(); ++l)
                shares.append(m_table.value(l, r, c) / maxima.at(l));
            QString label;
            if (m_table.showValues && !m_table.layers.isEmpty() && m_table.value(0, r, c) > 0)
                label = locale.toString(m_table.value(0, r, c), 'f', m_table.decimals);
            paintCell(painter, QRectF(gridLeft + c * kCellWidth, top, kCellWidth, kCellHeight), shares, colors,
                      label);
        }
    }

    double x = kMargin;
    const double legendTop = gridTop + m_table.rows() * kCellHeight + 12;
    const QFontMetricsF small(smallFont);
    for (int l = 0; l < m_table.layers.size(); ++l) {
        const MatrixTable::Layer& layer = m_table.layers.at(l);
        painter->setFont(textFont);
        painter->setPen(MapStyle::text());
        painter->drawText(QPointF(x, legendTop + text.ascent()), layer.name);
        x += text.horizontalAdvance(layer.name) + 8;
        QLinearGradient ramp(x, 0, x + kLegendBar, 0);
        for (int i = 0; i <= 4; ++i)
            ramp.setColorAt(i / 4.0, heatColor(layer.color, i / 4.0));
        const QRectF bar(x, legendTop + 2, kLegendBar, text.height() - 4);
        painter->setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0));
        painter->setBrush(ramp);
        painter->drawRect(bar);
        painter->setFont(smallFont);
        painter->setPen(MapStyle::text());
        painter->drawText(QPointF(bar.left(), bar.bottom() + small.ascent() + 2), QStringLiteral("0"));
        const QString top = locale.toString(maxima.at(l), 'f', m_table.decimals);
        painter->drawText(QPointF(bar.right() - small.horizontalAdvance(top), bar.bottom() + small.ascent() + 2), top);
        x += kLegendBar + 40;
    }
    if (!m_table.attribution.isEmpty()) {
        painter->setFont(smallFont);
        painter->setPen(QColor(0x55, 0x55, 0x55));
        painter->drawText(QRectF(kMargin, m_natural.height() - kMargin - small.height(),
                                 m_natural.width() - 2 * kMargin, small.height()),
                          Qt::AlignRight | Qt::AlignVCenter, m_table.attribution);
    }
    painter->restore();
}

} // namespace cb
