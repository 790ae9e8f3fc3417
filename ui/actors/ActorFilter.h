// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Actor.h"

#include <QString>
#include <QStringList>

namespace cb::ui {

enum class ActorKindFilter
{
    All,
    Cities,
    Institutions
};

/**
 * What the actor list shows: a search text matched against the folded search keys (cb::searchKey) of every
 * name and alias, so that 洛陽, "luo yang", CDMX and Queretaro find their actors, and a kind.
 */
class ActorFilter
{
public:
    void setText(const QString& text);
    QString text() const { return m_text; }
    /** The folded form of text() the keys are compared with; empty when the text has no letters or digits. */
    QString key() const { return m_key; }

    void setKind(ActorKindFilter kind) { m_kind = kind; }
    ActorKindFilter kind() const { return m_kind; }

    bool isActive() const { return !m_key.isEmpty() || m_kind != ActorKindFilter::All; }
    /** True when the kind passes and one of the actor's folded names contains key() (a prefix is a case of it). */
    bool accepts(ActorKind kind, const QStringList& searchKeys) const;

    /** The folded keys of an actor's names in every language and of its aliases, without duplicates. */
    static QStringList searchKeysOf(const Actor& actor);

private:
    QString m_text;
    QString m_key;
    ActorKindFilter m_kind = ActorKindFilter::All;
};

} // namespace cb::ui
