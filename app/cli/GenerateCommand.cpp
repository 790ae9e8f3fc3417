// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "Commands.h"

#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SyntheticWorkspace.h"

#include <QElapsedTimer>
#include <QFile>

namespace cb::cli {

int generateCommand(CliContext& ctx)
{
    QCommandLineParser& parser = ctx.parser();
    bool ok = false;
    const int cities = parser.value(QStringLiteral("cities")).toInt(&ok);
    if (!ok || cities < 1 || cities > 1000000)
        return ctx.fail(tr("--cities needs a number of cities between 1 and 1,000,000."), BadArguments);
    const quint32 seed = parser.isSet(QStringLiteral("seed")) ? parser.value(QStringLiteral("seed")).toUInt(&ok) : 1u;
    if (!ok)
        return ctx.fail(tr("--seed needs a non-negative whole number."), BadArguments);
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.fail(tr("Usage: citybridge generate --cities N [--seed S] --out FILE"), BadArguments);
    if (QFile::exists(out))
        return ctx.fail(tr("%1 already exists; choose a new file name.").arg(out), BadArguments);
    QElapsedTimer timer;
    timer.start();
    const WorkspaceData data = generateSyntheticWorkspace(cities, seed);
    QString error;
    auto store = SqliteWorkspaceStore::create(out, &error);
    if (!store)
        return ctx.fail(error, BadWorkspace);
    if (!writeWorkspace(*store, data, &error)) {
        store.reset();
        QFile::remove(out);
        QFile::remove(out + QStringLiteral("-wal"));
        QFile::remove(out + QStringLiteral("-shm"));
        return ctx.fail(tr("The workspace could not be written: %1").arg(error));
    }
    ctx.out() << tr("Wrote %1 cities, %2 priorities and offers, %3 interests and %4 events to %5 in %6 s.")
                     .arg(data.actors.size())
                     .arg(data.statements.size())
                     .arg(data.interests.size())
                     .arg(data.events.size())
                     .arg(out)
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
              << Qt::endl;
    return Ok;
}

} // namespace cb::cli
