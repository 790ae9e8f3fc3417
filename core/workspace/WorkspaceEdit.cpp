// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceEdit.h"

namespace cb {

WorkspaceEdit::WorkspaceEdit(const QString& text) : QUndoCommand(text) {}

// The stack calls these after WorkspaceDocument has already written (or reverted) the change inside a
// transaction; writing here would bypass both the transaction and the error report.
void WorkspaceEdit::redo() {}

void WorkspaceEdit::undo() {}

} // namespace cb
