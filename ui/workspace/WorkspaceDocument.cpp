// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceDocument.h"

#include "SharedSelection.h"
#include "workspace/WorkspaceEdit.h"
#include "storage/Backup.h"
#include "storage/BackupRotation.h"
#include "storage/Database.h"
#include "storage/OpenWorkspaceStore.h"
#include "storage/SqliteWorkspaceStore.h"
#include "storage/postgres/PostgresWorkspaceStore.h"
#include "workspace/SampleImporter.h"

#include <QFile>
#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

namespace cb::ui {

namespace {

bool sameFile(const QString& a, const QString& b)
{
    const QString canonicalA = QFileInfo(a).canonicalFilePath();
    return !canonicalA.isEmpty() && canonicalA == QFileInfo(b).canonicalFilePath();
}

// A replaced database file must not meet the write-ahead log of its predecessor: SQLite would replay it.
void removeSidecars(const QString& path)
{
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

// Often enough that another window's change shows up while the officer looks; a look is one cheap PRAGMA.
constexpr int kWatchIntervalMs = 2000;

} // namespace

WorkspaceDocument::WorkspaceDocument(QObject* parent)
    : QObject(parent), m_undoStack(new QUndoStack(this)), m_selection(new SharedSelection(this)),
      m_watch(new QTimer(this))
{
    m_watch->setInterval(kWatchIntervalMs);
    connect(m_watch, &QTimer::timeout, this, &WorkspaceDocument::watchForChanges);
    if (qGuiApp) {
        connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationActive)
                watchForChanges();
        });
    }
}

WorkspaceDocument::~WorkspaceDocument() = default;

bool WorkspaceDocument::open(const QString& path, QString* error)
{
    if (path.isEmpty()) {
        setError(error, tr("No file name was given."));
        return false;
    }
    QString e;
    if (isDatabaseUrl(path)) {
        const std::optional<ConnectionInfo> info = ConnectionInfo::parse(path, &e);
        if (!info) {
            setError(error, e);
            return false;
        }
        return openDatabase(*info, error);
    }
    std::unique_ptr<WorkspaceStore> store = SqliteWorkspaceStore::open(path, &e);
    if (!store) {
        setError(error, e);
        return false;
    }
    if (!adopt(std::move(store), path, error))
        return false;
    // A daily verified copy beside the workspace, the newest seven kept; a failure is reported, not fatal.
    if (!m_store->isReadOnly()) {
        QString problem;
        if (!backupIfDue(m_path, QDateTime::currentDateTime(), &problem))
            emit notice(tr("Today's backup of the workspace could not be made: %1").arg(problem));
    }
    return true;
}

bool WorkspaceDocument::openDatabase(const ConnectionInfo& info, QString* error)
{
    QString e;
    std::unique_ptr<WorkspaceStore> store = PostgresWorkspaceStore::open(info, &e);
    if (!store) {
        setError(error, e);
        return false;
    }
    // The server keeps the team's data safe (its own backups); the daily file copies are for workspace files only.
    if (!adopt(std::move(store), QString(), error))
        return false;
    ConnectionInfo shown = info;
    shown.password.clear(); // never kept beyond the connection
    m_database = shown;
    emit workspaceOpened();
    return true;
}

QString WorkspaceDocument::displayLocation() const
{
    if (m_database)
        return m_database->displayString();
    return m_path;
}

QString WorkspaceDocument::displayName() const
{
    if (m_database) {
        return m_database->user.isEmpty() ? m_database->database
                                          : tr("%1 (as %2)").arg(m_database->database, m_database->user);
    }
    return QFileInfo(m_path).completeBaseName();
}

QString WorkspaceDocument::fileOnlyReason() const
{
    if (!m_database)
        return {};
    return tr("Not available for a team database: this works on workspace files. To get a file, copy the database "
              "with citybridge migrate-to.");
}

bool WorkspaceDocument::createNew(const QString& path, QString* error)
{
    if (path.isEmpty()) {
        setError(error, tr("No file name was given."));
        return false;
    }
    if (isOpen() && sameFile(path, m_path)) {
        setError(error, tr("%1 is the workspace currently open; choose another file name.").arg(path));
        return false;
    }
    QString e;
    const QList<Country> countries = bundledCountries(&e);
    if (!e.isEmpty()) {
        setError(error, e);
        return false;
    }
    // Built aside and copied into place, so that a failure never leaves a half-made file at the chosen name and
    // an existing file there is replaced in one step.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        setError(error, tr("Cannot create a temporary folder: %1").arg(scratch.errorString()));
        return false;
    }
    const QString building = scratch.filePath(QStringLiteral("new.citybridge"));
    {
        std::unique_ptr<SqliteWorkspaceStore> store = SqliteWorkspaceStore::create(building, &e);
        if (!store) {
            setError(error, e);
            return false;
        }
        const bool saved =
            store->inTransaction([&](QString* err) { return store->catalog().saveCountries(countries, err); }, &e);
        if (!saved) {
            setError(error, e);
            return false;
        }
    }
    if (!backupDatabase(building, path, &e)) {
        setError(error, e);
        return false;
    }
    removeSidecars(path);
    return open(path, error);
}

bool WorkspaceDocument::saveAs(const QString& path, QString* error)
{
    if (!isOpen()) {
        setError(error, tr("No workspace is open."));
        return false;
    }
    if (path.isEmpty()) {
        setError(error, tr("No file name was given."));
        return false;
    }
    if (isDatabase()) {
        setError(error, fileOnlyReason());
        return false;
    }
    // Every change is already in the file: saving onto itself has nothing to do.
    if (sameFile(path, m_path))
        return true;
    QString e;
    if (!backupDatabase(m_path, path, &e)) {
        setError(error, e);
        return false;
    }
    removeSidecars(path);
    return open(path, error);
}

bool WorkspaceDocument::restoreFrom(const QString& backupPath, QString* undoPath, QString* error)
{
    if (!isOpen()) {
        setError(error, tr("No workspace is open."));
        return false;
    }
    if (m_database) {
        setError(error, fileOnlyReason());
        return false;
    }
    if (m_store->isReadOnly()) {
        setError(error, tr("The workspace is open read-only; a backup cannot be restored over it."));
        return false;
    }
    // Checked while the workspace is still open: a backup that would be refused changes nothing in the window.
    const WorkspaceCheck check = Database::inspect(backupPath);
    if (!check.ok) {
        setError(error, tr("The backup cannot be restored: %1").arg(check.error));
        return false;
    }
    const QString path = m_path;
    // The file is replaced on disk: our connection must be closed first, and the undo stack refers to its rows.
    m_store.reset();
    QString restoreError;
    QString undo;
    const bool restored = restoreBackup(backupPath, path, &restoreError, &undo);
    QString openError;
    std::unique_ptr<WorkspaceStore> store = SqliteWorkspaceStore::open(path, &openError);
    if (!store || !adopt(std::move(store), path, &openError)) {
        m_undoStack->clear();
        m_selection->clear();
        m_data = WorkspaceData();
        m_watch->stop();
        m_seenMarker = -1;
        m_path.clear();
        emit workspaceOpened();
        setError(error, restored ? tr("The backup was restored, but the workspace cannot be opened: %1").arg(openError)
                                 : restoreError + QLatin1Char('\n') + openError);
        return false;
    }
    if (!restored) {
        setError(error, restoreError);
        return false;
    }
    if (undoPath)
        *undoPath = undo;
    return true;
}

bool WorkspaceDocument::reload(QString* error)
{
    if (!isOpen()) {
        setError(error, tr("No workspace is open."));
        return false;
    }
    // Taken before reading, so that a change committed elsewhere while reading is seen at the next look.
    const qint64 marker = m_store->changeMarker();
    WorkspaceData fresh;
    if (!loadWorkspace(*m_store, &fresh, error))
        return false;
    m_data = std::move(fresh);
    m_seenMarker = marker;
    emit dataChanged();
    return true;
}

bool WorkspaceDocument::refreshIfChangedElsewhere(QString* error)
{
    if (!isOpen())
        return false;
    const qint64 marker = m_store->changeMarker();
    if (marker < 0 || marker == m_seenMarker)
        return false;
    return reload(error);
}

void WorkspaceDocument::setWatchInterval(int milliseconds)
{
    m_watch->stop();
    m_watching = milliseconds > 0;
    if (!m_watching)
        return;
    m_watch->setInterval(milliseconds);
    if (isOpen())
        m_watch->start();
}

void WorkspaceDocument::watchForChanges()
{
    QString e;
    if (!refreshIfChangedElsewhere(&e) && !e.isEmpty())
        emit notice(
            tr("The workspace was changed by another window or program, but could not be read again: %1").arg(e));
}

void WorkspaceDocument::close()
{
    if (!isOpen())
        return;
    m_undoStack->clear();
    m_selection->clear();
    m_data = WorkspaceData();
    m_watch->stop();
    m_store.reset();
    m_seenMarker = -1;
    m_path.clear();
    m_database.reset();
    emit workspaceOpened();
}

bool WorkspaceDocument::adopt(std::unique_ptr<WorkspaceStore> store, const QString& path, QString* error)
{
    const qint64 marker = store->changeMarker();
    WorkspaceData fresh;
    if (!loadWorkspace(*store, &fresh, error))
        return false;
    // Commands on the stack refer to rows of the previous workspace.
    m_undoStack->clear();
    m_selection->clear();
    m_store = std::move(store);
    m_seenMarker = marker;
    // Stores without a change marker (a team database) are refreshed by hand (View > Refresh).
    if (m_watching && marker >= 0)
        m_watch->start();
    else
        m_watch->stop();
    m_data = std::move(fresh);
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_database.reset();
    // A database announces itself once its address is set (openDatabase()).
    if (!path.isEmpty())
        emit workspaceOpened();
    return true;
}

bool WorkspaceDocument::perform(std::unique_ptr<WorkspaceEdit> edit, QString* error)
{
    if (!edit)
        return false;
    if (!isOpen()) {
        setError(error, tr("No workspace is open."));
        return false;
    }
    if (!runInTransaction(edit.get(), true, error))
        return false;
    m_undoStack->push(edit.release());
    refreshAfterEdit();
    return true;
}

bool WorkspaceDocument::undo(QString* error)
{
    if (!isOpen() || !m_undoStack->canUndo())
        return false;
    auto* edit = dynamic_cast<WorkspaceEdit*>(const_cast<QUndoCommand*>(m_undoStack->command(m_undoStack->index() - 1)));
    QString e;
    if (!edit || !runInTransaction(edit, false, &e)) {
        const QString message = tr("Cannot undo “%1”: %2").arg(edit ? edit->text() : QString(), e);
        setError(error, message);
        emit editFailed(message);
        return false;
    }
    m_undoStack->undo();
    refreshAfterEdit();
    return true;
}

bool WorkspaceDocument::redo(QString* error)
{
    if (!isOpen() || !m_undoStack->canRedo())
        return false;
    auto* edit = dynamic_cast<WorkspaceEdit*>(const_cast<QUndoCommand*>(m_undoStack->command(m_undoStack->index())));
    QString e;
    if (!edit || !runInTransaction(edit, true, &e)) {
        const QString message = tr("Cannot redo “%1”: %2").arg(edit ? edit->text() : QString(), e);
        setError(error, message);
        emit editFailed(message);
        return false;
    }
    m_undoStack->redo();
    refreshAfterEdit();
    return true;
}

QString WorkspaceDocument::userName()
{
    const QString configured = QSettings().value(QStringLiteral("officer/name")).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? tr("officer") : login;
}

bool WorkspaceDocument::runInTransaction(WorkspaceEdit* edit, bool forward, QString* error)
{
    if (m_store->isReadOnly()) {
        setError(error, tr("The workspace is open read-only."));
        return false;
    }
    QString e;
    const bool ok = m_store->inTransaction(
        [&](QString* err) { return forward ? edit->apply(*m_store, err) : edit->revert(*m_store, err); }, &e);
    if (!ok)
        setError(error, e.isEmpty() ? tr("The workspace could not be written.") : e);
    return ok;
}

int WorkspaceDocument::storedActorVersion(ActorId id) const
{
    if (!isOpen() || id == 0)
        return 0;
    const std::optional<Actor> stored = m_store->actors().find(id);
    return stored ? stored->version : 0;
}

int WorkspaceDocument::storedPartnershipVersion(const QString& uid) const
{
    if (!isOpen() || uid.isEmpty())
        return 0;
    QString e;
    for (const Partnership& p : m_store->pipeline().partnerships(&e)) {
        if (p.uid == uid)
            return p.version;
    }
    return 0;
}

void WorkspaceDocument::refreshAfterEdit()
{
    QString e;
    m_refreshingAfterOwnEdit = true;
    const bool ok = reload(&e);
    m_refreshingAfterOwnEdit = false;
    if (!ok)
        emit editFailed(tr("The change was saved, but the workspace could not be read again: %1").arg(e));
}

} // namespace cb::ui
