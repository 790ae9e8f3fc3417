// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterestEdit.h"

#include "ActorResolver.h"
#include "storage/WorkspaceStore.h"
#include "workspace/WorkspaceData.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace cb {

namespace {

QList<ThemeId> sorted(QList<ThemeId> themes)
{
    std::sort(themes.begin(), themes.end());
    themes.erase(std::unique(themes.begin(), themes.end()), themes.end());
    return themes;
}

bool sameContent(const Interest& a, const Interest& b)
{
    return a.fromActorId == b.fromActorId && a.fromGroupId == b.fromGroupId && a.toActorId == b.toActorId
           && a.toCountry == b.toCountry && std::abs(a.strength - b.strength) < 1e-9 && a.mentions == b.mentions
           && sorted(a.themeIds) == sorted(b.themeIds) && a.sourceId == b.sourceId && a.date == b.date
           && a.note == b.note;
}

} // namespace

InterestEdit::InterestEdit(const std::optional<Interest>& before, const std::optional<Interest>& after,
                           const WorkspaceData& data, const UndoText& text)
    : WorkspaceEdit(text), m_before(before), m_after(after)
{
    m_fromUid = actorUid(data, (after ? after : before)->fromActorId);
    if (before)
        m_beforeToUid = actorUid(data, before->toActorId);
    if (after)
        m_afterToUid = actorUid(data, after->toActorId);
    m_id = before ? before->id : 0;
}

std::unique_ptr<InterestEdit> InterestEdit::add(const Interest& interest, const WorkspaceData& data,
                                                const UndoText& text)
{
    Interest fresh = interest;
    fresh.id = 0;
    return std::unique_ptr<InterestEdit>(new InterestEdit(std::nullopt, fresh, data, text));
}

std::unique_ptr<InterestEdit> InterestEdit::update(const Interest& before, const Interest& after,
                                                   const WorkspaceData& data, const UndoText& text)
{
    Interest changed = after;
    changed.fromActorId = before.fromActorId; // an interest stays with the actor that expressed it
    return std::unique_ptr<InterestEdit>(new InterestEdit(before, changed, data, text));
}

std::unique_ptr<InterestEdit> InterestEdit::remove(const Interest& interest, const WorkspaceData& data,
                                                   const UndoText& text)
{
    return std::unique_ptr<InterestEdit>(new InterestEdit(interest, std::nullopt, data, text));
}

bool InterestEdit::apply(WorkspaceStore& store, QString* error)
{
    return write(store, true, error);
}

bool InterestEdit::revert(WorkspaceStore& store, QString* error)
{
    return write(store, false, error);
}

bool InterestEdit::resolve(WorkspaceStore& store, Interest& interest, const QString& toUid, QString* error)
{
    ActorResolver resolver(store);
    interest.fromActorId = resolver.resolve(m_fromUid, interest.fromActorId, error);
    if (interest.fromActorId == 0)
        return false;
    if (interest.toActorId != 0) {
        interest.toActorId = resolver.resolve(toUid, interest.toActorId, error);
        if (interest.toActorId == 0)
            return false;
    }
    return true;
}

bool InterestEdit::write(WorkspaceStore& store, bool forward, QString* error)
{
    const std::optional<Interest>& from = forward ? m_before : m_after;
    const std::optional<Interest>& to = forward ? m_after : m_before;
    const QString& fromTo = forward ? m_beforeToUid : m_afterToUid;
    const QString& toTo = forward ? m_afterToUid : m_beforeToUid;
    qint64 rowId = 0;
    if (from) {
        Interest wanted = *from;
        if (!resolve(store, wanted, fromTo, error))
            return false;
        QString e;
        const QList<Interest> all = store.evidence().interests(&e);
        if (!e.isEmpty()) {
            if (error)
                *error = e;
            return false;
        }
        const Interest* found = nullptr;
        for (const Interest& i : all) {
            if (sameContent(i, wanted) && (!found || i.id == m_id))
                found = &i;
        }
        if (!found) {
            if (error)
                *error = QCoreApplication::translate("cb::InterestEdit",
                                                     "The interest was changed elsewhere; reload and try again.");
            return false;
        }
        rowId = found->id;
    }
    if (!to) {
        if (!store.evidence().removeInterest(rowId, error))
            return false;
        m_id = 0;
        return true;
    }
    Interest row = *to;
    if (!resolve(store, row, toTo, error))
        return false;
    // Given a row id, saveInterest rewrites that row under the same id.
    row.id = rowId;
    if (!store.evidence().saveInterest(row, error))
        return false;
    m_id = row.id;
    return true;
}

} // namespace cb
