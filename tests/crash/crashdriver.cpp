// SPDX-License-Identifier: GPL-3.0-or-later
// The child process of tst_crashsafety, killed with SIGKILL at random moments. On a workspace file at an older
// schema version it runs, each step in its own transaction:
//   1. the migration ladder (by opening the file),
//   2. the import of a survey file (names that need confirming are skipped),
//   3. BATCHES edit batches: each adds the marker city "city:crash-batch-N" with names, two aliases and three
//      priorities, and rewrites the English profile of the first city to "crash batch N".
// Before each step it prints "begin STEP" and after its commit "ok STEP" (flushed at once), so the test knows
// which transactions were reported as saved and which one a kill interrupted.
#include "gazetteer/Gazetteer.h"
#include "importing/ImportEdit.h"
#include "importing/ImportPlanner.h"
#include "importing/MappingSuggester.h"
#include "importing/SurveyFile.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/WorkspaceData.h"

#include <QCoreApplication>

#include <cstdio>
#include <optional>

using namespace cb;

namespace {

void report(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const QString& message)
{
    std::fputs(qPrintable(QStringLiteral("crashdriver: ") + message + QLatin1Char('\n')), stderr);
    return 2;
}

Actor markerCity(int batch, SourceId source)
{
    Actor city;
    city.uid = QStringLiteral("city:crash-batch-%1").arg(batch);
    city.kind = ActorKind::City;
    city.countryCode = QStringLiteral("MX");
    city.names.set(lang::En, QStringLiteral("Crash Batch %1").arg(batch));
    city.names.set(lang::Es, QStringLiteral("Lote %1").arg(batch));
    city.aliases = {{QStringLiteral("CB%1").arg(batch), QString()},
                    {QStringLiteral("Crash town %1").arg(batch), QStringLiteral("en")}};
    city.sourceIds = {source};
    return city;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return fail(QStringLiteral("usage: crashdriver WORKSPACE SURVEY BATCHES"));
    const QString workspace = args.at(1);
    const QString surveyPath = args.at(2);
    const int batches = args.at(3).toInt();

    QString error;
    report(QStringLiteral("begin migrate"));
    auto store = SqliteWorkspaceStore::open(workspace, &error);
    if (!store)
        return fail(error);
    report(QStringLiteral("ok migrate %1").arg(store->database().schemaVersion()));

    WorkspaceData data;
    if (!loadWorkspace(*store, &data, &error))
        return fail(error);
    SurveyFile survey;
    if (!survey.read(surveyPath, TableReadOptions(), 0, -1, &error))
        return fail(error);
    ColumnMapping mapping = MappingSuggester(data.themes).suggestMapping(survey.rows.value(0));
    const ImportPlanner planner(data, Gazetteer::bundled());
    ImportPlan plan = planner.plan(survey.rows, mapping, surveyPath, survey.sha256);
    if (!plan.uncertain.isEmpty()) {
        for (const UncertainName& u : plan.uncertain)
            mapping.setChoice(u.name, QStringLiteral("skip"));
        plan = planner.plan(survey.rows, mapping, surveyPath, survey.sha256);
    }
    if (!plan.issues.isEmpty() || !plan.uncertain.isEmpty())
        return fail(QStringLiteral("the survey does not import cleanly"));
    report(QStringLiteral("begin import %1").arg(plan.source.uid));
    ImportEdit edit(plan);
    if (!runImport(*store, edit, &error))
        return fail(error);
    report(QStringLiteral("ok import %1").arg(plan.source.uid));

    if (data.themes.isEmpty() || data.sources.isEmpty() || data.actors.isEmpty())
        return fail(QStringLiteral("the workspace needs a theme, a source and an actor"));
    const ThemeId theme = data.themes.first().id;
    const SourceId source = data.sources.first().id;
    std::optional<Actor> anchor = store->actors().find(data.actors.first().id);
    if (!anchor)
        return fail(QStringLiteral("the first actor cannot be read"));

    for (int batch = 1; batch <= batches; ++batch) {
        report(QStringLiteral("begin batch %1").arg(batch));
        Actor city = markerCity(batch, source);
        Actor updated = *anchor;
        updated.profile.set(lang::En, QStringLiteral("crash batch %1").arg(batch));
        const bool saved = store->inTransaction(
            [&](QString* e) {
                if (!store->actors().save(city, e))
                    return false;
                for (int k = 0; k < 3; ++k) {
                    Statement s;
                    s.kind = StatementKind::Priority;
                    s.actorId = city.id;
                    s.themeId = theme;
                    s.weight = 0.25 * (k + 1);
                    s.sourceId = source;
                    s.note = QStringLiteral("crash batch %1 priority %2").arg(batch).arg(k + 1);
                    if (!store->evidence().saveStatement(s, e))
                        return false;
                }
                return store->actors().save(updated, e);
            },
            &error);
        if (!saved)
            return fail(error);
        *anchor = updated;
        report(QStringLiteral("ok batch %1").arg(batch));
    }
    report(QStringLiteral("done"));
    return 0;
}
