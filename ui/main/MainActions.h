// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace cb::ui {

/**
 * The main window's menus and actions (File, Edit, View, Help). It only builds, labels and reports them; the
 * window decides what they do.
 */
class MainActions : public QObject
{
    Q_OBJECT

public:
    MainActions(QMainWindow* window, QUndoStack* undoStack);

    QAction* newWorkspace() const { return m_new; }
    QAction* openWorkspace() const { return m_open; }
    QAction* saveWorkspaceAs() const { return m_saveAs; }
    QAction* restoreBackup() const { return m_restore; }
    QAction* quit() const { return m_quit; }
    QAction* about() const { return m_about; }
    /** View > Refresh (F5): read the workspace again, with what other windows or programs saved. */
    QAction* refresh() const { return m_refresh; }
    QMenu* recentMenu() const { return m_recentMenu; }
    QMenu* viewMenu() const { return m_viewMenu; }
    QMenu* editMenu() const { return m_editMenu; }
    QMenu* fileMenu() const { return m_fileMenu; }
    QAction* undo() const { return m_undo; }
    QAction* redo() const { return m_redo; }
    QMenu* languageMenu() const { return m_languageMenu; }

    /** Lists these files under File > Open Recent, newest first. */
    void setRecentFiles(const QStringList& files);
    /** Checks the language entry for a data-language code (en, zh, es). */
    void setCurrentLanguage(const QString& language);
    void retranslate();

signals:
    void recentFileRequested(const QString& path);
    void clearRecentRequested();
    void languageRequested(const QString& language);
    void undoRequested();
    void redoRequested();

private:
    QAction* addLanguage(const QString& code, const QString& endonym);
    void updateUndoActions();

    QMenu* m_fileMenu;
    QMenu* m_editMenu;
    QMenu* m_viewMenu;
    QMenu* m_helpMenu;
    QMenu* m_recentMenu;
    QMenu* m_languageMenu;
    QAction* m_new;
    QAction* m_open;
    QAction* m_saveAs;
    QAction* m_restore;
    QAction* m_quit;
    QUndoStack* m_undoStack;
    QAction* m_undo;
    QAction* m_redo;
    QAction* m_refresh;
    QAction* m_about;
    QAction* m_aboutQt;
    QAction* m_clearRecent;
    QActionGroup* m_languages;
    QStringList m_recentFiles;
};

} // namespace cb::ui
