// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterestMapPage.h"

#include "CityInterestMatrixModel.h"
#include "CityThemeMatrixModel.h"
#include "ExportSizeDialog.h"
#include "HeatDelegate.h"
#include "MapFilterBar.h"
#include "MapPanel.h"
#include "MapView.h"
#include "MatrixPanel.h"
#include "i18n/Translations.h"
#include "map/MapEvidence.h"
#include "map/MapExporter.h"
#include "map/MapSceneBuilder.h"
#include "map/MatrixExporter.h"
#include "workspace/SharedSelection.h"
#include "workspace/WorkspaceDocument.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace cb::ui {

InterestMapPage::InterestMapPage(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("interestMapPage"));
    m_filterBar = new MapFilterBar(this);
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("interestMapTabs"));
    m_tabs->setDocumentMode(true);
    m_mapPanel = new MapPanel(m_tabs);
    m_themeModel = new CityThemeMatrixModel(this);
    m_interestModel = new CityInterestMatrixModel(this);
    m_themePanel = new MatrixPanel(m_themeModel, 1, m_tabs);
    m_themePanel->setObjectName(QStringLiteral("themeMatrixPanel"));
    m_themePanel->view()->setItemDelegate(new HeatDelegate(CityThemeMatrixModel::layerColors(), false, m_themePanel));
    m_interestPanel = new MatrixPanel(m_interestModel, CityInterestMatrixModel::FirstCityColumn, m_tabs);
    m_interestPanel->setObjectName(QStringLiteral("interestMatrixPanel"));
    m_interestPanel->view()->setItemDelegate(new HeatDelegate({QColor(0x8c, 0x2d, 0x4a)}, true, m_interestPanel));
    m_tabs->addTab(m_mapPanel, QString());
    m_tabs->addTab(m_themePanel, QString());
    m_tabs->addTab(m_interestPanel, QString());

    m_fitAction = new QAction(this);
    m_fitAction->setObjectName(QStringLiteral("fitToSelectionAction"));
    connect(m_fitAction, &QAction::triggered, this, &InterestMapPage::fitToSelection);
    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    connect(m_exportAction, &QAction::triggered, this, &InterestMapPage::exportCurrent);
    m_exportButton->setDefaultAction(m_exportAction);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addAction(m_fitAction);
    addAction(m_exportAction);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 6, 0);
    top->addWidget(m_filterBar, 1);
    top->addWidget(m_exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_filterBar, &MapFilterBar::filterChanged, this, &InterestMapPage::rebuild);
    connect(m_mapPanel->view(), &MapView::markerActivated, this, &InterestMapPage::onMarkerActivated);
    connect(m_mapPanel->view(), &MapView::arcActivated, this, &InterestMapPage::onArcActivated);
    connect(m_themePanel, &MatrixPanel::cellActivated, this, &InterestMapPage::onThemeCell);
    connect(m_interestPanel, &MatrixPanel::cellActivated, this, &InterestMapPage::onInterestCell);
    if (m_document) {
        connect(m_document, &WorkspaceDocument::workspaceOpened, this, &InterestMapPage::onWorkspaceOpened);
        connect(m_document, &WorkspaceDocument::dataChanged, this, [this] {
            m_filterBar->setWorkspace(m_document->data(), language());
            rebuild();
        });
        SharedSelection* selection = m_document->selection();
        connect(selection, &SharedSelection::actorChanged, this, &InterestMapPage::followActor);
        connect(selection, &SharedSelection::pairChanged, this, &InterestMapPage::followPair);
    }
    retranslate();
    m_filterBar->setWorkspace(m_document ? m_document->data() : WorkspaceData(), language());
    rebuild();
}

QString InterestMapPage::language() const
{
    return currentLanguage();
}

MapFilter InterestMapPage::filter() const
{
    return m_filterBar->filter();
}

void InterestMapPage::setFilter(const MapFilter& filter)
{
    m_filterBar->setFilter(filter);
    rebuild();
}

const MapScene& InterestMapPage::scene() const
{
    return m_mapPanel->view()->scene();
}

InterestMapPage::Tab InterestMapPage::currentTab() const
{
    return static_cast<Tab>(m_tabs->currentIndex());
}

void InterestMapPage::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void InterestMapPage::setProposals(const QList<MapProposal>& proposals)
{
    if (proposals == m_proposals)
        return;
    m_proposals = proposals;
    rebuild();
}

void InterestMapPage::onWorkspaceOpened()
{
    m_filterBar->setWorkspace(m_document->data(), language());
    m_proposals.clear();
    m_built = false; // a new workspace gets framed afresh
    rebuild();
}

void InterestMapPage::rebuild()
{
    static const WorkspaceData empty;
    const WorkspaceData& data = m_document ? m_document->data() : empty;
    const QString lang = language();
    const MapEvidence evidence(data, m_filterBar->filter());
    MapSceneOptions options;
    options.language = lang;
    options.proposals = QVector<MapProposal>(m_proposals.cbegin(), m_proposals.cend());
    MapScene scene = MapSceneBuilder::build(evidence, options);
    MapView* view = m_mapPanel->view();
    if (m_built)
        scene.layers = view->layers(); // the officer's layer switches survive a rebuild
    m_mapPanel->setScene(scene);
    if (!m_built && !scene.markers.isEmpty()) {
        view->fitToMarkers({});
        m_built = true;
    }
    m_themeModel->setMatrix(CityThemeMatrix::build(evidence), &data, lang);
    m_interestModel->setMatrix(CityInterestMatrix::build(evidence), &data, lang);
    if (m_document) {
        const SharedSelection* s = m_document->selection();
        if (s->pairA() != 0)
            followPair(s->pairA(), s->pairB());
        if (s->actor() != 0)
            followActor(s->actor());
    }
}

void InterestMapPage::followActor(qint64 id)
{
    m_mapPanel->view()->selectMarker(id);
    m_themePanel->selectRow(id);
    m_interestPanel->selectRow(id);
}

void InterestMapPage::followPair(qint64 a, qint64 b)
{
    m_mapPanel->view()->selectArc(a, b);
    if (!m_interestPanel->selectCell(a, b))
        m_interestPanel->selectCell(b, a);
}

void InterestMapPage::onMarkerActivated(qint64 id)
{
    // A survey group's ring is not an actor: its tooltip says who it stands for.
    if (id > 0 && m_document)
        m_document->selection()->activateActor(id);
}

void InterestMapPage::onArcActivated(qint64 from, qint64 to)
{
    if (!m_document)
        return;
    if (from > 0 && to > 0)
        m_document->selection()->setPair(from, to);
    else if (to > 0)
        m_document->selection()->activateActor(to);
}

void InterestMapPage::onThemeCell(qint64 row, qint64)
{
    if (row > 0 && m_document)
        m_document->selection()->activateActor(row);
}

void InterestMapPage::onInterestCell(qint64 row, qint64 column)
{
    if (!m_document)
        return;
    if (column > 0 && row > 0)
        m_document->selection()->setPair(row, column);
    else if (column > 0)
        m_document->selection()->activateActor(column);
    else if (row > 0)
        m_document->selection()->activateActor(row);
}

void InterestMapPage::fitToSelection()
{
    const SharedSelection* s = m_document ? m_document->selection() : nullptr;
    setCurrentTab(Tab::Map);
    if (s && s->pairA() != 0 && s->pairB() != 0 && m_mapPanel->view()->selectedMarker() == 0)
        m_mapPanel->view()->fitToMarkers({s->pairA(), s->pairB()});
    else
        m_mapPanel->view()->fitToSelection();
}

bool InterestMapPage::exportMap(const QString& path, const QSize& size, QString* error)
{
    MapViewport viewport = m_mapPanel->view()->viewport();
    viewport.setSize(size);
    MapExporter exporter(m_mapPanel->view()->renderer());
    if (exporter.exportFile(path, viewport))
        return true;
    if (error)
        *error = exporter.errorString();
    return false;
}

bool InterestMapPage::exportThemeMatrix(const QString& path, const QSize& size, QString* error) const
{
    static const WorkspaceData empty;
    const WorkspaceData& data = m_document ? m_document->data() : empty;
    const QString summary = MapSceneBuilder::filterSummary(data, filter(), language());
    const QString title = summary.isEmpty() ? tr("Themes by city") : tr("Themes by city") + QStringLiteral(" · ") + summary;
    const MatrixTable table = m_themeModel->matrix().toTable(data, language(), title);
    MatrixExporter exporter(table);
    if (exporter.exportFile(path, size))
        return true;
    if (error)
        *error = exporter.errorString();
    return false;
}

bool InterestMapPage::exportInterestMatrix(const QString& path, const QSize& size, QString* error) const
{
    static const WorkspaceData empty;
    const WorkspaceData& data = m_document ? m_document->data() : empty;
    const QString summary = MapSceneBuilder::filterSummary(data, filter(), language());
    const QString head = tr("Interests between cities");
    const MatrixTable table = m_interestModel->matrix().toTable(data, language(),
                                                                summary.isEmpty() ? head : head + QStringLiteral(" · ") + summary);
    MatrixExporter exporter(table);
    if (exporter.exportFile(path, size))
        return true;
    if (error)
        *error = exporter.errorString();
    return false;
}

void InterestMapPage::exportCurrent()
{
    const Tab tab = currentTab();
    const QSize initial = tab == Tab::Map ? QSize(1600, 900) : QSize(1400, 1000);
    ExportSizeDialog sizeDialog(initial, this);
    if (sizeDialog.exec() != QDialog::Accepted)
        return;
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    const QString suggested = tab == Tab::Map ? QStringLiteral("interest-map.png")
        : tab == Tab::ThemesByCity            ? QStringLiteral("themes-by-city.png")
                                              : QStringLiteral("interests-between-cities.png");
    QString chosenFilter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested, png + QStringLiteral(";;") + svg,
                                                &chosenFilter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        path += chosenFilter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    bool ok = false;
    if (tab == Tab::Map)
        ok = exportMap(path, sizeDialog.chosenSize(), &error);
    else if (tab == Tab::ThemesByCity)
        ok = exportThemeMatrix(path, sizeDialog.chosenSize(), &error);
    else
        ok = exportInterestMatrix(path, sizeDialog.chosenSize(), &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export"), error);
}

void InterestMapPage::retranslate()
{
    m_tabs->setTabText(0, tr("Map"));
    m_tabs->setTabText(1, tr("Themes by city"));
    m_tabs->setTabText(2, tr("Interests between cities"));
    m_fitAction->setText(tr("Fit to selection"));
    m_exportAction->setText(tr("Export…"));
    m_exportAction->setToolTip(tr("Save the current tab as a PNG or SVG picture with title, legend and sources"));
    m_themePanel->view()->setToolTip(tr("Left half: priority (orange); right half: offer (green). Darker is stronger."));
    m_interestPanel->view()->setToolTip(QString());
}

void InterestMapPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Place names and themes come from the data in the new language: labels switch at once.
        if (m_document)
            m_filterBar->setWorkspace(m_document->data(), language());
        rebuild();
    }
    QWidget::changeEvent(event);
}

} // namespace cb::ui
