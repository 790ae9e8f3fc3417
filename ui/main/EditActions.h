// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QToolBar;

namespace cb::ui {

class EditorPanel;
class MainActions;
class SharedSelection;

/**
 * The data-editing commands: Edit menu entries and the main toolbar (undo, redo, add a city or an
 * institution, edit the selected actor, its priorities and offers, its interests, add an event). They open the
 * non-modal editor panel; the ones about "the selected actor" follow the shared selection.
 */
class EditActions : public QObject
{
    Q_OBJECT

public:
    EditActions(QMainWindow* window, MainActions* main, EditorPanel* editor, SharedSelection* selection);

    QToolBar* toolBar() const { return m_toolBar; }
    void retranslate();
    /** Enables what makes sense for an open (and writable) workspace and the current selection. */
    void setWorkspaceWritable(bool writable);

private:
    void updateSelection();

    MainActions* m_main;
    SharedSelection* m_selection;
    QToolBar* m_toolBar;
    QAction* m_addCity;
    QAction* m_addInstitution;
    QAction* m_editActor;
    QAction* m_editStatements;
    QAction* m_editInterests;
    QAction* m_addEvent;
    bool m_writable = false;
};

} // namespace cb::ui
