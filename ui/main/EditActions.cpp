// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditActions.h"

#include "MainActions.h"
#include "editing/EditorPanel.h"
#include "workspace/SharedSelection.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QStyle>
#include <QToolBar>

namespace cb::ui {

EditActions::EditActions(QMainWindow* window, MainActions* main, EditorPanel* editor, SharedSelection* selection)
    : QObject(window), m_main(main), m_selection(selection)
{
    auto make = [this](const char* name, const QKeySequence& shortcut) {
        auto* action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        return action;
    };
    m_addCity = make("addCityAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_addInstitution = make("addInstitutionAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_editActor = make("editActorAction", QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editStatements = make("editStatementsAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_editInterests = make("editInterestsAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addEvent = make("addEventAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_addCity, &QAction::triggered, editor, &EditorPanel::addCity);
    connect(m_addInstitution, &QAction::triggered, editor, &EditorPanel::addInstitution);
    connect(m_editActor, &QAction::triggered, editor, [this, editor] { editor->editActor(m_selection->actor()); });
    connect(m_editStatements, &QAction::triggered, editor,
            [this, editor] { editor->editStatements(m_selection->actor()); });
    connect(m_editInterests, &QAction::triggered, editor,
            [this, editor] { editor->editInterests(m_selection->actor()); });
    connect(m_addEvent, &QAction::triggered, editor, &EditorPanel::addEvent);
    connect(m_selection, &SharedSelection::actorChanged, this, &EditActions::updateSelection);

    QMenu* menu = main->editMenu();
    menu->addSeparator();
    menu->addActions({m_addCity, m_addInstitution, m_addEvent});
    menu->addSeparator();
    menu->addActions({m_editActor, m_editStatements, m_editInterests});

    m_toolBar = window->addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QStyle* style = window->style();
    main->undo()->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
    main->redo()->setIcon(style->standardIcon(QStyle::SP_ArrowForward));
    m_addCity->setIcon(style->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_editActor->setIcon(style->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_toolBar->addActions({main->undo(), main->redo()});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_addCity, m_addInstitution, m_editActor, m_editStatements});
    setWorkspaceWritable(false);
    retranslate();
}

void EditActions::retranslate()
{
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_addCity->setText(tr("Add &City…"));
    m_addInstitution->setText(tr("Add &Institution…"));
    m_editActor->setText(tr("&Edit Selected"));
    m_editStatements->setText(tr("&Priorities and Offers"));
    m_editInterests->setText(tr("I&nterests"));
    m_addEvent->setText(tr("Add E&vent…"));
    m_editActor->setToolTip(tr("Edit the city or institution selected in the list"));
    m_editStatements->setToolTip(tr("Edit what the selected city or institution needs and offers"));
}

void EditActions::setWorkspaceWritable(bool writable)
{
    m_writable = writable;
    m_addCity->setEnabled(writable);
    m_addInstitution->setEnabled(writable);
    m_addEvent->setEnabled(writable);
    updateSelection();
}

void EditActions::updateSelection()
{
    const bool actor = m_writable && m_selection->actor() != 0;
    m_editActor->setEnabled(actor);
    m_editStatements->setEnabled(actor);
    m_editInterests->setEnabled(actor);
}

} // namespace cb::ui
