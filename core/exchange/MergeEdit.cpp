// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeEdit.h"

#include "MergeMatcher.h"
#include "WorkspaceMerge.h"
#include "editing/ActorResolver.h"
#include "storage/WorkspaceStore.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace cb {

namespace {

bool setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

bool load(WorkspaceStore& store, WorkspaceData* data, QList<DecisionEntry>* decisions, QString* error)
{
    if (!loadWorkspace(store, data, error))
        return false;
    QString e;
    *decisions = store.pipeline().allDecisions(&e);
    return e.isEmpty() || setError(error, e);
}

/** The ids of the workspace after the additions, by the uids and keys both sides share. */
struct IdMaps
{
    QHash<QString, ActorId> actors;
    QHash<QString, SourceId> sources;
    QHash<QString, ThemeId> themes;
    QHash<QString, EventId> events;
    QHash<QString, GroupId> groups;
    QHash<QString, PartnershipId> partnerships;
};

} // namespace

MergeEdit::MergeEdit(const MergePlan& plan, const QString& user, const UndoText& text)
    : WorkspaceEdit(text.isEmpty()
                        ? UndoText([name = QFileInfo(plan.packagePath).fileName()] { return tr("Merge %1").arg(name); })
                        : text),
      m_plan(plan), m_takeTheirs(plan.theirsChoices()), m_user(user)
{
    m_plan.theirs.reindex();
}

bool MergeEdit::stampActor(WorkspaceStore& store, const QString& uid, QString* error)
{
    QString e;
    const std::optional<RecordStamp> stamp = store.actors().stamp(uid, &e);
    if (!e.isEmpty())
        return setError(error, e);
    if (!stamp)
        return setError(error, tr("The city or institution %1 is no longer in the workspace.").arg(uid));
    m_done.actorStamps.append({uid, stamp->version, stamp->updatedAt});
    return true;
}

bool MergeEdit::restoreStamps(WorkspaceStore& store, QString* error)
{
    // Saving through the repository bumps version and updated_at; undo puts back the values the rows had, so the
    // workspace reads as before and edits remembered by version elsewhere still match.
    for (const Stamp& s : m_done.actorStamps) {
        if (!store.actors().restoreStamp(s.uid, {s.version, s.updatedAt}, error))
            return false;
    }
    for (const Partnership& p : m_done.partnershipsBefore) {
        if (!store.pipeline().restorePartnershipVersion(p.uid, p.version, error))
            return false;
    }
    return true;
}

bool MergeEdit::apply(WorkspaceStore& store, QString* error)
{
    m_done = Record();
    WorkspaceData mine;
    QList<DecisionEntry> mineDecisions;
    if (!load(store, &mine, &mineDecisions, error))
        return false;
    const WorkspaceData& theirs = m_plan.theirs;
    const MergeMatcher match(mine, theirs);
    IdMaps ids;
    for (const Actor& a : mine.actors)
        ids.actors.insert(a.uid, a.id);
    for (const Source& s : mine.sources)
        ids.sources.insert(s.uid, s.id);
    for (const Theme& t : mine.themes)
        ids.themes.insert(t.key, t.id);
    for (const Event& e : mine.events)
        ids.events.insert(e.uid, e.id);
    for (const RespondentGroup& g : mine.groups)
        ids.groups.insert(g.uid, g.id);
    for (const Partnership& p : mine.partnerships)
        ids.partnerships.insert(p.uid, p.id);

    const auto sourceId = [&](SourceId theirId) {
        const Source* s = theirId ? theirs.source(theirId) : nullptr;
        return s ? ids.sources.value(s->uid) : SourceId(0);
    };
    const auto themeId = [&](ThemeId theirId) {
        const Theme* t = theirId ? theirs.theme(theirId) : nullptr;
        return t ? ids.themes.value(t->key) : ThemeId(0);
    };
    const auto actorId = [&](ActorId theirId) {
        return theirId ? ids.actors.value(match.actorKey(true, theirId)) : ActorId(0);
    };
    const auto eventId = [&](EventId theirId) {
        const Event* e = theirId ? theirs.event(theirId) : nullptr;
        return e ? ids.events.value(e->uid) : EventId(0);
    };
    const auto groupId = [&](GroupId theirId) {
        const RespondentGroup* g = theirId ? theirs.group(theirId) : nullptr;
        return g ? ids.groups.value(g->uid) : GroupId(0);
    };
    const auto partnershipId = [&](PartnershipId theirId) -> PartnershipId {
        for (const Partnership& p : theirs.partnerships) {
            if (p.id == theirId) {
                const QString uid = match.minePartnershipUid(p.uid);
                return ids.partnerships.value(uid.isEmpty() ? p.uid : uid);
            }
        }
        return 0;
    };
    const auto takeTheirs = [&](const QString& kind, const QString& uid, const QString& field) {
        return m_takeTheirs.contains(kind + QLatin1Char('|') + uid + QLatin1Char('|') + field);
    };

    QList<Country> countries;
    for (const Country& c : theirs.countries) {
        if (!mine.country(c.code)) {
            countries.append(c);
            m_done.countries.append(c.code);
        }
    }
    if (!countries.isEmpty() && !store.catalog().saveCountries(countries, error))
        return false;

    for (const Source& s : theirs.sources) {
        if (ids.sources.contains(s.uid))
            continue;
        Source copy = s;
        copy.id = 0;
        if (!store.catalog().saveSource(copy, error))
            return false;
        ids.sources.insert(copy.uid, copy.id);
        m_done.sources.append(copy.uid);
    }

    // Clusters before their themes, so every parent exists when its children are written.
    QList<Theme> themes = theirs.themes;
    std::stable_sort(themes.begin(), themes.end(),
                     [](const Theme& a, const Theme& b) { return a.isCluster() && !b.isCluster(); });
    for (const Theme& t : themes) {
        if (ids.themes.contains(t.key))
            continue;
        Theme copy = t;
        copy.id = 0;
        copy.parentId = themeId(t.parentId);
        if (!store.catalog().saveTheme(copy, error))
            return false;
        ids.themes.insert(copy.key, copy.id);
        m_done.themes.append(copy.key);
    }

    QHash<QString, const Actor*> mineActors;
    for (const Actor& a : mine.actors)
        mineActors.insert(a.uid, &a);
    for (const Actor& a : theirs.actors) {
        const QString mineUid = match.mineActorUid(a.uid);
        if (!mineUid.isEmpty()) {
            const Actor& here = *mineActors.value(mineUid);
            Actor updated = here;
            for (const MergeField<Actor>& field : actorMergeFields()) {
                if (takeTheirs(mergekind::Actor, mineUid, field.key))
                    field.copy(updated, a);
            }
            QSet<QString> aliases;
            for (const Alias& alias : here.aliases)
                aliases.insert(MergeMatcher::aliasKey(alias));
            for (const Alias& alias : a.aliases) {
                if (!aliases.contains(MergeMatcher::aliasKey(alias))) {
                    updated.aliases.append(alias);
                    aliases.insert(MergeMatcher::aliasKey(alias));
                }
            }
            for (SourceId id : a.sourceIds) {
                const SourceId mapped = sourceId(id);
                if (mapped && !updated.sourceIds.contains(mapped))
                    updated.sourceIds.append(mapped);
            }
            bool changed =
                updated.aliases.size() != here.aliases.size() || updated.sourceIds.size() != here.sourceIds.size();
            for (const MergeField<Actor>& field : actorMergeFields())
                changed = changed || field.value(updated) != field.value(here);
            if (!changed)
                continue;
            if (!stampActor(store, here.uid, error))
                return false;
            m_done.actorsBefore.append(here);
            if (!store.actors().save(updated, error))
                return false;
            continue;
        }
        Actor copy = a;
        copy.id = 0;
        copy.version = 1;
        copy.parentId = 0; // set below, once every new actor exists
        copy.sourceIds.clear();
        for (SourceId id : a.sourceIds) {
            if (const SourceId mapped = sourceId(id))
                copy.sourceIds.append(mapped);
        }
        if (!store.actors().save(copy, error))
            return false;
        ids.actors.insert(copy.uid, copy.id);
        m_done.actorUids.append(copy.uid);
    }
    for (const Actor& a : theirs.actors) {
        if (!m_done.actorUids.contains(a.uid) || a.parentId == 0)
            continue;
        std::optional<Actor> stored = store.actors().find(ids.actors.value(a.uid));
        const ActorId parent = actorId(a.parentId);
        if (!stored || parent == 0)
            continue;
        stored->parentId = parent;
        if (!store.actors().save(*stored, error))
            return false;
    }

    QHash<QString, const Event*> mineEvents;
    for (const Event& e : mine.events)
        mineEvents.insert(e.uid, &e);
    for (const Event& e : theirs.events) {
        const Event* here = mineEvents.value(e.uid);
        Event target;
        if (here) {
            target = *here;
            for (const MergeField<Event>& field : eventMergeFields()) {
                if (takeTheirs(mergekind::Event, e.uid, field.key))
                    field.copy(target, e);
            }
        } else {
            target = e;
            target.id = 0;
            target.sourceId = sourceId(e.sourceId);
            target.participations.clear();
        }
        QSet<QString> parts;
        for (const Participation& p : target.participations)
            parts.insert(match.participationKey(false, p));
        for (const Participation& p : e.participations) {
            const QString key = match.participationKey(true, p);
            if (parts.contains(key) || actorId(p.actorId) == 0)
                continue;
            Participation copy = p;
            copy.id = 0;
            copy.eventId = target.id;
            copy.actorId = actorId(p.actorId);
            copy.sourceId = sourceId(p.sourceId);
            target.participations.append(copy);
            parts.insert(key);
        }
        if (here) {
            bool changed = target.participations.size() != here->participations.size();
            for (const MergeField<Event>& field : eventMergeFields())
                changed = changed || field.value(target) != field.value(*here);
            if (!changed)
                continue;
            m_done.eventsBefore.append(*here);
        }
        if (!store.events().save(target, error))
            return false;
        if (!here) {
            ids.events.insert(target.uid, target.id);
            m_done.eventUids.append(target.uid);
        }
    }

    for (const RespondentGroup& g : theirs.groups) {
        if (ids.groups.contains(g.uid))
            continue;
        RespondentGroup copy = g;
        copy.id = 0;
        copy.sourceId = sourceId(g.sourceId);
        copy.eventId = eventId(g.eventId);
        if (!store.evidence().saveGroup(copy, error))
            return false;
        ids.groups.insert(copy.uid, copy.id);
        m_done.groupUids.append(copy.uid);
    }

    QSet<QString> keys;
    for (const Membership& m : mine.memberships)
        keys.insert(match.membershipKey(false, m));
    for (const Membership& m : theirs.memberships) {
        const QString key = match.membershipKey(true, m);
        if (keys.contains(key) || actorId(m.institutionId) == 0 || actorId(m.cityId) == 0)
            continue;
        Membership copy = m;
        copy.id = 0;
        copy.institutionId = actorId(m.institutionId);
        copy.cityId = actorId(m.cityId);
        copy.sourceId = sourceId(m.sourceId);
        if (!store.actors().saveMembership(copy, error))
            return false;
        keys.insert(key);
        m_done.membershipIds.append(copy.id);
    }

    keys.clear();
    for (const Statement& s : mine.statements)
        keys.insert(match.statementKey(false, s));
    for (const Statement& s : theirs.statements) {
        const QString key = match.statementKey(true, s);
        if (keys.contains(key))
            continue;
        Statement copy = s;
        copy.id = 0;
        copy.actorId = actorId(s.actorId);
        copy.groupId = groupId(s.groupId);
        copy.themeId = themeId(s.themeId);
        copy.sourceId = sourceId(s.sourceId);
        if (!store.evidence().saveStatement(copy, error))
            return false;
        keys.insert(key);
        m_done.statements.append({copy.kind, copy.id});
    }

    keys.clear();
    for (const Interest& i : mine.interests)
        keys.insert(match.interestKey(false, i));
    for (const Interest& i : theirs.interests) {
        const QString key = match.interestKey(true, i);
        if (keys.contains(key))
            continue;
        Interest copy = i;
        copy.id = 0;
        copy.fromActorId = actorId(i.fromActorId);
        copy.fromGroupId = groupId(i.fromGroupId);
        copy.toActorId = actorId(i.toActorId);
        copy.sourceId = sourceId(i.sourceId);
        copy.themeIds.clear();
        for (ThemeId t : i.themeIds) {
            if (const ThemeId mapped = themeId(t))
                copy.themeIds.append(mapped);
        }
        if (!store.evidence().saveInterest(copy, error))
            return false;
        keys.insert(key);
        m_done.interestIds.append(copy.id);
    }

    QHash<QString, const Partnership*> minePartnerships;
    for (const Partnership& p : mine.partnerships)
        minePartnerships.insert(p.uid, &p);
    for (const Partnership& p : theirs.partnerships) {
        const QString mineUid = match.minePartnershipUid(p.uid);
        const Partnership* here = minePartnerships.value(mineUid);
        PartnershipId id = 0;
        QSet<QString> history;
        if (here) {
            Partnership updated = *here;
            for (const MergeField<Partnership>& field : partnershipMergeFields()) {
                if (takeTheirs(mergekind::Partnership, mineUid, field.key))
                    field.copy(updated, p);
            }
            bool changed = false;
            for (const MergeField<Partnership>& field : partnershipMergeFields())
                changed = changed || field.value(updated) != field.value(*here);
            if (changed) {
                m_done.partnershipsBefore.append(*here);
                if (!store.pipeline().savePartnership(updated, error))
                    return false;
            }
            id = here->id;
            for (const StageChange& c : here->history)
                history.insert(MergeMatcher::stageChangeKey(c));
        } else {
            Partnership copy = p;
            copy.id = 0;
            copy.version = 1;
            copy.actorA = actorId(p.actorA);
            copy.actorB = actorId(p.actorB);
            copy.sourceId = sourceId(p.sourceId);
            copy.history.clear();
            copy.themeIds.clear();
            for (ThemeId t : p.themeIds) {
                if (const ThemeId mapped = themeId(t))
                    copy.themeIds.append(mapped);
            }
            if (!store.pipeline().savePartnership(copy, error))
                return false;
            id = copy.id;
            ids.partnerships.insert(copy.uid, copy.id);
            m_done.partnershipUids.append(copy.uid);
        }
        for (const StageChange& c : p.history) {
            const QString key = MergeMatcher::stageChangeKey(c);
            if (history.contains(key))
                continue;
            StageChange copy = c;
            copy.id = 0;
            copy.partnershipId = id;
            copy.sourceId = sourceId(c.sourceId);
            if (!store.pipeline().addStageChange(copy, error))
                return false;
            history.insert(key);
            if (here)
                m_done.stageChangeIds.append(copy.id);
        }
    }

    keys.clear();
    for (const PairRule& r : mine.pairRules)
        keys.insert(match.pairRuleKey(false, r));
    for (const PairRule& r : theirs.pairRules) {
        const QString key = match.pairRuleKey(true, r);
        const ActorId a = actorId(r.actorA);
        const ActorId b = actorId(r.actorB);
        if (keys.contains(key) || a == 0 || b == 0)
            continue;
        PairRule copy = r;
        copy.actorA = std::min(a, b);
        copy.actorB = std::max(a, b);
        if (!store.pipeline().setPairRule(copy, error))
            return false;
        keys.insert(key);
        m_done.pairRules.append(copy);
    }

    keys.clear();
    QString e;
    for (const SubjectNote& n : WorkspaceMerge::notesOf(store, mine, &e))
        keys.insert(match.noteKey(false, n));
    if (!e.isEmpty())
        return setError(error, e);
    for (const SubjectNote& n : m_plan.theirNotes) {
        const QString key = match.noteKey(true, n);
        const bool onPartnership = n.note.subjectKind == QLatin1String("partnership");
        const QString mineUid =
            onPartnership ? match.minePartnershipUid(n.subjectUid) : match.mineActorUid(n.subjectUid);
        const QString uid = mineUid.isEmpty() ? n.subjectUid : mineUid;
        const qint64 subject = onPartnership ? ids.partnerships.value(uid) : ids.actors.value(uid);
        if (keys.contains(key) || subject == 0)
            continue;
        Note copy = n.note;
        copy.id = 0;
        copy.subjectId = subject;
        if (!store.pipeline().addNote(copy, error))
            return false;
        keys.insert(key);
        m_done.noteIds.append(copy.id);
    }

    keys.clear();
    for (const DecisionEntry& d : mineDecisions)
        keys.insert(match.decisionKey(false, d));
    for (const DecisionEntry& d : m_plan.theirDecisions) {
        const QString key = match.decisionKey(true, d);
        if (keys.contains(key))
            continue;
        DecisionEntry copy = d;
        copy.id = 0;
        copy.actorA = actorId(d.actorA);
        copy.actorB = actorId(d.actorB);
        copy.partnershipId = d.partnershipId ? partnershipId(d.partnershipId) : 0;
        if (!store.pipeline().appendDecision(copy, error))
            return false;
        keys.insert(key);
        ++m_done.decisions;
    }

    DecisionEntry merged;
    merged.at = QDateTime::currentDateTimeUtc();
    merged.user = m_user;
    merged.action = QStringLiteral("merge");
    merged.details = QStringLiteral("%1 (%2)").arg(QFileInfo(m_plan.packagePath).fileName(), m_plan.info.workspaceUid);
    return store.pipeline().appendDecision(merged, error);
}

bool MergeEdit::revert(WorkspaceStore& store, QString* error)
{
    for (qint64 id : m_done.noteIds) {
        if (!store.pipeline().removeNote(id, error))
            return false;
    }
    for (const PairRule& r : m_done.pairRules) {
        if (!store.pipeline().clearPairRule(r.actorA, r.actorB, r.rule, error))
            return false;
    }
    for (qint64 id : m_done.stageChangeIds) {
        if (!store.pipeline().removeStageChange(id, error))
            return false;
    }
    QString e;
    const QList<Partnership> partnerships = store.pipeline().partnerships(&e);
    if (!e.isEmpty())
        return setError(error, e);
    for (const Partnership& p : partnerships) {
        if (m_done.partnershipUids.contains(p.uid) && !store.pipeline().removePartnership(p.id, error))
            return false;
        for (const Partnership& before : m_done.partnershipsBefore) {
            if (before.uid != p.uid)
                continue;
            Partnership restored = before;
            restored.id = p.id;
            restored.version = p.version;
            if (!store.pipeline().savePartnership(restored, error))
                return false;
        }
    }
    for (qint64 id : m_done.interestIds) {
        if (!store.evidence().removeInterest(id, error))
            return false;
    }
    for (const auto& s : m_done.statements) {
        if (!store.evidence().removeStatement(s.first, s.second, error))
            return false;
    }
    for (qint64 id : m_done.membershipIds) {
        if (!store.actors().removeMembership(id, error))
            return false;
    }
    for (const QString& uid : m_done.groupUids) {
        if (!store.evidence().removeGroup(uid, error))
            return false;
    }
    const QList<Event> events = store.events().all(&e);
    if (!e.isEmpty())
        return setError(error, e);
    for (const Event& now : events) {
        if (m_done.eventUids.contains(now.uid) && !store.events().remove(now.id, error))
            return false;
        for (const Event& before : m_done.eventsBefore) {
            if (before.uid != now.uid)
                continue;
            Event restored = before;
            restored.id = now.id;
            if (!store.events().save(restored, error))
                return false;
        }
    }

    ActorResolver resolver(store);
    for (const Actor& before : m_done.actorsBefore) {
        const ActorId id = resolver.resolve(before.uid, before.id, error);
        std::optional<Actor> now = id ? store.actors().find(id) : std::nullopt;
        if (!now)
            return setError(error, tr("The city or institution %1 is no longer in the workspace.").arg(before.uid));
        Actor restored = before;
        restored.id = now->id;
        restored.version = now->version;
        if (!store.actors().save(restored, error))
            return false;
    }
    // Children first: an actor cannot go while another still names it as its parent.
    QList<Actor> added;
    for (const QString& uid : m_done.actorUids) {
        const ActorId id = resolver.resolve(uid, 0, error);
        std::optional<Actor> now = id ? store.actors().find(id) : std::nullopt;
        if (!now)
            return false;
        added.append(*now);
    }
    std::stable_sort(added.begin(), added.end(),
                     [](const Actor& a, const Actor& b) { return a.parentId != 0 && b.parentId == 0; });
    for (const Actor& a : added) {
        if (!store.actors().remove(a.id, error))
            return false;
    }
    for (auto it = m_done.themes.crbegin(); it != m_done.themes.crend(); ++it) {
        if (!store.catalog().removeTheme(*it, error))
            return false;
    }
    for (const QString& uid : m_done.sources) {
        if (!store.catalog().removeSource(uid, error))
            return false;
    }
    for (const QString& code : m_done.countries) {
        if (!store.catalog().removeCountry(code, error))
            return false;
    }
    if (!restoreStamps(store, error))
        return false;

    // The log is append-only: the lines the merge brought stay, and the log says the merge was taken back.
    DecisionEntry undo;
    undo.at = QDateTime::currentDateTimeUtc();
    undo.user = m_user;
    undo.action = QStringLiteral("undo");
    undo.details = QStringLiteral("merge");
    return store.pipeline().appendDecision(undo, error);
}

bool runMerge(WorkspaceStore& store, MergeEdit& edit, QString* error)
{
    return store.inTransaction([&](QString* e) { return edit.apply(store, e); }, error);
}

} // namespace cb
