// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergePlan.h"

namespace cb {

void MergePlan::preferAll(bool theirs)
{
    for (MergeConflict& c : conflicts)
        c.takeTheirs = theirs;
}

QSet<QString> MergePlan::theirsChoices() const
{
    QSet<QString> keys;
    for (const MergeConflict& c : updates)
        keys.insert(c.key());
    for (const MergeConflict& c : conflicts) {
        if (c.takeTheirs)
            keys.insert(c.key());
    }
    return keys;
}

bool MergePlan::isEmpty() const
{
    bool anyTheirs = false;
    for (const MergeConflict& c : conflicts)
        anyTheirs = anyTheirs || c.takeTheirs;
    return added.isEmpty() && !anyTheirs && updates.isEmpty() && newAliases == 0 && newStatements == 0 &&
           newInterests == 0 && newMemberships == 0 && newParticipations == 0 && newStageChanges == 0 &&
           newPairRules == 0 && newDecisions == 0 && newNotes == 0;
}

int MergePlan::addedCount(const QString& kind) const
{
    int n = 0;
    for (const MergeEntity& e : added)
        n += e.kind == kind ? 1 : 0;
    return n;
}

} // namespace cb
