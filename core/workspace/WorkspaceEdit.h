// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UndoText.h"

#include <QString>
#include <QUndoCommand>

class QUndoStack;

namespace cb {

class WorkspaceStore;

/**
 * One undoable change to the open workspace. Subclasses say how to write the change (apply) and how to take it
 * back (revert); each runs inside one store transaction, so a failure leaves the file as it was.
 *
 * Edits are executed through the GUI's WorkspaceDocument::perform(), and undone or redone through its
 * undo() / redo(): the write is tried first and the undo stack only moves when it succeeded,
 * so a workspace that cannot be written any more keeps every edit on the stack, ready to be tried again.
 *
 * The command text comes from an UndoText: when it was given as a source, retranslate() builds it again in
 * the current interface language (see retranslateEdits()).
 */
class WorkspaceEdit : public QUndoCommand
{
public:
    explicit WorkspaceEdit(const UndoText& text);

    /** Writes the change. Called inside a transaction; return false with a message to roll it back. */
    virtual bool apply(WorkspaceStore& store, QString* error) = 0;
    /** Takes the change back. Called inside a transaction; return false with a message to roll it back. */
    virtual bool revert(WorkspaceStore& store, QString* error) = 0;

    /** Does nothing: the document has already written the change when the stack calls this. */
    void redo() override;
    /** Does nothing: the document has already taken the change back when the stack calls this. */
    void undo() override;

    /** Builds the command text again from its source, in the current interface language. */
    void retranslate();

private:
    UndoText m_text;
};

/**
 * Retranslates every WorkspaceEdit on @p stack. QUndoStack announces no change for this: whoever shows
 * undoText() / redoText() reads them again afterwards.
 */
void retranslateEdits(QUndoStack* stack);

} // namespace cb
