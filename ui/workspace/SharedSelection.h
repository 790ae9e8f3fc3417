// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QObject>

namespace cb::ui {

/**
 * What the officer is looking at, shared by every view: the current actor and the current pair. The actor
 * list, the proposals, the pipeline and the map all follow it and set it; views compare before setting, so
 * following each other never loops.
 */
class SharedSelection : public QObject
{
    Q_OBJECT

public:
    explicit SharedSelection(QObject* parent = nullptr);

    ActorId actor() const { return m_actor; }
    /** The current pair (smaller id first), or {0, 0}. */
    ActorId pairA() const { return m_pairA; }
    ActorId pairB() const { return m_pairB; }

    /** Makes id the current actor (0 clears it). */
    void setActor(ActorId id);
    /** Makes the pair current (order does not matter; 0, 0 clears it). */
    void setPair(ActorId a, ActorId b);
    /** Clears both (a different workspace was opened). */
    void clear();

signals:
    void actorChanged(cb::ActorId id);
    void pairChanged(cb::ActorId a, cb::ActorId b);
    /** The officer asked to see an actor's details (double click, Enter, click on the map). */
    void actorActivated(cb::ActorId id);

public:
    /** Makes id current and announces actorActivated(). */
    void activateActor(ActorId id);

private:
    ActorId m_actor = 0;
    ActorId m_pairA = 0;
    ActorId m_pairB = 0;
};

} // namespace cb::ui
