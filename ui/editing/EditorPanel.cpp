// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorPanel.h"

#include "ActorForm.h"
#include "EventForm.h"
#include "InterestsEditor.h"
#include "StatementsEditor.h"
#include "workspace/WorkspaceDocument.h"

#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cb::ui {

EditorPanel::EditorPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent),
      m_document(document),
      m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(this)),
      m_actorForm(new ActorForm(document, this)),
      m_statements(new StatementsEditor(document, this)),
      m_interests(new InterestsEditor(document, this)),
      m_eventForm(new EventForm(document, this))
{
    setObjectName(QStringLiteral("editorPanel"));
    // A dock beside the lists: narrow enough to share the window at 1366 px, wide enough for three-language names.
    setMinimumWidth(380);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(16);
    for (QWidget* page : {static_cast<QWidget*>(m_empty), static_cast<QWidget*>(m_actorForm),
                          static_cast<QWidget*>(m_statements), static_cast<QWidget*>(m_interests),
                          static_cast<QWidget*>(m_eventForm)})
        m_stack->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_actorForm, &ActorForm::openActorRequested, this, &EditorPanel::editActor);
    connect(m_actorForm, &ActorForm::saved, this, [this](ActorId id) {
        updateTitle();
        emit actorSaved(id);
    });
    for (QObject* editor : {static_cast<QObject*>(m_actorForm), static_cast<QObject*>(m_statements),
                            static_cast<QObject*>(m_interests), static_cast<QObject*>(m_eventForm)})
        connect(editor, SIGNAL(closed()), this, SIGNAL(closeRequested()));
    connect(m_eventForm, &EventForm::saved, this, &EditorPanel::updateTitle);
    connect(m_document, &WorkspaceDocument::dataChanged, this, &EditorPanel::updateTitle);
    connect(m_document, &WorkspaceDocument::workspaceOpened, this, [this] { m_stack->setCurrentWidget(m_empty); updateTitle(); });
    m_empty->setText(tr("Choose what to add or edit from the Edit menu or an actor's context menu."));
}

QString EditorPanel::title() const
{
    QWidget* page = m_stack->currentWidget();
    if (page == m_actorForm)
        return m_actorForm->title();
    if (page == m_statements)
        return m_statements->title();
    if (page == m_interests)
        return m_interests->title();
    if (page == m_eventForm)
        return m_eventForm->title();
    return tr("Editor");
}

void EditorPanel::addCity()
{
    m_actorForm->startNew(ActorKind::City);
    showPage(m_actorForm);
}

void EditorPanel::addInstitution()
{
    m_actorForm->startNew(ActorKind::Institution);
    showPage(m_actorForm);
}

void EditorPanel::editActor(ActorId id)
{
    if (!m_actorForm->load(id))
        return;
    showPage(m_actorForm);
}

void EditorPanel::editStatements(ActorId id)
{
    if (!m_document->data().actor(id))
        return;
    m_statements->setActor(id);
    showPage(m_statements);
}

void EditorPanel::addInterest(ActorId from)
{
    editInterests(from);
    m_interests->startNew();
}

void EditorPanel::editInterests(ActorId from)
{
    if (!m_document->data().actor(from))
        return;
    m_interests->setActor(from);
    showPage(m_interests);
}

void EditorPanel::addEvent()
{
    m_eventForm->startNew();
    showPage(m_eventForm);
}

void EditorPanel::editEvent(EventId id)
{
    if (!m_eventForm->load(id))
        return;
    showPage(m_eventForm);
}

void EditorPanel::showPage(QWidget* page)
{
    m_stack->setCurrentWidget(page);
    updateTitle();
    emit showRequested();
}

void EditorPanel::updateTitle()
{
    emit titleChanged(title());
}

void EditorPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_empty->setText(tr("Choose what to add or edit from the Edit menu or an actor's context menu."));
        updateTitle();
    }
    QWidget::changeEvent(event);
}

} // namespace cb::ui
