// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace cb {

/** A point on the map (a city or institution), in the caller's display language. */
struct MapMarker
{
    qint64 id = 0;          ///< caller's id (an actor id); arrows and arcs refer to it
    double longitude = 0.0; ///< degrees east
    double latitude = 0.0;  ///< degrees north
    QString label;          ///< text drawn beside the marker, already in the display language
    QString tooltip;        ///< text shown on hover (plain text or Qt rich text)
    double weight = 1.0;    ///< activity or population; sizes the marker and ranks its label
    QString colorGroup;     ///< palette key: a UN region ("Asia"), a country code, ...
    bool selected = false;  ///< drawn highlighted, label always tried first
    bool group = false;     ///< stands for a group (survey respondents): drawn as a ring, not a disc
};

} // namespace cb
