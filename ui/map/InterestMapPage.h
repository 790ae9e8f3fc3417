// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapFilter.h"
#include "map/MapProposal.h"
#include "map/MapScene.h"

#include <QList>
#include <QSize>
#include <QWidget>

class QAction;
class QTabWidget;
class QToolButton;

namespace cb::ui {

/** A proposed pair with its matcher score, as the proposals view hands it to the map (the core value type). */
using MapProposal = cb::MapProposal;

class CityInterestMatrixModel;
class CityThemeMatrixModel;
class MapFilterBar;
class MapPanel;
class MatrixPanel;
class WorkspaceDocument;

/**
 * The interest map of a workspace document, self-contained: a filter bar (theme and cluster, stage, country or
 * region, date range) over three tabs: the world map with its layer switches and legend, a city x theme heat
 * map of priorities and offers, and a city x city matrix of interests. It rebuilds when the document opens a
 * workspace or its data changes, follows and sets the document's shared selection (a city click activates the
 * actor, a link click selects the pair), retranslates live, and exports each tab as PNG or SVG.
 */
class InterestMapPage : public QWidget
{
    Q_OBJECT

public:
    enum class Tab { Map, ThemesByCity, InterestsBetweenCities };

    explicit InterestMapPage(cb::ui::WorkspaceDocument* document, QWidget* parent = nullptr);

    MapFilter filter() const;
    /** Shows @p filter in the bar and rebuilds. */
    void setFilter(const MapFilter& filter);
    QList<MapProposal> proposals() const { return m_proposals; }
    /** The scene the map shows. */
    const MapScene& scene() const;

    Tab currentTab() const;
    void setCurrentTab(Tab tab);

    MapPanel* mapPanel() const { return m_mapPanel; }
    MapFilterBar* filterBar() const { return m_filterBar; }
    CityThemeMatrixModel* themeMatrixModel() const { return m_themeModel; }
    CityInterestMatrixModel* interestMatrixModel() const { return m_interestModel; }
    MatrixPanel* themeMatrixPanel() const { return m_themePanel; }
    MatrixPanel* interestMatrixPanel() const { return m_interestPanel; }
    QAction* fitAction() const { return m_fitAction; }
    QAction* exportAction() const { return m_exportAction; }

    /** Writes the map as shown (centre and zoom) at @p size; PNG or SVG by the suffix. */
    bool exportMap(const QString& path, const QSize& size, QString* error);
    /** Writes a matrix with title, colour scales and attribution; an empty @p size is its natural size. */
    bool exportThemeMatrix(const QString& path, const QSize& size, QString* error) const;
    bool exportInterestMatrix(const QString& path, const QSize& size, QString* error) const;

public Q_SLOTS:
    /** The matcher's proposals, drawn as dashed arcs. */
    void setProposals(const QList<cb::ui::MapProposal>& proposals);
    /** Frames the selected pair, or the selected city and its links, or everything. */
    void fitToSelection();
    /** Asks for a size and a file and exports the current tab. */
    void exportCurrent();
    /** Builds the map and the matrices again from the document. */
    void rebuild();

protected:
    void changeEvent(QEvent* event) override;

private:
    void onWorkspaceOpened();
    void followActor(qint64 id);
    void followPair(qint64 a, qint64 b);
    void onMarkerActivated(qint64 id);
    void onArcActivated(qint64 from, qint64 to);
    void onThemeCell(qint64 row, qint64 column);
    void onInterestCell(qint64 row, qint64 column);
    void retranslate();
    QString language() const;

    WorkspaceDocument* m_document = nullptr;
    MapFilterBar* m_filterBar = nullptr;
    QToolButton* m_exportButton = nullptr;
    QTabWidget* m_tabs = nullptr;
    MapPanel* m_mapPanel = nullptr;
    CityThemeMatrixModel* m_themeModel = nullptr;
    CityInterestMatrixModel* m_interestModel = nullptr;
    MatrixPanel* m_themePanel = nullptr;
    MatrixPanel* m_interestPanel = nullptr;
    QAction* m_fitAction = nullptr;
    QAction* m_exportAction = nullptr;
    QList<MapProposal> m_proposals;
    bool m_built = false;
};

} // namespace cb::ui
