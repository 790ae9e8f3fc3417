// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace cb::ui {

class ActorForm;
class EventForm;
class InterestsEditor;
class StatementsEditor;
class WorkspaceDocument;

/**
 * The editors of the workspace data in one non-modal panel, meant for a dock: city and institution, their
 * priorities and offers, their interests, and events with their participations. Each slot brings up one
 * editor and asks to be shown; every save goes through the document's undo stack.
 */
class EditorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EditorPanel(WorkspaceDocument* document, QWidget* parent = nullptr);

    /** The heading of the editor on show ("New city", "Events: ..."), e.g. for the dock's title. */
    QString title() const;

    ActorForm* actorForm() const { return m_actorForm; }
    StatementsEditor* statementsEditor() const { return m_statements; }
    InterestsEditor* interestsEditor() const { return m_interests; }
    EventForm* eventForm() const { return m_eventForm; }

public slots:
    void addCity();
    void addInstitution();
    void editActor(cb::ActorId id);
    /** The priorities and offers of an actor. */
    void editStatements(cb::ActorId id);
    /** The interests an actor expressed, with a new one started. */
    void addInterest(cb::ActorId from);
    /** The interests an actor expressed. */
    void editInterests(cb::ActorId from);
    void addEvent();
    void editEvent(cb::EventId id);

signals:
    /** An editor was brought up: the window should show (and raise) the panel. */
    void showRequested();
    /** The heading changed (another editor, another record, another language). */
    void titleChanged(const QString& title);
    /** An actor was saved (added or changed): the window may select it. */
    void actorSaved(cb::ActorId id);
    /** The officer is done (Cancel): the window may hide the panel. */
    void closeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showPage(QWidget* page);
    void updateTitle();

    WorkspaceDocument* m_document;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    ActorForm* m_actorForm;
    StatementsEditor* m_statements;
    InterestsEditor* m_interests;
    EventForm* m_eventForm;
};

} // namespace cb::ui
