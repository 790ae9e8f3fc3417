// SPDX-License-Identifier: GPL-3.0-or-later
#include "DormancySettingEdit.h"

#include "DormancyPolicy.h"
#include "storage/WorkspaceStore.h"

namespace cb {

namespace {

// Any distinct number: QUndoStack only merges commands that report the same id.
constexpr int kMergeId = 0x44524d; // "DRM"

} // namespace

DormancySettingEdit::DormancySettingEdit(int months, const UndoText& text) : WorkspaceEdit(text), m_months(months) {}

bool DormancySettingEdit::apply(WorkspaceStore& store, QString* error)
{
    if (!DormancyPolicy::parseMonths(QString::number(m_months), nullptr, error))
        return false;
    QString e;
    const QMap<QString, QString> settings = store.pipeline().settings(&e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    m_before = DormancyPolicy::fromSettings(settings).months();
    return store.pipeline().setSettings(DormancyPolicy(m_months).toSettings(), error);
}

bool DormancySettingEdit::revert(WorkspaceStore& store, QString* error)
{
    // The table has no "unset": going back to a missing value writes the default it stood for.
    return store.pipeline().setSettings(DormancyPolicy(m_before).toSettings(), error);
}

int DormancySettingEdit::id() const
{
    return kMergeId;
}

bool DormancySettingEdit::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const DormancySettingEdit*>(other);
    if (!next)
        return false;
    // This command keeps its own "before" and takes the later value, so one undo goes back to where it started.
    m_months = next->m_months;
    return true;
}

} // namespace cb
