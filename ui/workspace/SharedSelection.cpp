// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharedSelection.h"

#include <algorithm>

namespace cb::ui {

SharedSelection::SharedSelection(QObject* parent) : QObject(parent) {}

void SharedSelection::setActor(ActorId id)
{
    if (id == m_actor)
        return;
    m_actor = id;
    emit actorChanged(id);
}

void SharedSelection::setPair(ActorId a, ActorId b)
{
    const ActorId low = std::min(a, b);
    const ActorId high = std::max(a, b);
    if (low == m_pairA && high == m_pairB)
        return;
    m_pairA = low;
    m_pairB = high;
    emit pairChanged(low, high);
}

void SharedSelection::clear()
{
    setPair(0, 0);
    setActor(0);
}

void SharedSelection::activateActor(ActorId id)
{
    setActor(id);
    emit actorActivated(id);
}

} // namespace cb::ui
