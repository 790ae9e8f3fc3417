// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapScene.h"

#include <QWidget>

class QCheckBox;
class QPushButton;

namespace cb::ui {

class MapView;

/**
 * The map with its layer switches: check boxes for interests, proposals, partnerships,
 * twin towns and labels (each showing its legend symbol) and a fit-to-selection button.
 */
class MapPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MapPanel(QWidget *parent = nullptr);

    MapView *view() const { return m_view; }
    /** Shows @p scene; the panel's check boxes follow and then drive its layers. */
    void setScene(const MapScene &scene);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyLayers();
    void retranslate();

    MapView *m_view = nullptr;
    QCheckBox *m_interests = nullptr;
    QCheckBox *m_proposals = nullptr;
    QCheckBox *m_partnerships = nullptr;
    QCheckBox *m_twinTowns = nullptr;
    QCheckBox *m_labels = nullptr;
    QPushButton *m_fit = nullptr;
};

} // namespace cb::ui
