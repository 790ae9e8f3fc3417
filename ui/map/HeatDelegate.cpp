// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeatDelegate.h"

#include "MatrixRoles.h"
#include "map/MatrixPainter.h"

#include <QPainter>

namespace cb::ui {

HeatDelegate::HeatDelegate(const QVector<QColor>& colors, bool showText, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_colors(colors)
    , m_showText(showText)
{
}

void HeatDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant heat = index.data(MatrixRoles::Heat);
    if (!heat.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QVector<double> shares;
    for (const QVariant& v : heat.toList())
        shares.append(v.toDouble());
    painter->save();
    painter->setFont(option.font);
    MatrixPainter::paintCell(painter, QRectF(option.rect).adjusted(0, 0, -1, -1), shares, m_colors,
                             m_showText ? index.data(Qt::DisplayRole).toString() : QString());
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.highlight(), 2.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option.rect).adjusted(1, 1, -2, -2));
    }
    painter->restore();
}

} // namespace cb::ui
