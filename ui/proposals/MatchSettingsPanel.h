// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/MatchSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimer;

namespace cb {
struct WorkspaceData;
}

namespace cb::ui {

/**
 * The officer's weights and rules: the four score weights, fusion, half-life, partner limit, cross-border
 * only, the as-of date and excluded themes. Edits are gathered for a moment and announced once with
 * settingsEdited(); "Reset to defaults" restores MatchSettings().
 */
class MatchSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MatchSettingsPanel(QWidget* parent = nullptr);

    MatchSettings settings() const;
    /** Shows settings without announcing them. */
    void setSettings(const MatchSettings& settings);
    /** Lists the workspace's themes for exclusion, in the interface language. */
    void setThemes(const WorkspaceData& data);

signals:
    void settingsEdited(const cb::MatchSettings& settings);

protected:
    void changeEvent(QEvent* event) override;

private:
    void edited();
    void retranslate();

    QFormLayout* m_form;
    QList<QLabel*> m_labels;
    QDoubleSpinBox* m_shared;
    QDoubleSpinBox* m_complementarity;
    QDoubleSpinBox* m_interest;
    QDoubleSpinBox* m_context;
    QComboBox* m_fusion;
    QDoubleSpinBox* m_halfLife;
    QSpinBox* m_partnerLimit;
    QCheckBox* m_crossBorder;
    QCheckBox* m_replay;
    QDateEdit* m_asOf;
    QListWidget* m_excluded;
    QLabel* m_excludedLabel;
    QPushButton* m_reset;
    QTimer* m_debounce;
    MatchSettings m_base;
    bool m_loading = false;
};

} // namespace cb::ui
