// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace cb {

/** An undirected link between two markers, drawn as a great circle. */
struct MapArc
{
    /** How the link is drawn. */
    enum class Style {
        Proposal,    ///< a matcher proposal: dashed
        Partnership, ///< a partnership in the pipeline: solid, coloured by stageKey
        Twin         ///< an existing twin-town link: thin and faint, thinned out when zoomed out
    };

    qint64 aId = 0;
    qint64 bId = 0;
    Style style = Style::Proposal;
    /** Partnership stage: proposed, contacted, meeting, signed, active, dormant, declined. */
    QString stageKey;
    bool selected = false;
    QString tooltip; ///< text shown on hover (plain text or Qt rich text)
};

} // namespace cb
