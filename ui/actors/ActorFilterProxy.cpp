// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActorFilterProxy.h"

#include "ActorListModel.h"
#include "i18n/Translations.h"

#include <QLocale>

namespace cb::ui {

namespace {

QCollator collatorFor(const QString& language)
{
    QCollator collator{QLocale(localeNameFor(language))};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    // "District 9" before "District 10".
    collator.setNumericMode(true);
    return collator;
}

} // namespace

ActorFilterProxy::ActorFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent), m_collator(collatorFor(currentLanguage()))
{
    setSortRole(ActorListModel::SortRole);
    setDynamicSortFilter(true);
}

void ActorFilterProxy::setSearchText(const QString& text)
{
    const QString before = m_filter.key();
    m_filter.setText(text);
    if (m_filter.key() != before)
        invalidateFilter();
}

void ActorFilterProxy::setKindFilter(ActorKindFilter kind)
{
    if (kind == m_filter.kind())
        return;
    m_filter.setKind(kind);
    invalidateFilter();
}

void ActorFilterProxy::setLanguage(const QString& language)
{
    m_collator = collatorFor(language);
    invalidate();
}

bool ActorFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_filter.isActive())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, ActorListModel::Name, sourceParent);
    const auto kind = ActorKind(sourceModel()->data(index, ActorListModel::KindRole).toInt());
    return m_filter.accepts(kind, sourceModel()->data(index, ActorListModel::SearchKeysRole).toStringList());
}

bool ActorFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    int order = 0;
    if (ActorListModel::isNumberColumn(left.column())) {
        const qint64 a = sourceModel()->data(left, ActorListModel::SortRole).toLongLong();
        const qint64 b = sourceModel()->data(right, ActorListModel::SortRole).toLongLong();
        order = a < b ? -1 : (a > b ? 1 : 0);
    } else {
        order = m_collator.compare(sourceModel()->data(left, ActorListModel::SortRole).toString(),
                                   sourceModel()->data(right, ActorListModel::SortRole).toString());
    }
    if (order != 0)
        return order < 0;
    // Ties are broken by name, then by id, so that equal rows keep one order whatever the previous sort was.
    if (left.column() != ActorListModel::Name) {
        const QModelIndex leftName = left.siblingAtColumn(ActorListModel::Name);
        const QModelIndex rightName = right.siblingAtColumn(ActorListModel::Name);
        order = m_collator.compare(sourceModel()->data(leftName, Qt::DisplayRole).toString(),
                                   sourceModel()->data(rightName, Qt::DisplayRole).toString());
        if (order != 0)
            return order < 0;
    }
    return sourceModel()->data(left, ActorListModel::ActorIdRole).toLongLong() <
           sourceModel()->data(right, ActorListModel::ActorIdRole).toLongLong();
}

} // namespace cb::ui
