// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineFilter.h"

#include "text/SearchKey.h"

namespace cb {

void PipelineFilter::setText(const QString& text)
{
    m_text = text;
    m_key = searchKey(text);
}

bool PipelineFilter::isActive() const
{
    return !m_stage.isEmpty() || !m_owner.isEmpty() || !m_key.isEmpty() || m_attention != PipelineAttention::Any;
}

bool PipelineFilter::accepts(const PipelineRowFacts& row) const
{
    if (!m_stage.isEmpty() && row.stage != m_stage)
        return false;
    if (!m_owner.isEmpty() && row.owner.trimmed().compare(m_owner, Qt::CaseInsensitive) != 0)
        return false;
    switch (m_attention) {
    case PipelineAttention::Any:
        break;
    case PipelineAttention::Overdue:
        if (!row.overdue)
            return false;
        break;
    case PipelineAttention::Dormant:
        if (!row.dormant)
            return false;
        break;
    case PipelineAttention::OverdueOrDormant:
        if (!row.overdue && !row.dormant)
            return false;
        break;
    }
    if (m_key.isEmpty())
        return true;
    for (const QString& key : row.searchKeys) {
        if (key.contains(m_key))
            return true;
    }
    return false;
}

QStringList PipelineFilter::searchKeysOf(const Partnership& partnership)
{
    QStringList keys;
    for (const QString& text : {partnership.nextAction, partnership.summary, partnership.owner}) {
        const QString key = searchKey(text);
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    }
    return keys;
}

} // namespace cb
