// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>

namespace cb::ui {

/**
 * A horizontal header whose labels run upwards, so a matrix can have narrow columns named by long theme or city
 * names. The first @p flatSections sections (name, total) keep horizontal text.
 */
class RotatedHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit RotatedHeaderView(int flatSections, QWidget* parent = nullptr);

    QSize sizeHint() const override;

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    int m_flat = 1;
};

} // namespace cb::ui
