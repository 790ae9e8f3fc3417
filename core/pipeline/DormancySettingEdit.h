// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/WorkspaceEdit.h"

#include <QString>

namespace cb {

/**
 * Changing after how many months without activity a partnership is flagged dormant (a workspace setting).
 * Undo restores the previous number. Consecutive changes merge into one undo step, so that stepping a spin box
 * from 6 to 12 is taken back by one undo.
 */
class DormancySettingEdit : public WorkspaceEdit
{
public:
    DormancySettingEdit(int months, const UndoText& text);

    bool apply(WorkspaceStore& store, QString* error) override;
    bool revert(WorkspaceStore& store, QString* error) override;

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    int months() const { return m_months; }

private:
    int m_months;
    int m_before = 0;
};

} // namespace cb
