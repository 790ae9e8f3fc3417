// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActorFilter.h"

#include <QCollator>
#include <QSortFilterProxyModel>

namespace cb::ui {

/**
 * Filters an ActorListModel by ActorFilter and sorts it: text columns with QCollator for the data language's
 * locale (pinyin order in Chinese, ñ after n in Spanish), number columns numerically.
 */
class ActorFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActorFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_filter.text(); }
    void setKindFilter(ActorKindFilter kind);
    ActorKindFilter kindFilter() const { return m_filter.kind(); }
    const ActorFilter& filter() const { return m_filter; }

    /** Sorts text by the collation of this data language (en, zh, es). */
    void setLanguage(const QString& language);
    QString collationLocale() const { return m_collator.locale().name(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    ActorFilter m_filter;
    QCollator m_collator;
};

} // namespace cb::ui
