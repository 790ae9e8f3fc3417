// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMainWindow>

class QAction;
class QDockWidget;
class QTabWidget;

namespace cb {
struct ConnectionInfo;
}

namespace cb::ui {

class ActorBrowser;
class ActorDetailPanel;
class BriefPreview;
class DecisionLogPage;
class EditActions;
class EditorPanel;
class ExchangeActions;
class ExportActions;
class InterestMapPage;
class MainActions;
class PipelinePage;
class ProposalsPage;
class WorkspaceDocument;

/** The application window: it assembles the panels and the menus around one WorkspaceDocument. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Opens a workspace file and remembers it under Open Recent; on failure error says why (no dialog). */
    bool openWorkspace(const QString& path, QString* error);
    /**
     * Shows File > Connect to Team Database, filled from initial (e.g. --database) when given, with message above
     * its buttons; true when a team database was opened.
     */
    bool connectToDatabase(const ConnectionInfo* initial = nullptr, const QString& message = QString());

    WorkspaceDocument* document() const { return m_document; }
    ActorBrowser* actorBrowser() const { return m_browser; }
    ActorDetailPanel* detailPanel() const { return m_detail; }
    ProposalsPage* proposalsPage() const { return m_proposals; }
    PipelinePage* pipelinePage() const { return m_pipeline; }
    DecisionLogPage* decisionLogPage() const { return m_decisionLog; }
    InterestMapPage* mapPage() const { return m_map; }
    EditorPanel* editorPanel() const { return m_editor; }
    QTabWidget* pages() const { return m_pages; }
    MainActions* actions() const { return m_actions; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void newWorkspace();
    void chooseWorkspace();
    void saveWorkspaceAs();
    void openRecent(const QString& path);
    void switchLanguage(const QString& language);
    void showAbout();
    void workspaceOpened();
    void addPage(QWidget* page, const QKeySequence& shortcut);
    void showProposalsOnMap();
    void showStatus(const QString& message);
    void importSurvey();

    void retranslateUi();
    void refreshRecentFiles();
    QString workspaceFilter() const;
    QString startFolder() const;
    void showError(const QString& title, const QString& message);
    void readSettings();
    void writeSettings() const;

    WorkspaceDocument* m_document;
    ActorBrowser* m_browser;
    ActorDetailPanel* m_detail;
    ProposalsPage* m_proposals;
    PipelinePage* m_pipeline;
    DecisionLogPage* m_decisionLog;
    InterestMapPage* m_map;
    QTabWidget* m_pages;
    QHash<int, QAction*> m_pageActions; ///< tab index -> View menu action
    QDockWidget* m_actorDock;
    EditorPanel* m_editor;
    QDockWidget* m_editorDock;
    EditActions* m_editActions;
    ExportActions* m_exportActions;
    ExchangeActions* m_exchangeActions;
    QAction* m_importAction;
    QAction* m_connectAction;
    QAction* m_briefBatchAction;
    BriefPreview* m_briefPreview;
    QDockWidget* m_briefDock;
    MainActions* m_actions;
    bool m_layoutRestored = false;
};

} // namespace cb::ui
