// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Partnership.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace cb {

/** What needs the officer's attention, as a filter of the pipeline. */
enum class PipelineAttention
{
    Any,
    Overdue, ///< next action due before today
    Dormant, ///< flagged dormant by the DormancyPolicy
    OverdueOrDormant
};

/** The facts a pipeline row is filtered on, computed once per row by whoever lists the partnerships. */
struct PipelineRowFacts
{
    QString stage;
    QString owner;
    QStringList searchKeys; ///< cb::searchKey of the actors' names and aliases, the next action and the summary
    bool overdue = false;
    bool dormant = false;
};

/**
 * Which partnerships the pipeline shows: one stage or all, one owner or all, a search text matched against the
 * folded names of both actors (any language, alias or script), the next action and the summary, and what needs
 * attention.
 */
class PipelineFilter
{
public:
    /** Empty shows every stage. */
    void setStage(const QString& stageKey) { m_stage = stageKey; }
    QString stage() const { return m_stage; }

    /** Empty shows every owner; otherwise owners are compared ignoring case and surrounding spaces. */
    void setOwner(const QString& owner) { m_owner = owner.trimmed(); }
    QString owner() const { return m_owner; }

    void setText(const QString& text);
    QString text() const { return m_text; }
    /** The folded text compared with the row's keys; empty when the text has no letters or digits. */
    QString key() const { return m_key; }

    void setAttention(PipelineAttention attention) { m_attention = attention; }
    PipelineAttention attention() const { return m_attention; }

    bool isActive() const;
    bool accepts(const PipelineRowFacts& row) const;

    /** The search keys of a partnership's texts (next action, summary, owner); the caller adds the actors'. */
    static QStringList searchKeysOf(const Partnership& partnership);

private:
    QString m_stage;
    QString m_owner;
    QString m_text;
    QString m_key;
    PipelineAttention m_attention = PipelineAttention::Any;
};

} // namespace cb
