// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/WorkspaceStore.h"
#include "storage/postgres/ConnectionInfo.h"
#include "workspace/WorkspaceData.h"
#include "workspace/WorkspaceEdit.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QTimer;
class QUndoStack;

namespace cb::ui {

class SharedSelection;

/**
 * The open workspace as the widgets see it: the store, an in-memory snapshot of its data and the undo stack
 * that every edit goes through. Failures are returned as text for the caller to show; nothing here opens a
 * dialog.
 */
class WorkspaceDocument : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceDocument(QObject* parent = nullptr);
    ~WorkspaceDocument() override;

    /**
     * Opens (and upgrades) an existing workspace file, or a team database when location is a postgresql:// URL
     * (password from the URL, PGPASSWORD or ~/.pgpass). On failure the current workspace stays open.
     */
    bool open(const QString& location, QString* error);
    /** Opens the team's workspace in a PostgreSQL database, connecting with info (and its password, if any). */
    bool openDatabase(const ConnectionInfo& info, QString* error);
    /**
     * Creates a new workspace at path holding the ISO country list, then opens it. An existing file at path is
     * replaced (the file dialog has asked), unless it is the workspace currently open.
     */
    bool createNew(const QString& path, QString* error);
    /** Copies the open workspace to path (SQLite online backup) and continues working on the copy. */
    bool saveAs(const QString& path, QString* error);
    /**
     * Replaces the open workspace with the backup at backupPath (BackupRotation::restoreBackup: the current state
     * is backed up first, *undoPath receives that backup) and opens it again. A backup that is not a verified
     * workspace is refused before anything is closed; on any failure the file is as it was.
     */
    bool restoreFrom(const QString& backupPath, QString* undoPath, QString* error);
    /** Reads the whole workspace again from its store and announces dataChanged(). */
    bool reload(QString* error);
    /**
     * Reads the workspace again if another CityBridge window or program has saved changes to it since it was
     * last read (SQLite's data_version). Called every few seconds while a workspace is open, when the
     * application becomes active, and by View > Refresh. Returns true when it reloaded; on a failed read error
     * says why and the previous snapshot stays.
     */
    bool refreshIfChangedElsewhere(QString* error = nullptr);
    /** How often the document looks for changes made elsewhere (milliseconds; 0 stops looking). */
    void setWatchInterval(int milliseconds);
    /** Closes the workspace; the document is then empty. */
    void close();

    bool isOpen() const { return m_store != nullptr; }
    /** The path of the open workspace file, or an empty string (also when a team database is open). */
    QString path() const { return m_path; }
    /** True when the open workspace is a team database rather than a file. */
    bool isDatabase() const { return m_database.has_value(); }
    /** The open team database (without password), if one is open. */
    const std::optional<ConnectionInfo>& database() const { return m_database; }
    /** What to show as the workspace's place: the file path, or the database address without password. */
    QString displayLocation() const;
    /** A short name for titles: the file's base name, or the database's name and the officer's role. */
    QString displayName() const;
    /**
     * Why a feature that needs a workspace file (Save As, packages, daily backups) is not available, or an empty
     * string when a file is open.
     */
    QString fileOnlyReason() const;
    /**
     * The version of the actor as stored now (not in the snapshot), or 0 when it is not stored. A save refused while
     * this differs from the version the officer loaded was refused because someone else saved the actor first.
     */
    int storedActorVersion(ActorId id) const;
    /** The same for a partnership, by its uid. */
    int storedPartnershipVersion(const QString& uid) const;
    /** True while the snapshot is being refreshed after this document's own write (not after reload()). */
    bool refreshingAfterOwnEdit() const { return m_refreshingAfterOwnEdit; }
    const WorkspaceData& data() const { return m_data; }
    /** The open store, or nullptr when nothing is open. */
    WorkspaceStore* store() const { return m_store.get(); }
    QUndoStack* undoStack() const { return m_undoStack; }
    /** The current actor and pair, shared by every view of this document. */
    SharedSelection* selection() const { return m_selection; }

    /**
     * Writes edit in one transaction; on success puts it on the undo stack, refreshes the snapshot and returns
     * true. On failure nothing is written, the edit is discarded and error says why.
     */
    bool perform(std::unique_ptr<WorkspaceEdit> edit, QString* error);
    /**
     * Takes back the edit before the stack's index. The stack only moves when the write succeeded; otherwise
     * the edit stays where it was and editFailed() says why.
     */
    bool undo(QString* error = nullptr);
    /** Writes again the edit at the stack's index, with the same guarantees as undo(). */
    bool redo(QString* error = nullptr);

    /** The name recorded with decisions and stage changes: the officer's name from the settings, or the login. */
    static QString userName();

signals:
    /** A different workspace (or none) is now open; data() holds its snapshot. */
    void workspaceOpened();
    /** The snapshot of the same workspace was refreshed. */
    void dataChanged();
    /** An undo or redo could not be written; the message says why (in the interface language). */
    void editFailed(const QString& message);
    /** Something the officer should know that does not stop the work (a daily backup that failed). */
    void notice(const QString& message);

private:
    bool adopt(std::unique_ptr<WorkspaceStore> store, const QString& path, QString* error);
    bool runInTransaction(WorkspaceEdit* edit, bool forward, QString* error);
    void refreshAfterEdit();
    void watchForChanges();

    std::unique_ptr<WorkspaceStore> m_store;
    QString m_path;
    std::optional<ConnectionInfo> m_database;
    WorkspaceData m_data;
    bool m_refreshingAfterOwnEdit = false;
    QUndoStack* m_undoStack = nullptr;
    SharedSelection* m_selection = nullptr;
    QTimer* m_watch = nullptr;
    bool m_watching = true;
    qint64 m_seenMarker = -1; ///< the store's change marker when the snapshot was read
};

} // namespace cb::ui
