// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/WorkspaceStore.h"
#include "workspace/WorkspaceData.h"

#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace cb::ui {

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

    /** Opens (and upgrades) an existing workspace file. On failure the current workspace stays open. */
    bool open(const QString& path, QString* error);
    /**
     * Creates a new workspace at path holding the ISO country list, then opens it. An existing file at path is
     * replaced (the file dialog has asked), unless it is the workspace currently open.
     */
    bool createNew(const QString& path, QString* error);
    /** Copies the open workspace to path (SQLite online backup) and continues working on the copy. */
    bool saveAs(const QString& path, QString* error);
    /** Reads the whole workspace again from its store and announces dataChanged(). */
    bool reload(QString* error);
    /** Closes the workspace; the document is then empty. */
    void close();

    bool isOpen() const { return m_store != nullptr; }
    /** The path of the open workspace file, or an empty string. */
    QString path() const { return m_path; }
    const WorkspaceData& data() const { return m_data; }
    /** The open store, or nullptr when nothing is open. */
    WorkspaceStore* store() const { return m_store.get(); }
    QUndoStack* undoStack() const { return m_undoStack; }

signals:
    /** A different workspace (or none) is now open; data() holds its snapshot. */
    void workspaceOpened();
    /** The snapshot of the same workspace was refreshed. */
    void dataChanged();

private:
    bool adopt(std::unique_ptr<WorkspaceStore> store, const QString& path, QString* error);

    std::unique_ptr<WorkspaceStore> m_store;
    QString m_path;
    WorkspaceData m_data;
    QUndoStack* m_undoStack = nullptr;
};

} // namespace cb::ui
