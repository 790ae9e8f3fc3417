// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "i18n/Translations.h"
#include "TerminalPassword.h"
#include "storage/OpenWorkspaceStore.h"
#include "storage/postgres/PostgresWorkspaceStore.h"
#include "workspace/SampleImporter.h"

#include <QCoreApplication>

namespace cb::cli {

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("cb::cli", text, disambiguation, n);
}

CliContext::CliContext(QCommandLineParser& parser, QTextStream& out, QTextStream& err)
    : m_parser(parser)
    , m_out(out)
    , m_err(err)
    , m_language(currentLanguage())
{
}

bool CliContext::json() const
{
    return m_parser.isSet(QStringLiteral("json"));
}

QStringList CliContext::arguments() const
{
    QStringList args = m_parser.positionalArguments();
    if (!args.isEmpty())
        args.removeFirst();
    return args;
}

int CliContext::fail(const QString& message, int code)
{
    m_err << message << Qt::endl;
    return code;
}

bool CliContext::hasWorkspaceOption() const
{
    return m_parser.isSet(QStringLiteral("workspace")) || m_parser.isSet(QStringLiteral("database"));
}

std::unique_ptr<WorkspaceStore> CliContext::openLocation(const QString& location, bool create, QString* error)
{
    auto open = [create](const QString& where, QString* e) {
        return create ? createWorkspaceStore(where, e) : openWorkspaceStore(where, e);
    };
    if (!isDatabaseUrl(location))
        return open(location, error);
    const std::optional<ConnectionInfo> info = ConnectionInfo::parse(location, error);
    if (!info)
        return nullptr;
    if (!info->password.isEmpty()) {
        // A password on the command line ends up in the shell's history and in the process list.
        *error = tr("Do not put the password into the database address: set PGPASSWORD, use ~/.pgpass, or type it "
                    "when asked.");
        return nullptr;
    }
    std::unique_ptr<WorkspaceStore> store = open(location, error);
    if (store || !canAskPassword() || !error->contains(QLatin1String("password"), Qt::CaseInsensitive))
        return store;
    ConnectionInfo withPassword = *info;
    withPassword.password = askPassword(tr("Password for %1: ").arg(info->displayString()));
    if (create) {
        auto created = PostgresWorkspaceStore::open(withPassword, error);
        if (!created)
            return nullptr;
        QString e;
        if (!created->database().isEmpty(&e)) {
            *error = e.isEmpty() ? tr("The database %1 already holds a workspace; nothing was changed.")
                                       .arg(info->displayString())
                                 : e;
            return nullptr;
        }
        return created;
    }
    return PostgresWorkspaceStore::open(withPassword, error);
}

bool CliContext::openWorkspace()
{
    QString error;
    const QString database = m_parser.value(QStringLiteral("database"));
    QString path = m_parser.value(QStringLiteral("workspace"));
    if (!database.isEmpty() && !path.isEmpty()) {
        fail(tr("Give either --workspace FILE or --database URL, not both."), BadArguments);
        return false;
    }
    if (!database.isEmpty() && !isDatabaseUrl(database)) {
        fail(tr("--database takes a postgresql:// address; a workspace file is given with --workspace."), BadArguments);
        return false;
    }
    if (!database.isEmpty())
        path = database;
    if (path.isEmpty()) {
        path = ensureSampleWorkspace(&error);
        if (path.isEmpty()) {
            fail(tr("The sample workspace could not be prepared: %1").arg(error), BadWorkspace);
            return false;
        }
    }
    m_store = openLocation(path, false, &error);
    if (!m_store) {
        fail(error, BadWorkspace);
        return false;
    }
    if (!loadWorkspace(*m_store, &m_data, &error)) {
        fail(tr("The workspace %1 could not be read: %2").arg(m_store->location(), error), BadWorkspace);
        return false;
    }
    return true;
}

const Actor* CliContext::resolveActor(const QString& name)
{
    const QList<ActorId> ids = m_store->actors().findByName(name);
    if (ids.isEmpty()) {
        const QList<ActorId> near = m_store->actors().searchByPrefix(name, 5);
        QStringList names;
        for (ActorId id : near)
            names.append(m_data.actorName(id, m_language));
        if (names.isEmpty())
            fail(tr("No city or institution is called \"%1\".").arg(name));
        else
            fail(tr("No city or institution is called \"%1\". Did you mean: %2?")
                     .arg(name, names.join(QStringLiteral(", "))));
        return nullptr;
    }
    if (ids.size() > 1) {
        QStringList names;
        for (ActorId id : ids) {
            const Actor* a = m_data.actor(id);
            names.append(a->name(m_language) + QStringLiteral(" (") + m_data.countryName(a->countryCode, m_language)
                         + QLatin1Char(')'));
        }
        fail(tr("\"%1\" matches several entries: %2. Use a more specific name.").arg(name, names.join(QStringLiteral("; "))));
        return nullptr;
    }
    return m_data.actor(ids.first());
}

} // namespace cb::cli
