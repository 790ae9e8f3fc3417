// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActorDetailPanel.h"

#include "ActorDetailHtml.h"
#include "i18n/Translations.h"
#include "workspace/WorkspaceDocument.h"

#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cb::ui {

ActorDetailPanel::ActorDetailPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("actorDetailPanel"));
    m_browser->setObjectName(QStringLiteral("actorDetail"));
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDocumentMargin(10);
    // The page wraps to the panel (long links wrap anywhere, QTextEdit's default), but Qt's table layout can end
    // a pixel beyond the width, which must not bring up a sideways scroll bar.
    m_browser->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_browser->setMinimumWidth(320);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 4, 4);
    layout->addWidget(m_browser);

    // The list selects an actor of the new workspace itself; until then an id the new workspace lacks shows the hint.
    connect(m_document, &WorkspaceDocument::workspaceOpened, this, &ActorDetailPanel::render);
    connect(m_document, &WorkspaceDocument::dataChanged, this, &ActorDetailPanel::render);
    render();
}

void ActorDetailPanel::showActor(ActorId id)
{
    m_actorId = id;
    render();
}

void ActorDetailPanel::changeEvent(QEvent* event)
{
    // Names, profiles and labels are all per language: the whole page is rendered again.
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void ActorDetailPanel::render()
{
    const QString html = ActorDetailHtml::render(m_document->data(), m_actorId, currentLanguage());
    if (!html.isEmpty()) {
        m_browser->setHtml(html);
        return;
    }
    const QString hint = m_document->isOpen() ? tr("Select a city or an institution in the list to see what is "
                                                   "known about it.")
                                              : tr("Open a workspace to see its cities and institutions.");
    m_browser->setHtml(QStringLiteral("<p style=\"color:#666\">") + hint.toHtmlEscaped() + QStringLiteral("</p>"));
}

} // namespace cb::ui
