// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Language.h"

namespace cb {

/** A country from ISO 3166-1 (names from Debian's iso-codes), with its UN region for grouping and colouring. */
struct Country
{
    QString code;    ///< ISO 3166-1 alpha-2, e.g. "MX"
    QString code3;   ///< alpha-3, e.g. "MEX"
    int numeric = 0; ///< ISO numeric, joins the map outlines (Mexico 484)
    QString region;  ///< UN region, e.g. "Americas"
    QString subregion;
    LocalizedText names;
};

} // namespace cb
