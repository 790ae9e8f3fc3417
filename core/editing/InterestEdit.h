// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Interest.h"
#include "workspace/WorkspaceEdit.h"

#include <memory>
#include <optional>

namespace cb {

struct WorkspaceData;

/**
 * Adding, changing or removing an interest of one actor in another actor or in a country. Both actors are named
 * by uid; the row is found by its id when it still holds the expected content, otherwise by content.
 */
class InterestEdit : public WorkspaceEdit
{
public:
    static std::unique_ptr<InterestEdit> add(const Interest& interest, const WorkspaceData& data, const UndoText& text);
    static std::unique_ptr<InterestEdit> update(const Interest& before, const Interest& after,
                                                const WorkspaceData& data, const UndoText& text);
    static std::unique_ptr<InterestEdit> remove(const Interest& interest, const WorkspaceData& data,
                                                const UndoText& text);

    bool apply(WorkspaceStore& store, QString* error) override;
    bool revert(WorkspaceStore& store, QString* error) override;

    /** The row the last apply() or revert() wrote, or 0. */
    qint64 interestId() const { return m_id; }

private:
    InterestEdit(const std::optional<Interest>& before, const std::optional<Interest>& after, const WorkspaceData& data,
                 const UndoText& text);
    /** forward: from m_before to m_after; otherwise back. */
    bool write(WorkspaceStore& store, bool forward, QString* error);
    /** Sets the current row ids of the actors of interest; toUid names its target (empty for a country). */
    bool resolve(WorkspaceStore& store, Interest& interest, const QString& toUid, QString* error);

    std::optional<Interest> m_before;
    std::optional<Interest> m_after;
    QString m_fromUid;
    QString m_beforeToUid; // empty when the target is a country
    QString m_afterToUid;
    qint64 m_id = 0;
};

} // namespace cb
