// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "Language.h"

namespace cb {

/** An entry of the priority taxonomy. Clusters (the seven thematic clusters) have parentId 0. */
struct Theme
{
    ThemeId id = 0;
    QString key; ///< stable key, e.g. "tourism_development"
    ThemeId parentId = 0;
    int sortOrder = 0;
    LocalizedText names;

    bool isCluster() const { return parentId == 0; }
};

} // namespace cb
