// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionLogFilter.h"

#include <algorithm>

#include "text/SearchKey.h"

namespace cb {

void DecisionLogFilter::setPair(ActorId a, ActorId b)
{
    m_a = std::min(a, b);
    m_b = std::max(a, b);
}

void DecisionLogFilter::setText(const QString& text)
{
    m_text = text;
    m_key = searchKey(text);
}

bool DecisionLogFilter::accepts(const DecisionEntry& entry, const QStringList& searchKeys) const
{
    if (hasPair() && (std::min(entry.actorA, entry.actorB) != m_a || std::max(entry.actorA, entry.actorB) != m_b))
        return false;
    if (m_key.isEmpty())
        return true;
    return std::any_of(searchKeys.cbegin(), searchKeys.cend(),
                       [this](const QString& key) { return key.contains(m_key); });
}

} // namespace cb
