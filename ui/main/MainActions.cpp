// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainActions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

#include "workspace/WorkspaceEdit.h"

namespace cb::ui {

MainActions::MainActions(QMainWindow* window, QUndoStack* undoStack) : QObject(window)
{
    QMenuBar* bar = window->menuBar();
    m_fileMenu = bar->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_new = m_fileMenu->addAction(QString());
    m_new->setObjectName(QStringLiteral("newWorkspaceAction"));
    m_new->setShortcut(QKeySequence::New);
    m_open = m_fileMenu->addAction(QString());
    m_open->setObjectName(QStringLiteral("openWorkspaceAction"));
    m_open->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_clearRecent = new QAction(this);
    m_clearRecent->setObjectName(QStringLiteral("clearRecentAction"));
    connect(m_clearRecent, &QAction::triggered, this, &MainActions::clearRecentRequested);
    m_saveAs = m_fileMenu->addAction(QString());
    m_saveAs->setObjectName(QStringLiteral("saveWorkspaceAsAction"));
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_restore = m_fileMenu->addAction(QString());
    m_restore->setObjectName(QStringLiteral("restoreBackupAction"));
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString());
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);

    m_editMenu = bar->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    // Own actions rather than the stack's: their texts are ours to translate (also after a language switch), and
    // triggering goes through the document, which writes first and moves the stack only when the write succeeded.
    m_undoStack = undoStack;
    m_undo = new QAction(this);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = new QAction(this);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcut(QKeySequence::Redo);
    connect(undoStack, &QUndoStack::indexChanged, this, &MainActions::updateUndoActions);
    connect(undoStack, &QUndoStack::cleanChanged, this, &MainActions::updateUndoActions);
    connect(m_undo, &QAction::triggered, this, &MainActions::undoRequested);
    connect(m_redo, &QAction::triggered, this, &MainActions::redoRequested);
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);

    m_viewMenu = bar->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_refresh = m_viewMenu->addAction(QString());
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languages = new QActionGroup(this);
    m_languages->setExclusive(true);
    // Each language is offered under its own name, so that a user lost in a foreign interface finds theirs.
    addLanguage(QStringLiteral("en"), QStringLiteral("English"));
    addLanguage(QStringLiteral("zh"), QStringLiteral("中文"));
    addLanguage(QStringLiteral("es"), QStringLiteral("Español"));
    m_viewMenu->addSeparator();

    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_about = m_helpMenu->addAction(QString());
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = m_helpMenu->addAction(QString());
    m_aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    setRecentFiles({});
    retranslate();
}

QAction* MainActions::addLanguage(const QString& code, const QString& endonym)
{
    QAction* action = m_languageMenu->addAction(endonym);
    action->setObjectName(QStringLiteral("language_") + code);
    action->setCheckable(true);
    action->setData(code);
    m_languages->addAction(action);
    connect(action, &QAction::triggered, this, [this, code] { emit languageRequested(code); });
    return action;
}

void MainActions::setRecentFiles(const QStringList& files)
{
    m_recentFiles = files;
    m_recentMenu->clear();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files[i];
        // Numbered 1-8 so that the keyboard reaches them; the full path is in the tooltip and status tip.
        QString label = QFileInfo(path).fileName();
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(label));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { emit recentFileRequested(path); });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecent);
    m_clearRecent->setEnabled(!files.isEmpty());
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainActions::setCurrentLanguage(const QString& language)
{
    for (QAction* action : m_languages->actions())
        action->setChecked(action->data().toString() == language);
}

void MainActions::updateUndoActions()
{
    const QString undo = m_undoStack->undoText();
    const QString redo = m_undoStack->redoText();
    m_undo->setEnabled(m_undoStack->canUndo());
    m_redo->setEnabled(m_undoStack->canRedo());
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
    m_undo->setIconText(tr("Undo"));
    m_redo->setIconText(tr("Redo"));
}

void MainActions::retranslate()
{
    // The edits on the stack were named in the language of the moment they were made.
    retranslateEdits(m_undoStack);
    updateUndoActions();
    m_fileMenu->setTitle(tr("&File"));
    m_new->setText(tr("&New Workspace…"));
    m_new->setStatusTip(tr("Create an empty workspace file"));
    m_open->setText(tr("&Open Workspace…"));
    m_open->setStatusTip(tr("Open a workspace file"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_clearRecent->setText(tr("&Clear List"));
    m_saveAs->setText(tr("Save Workspace &As…"));
    m_saveAs->setStatusTip(tr("Copy the workspace to another file and continue there"));
    m_restore->setText(tr("Restore from &Backup…"));
    m_restore->setStatusTip(tr("Replace the workspace with one of its automatic backups"));
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setStatusTip(tr("Read the workspace again, with the changes other windows or programs saved"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About CityBridge"));
    m_aboutQt->setText(tr("About &Qt"));
}

} // namespace cb::ui
