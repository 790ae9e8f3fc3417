// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageCommand.h"

#include "CliContext.h"
#include "storage/OpenWorkspaceStore.h"
#include "exchange/WorkspacePackage.h"

#include <QFileInfo>

namespace cb::cli {

void addExchangeOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("prefer"),
         tr("merge: which value to keep where both workspaces changed a field: mine (default) or theirs."), tr("SIDE")},
    });
}

QString officerName()
{
    const QString configured = qEnvironmentVariable("CITYBRIDGE_USER").trimmed();
    if (!configured.isEmpty())
        return configured;
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? tr("officer") : login;
}

int packageCommand(CliContext& ctx)
{
    const QString out = ctx.parser().value(QStringLiteral("out"));
    if (out.isEmpty() || !ctx.arguments().isEmpty())
        return ctx.fail(tr("Usage: citybridge package --out FILE.cbpkg [--workspace FILE]"), BadArguments);
    if (!ctx.openWorkspace())
        return BadWorkspace;
    if (isDatabaseUrl(ctx.store().location()))
        return ctx.fail(tr("A package is made from a workspace file. Copy the database into one first: citybridge "
                           "migrate-to FILE --database URL"),
                        BadArguments);
    QString error;
    if (!WorkspacePackage::exportPackage(ctx.store().location(), out, officerName(), &error))
        return ctx.fail(error);
    ctx.out() << tr("Package written to %1. A colleague can open it, or merge it with: citybridge merge %2 "
                    "--workspace THEIR_FILE")
                     .arg(QFileInfo(out).absoluteFilePath(), QFileInfo(out).fileName())
              << Qt::endl;
    return Ok;
}

} // namespace cb::cli
