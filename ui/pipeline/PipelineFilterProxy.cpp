// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineFilterProxy.h"

#include <QLocale>

#include "PipelineModel.h"
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

PipelineFilterProxy::PipelineFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent), m_collator(collatorFor(currentLanguage()))
{
    setSortRole(PipelineModel::SortRole);
    setDynamicSortFilter(true);
}

void PipelineFilterProxy::setStageFilter(const QString& stageKey)
{
    if (stageKey == m_filter.stage())
        return;
    m_filter.setStage(stageKey);
    invalidateFilter();
}

void PipelineFilterProxy::setOwnerFilter(const QString& owner)
{
    if (owner.trimmed() == m_filter.owner())
        return;
    m_filter.setOwner(owner);
    invalidateFilter();
}

void PipelineFilterProxy::setSearchText(const QString& text)
{
    const QString before = m_filter.key();
    m_filter.setText(text);
    if (m_filter.key() != before)
        invalidateFilter();
}

void PipelineFilterProxy::setAttention(PipelineAttention attention)
{
    if (attention == m_filter.attention())
        return;
    m_filter.setAttention(attention);
    invalidateFilter();
}

void PipelineFilterProxy::setLanguage(const QString& language)
{
    m_collator = collatorFor(language);
    invalidate();
}

bool PipelineFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || !m_filter.isActive())
        return true;
    const auto* model = qobject_cast<const PipelineModel*>(sourceModel());
    return !model || m_filter.accepts(model->facts(sourceRow));
}

bool PipelineFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    int order = 0;
    if (PipelineModel::isKeyColumn(left.column())) {
        const qint64 a = sourceModel()->data(left, PipelineModel::SortRole).toLongLong();
        const qint64 b = sourceModel()->data(right, PipelineModel::SortRole).toLongLong();
        order = a < b ? -1 : (a > b ? 1 : 0);
    } else {
        order = m_collator.compare(sourceModel()->data(left, PipelineModel::SortRole).toString(),
                                   sourceModel()->data(right, PipelineModel::SortRole).toString());
    }
    if (order != 0)
        return order < 0;
    // Ties fall back to the pair's names, then to the row, so that equal rows keep one order.
    for (const int column : {int(PipelineModel::ActorA), int(PipelineModel::ActorB)}) {
        if (column == left.column())
            continue;
        order = m_collator.compare(left.siblingAtColumn(column).data().toString(),
                                   right.siblingAtColumn(column).data().toString());
        if (order != 0)
            return order < 0;
    }
    return left.row() < right.row();
}

} // namespace cb::ui
