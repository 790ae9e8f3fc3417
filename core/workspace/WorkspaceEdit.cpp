// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceEdit.h"

#include <QUndoStack>

namespace cb {

WorkspaceEdit::WorkspaceEdit(const UndoText& text) : QUndoCommand(text.current()), m_text(text) {}

// The stack calls these after WorkspaceDocument has already written (or reverted) the change inside a
// transaction; writing here would bypass both the transaction and the error report.
void WorkspaceEdit::redo() {}

void WorkspaceEdit::undo() {}

void WorkspaceEdit::retranslate()
{
    if (m_text.followsLanguage())
        setText(m_text.current());
}

void retranslateEdits(QUndoStack* stack)
{
    if (!stack)
        return;
    for (int i = 0; i < stack->count(); ++i) {
        // The stack hands out const commands only; the edits on it are ours, and the text is all that changes.
        if (auto* edit = dynamic_cast<WorkspaceEdit*>(const_cast<QUndoCommand*>(stack->command(i))))
            edit->retranslate();
    }
}

} // namespace cb
