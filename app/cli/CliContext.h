// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/WorkspaceStore.h"
#include "workspace/WorkspaceData.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace cb::cli {

/** Exit codes of the command line. */
enum ExitCode { Ok = 0, Failure = 1, BadArguments = 2, BadWorkspace = 3 };

/** What every subcommand shares: the parsed options, the output streams, the language, the workspace. */
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::CliContext)

public:
    CliContext(QCommandLineParser& parser, QTextStream& out, QTextStream& err);

    QCommandLineParser& parser() { return m_parser; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    QString language() const { return m_language; }
    bool json() const;
    /** The positional arguments after the subcommand name. */
    QStringList arguments() const;

    /**
     * Opens --workspace FILE, --database postgresql://..., or the user's copy of the bundled sample; prints the
     * error on failure.
     */
    bool openWorkspace();
    /** True when the user named a workspace (--workspace or --database), not the bundled sample. */
    bool hasWorkspaceOption() const;
    /**
     * Opens (or, with create, creates empty) a workspace file or PostgreSQL database. A password is never taken from
     * the address: libpq reads PGPASSWORD or ~/.pgpass, and on a terminal it is asked for when the server wants one.
     */
    std::unique_ptr<WorkspaceStore> openLocation(const QString& location, bool create, QString* error);
    WorkspaceStore& store() { return *m_store; }
    const WorkspaceData& data() const { return m_data; }
    /** Finds an actor by any name or alias; prints a clear message when none or several match. */
    const Actor* resolveActor(const QString& name);

    int fail(const QString& message, int code = Failure);

private:
    QCommandLineParser& m_parser;
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_language;
    std::unique_ptr<WorkspaceStore> m_store;
    WorkspaceData m_data;
};

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1);

} // namespace cb::cli
