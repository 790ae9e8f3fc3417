// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/DecisionLogFilter.h"

#include <QCollator>
#include <QSortFilterProxyModel>

namespace cb::ui {

/** Filters a DecisionLogModel by a cb::DecisionLogFilter; sorts time by log order and text by QCollator. */
class DecisionLogProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DecisionLogProxy(QObject* parent = nullptr);

    const DecisionLogFilter& filter() const { return m_filter; }
    /** Only the pair's lines (0, 0: every pair). */
    void setPairFilter(ActorId a, ActorId b);
    void setSearchText(const QString& text);
    void setLanguage(const QString& language);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    DecisionLogFilter m_filter;
    QCollator m_collator;
};

} // namespace cb::ui
