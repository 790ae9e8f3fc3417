// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionLogProxy.h"

#include <algorithm>

#include <QLocale>

#include "DecisionLogModel.h"
#include "i18n/Translations.h"

namespace cb::ui {

namespace {

QCollator collatorFor(const QString& language)
{
    QCollator collator{QLocale(localeNameFor(language))};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

} // namespace

DecisionLogProxy::DecisionLogProxy(QObject* parent)
    : QSortFilterProxyModel(parent), m_collator(collatorFor(currentLanguage()))
{
    setSortRole(DecisionLogModel::SortRole);
    setDynamicSortFilter(true);
}

void DecisionLogProxy::setPairFilter(ActorId a, ActorId b)
{
    if (std::min(a, b) == m_filter.pairA() && std::max(a, b) == m_filter.pairB())
        return;
    m_filter.setPair(a, b);
    invalidateFilter();
}

void DecisionLogProxy::setSearchText(const QString& text)
{
    const QString before = m_filter.key();
    m_filter.setText(text);
    if (m_filter.key() != before)
        invalidateFilter();
}

void DecisionLogProxy::setLanguage(const QString& language)
{
    m_collator = collatorFor(language);
    invalidate();
}

bool DecisionLogProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || !m_filter.isActive())
        return true;
    const auto* model = qobject_cast<const DecisionLogModel*>(sourceModel());
    if (!model || !model->entry(sourceRow))
        return true;
    // Folding every text is only worth it when there is something to search for.
    return m_filter.accepts(*model->entry(sourceRow),
                            m_filter.key().isEmpty() ? QStringList() : model->searchKeys(sourceRow));
}

bool DecisionLogProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() != DecisionLogModel::When) {
        const int order = m_collator.compare(left.data(DecisionLogModel::SortRole).toString(),
                                             right.data(DecisionLogModel::SortRole).toString());
        if (order != 0)
            return order < 0;
    }
    // Log order (the time each line was written) decides the rest.
    return left.data(DecisionLogModel::EntryIdRole).toLongLong() <
           right.data(DecisionLogModel::EntryIdRole).toLongLong();
}

} // namespace cb::ui
