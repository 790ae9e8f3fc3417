// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/PipelineFilter.h"

#include <QCollator>
#include <QSortFilterProxyModel>

namespace cb::ui {

/**
 * Filters a PipelineModel by a cb::PipelineFilter and sorts it: names and texts with QCollator for the interface
 * language's locale, stages in pipeline order, dates by day.
 */
class PipelineFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PipelineFilterProxy(QObject* parent = nullptr);

    const PipelineFilter& filter() const { return m_filter; }
    void setStageFilter(const QString& stageKey);
    void setOwnerFilter(const QString& owner);
    void setSearchText(const QString& text);
    void setAttention(PipelineAttention attention);

    /** Sorts text by the collation of this language (en, zh, es). */
    void setLanguage(const QString& language);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    PipelineFilter m_filter;
    QCollator m_collator;
};

} // namespace cb::ui
