// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProposalsModel.h"

#include "i18n/NumberFormat.h"
#include "i18n/Translations.h"

#include <QLocale>

namespace cb::ui {

ProposalsModel::ProposalsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProposalsModel::showProposals(std::shared_ptr<const MatchOutcome> outcome)
{
    beginResetModel();
    m_outcome = std::move(outcome);
    m_focus = -1;
    m_rows = m_outcome ? m_outcome->proposals : QList<PairSummary>();
    endResetModel();
}

void ProposalsModel::showRanking(std::shared_ptr<const MatchOutcome> outcome, int actorIndex)
{
    beginResetModel();
    m_outcome = std::move(outcome);
    m_focus = actorIndex;
    m_rows.clear();
    if (m_outcome) {
        for (int pair : m_outcome->result.rankingFor(actorIndex))
            m_rows.append(summarisePair(m_outcome->result, pair));
    }
    endResetModel();
}

void ProposalsModel::clear()
{
    beginResetModel();
    m_outcome.reset();
    m_rows.clear();
    m_focus = -1;
    endResetModel();
}

void ProposalsModel::retranslate()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ProposalsModel::pairAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).pair : -1;
}

int ProposalsModel::rowOf(int pairIndex) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).pair == pairIndex)
            return row;
    }
    return -1;
}

int ProposalsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProposalsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProposalsModel::actorName(int denseIndex) const
{
    const ActorProfile& profile = m_outcome->result.context->profile(denseIndex);
    const Actor* actor = m_outcome->data->actor(profile.id);
    return actor ? actor->name(currentLanguage()) : QString();
}

QString ProposalsModel::themeNames(const QList<int>& themes) const
{
    QStringList names;
    for (int t : themes) {
        const Theme* theme = m_outcome->data->theme(m_outcome->result.context->themeId(t));
        if (theme)
            names.append(theme->names.value(currentLanguage()));
    }
    return names.join(tr(", "));
}

QVariant ProposalsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_outcome || index.row() >= m_rows.size())
        return {};
    const PairSummary& row = m_rows.at(index.row());
    const ScoredPair& pair = m_outcome->result.pairs[std::size_t(row.pair)];
    // In a ranking, the focus actor's side comes first.
    const bool swapped = m_focus >= 0 && pair.b == m_focus;
    const double forward = swapped ? pair.scoreBA : pair.scoreAB;
    const double backward = swapped ? pair.scoreAB : pair.scoreBA;
    if (role == PairRole)
        return row.pair;
    const QLocale locale(localeNameFor(currentLanguage()));
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case PairColumn:
            if (m_focus >= 0)
                return actorName(pair.a == m_focus ? pair.b : pair.a);
            return tr("%1 – %2").arg(actorName(pair.a), actorName(pair.b));
        case ScoreColumn:
            return sort ? QVariant(pair.fused) : QVariant(locale.toString(pair.fused, 'f', 3));
        case ForwardColumn:
            return sort ? QVariant(forward) : QVariant(locale.toString(forward, 'f', 3));
        case BackwardColumn:
            return sort ? QVariant(backward) : QVariant(locale.toString(backward, 'f', 3));
        case ThemesColumn:
            return sort ? QVariant(row.themes.size()) : QVariant(themeNames(row.themes));
        case EvidenceColumn:
            return row.evidence;
        case DistanceColumn:
            if (sort)
                return row.distanceKm;
            return row.distanceKm < 0 ? QString() : tr("%1 km").arg(groupedInteger(qRound64(row.distanceKm)));
        case OverlapColumn:
            if (sort)
                return row.overlapHours;
            return row.overlapHours < 0 ? QString() : tr("%1 h").arg(locale.toString(row.overlapHours, 'f', 1));
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != PairColumn && index.column() != ThemesColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ThemesColumn)
        return themeNames(row.themes);
    if (role == Qt::ToolTipRole && (index.column() == ForwardColumn || index.column() == BackwardColumn))
        return tr("What each side gains: the first city's view, then the partner's.");
    return {};
}

QVariant ProposalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PairColumn:
        return m_focus >= 0 ? tr("Partner") : tr("Pair");
    case ScoreColumn:
        return tr("Score");
    case ForwardColumn:
        return m_focus >= 0 ? tr("For this city") : tr("First → second");
    case BackwardColumn:
        return m_focus >= 0 ? tr("For the partner") : tr("Second → first");
    case ThemesColumn:
        return tr("Shared themes");
    case EvidenceColumn:
        return tr("Evidence");
    case DistanceColumn:
        return tr("Distance");
    case OverlapColumn:
        return tr("Working hours shared");
    default:
        return {};
    }
}

} // namespace cb::ui
