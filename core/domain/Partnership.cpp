// SPDX-License-Identifier: GPL-3.0-or-later
#include "Partnership.h"

namespace cb {

QStringList stage::all()
{
    return {Proposed, Candidate, Contacted, Exploratory, Friendship, Pilot, Agreement, Active, Dormant, Closed};
}

bool stage::isValid(const QString& key)
{
    return all().contains(key);
}

} // namespace cb
