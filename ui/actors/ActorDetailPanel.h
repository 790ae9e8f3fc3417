// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QWidget>

class QTextBrowser;

namespace cb::ui {

class WorkspaceDocument;

/** Shows everything stored about one actor, read-only, in the data language; follows the document's data. */
class ActorDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ActorDetailPanel(WorkspaceDocument* document, QWidget* parent = nullptr);

    /** Shows an actor; 0 (or an actor not in the workspace) shows the empty state. */
    void showActor(ActorId id);
    ActorId actorId() const { return m_actorId; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    WorkspaceDocument* m_document;
    QTextBrowser* m_browser;
    ActorId m_actorId = 0;
};

} // namespace cb::ui
