// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActorProfile.h"

#include <algorithm>

namespace cb {

namespace {

const ThemeEntry* findEntry(const std::vector<ThemeEntry>& entries, int theme)
{
    const auto it = std::lower_bound(entries.begin(), entries.end(), theme,
                                     [](const ThemeEntry& e, int t) { return e.theme < t; });
    return it != entries.end() && it->theme == theme ? &*it : nullptr;
}

} // namespace

double ActorProfile::priority(int theme) const
{
    const ThemeEntry* e = findEntry(priorities, theme);
    return e ? e->weight : 0.0;
}

double ActorProfile::offer(int theme) const
{
    const ThemeEntry* e = findEntry(offers, theme);
    return e ? e->weight : 0.0;
}

const ThemeEntry* ActorProfile::priorityEntry(int theme) const
{
    return findEntry(priorities, theme);
}

const ThemeEntry* ActorProfile::offerEntry(int theme) const
{
    return findEntry(offers, theme);
}

} // namespace cb
