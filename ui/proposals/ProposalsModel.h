// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MatchOutcome.h"

#include <QAbstractTableModel>

#include <memory>

namespace cb::ui {

/**
 * Scored pairs as a table: either the global proposals, or one actor's ranked partners (then the first column
 * is the partner and the directional scores read from that actor's side). Qt::UserRole gives the pair index
 * in the result, SortRole a value that sorts numerically.
 */
class ProposalsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PairColumn, ScoreColumn, ForwardColumn, BackwardColumn, ThemesColumn, EvidenceColumn,
                  DistanceColumn, OverlapColumn, ColumnCount };
    static constexpr int PairRole = Qt::UserRole;
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ProposalsModel(QObject* parent = nullptr);

    /** Shows the global proposals of outcome. */
    void showProposals(std::shared_ptr<const MatchOutcome> outcome);
    /** Shows the ranked partners of actorIndex (dense index) in outcome. */
    void showRanking(std::shared_ptr<const MatchOutcome> outcome, int actorIndex);
    void clear();
    /** Names and headers follow the interface language. */
    void retranslate();

    int pairAt(int row) const;
    /** The row showing pair index, or -1. */
    int rowOf(int pairIndex) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString actorName(int denseIndex) const;
    QString themeNames(const QList<int>& themes) const;

    std::shared_ptr<const MatchOutcome> m_outcome;
    QList<PairSummary> m_rows;
    int m_focus = -1; ///< the actor whose ranking is shown, or -1 for the global proposals
};

} // namespace cb::ui
