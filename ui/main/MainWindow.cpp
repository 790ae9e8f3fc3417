// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutText.h"
#include "MainActions.h"
#include "RecentFiles.h"
#include "actors/ActorBrowser.h"
#include "actors/ActorDetailPanel.h"
#include "backups/RestoreDialog.h"
#include "i18n/Translations.h"
#include "EditActions.h"
#include "brief/BriefBatchDialog.h"
#include "brief/BriefPreview.h"
#include "common/LocaleFollower.h"
#include "decisions/DecisionLogPage.h"
#include "editing/EditorPanel.h"
#include "exchange/ExchangeActions.h"
#include "exporting/ExportActions.h"
#include "importing/ImportWizard.h"
#include "map/InterestMapPage.h"
#include "pipeline/PipelinePage.h"
#include "proposals/ProposalsPage.h"
#include "teamdb/ConnectionDialog.h"
#include "teamdb/PasswordKeyring.h"
#include "workspace/SharedSelection.h"
#include "workspace/WorkspaceDocument.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

namespace cb::ui {

namespace {

const QString WorkspaceSuffix = QStringLiteral("citybridge");

QString key(const char* name)
{
    return QStringLiteral("mainWindow/") + QLatin1String(name);
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_document(new WorkspaceDocument(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setMinimumSize(760, 480);
    // Spin boxes, date edits and numbers follow the interface language when it is switched.
    LocaleFollower::install();

    // The working pages share one selection: choosing a city anywhere shows its ranking, its details and its
    // place on the map.
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_proposals = new ProposalsPage(m_document, m_pages);
    m_pipeline = new PipelinePage(m_document, m_pages);
    m_decisionLog = new DecisionLogPage(m_document, m_pages);
    m_map = new InterestMapPage(m_document, m_pages);
    m_detail = new ActorDetailPanel(m_document, m_pages);
    setCentralWidget(m_pages);

    m_browser = new ActorBrowser(m_document, this);
    m_actorDock = new QDockWidget(this);
    m_actorDock->setObjectName(QStringLiteral("actorDock"));
    m_actorDock->setWidget(m_browser);
    m_actorDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_actorDock);
    SharedSelection* selection = m_document->selection();
    connect(m_browser, &ActorBrowser::currentActorChanged, selection, &SharedSelection::setActor);
    connect(selection, &SharedSelection::actorChanged, m_detail, &ActorDetailPanel::showActor);
    connect(selection, &SharedSelection::actorChanged, m_browser, [this](ActorId id) {
        if (id != 0 && m_browser->currentActor() != id)
            m_browser->selectActor(id);
    });
    connect(selection, &SharedSelection::actorActivated, this, [this] { m_pages->setCurrentWidget(m_detail); });
    connect(m_proposals, &ProposalsPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_pipeline, &PipelinePage::statusMessage, this, &MainWindow::showStatus);
    connect(m_proposals, &ProposalsPage::matchingFinished, this, &MainWindow::showProposalsOnMap);

    m_actions = new MainActions(this, m_document->undoStack());
    addPage(m_proposals, QKeySequence(Qt::CTRL | Qt::Key_1));
    addPage(m_pipeline, QKeySequence(Qt::CTRL | Qt::Key_2));
    addPage(m_decisionLog, QKeySequence(Qt::CTRL | Qt::Key_3));
    addPage(m_map, QKeySequence(Qt::CTRL | Qt::Key_4));
    addPage(m_detail, QKeySequence(Qt::CTRL | Qt::Key_5));
    m_actions->viewMenu()->addSeparator();
    m_actions->viewMenu()->addAction(m_actorDock->toggleViewAction());

    // Editing happens in a side panel, beside what the officer is looking at, never in a modal dialog.
    m_editor = new EditorPanel(m_document, this);
    m_editorDock = new QDockWidget(this);
    m_editorDock->setObjectName(QStringLiteral("editorDock"));
    m_editorDock->setWidget(m_editor);
    m_editorDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_editorDock);
    m_editorDock->hide();
    m_actions->viewMenu()->addAction(m_editorDock->toggleViewAction());
    connect(m_editor, &EditorPanel::showRequested, this, [this] {
        m_editorDock->show();
        m_editorDock->raise();
    });
    connect(m_editor, &EditorPanel::closeRequested, m_editorDock, &QWidget::hide);
    connect(m_editor, &EditorPanel::titleChanged, m_editorDock, &QDockWidget::setWindowTitle);
    connect(m_editor, &EditorPanel::actorSaved, m_document->selection(), &SharedSelection::setActor);
    m_editActions = new EditActions(this, m_actions, m_editor, m_document->selection());

    // The brief of the selected proposal, previewed beside the proposals and saved from there.
    m_briefPreview = new BriefPreview(m_document, this);
    m_briefDock = new QDockWidget(this);
    m_briefDock->setObjectName(QStringLiteral("briefDock"));
    m_briefDock->setWidget(m_briefPreview);
    addDockWidget(Qt::RightDockWidgetArea, m_briefDock);
    m_briefDock->hide();
    m_actions->viewMenu()->addAction(m_briefDock->toggleViewAction());
    connect(m_proposals, &ProposalsPage::briefRequested, this,
            [this](std::shared_ptr<const MatchOutcome> outcome, int pair) {
                m_briefPreview->showPair(std::move(outcome), pair);
                m_briefDock->show();
                m_briefDock->raise();
            });
    m_exportActions = new ExportActions(this, m_document, [this] { return m_proposals->outcome(); });
    m_importAction = new QAction(this);
    m_importAction->setObjectName(QStringLiteral("importSurveyAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importSurvey);
    m_connectAction = new QAction(this);
    m_connectAction->setObjectName(QStringLiteral("connectDatabaseAction"));
    connect(m_connectAction, &QAction::triggered, this, [this] { connectToDatabase(); });
    m_actions->fileMenu()->insertAction(m_actions->saveWorkspaceAs(), m_connectAction);
    m_actions->fileMenu()->insertAction(m_actions->quit(), m_importAction);
    m_actions->fileMenu()->insertMenu(m_actions->quit(), m_exportActions->menu());
    m_exchangeActions = new ExchangeActions(this, m_document);
    m_actions->fileMenu()->insertActions(m_actions->quit(),
                                         {m_exchangeActions->exportPackage(), m_exchangeActions->mergePackage()});
    connect(m_exchangeActions, &ExchangeActions::statusMessage, this, &MainWindow::showStatus);
    m_exportActions->menu()->addSeparator();
    m_briefBatchAction = m_exportActions->menu()->addAction(QString());
    m_briefBatchAction->setObjectName(QStringLiteral("briefBatchAction"));
    connect(m_briefBatchAction, &QAction::triggered, this, [this] {
        if (!m_proposals->outcome()) {
            showStatus(tr("The proposals are still being worked out; try again in a moment."));
            return;
        }
        auto* dialog = new BriefBatchDialog(m_proposals->outcome(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    m_actions->fileMenu()->insertSeparator(m_actions->quit());
    connect(m_exportActions, &ExportActions::statusMessage, this, &MainWindow::showStatus);
    m_actions->setCurrentLanguage(currentLanguage());
    connect(m_actions->newWorkspace(), &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(m_actions->openWorkspace(), &QAction::triggered, this, &MainWindow::chooseWorkspace);
    connect(m_actions->saveWorkspaceAs(), &QAction::triggered, this, &MainWindow::saveWorkspaceAs);
    connect(m_actions->restoreBackup(), &QAction::triggered, this, [this] {
        auto* dialog = new RestoreDialog(m_document, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &RestoreDialog::restored, this,
                [this](const QString& m) { statusBar()->showMessage(m, 15000); });
        dialog->open();
    });
    connect(m_actions->quit(), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->about(), &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions, &MainActions::recentFileRequested, this, &MainWindow::openRecent);
    connect(m_actions, &MainActions::clearRecentRequested, this, [this] {
        RecentFiles().clear();
        refreshRecentFiles();
    });
    connect(m_actions, &MainActions::languageRequested, this, &MainWindow::switchLanguage);
    connect(m_actions, &MainActions::undoRequested, m_document, [this] { m_document->undo(); });
    connect(m_actions, &MainActions::redoRequested, m_document, [this] { m_document->redo(); });
    connect(m_actions->refresh(), &QAction::triggered, m_document, [this] {
        QString e;
        if (m_document->isOpen() && !m_document->reload(&e))
            showError(tr("The workspace could not be read"), e);
    });
    connect(m_document, &WorkspaceDocument::notice, this, &MainWindow::showStatus);
    connect(m_document, &WorkspaceDocument::editFailed, this,
            [this](const QString& message) { showError(tr("The workspace could not be written"), message); });
    connect(m_document, &WorkspaceDocument::workspaceOpened, this, &MainWindow::workspaceOpened);

    statusBar()->setObjectName(QStringLiteral("statusBar"));
    refreshRecentFiles();
    retranslateUi();
    readSettings();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openWorkspace(const QString& path, QString* error)
{
    if (!m_document->open(path, error))
        return false;
    RecentFiles().add(path);
    refreshRecentFiles();
    return true;
}

bool MainWindow::connectToDatabase(const ConnectionInfo* initial, const QString& message)
{
    const PasswordKeyring keyring;
    ConnectionDialog dialog([this](const ConnectionInfo& info, QString* error) { return m_document->openDatabase(info, error); },
                            keyring, this);
    if (initial)
        dialog.setConnection(*initial);
    else if (m_document->database())
        dialog.setConnection(*m_document->database());
    dialog.showMessage(message, !message.isEmpty());
    return dialog.exec() == QDialog::Accepted;
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    writeSettings();
    event->accept();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_layoutRestored)
        return;
    m_layoutRestored = true;
    // Dock sizes can only be set once the window has its size; the list gets about half of it by default.
    if (!restoreState(QSettings().value(key("state")).toByteArray()))
        resizeDocks({m_actorDock}, {width() * 27 / 100}, Qt::Horizontal);
}

void MainWindow::newWorkspace()
{
    QFileDialog dialog(this, tr("New Workspace"), startFolder(), workspaceFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(WorkspaceSuffix);
    dialog.selectFile(tr("New workspace") + QLatin1Char('.') + WorkspaceSuffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    QString error;
    if (!m_document->createNew(path, &error)) {
        showError(tr("Cannot create the workspace"), error);
        return;
    }
    RecentFiles().add(path);
    refreshRecentFiles();
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), startFolder(), workspaceFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!openWorkspace(path, &error))
        showError(tr("Cannot open the workspace"), error);
}

void MainWindow::saveWorkspaceAs()
{
    if (!m_document->isOpen())
        return;
    QFileDialog dialog(this, tr("Save Workspace As"), startFolder(), workspaceFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(WorkspaceSuffix);
    dialog.selectFile(QFileInfo(m_document->path()).fileName());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    QString error;
    if (!m_document->saveAs(path, &error)) {
        showError(tr("Cannot save the workspace"), error);
        return;
    }
    RecentFiles().add(path);
    refreshRecentFiles();
    statusBar()->showMessage(
        tr("Saved a copy as %1; you are now working on the copy.").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::openRecent(const QString& path)
{
    QString error;
    if (openWorkspace(path, &error))
        return;
    // A file that cannot be opened any more is not offered again.
    RecentFiles().remove(path);
    refreshRecentFiles();
    showError(tr("Cannot open the workspace"), error);
}

void MainWindow::switchLanguage(const QString& language)
{
    const QString installed = installLanguage(language);
    QSettings().setValue(QStringLiteral("interface/language"), installed);
    m_actions->setCurrentLanguage(installed);
    statusBar()->clearMessage(); // a message in the previous language would linger
    // installLanguage() announces a change only when a catalogue was added or removed, but the data language
    // (names, profiles, sort order) changed in any case: every window is told so directly.
    QEvent change(QEvent::LanguageChange);
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows)
        QCoreApplication::sendEvent(window, &change);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, AboutText::title(), AboutText::html());
}

void MainWindow::workspaceOpened()
{
    retranslateUi();
    if (!m_document->isOpen())
        return;
    const int actors = int(m_document->data().actors.size());
    const QString where =
        m_document->isDatabase() ? m_document->displayLocation() : QDir::toNativeSeparators(m_document->path());
    statusBar()->showMessage(tr("Opened %1: %n actor(s)", "", actors).arg(where), 8000);
}

void MainWindow::retranslateUi()
{
    m_actions->retranslate();
    m_actorDock->setWindowTitle(tr("Cities and Institutions"));
    const QList<std::pair<QWidget*, QString>> titles = {{m_proposals, tr("Proposals")},
                                                        {m_pipeline, tr("Pipeline")},
                                                        {m_decisionLog, tr("Decision Log")},
                                                        {m_map, tr("Interest Map")},
                                                        {m_detail, tr("Details")}};
    for (const auto& [page, title] : titles) {
        const int index = m_pages->indexOf(page);
        m_pages->setTabText(index, title);
        if (QAction* action = m_pageActions.value(index))
            action->setText(title);
    }
    // Save As copies the workspace file: a team database is copied with citybridge migrate-to instead.
    m_actions->saveWorkspaceAs()->setEnabled(m_document->isOpen() && !m_document->isDatabase());
    m_actions->saveWorkspaceAs()->setToolTip(m_document->fileOnlyReason());
    m_connectAction->setText(tr("Connect to &Team Database…"));
    m_connectAction->setStatusTip(tr("Open the team's shared workspace in a PostgreSQL database"));
    m_actions->restoreBackup()->setEnabled(m_document->isOpen() && !m_document->isDatabase()
                                           && !m_document->store()->isReadOnly());
    m_actions->restoreBackup()->setToolTip(m_document->fileOnlyReason());
    m_actions->refresh()->setEnabled(m_document->isOpen());
    m_editActions->retranslate();
    m_exportActions->retranslate();
    m_exchangeActions->retranslate();
    m_importAction->setText(tr("&Import Survey…"));
    m_briefBatchAction->setText(tr("&Briefs for All Proposals…"));
    m_briefDock->setWindowTitle(tr("Pairing Brief"));
    m_importAction->setEnabled(m_document->isOpen() && !m_document->store()->isReadOnly());
    m_exportActions->setEnabled(m_document->isOpen());
    m_editActions->setWorkspaceWritable(m_document->isOpen() && !m_document->store()->isReadOnly());
    if (m_editorDock->windowTitle().isEmpty())
        m_editorDock->setWindowTitle(m_editor->title());
    if (m_document->isDatabase()) {
        // The address without password, as everywhere it is shown.
        setWindowFilePath(QString());
        setWindowTitle(tr("%1 — Team Database — CityBridge").arg(m_document->displayName()));
        setToolTip(QString());
        statusBar()->setToolTip(m_document->displayLocation());
    } else if (m_document->isOpen()) {
        setWindowFilePath(m_document->path());
        setWindowTitle(tr("%1 — CityBridge").arg(m_document->displayName()));
        statusBar()->setToolTip(QString());
    } else {
        setWindowFilePath(QString());
        setWindowTitle(tr("CityBridge"));
    }
}

void MainWindow::addPage(QWidget* page, const QKeySequence& shortcut)
{
    const int index = m_pages->addTab(page, QString());
    auto* action = new QAction(this);
    action->setObjectName(page->objectName() + QStringLiteral("Action"));
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, page] { m_pages->setCurrentWidget(page); });
    m_actions->viewMenu()->addAction(action);
    m_pageActions.insert(index, action);
}

void MainWindow::showProposalsOnMap()
{
    QList<MapProposal> arcs;
    if (const auto outcome = m_proposals->outcome()) {
        for (int index : outcome->result.proposals) {
            const ScoredPair& pair = outcome->result.pairs[std::size_t(index)];
            arcs.append({pair.actorA, pair.actorB, pair.fused});
        }
    }
    m_map->setProposals(arcs);
}

void MainWindow::importSurvey()
{
    // Non-modal: the officer can look things up in the window while deciding how to read the file.
    auto* wizard = new ImportWizard(m_document, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        showStatus(tr("Survey imported: %1").arg(wizard->plan().summary().section(QLatin1Char('\n'), 0, 0)));
    });
    wizard->show();
}

void MainWindow::showStatus(const QString& message)
{
    statusBar()->showMessage(message, 6000);
}

void MainWindow::refreshRecentFiles()
{
    m_actions->setRecentFiles(RecentFiles().files());
}

QString MainWindow::workspaceFilter() const
{
    return tr("CityBridge workspaces (*.%1)").arg(WorkspaceSuffix) + QStringLiteral(";;") + tr("All files (*)");
}

QString MainWindow::startFolder() const
{
    if (m_document->isOpen() && !m_document->isDatabase())
        return QFileInfo(m_document->path()).absolutePath();
    const QStringList recent = RecentFiles().files();
    if (!recent.isEmpty())
        return QFileInfo(recent.constFirst()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::showError(const QString& title, const QString& message)
{
    statusBar()->showMessage(title, 8000);
    QMessageBox::warning(this, title, message);
}

void MainWindow::readSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(key("geometry")).toByteArray())) {
        // First start: most of the screen, but never more than it.
        const QSize available = screen() ? screen()->availableSize() : QSize(1366, 768);
        resize(QSize(1440, 900).boundedTo(available));
    }
    m_browser->restoreHeaderState(settings.value(key("actorHeader")).toByteArray());
    m_pipeline->restoreState(settings.value(key("pipelineState")).toByteArray());
    m_decisionLog->restoreState(settings.value(key("decisionLogState")).toByteArray());
    m_pages->setCurrentIndex(settings.value(key("page"), 0).toInt());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(key("geometry"), saveGeometry());
    settings.setValue(key("state"), saveState());
    settings.setValue(key("actorHeader"), m_browser->saveHeaderState());
    settings.setValue(key("pipelineState"), m_pipeline->saveState());
    settings.setValue(key("decisionLogState"), m_decisionLog->saveState());
    settings.setValue(key("page"), m_pages->currentIndex());
}

} // namespace cb::ui
