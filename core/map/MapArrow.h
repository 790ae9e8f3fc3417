// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace cb {

/** A directed interest between two markers, drawn as a great-circle arrow with its head at the target. */
struct MapArrow
{
    qint64 fromId = 0;     ///< marker id of the actor who expressed the interest
    qint64 toId = 0;       ///< marker id of the actor it is directed at
    double strength = 1.0; ///< count or strength; the line grows thicker with it
    QString label;         ///< optional text at the middle of the arrow, e.g. "×4"
    bool selected = false;
    QString tooltip;       ///< text shown on hover (plain text or Qt rich text)
};

} // namespace cb
