// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceMerge.h"

#include "MergeMatcher.h"
#include "WorkspacePackage.h"
#include "i18n/Translations.h"
#include "storage/SqliteWorkspaceStore.h"
#include "storage/WorkspaceStore.h"

#include <QFileInfo>
#include <QSet>

namespace cb {

namespace {

QString actorLabel(const Actor& a)
{
    // Labels are for the officer's eyes: in the interface language, through the usual fallback chain.
    const QString name = a.names.value(currentLanguage());
    return name.isEmpty() ? a.uid : name;
}

QString partnershipLabel(const WorkspaceData& data, const Partnership& p)
{
    return data.actorName(p.actorA, currentLanguage()) + QStringLiteral(" – ") +
           data.actorName(p.actorB, currentLanguage());
}

template <typename T>
void compareFields(const std::vector<MergeField<T>>& fields, const QString& kind, const QString& uid,
                   const QString& label, const T& mine, const T& theirs, MergePlan* plan,
                   const QSet<QString>& fastForward = {})
{
    for (const MergeField<T>& field : fields) {
        const QString a = field.value(mine);
        const QString b = field.value(theirs);
        // Nothing from the package is an edit to weigh: keeping what is here loses nothing.
        if (a == b || b.isEmpty())
            continue;
        MergeConflict c;
        c.kind = kind;
        c.uid = uid;
        c.label = label;
        c.field = field.key;
        c.mine = a;
        c.theirs = b;
        // A value only the package has is taken, so that nothing is lost; a real clash is the officer's to settle,
        // keeping this workspace's value until they choose.
        c.takeTheirs = a.isEmpty() || fastForward.contains(field.key);
        if (c.takeTheirs)
            plan->updates.append(c);
        else
            plan->conflicts.append(c);
    }
}

template <typename T, typename KeyOf> QSet<QString> keysOf(const QList<T>& list, KeyOf keyOf)
{
    QSet<QString> keys;
    for (const T& item : list)
        keys.insert(keyOf(item));
    return keys;
}

} // namespace

std::optional<MergePlan> WorkspaceMerge::plan(WorkspaceStore& mine, const QString& packagePath, QString* error)
{
    PackageInfo info;
    std::unique_ptr<SqliteWorkspaceStore> package = WorkspacePackage::openPackage(packagePath, &info, error);
    if (!package)
        return std::nullopt;
    WorkspaceData theirs;
    QString e;
    if (!loadWorkspace(*package, &theirs, &e)) {
        if (error)
            *error = tr("The package %1 cannot be read: %2").arg(QFileInfo(packagePath).fileName(), e);
        return std::nullopt;
    }
    const QList<DecisionEntry> theirDecisions = package->pipeline().allDecisions(&e);
    const QList<SubjectNote> theirNotes = e.isEmpty() ? notesOf(*package, theirs, &e) : QList<SubjectNote>();
    if (!e.isEmpty()) {
        if (error)
            *error = tr("The package %1 cannot be read: %2").arg(QFileInfo(packagePath).fileName(), e);
        return std::nullopt;
    }
    WorkspaceData data;
    if (!loadWorkspace(mine, &data, &e)) {
        if (error)
            *error = tr("The workspace cannot be read: %1").arg(e);
        return std::nullopt;
    }
    const QList<DecisionEntry> mineDecisions = mine.pipeline().allDecisions(&e);
    const QList<SubjectNote> mineNotes = e.isEmpty() ? notesOf(mine, data, &e) : QList<SubjectNote>();
    if (!e.isEmpty()) {
        if (error)
            *error = tr("The workspace cannot be read: %1").arg(e);
        return std::nullopt;
    }
    MergePlan result = plan(data, mineDecisions, mineNotes, theirs, theirDecisions, theirNotes);
    result.packagePath = packagePath;
    result.info = info;
    return result;
}

QList<SubjectNote> WorkspaceMerge::notesOf(WorkspaceStore& store, const WorkspaceData& data, QString* error)
{
    QList<SubjectNote> result;
    const auto collect = [&](const QString& kind, qint64 id, const QString& uid) {
        QString e;
        for (const Note& n : store.pipeline().notes(kind, id, &e))
            result.append({n, uid});
        if (!e.isEmpty() && error)
            *error = e;
        return e.isEmpty();
    };
    for (const Actor& a : data.actors) {
        if (!collect(QStringLiteral("actor"), a.id, a.uid))
            return {};
    }
    for (const Partnership& p : data.partnerships) {
        if (!collect(QStringLiteral("partnership"), p.id, p.uid))
            return {};
    }
    return result;
}

MergePlan WorkspaceMerge::plan(const WorkspaceData& mine, const QList<DecisionEntry>& mineDecisions,
                               const QList<SubjectNote>& mineNotes, const WorkspaceData& theirs,
                               const QList<DecisionEntry>& theirDecisions, const QList<SubjectNote>& theirNotes)
{
    MergePlan plan;
    plan.theirs = theirs;
    plan.theirs.reindex();
    plan.theirDecisions = theirDecisions;
    plan.theirNotes = theirNotes;
    const MergeMatcher match(mine, plan.theirs);

    QSet<QString> sources = keysOf(mine.sources, [](const Source& s) { return s.uid; });
    for (const Source& s : theirs.sources) {
        if (sources.contains(s.uid))
            continue;
        const QString title = s.titles.value(currentLanguage());
        plan.added.append({mergekind::Source, s.uid, QString(), title.isEmpty() ? s.uid : title, false});
    }
    QSet<QString> themes = keysOf(mine.themes, [](const Theme& t) { return t.key; });
    for (const Theme& t : theirs.themes) {
        if (!themes.contains(t.key))
            plan.added.append({mergekind::Theme, t.key, QString(), t.names.value(currentLanguage()), false});
    }

    QHash<QString, const Actor*> mineActors;
    for (const Actor& a : mine.actors)
        mineActors.insert(a.uid, &a);
    for (const Actor& a : plan.theirs.actors) {
        const QString mineUid = match.mineActorUid(a.uid);
        if (mineUid.isEmpty()) {
            plan.added.append({mergekind::Actor, a.uid, QString(), actorLabel(a), false});
            continue;
        }
        const Actor& here = *mineActors.value(mineUid);
        plan.same.append({mergekind::Actor, a.uid, mineUid, actorLabel(here), match.matchedByName(a.uid)});
        compareFields(actorMergeFields(), mergekind::Actor, mineUid, actorLabel(here), here, a, &plan);
        const QSet<QString> aliases = keysOf(here.aliases, [](const Alias& x) { return MergeMatcher::aliasKey(x); });
        for (const Alias& alias : a.aliases)
            plan.newAliases += aliases.contains(MergeMatcher::aliasKey(alias)) ? 0 : 1;
    }

    QHash<QString, const Event*> mineEvents;
    for (const Event& e : mine.events)
        mineEvents.insert(e.uid, &e);
    for (const Event& e : plan.theirs.events) {
        const Event* here = mineEvents.value(e.uid);
        const QString title = e.titles.value(currentLanguage());
        if (!here) {
            plan.added.append({mergekind::Event, e.uid, QString(), title.isEmpty() ? e.uid : title, false});
            continue;
        }
        plan.same.append({mergekind::Event, e.uid, e.uid, title.isEmpty() ? e.uid : title, false});
        compareFields(eventMergeFields(), mergekind::Event, e.uid, title.isEmpty() ? e.uid : title, *here, e, &plan);
        const QSet<QString> parts =
            keysOf(here->participations, [&](const Participation& p) { return match.participationKey(false, p); });
        for (const Participation& p : e.participations)
            plan.newParticipations += parts.contains(match.participationKey(true, p)) ? 0 : 1;
    }
    QSet<QString> groups = keysOf(mine.groups, [](const RespondentGroup& g) { return g.uid; });
    for (const RespondentGroup& g : theirs.groups) {
        if (!groups.contains(g.uid))
            plan.added.append({mergekind::Group, g.uid, QString(), g.label.isEmpty() ? g.uid : g.label, false});
    }

    QHash<QString, const Partnership*> minePartnerships;
    for (const Partnership& p : mine.partnerships)
        minePartnerships.insert(p.uid, &p);
    for (const Partnership& p : plan.theirs.partnerships) {
        const QString mineUid = match.minePartnershipUid(p.uid);
        if (mineUid.isEmpty()) {
            plan.added.append({mergekind::Partnership, p.uid, QString(), partnershipLabel(plan.theirs, p), false});
            plan.newStageChanges += static_cast<int>(p.history.size());
            continue;
        }
        const Partnership& here = *minePartnerships.value(mineUid);
        const QString label = partnershipLabel(mine, here);
        plan.same.append({mergekind::Partnership, p.uid, mineUid, label, mineUid != p.uid});
        const QSet<QString> history =
            keysOf(here.history, [](const StageChange& c) { return MergeMatcher::stageChangeKey(c); });
        const QSet<QString> theirHistory =
            keysOf(p.history, [](const StageChange& c) { return MergeMatcher::stageChangeKey(c); });
        QSet<QString> fastForward;
        if (theirHistory.contains(history) && theirHistory.size() > history.size())
            fastForward.insert(QStringLiteral("stage"));
        compareFields(partnershipMergeFields(), mergekind::Partnership, mineUid, label, here, p, &plan, fastForward);
        for (const StageChange& c : p.history)
            plan.newStageChanges += history.contains(MergeMatcher::stageChangeKey(c)) ? 0 : 1;
    }

    const auto count = [](const auto& mineList, const auto& theirList, const auto& keyOf) {
        QSet<QString> keys;
        for (const auto& item : mineList)
            keys.insert(keyOf(false, item));
        int n = 0;
        for (const auto& item : theirList) {
            if (!keys.contains(keyOf(true, item))) {
                keys.insert(keyOf(true, item));
                ++n;
            }
        }
        return n;
    };
    plan.newStatements =
        count(mine.statements, theirs.statements, [&](bool t, const Statement& s) { return match.statementKey(t, s); });
    plan.newInterests =
        count(mine.interests, theirs.interests, [&](bool t, const Interest& i) { return match.interestKey(t, i); });
    plan.newMemberships = count(mine.memberships, theirs.memberships,
                                [&](bool t, const Membership& m) { return match.membershipKey(t, m); });
    plan.newPairRules =
        count(mine.pairRules, theirs.pairRules, [&](bool t, const PairRule& r) { return match.pairRuleKey(t, r); });
    plan.newDecisions =
        count(mineDecisions, theirDecisions, [&](bool t, const DecisionEntry& d) { return match.decisionKey(t, d); });
    plan.newNotes = count(mineNotes, theirNotes, [&](bool t, const SubjectNote& n) { return match.noteKey(t, n); });
    return plan;
}

QString WorkspaceMerge::kindLabel(const QString& kind)
{
    if (kind == mergekind::Actor)
        return tr("City or institution");
    if (kind == mergekind::Source)
        return tr("Source");
    if (kind == mergekind::Theme)
        return tr("Theme");
    if (kind == mergekind::Event)
        return tr("Event");
    if (kind == mergekind::Group)
        return tr("Respondent group");
    if (kind == mergekind::Partnership)
        return tr("Partnership");
    return kind;
}

QString WorkspaceMerge::fieldLabel(const QString& field)
{
    const QString head = field.section(QLatin1Char('.'), 0, 0);
    const QString language = field.section(QLatin1Char('.'), 1, 1);
    QString languageName;
    if (language == lang::En)
        languageName = tr("English");
    else if (language == lang::Zh)
        languageName = tr("Chinese");
    else if (language == lang::Es)
        languageName = tr("Spanish");
    else if (language == lang::Native)
        languageName = tr("native");
    const auto withLanguage = [&](const QString& name) {
        return languageName.isEmpty() ? name : tr("%1 (%2)").arg(name, languageName);
    };
    if (head == QLatin1String("name"))
        return withLanguage(tr("Name"));
    if (head == QLatin1String("profile"))
        return withLanguage(tr("Profile"));
    if (head == QLatin1String("heritage"))
        return withLanguage(tr("Heritage"));
    if (head == QLatin1String("sectors"))
        return withLanguage(tr("Sectors"));
    if (head == QLatin1String("title"))
        return withLanguage(tr("Title"));
    static const QHash<QString, const char*> labels{
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("population"), QT_TR_NOOP("Population")},
        {QStringLiteral("population_year"), QT_TR_NOOP("Population year")},
        {QStringLiteral("latitude"), QT_TR_NOOP("Latitude")},
        {QStringLiteral("longitude"), QT_TR_NOOP("Longitude")},
        {QStringLiteral("area_km2"), QT_TR_NOOP("Area in square kilometres")},
        {QStringLiteral("timezone"), QT_TR_NOOP("Time zone")},
        {QStringLiteral("admin_region"), QT_TR_NOOP("Province or state")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("abbreviation"), QT_TR_NOOP("Abbreviation")},
        {QStringLiteral("website"), QT_TR_NOOP("Website")},
        {QStringLiteral("stage"), QT_TR_NOOP("Stage")},
        {QStringLiteral("started_on"), QT_TR_NOOP("Started on")},
        {QStringLiteral("owner"), QT_TR_NOOP("Owner")},
        {QStringLiteral("next_action"), QT_TR_NOOP("Next action")},
        {QStringLiteral("next_action_due"), QT_TR_NOOP("Next action due")},
        {QStringLiteral("last_activity"), QT_TR_NOOP("Last activity")},
        {QStringLiteral("summary"), QT_TR_NOOP("Summary")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("end_date"), QT_TR_NOOP("End date")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
    };
    const char* label = labels.value(field, nullptr);
    return label ? tr(label) : field;
}

} // namespace cb
