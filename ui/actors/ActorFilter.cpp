// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActorFilter.h"

#include "text/SearchKey.h"

namespace cb::ui {

void ActorFilter::setText(const QString& text)
{
    m_text = text;
    m_key = searchKey(text);
}

bool ActorFilter::accepts(ActorKind kind, const QStringList& searchKeys) const
{
    if (m_kind == ActorKindFilter::Cities && kind != ActorKind::City)
        return false;
    if (m_kind == ActorKindFilter::Institutions && kind != ActorKind::Institution)
        return false;
    if (m_key.isEmpty())
        return true;
    for (const QString& candidate : searchKeys) {
        if (candidate.contains(m_key))
            return true;
    }
    return false;
}

QStringList ActorFilter::searchKeysOf(const Actor& actor)
{
    QStringList keys;
    const auto add = [&keys](const QString& text) {
        const QString key = searchKey(text);
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    };
    for (const QString& name : actor.names.all())
        add(name);
    for (const Alias& alias : actor.aliases)
        add(alias.text);
    if (!actor.institution.abbreviation.isEmpty())
        add(actor.institution.abbreviation);
    return keys;
}

} // namespace cb::ui
