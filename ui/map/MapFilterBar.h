// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapFilter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;

namespace cb {
struct WorkspaceData;
}

namespace cb::ui {

/**
 * The interest map's filters: theme (clusters with their themes beneath), partnership stage, country or region,
 * and a range of evidence dates. Each change announces filterChanged(); filter() reads the value.
 */
class MapFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit MapFilterBar(QWidget* parent = nullptr);

    /** Fills the choices from a workspace in @p language, keeping what is chosen where it still exists. */
    void setWorkspace(const WorkspaceData& data, const QString& language);
    MapFilter filter() const;
    /** Shows @p filter (entries that the lists do not hold fall back to "all"); no signal. */
    void setFilter(const MapFilter& filter);

public Q_SLOTS:
    void reset();

Q_SIGNALS:
    void filterChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill(const WorkspaceData& data, const QString& language);

    QLabel* m_themeLabel = nullptr;
    QComboBox* m_theme = nullptr;
    QLabel* m_stageLabel = nullptr;
    QComboBox* m_stage = nullptr;
    QLabel* m_placeLabel = nullptr;
    QComboBox* m_place = nullptr;
    QLabel* m_fromLabel = nullptr;
    QDateEdit* m_from = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_to = nullptr;
    QToolButton* m_reset = nullptr;
    const WorkspaceData* m_data = nullptr;
    QString m_language;
};

} // namespace cb::ui
