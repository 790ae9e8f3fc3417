// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cb {

/** One line of the map legend: a symbol and its (already translated) text. */
struct MapLegendEntry
{
    enum class Symbol {
        Marker,      ///< a dot in the colour of colorKey (a marker colour group)
        Interest,    ///< an arrow
        Proposal,    ///< a dashed line
        Partnership, ///< a solid line in the colour of colorKey (a stage key)
        Twin,        ///< a thin faint line
        Group        ///< a ring: a marker that stands for a group of respondents
    };

    Symbol symbol = Symbol::Marker;
    QString label;
    QString colorKey;
};

} // namespace cb
