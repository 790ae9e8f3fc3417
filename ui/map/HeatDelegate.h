// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QStyledItemDelegate>
#include <QVector>

namespace cb::ui {

/**
 * Paints matrix cells as heat: the shares of MatrixRoles::Heat, one band per layer, in the same colours and
 * ramp as the exported pictures (cb::MatrixPainter). Cells without heat data are drawn as usual.
 */
class HeatDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    HeatDelegate(const QVector<QColor>& colors, bool showText, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QVector<QColor> m_colors;
    bool m_showText = false;
};

} // namespace cb::ui
