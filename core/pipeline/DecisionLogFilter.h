// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Decision.h"

#include <QString>
#include <QStringList>

namespace cb {

/**
 * Which decision-log lines to show: those of one pair (or all), and those whose folded texts (who, action,
 * the pair's names, reason, details) contain a search text.
 */
class DecisionLogFilter
{
public:
    /** Shows only the pair's lines; 0, 0 shows every pair. Order does not matter. */
    void setPair(ActorId a, ActorId b);
    ActorId pairA() const { return m_a; }
    ActorId pairB() const { return m_b; }
    bool hasPair() const { return m_a != 0 || m_b != 0; }

    void setText(const QString& text);
    QString text() const { return m_text; }
    /** The folded text compared with the keys; empty when it has no letters or digits. */
    QString key() const { return m_key; }

    bool isActive() const { return hasPair() || !m_key.isEmpty(); }
    /** searchKeys: cb::searchKey of every text shown for the line (names in all languages included). */
    bool accepts(const DecisionEntry& entry, const QStringList& searchKeys) const;

private:
    ActorId m_a = 0;
    ActorId m_b = 0;
    QString m_text;
    QString m_key;
};

} // namespace cb
