// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeCommand.h"

#include "CliContext.h"
#include "PackageCommand.h"
#include "exchange/MergeEdit.h"
#include "exchange/WorkspaceMerge.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cb::cli {

namespace {

QJsonObject entityJson(const MergeEntity& e)
{
    QJsonObject o{{QStringLiteral("kind"), e.kind}, {QStringLiteral("uid"), e.uid}, {QStringLiteral("label"), e.label}};
    if (!e.mineUid.isEmpty()) {
        o.insert(QStringLiteral("mine_uid"), e.mineUid);
        o.insert(QStringLiteral("by_name"), e.byName);
    }
    return o;
}

QJsonObject conflictJson(const MergeConflict& c)
{
    return {{QStringLiteral("kind"), c.kind},
            {QStringLiteral("uid"), c.uid},
            {QStringLiteral("label"), c.label},
            {QStringLiteral("field"), c.field},
            {QStringLiteral("mine"), c.mine},
            {QStringLiteral("theirs"), c.theirs},
            {QStringLiteral("keep"), c.takeTheirs ? QStringLiteral("theirs") : QStringLiteral("mine")}};
}

QJsonObject planJson(const MergePlan& plan, bool applied)
{
    QJsonArray added;
    for (const MergeEntity& e : plan.added)
        added.append(entityJson(e));
    QJsonArray same;
    for (const MergeEntity& e : plan.same)
        same.append(entityJson(e));
    QJsonArray conflicts;
    for (const MergeConflict& c : plan.conflicts)
        conflicts.append(conflictJson(c));
    QJsonArray updates;
    for (const MergeConflict& c : plan.updates)
        updates.append(conflictJson(c));
    return {{QStringLiteral("package"),
             QJsonObject{{QStringLiteral("path"), plan.packagePath},
                         {QStringLiteral("exported_by"), plan.info.exportedBy},
                         {QStringLiteral("exported_at"), plan.info.exportedAt.toString(Qt::ISODate)},
                         {QStringLiteral("workspace_uid"), plan.info.workspaceUid}}},
            {QStringLiteral("added"), added},
            {QStringLiteral("same"), same},
            {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("updates"), updates},
            {QStringLiteral("appended"), QJsonObject{{QStringLiteral("aliases"), plan.newAliases},
                                                     {QStringLiteral("statements"), plan.newStatements},
                                                     {QStringLiteral("interests"), plan.newInterests},
                                                     {QStringLiteral("memberships"), plan.newMemberships},
                                                     {QStringLiteral("participations"), plan.newParticipations},
                                                     {QStringLiteral("stage_changes"), plan.newStageChanges},
                                                     {QStringLiteral("pair_rules"), plan.newPairRules},
                                                     {QStringLiteral("notes"), plan.newNotes},
                                                     {QStringLiteral("decisions"), plan.newDecisions}}},
            {QStringLiteral("applied"), applied}};
}

void printPlan(QTextStream& out, const MergePlan& plan)
{
    if (plan.info.isValid())
        out << tr("Package from %1, exported by %2 on %3.")
                   .arg(plan.info.workspaceName, plan.info.exportedBy,
                        plan.info.exportedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            << Qt::endl;
    out << tr("New (%1):").arg(plan.added.size()) << Qt::endl;
    for (const MergeEntity& e : plan.added)
        out << QStringLiteral("  + %1: %2 (%3)").arg(WorkspaceMerge::kindLabel(e.kind), e.label, e.uid) << Qt::endl;
    int byName = 0;
    for (const MergeEntity& e : plan.same)
        byName += e.byName ? 1 : 0;
    out << tr("Already here: %1 (%2 recognised by name).").arg(plan.same.size()).arg(byName) << Qt::endl;
    for (const MergeEntity& e : plan.same) {
        if (e.byName)
            out << QStringLiteral("  = %1 (%2 = %3)").arg(e.label, e.uid, e.mineUid) << Qt::endl;
    }
    out << tr("Conflicts (%1):").arg(plan.conflicts.size()) << Qt::endl;
    for (const MergeConflict& c : plan.conflicts) {
        out << QStringLiteral("  ! %1 — %2: ").arg(c.label, WorkspaceMerge::fieldLabel(c.field))
            << tr("mine \"%1\", theirs \"%2\"; keeping %3")
                   .arg(c.mine, c.theirs, c.takeTheirs ? tr("theirs") : tr("mine"))
            << Qt::endl;
    }
    out << tr("Taken from the package (empty or behind here) (%1):").arg(plan.updates.size()) << Qt::endl;
    for (const MergeConflict& c : plan.updates) {
        out << QStringLiteral("  ~ %1 — %2: \"%3\" → \"%4\"")
                   .arg(c.label, WorkspaceMerge::fieldLabel(c.field), c.mine, c.theirs)
            << Qt::endl;
    }
    out << tr("Appended: %1 aliases, %2 priorities and offers, %3 interests, %4 memberships, %5 participations, "
              "%6 stage changes, %7 pair rules, %8 notes, %9 decision-log lines.")
               .arg(plan.newAliases)
               .arg(plan.newStatements)
               .arg(plan.newInterests)
               .arg(plan.newMemberships)
               .arg(plan.newParticipations)
               .arg(plan.newStageChanges)
               .arg(plan.newPairRules)
               .arg(plan.newNotes)
               .arg(plan.newDecisions)
        << Qt::endl;
}

} // namespace

int mergeCommand(CliContext& ctx)
{
    QCommandLineParser& p = ctx.parser();
    const QStringList args = ctx.arguments();
    if (args.size() != 1)
        return ctx.fail(tr("Usage: citybridge merge PACKAGE --workspace FILE [--dry-run] [--prefer mine|theirs] "
                           "[--json]"),
                        BadArguments);
    if (!ctx.hasWorkspaceOption())
        return ctx.fail(tr("A merge writes to a workspace: give it with --workspace FILE. The bundled sample is "
                           "never changed by a merge."),
                        BadArguments);
    const QString prefer = p.value(QStringLiteral("prefer"));
    if (!prefer.isEmpty() && prefer != QLatin1String("mine") && prefer != QLatin1String("theirs"))
        return ctx.fail(tr("--prefer takes \"mine\" or \"theirs\"."), BadArguments);
    if (!ctx.openWorkspace())
        return BadWorkspace;

    QString error;
    std::optional<MergePlan> plan = WorkspaceMerge::plan(ctx.store(), args.first(), &error);
    if (!plan)
        return ctx.fail(error);
    plan->preferAll(prefer == QLatin1String("theirs"));

    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    bool applied = false;
    if (!dryRun && !plan->isEmpty()) {
        MergeEdit edit(*plan, officerName());
        if (!runMerge(ctx.store(), edit, &error))
            return ctx.fail(tr("Nothing was merged: %1").arg(error));
        applied = true;
    }
    if (ctx.json()) {
        ctx.out() << QString::fromUtf8(QJsonDocument(planJson(*plan, applied)).toJson(QJsonDocument::Indented));
        return Ok;
    }
    printPlan(ctx.out(), *plan);
    if (dryRun)
        ctx.out() << tr("Dry run: nothing was written.") << Qt::endl;
    else if (applied)
        ctx.out() << tr("Merged into %1.").arg(QFileInfo(ctx.store().location()).fileName()) << Qt::endl;
    else
        ctx.out() << tr("Nothing to merge: the workspace already holds everything in the package.") << Qt::endl;
    return Ok;
}

} // namespace cb::cli
