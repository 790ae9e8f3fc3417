// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotatedHeaderView.h"

#include <QPainter>

#include <algorithm>

namespace cb::ui {

namespace {
constexpr int kMaxText = 180; // longer names are elided; the tooltip holds them whole
constexpr int kColumnWidth = 30;
} // namespace

RotatedHeaderView::RotatedHeaderView(int flatSections, QWidget* parent)
    : QHeaderView(Qt::Horizontal, parent)
    , m_flat(flatSections)
{
    setSectionsClickable(true);
    setSortIndicatorShown(true);
    setHighlightSections(true);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignBottom);
}

QSize RotatedHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    if (logicalIndex < m_flat)
        return QHeaderView::sectionSizeFromContents(logicalIndex);
    const QString text = model() ? model()->headerData(logicalIndex, orientation()).toString() : QString();
    const int width = std::min(kMaxText, fontMetrics().horizontalAdvance(text));
    return QSize(kColumnWidth, width + 24);
}

QSize RotatedHeaderView::sizeHint() const
{
    QSize hint = QHeaderView::sizeHint();
    if (!model())
        return hint;
    int height = hint.height();
    for (int i = m_flat; i < count(); ++i)
        height = std::max(height, sectionSizeFromContents(i).height());
    hint.setHeight(height);
    return hint;
}

void RotatedHeaderView::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const
{
    if (logicalIndex < m_flat) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }
    // The frame and sort arrow come from the style; only the text is drawn turned.
    painter->save();
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    option.text.clear();
    option.sortIndicator = sortIndicatorSection() == logicalIndex
        ? (sortIndicatorOrder() == Qt::AscendingOrder ? QStyleOptionHeader::SortDown : QStyleOptionHeader::SortUp)
        : QStyleOptionHeader::None;
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    painter->restore();
    const QString text = model()->headerData(logicalIndex, orientation()).toString();
    painter->save();
    painter->setPen(palette().color(QPalette::ButtonText));
    painter->translate(rect.left() + rect.width() / 2 + fontMetrics().ascent() / 2 - 1, rect.bottom() - 6);
    painter->rotate(-90);
    painter->drawText(QPoint(0, 0), fontMetrics().elidedText(text, Qt::ElideRight, std::min(kMaxText, rect.height() - 14)));
    painter->restore();
}

} // namespace cb::ui
