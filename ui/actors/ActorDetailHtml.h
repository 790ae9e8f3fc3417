// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QCoreApplication>
#include <QString>

namespace cb {
struct WorkspaceData;
}

namespace cb::ui {

/**
 * Everything the workspace stores about one actor as an HTML page for QTextBrowser: names, facts, profile texts,
 * priorities, offers, interests, events, partnerships and memberships, each fact with its source. Sections
 * without data are left out; every stored text is HTML-escaped.
 */
class ActorDetailHtml
{
    Q_DECLARE_TR_FUNCTIONS(cb::ui::ActorDetailHtml)

public:
    /** The page in a data language (en, zh, es); empty when the actor does not exist. */
    static QString render(const WorkspaceData& data, ActorId id, const QString& language);
};

} // namespace cb::ui
