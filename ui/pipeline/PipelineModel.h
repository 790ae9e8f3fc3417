// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Partnership.h"
#include "pipeline/DormancyPolicy.h"
#include "pipeline/PipelineFilter.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QStringList>

namespace cb {
struct WorkspaceData;
}

namespace cb::ui {

class WorkspaceDocument;

/**
 * The partnerships of the open workspace, one row each: both actors named in the interface language, the stage,
 * dates, next action, owner and the computed dormant / overdue flags. Rows follow the document (a reloaded or
 * newly opened workspace resets the model).
 */
class PipelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ActorA,
        ActorB,
        Stage,
        NextAction, ///< the next action with its due day; sorts by the due day
        Flag,       ///< dormant or overdue
        LastActivity,
        Owner,
        Started,
        ColumnCount
    };

    enum Role
    {
        PartnershipIdRole = Qt::UserRole + 1, ///< qint64
        UidRole,                              ///< QString
        StageKeyRole,                         ///< QString: the stored stage key
        SortRole,                             ///< qint64 for stage order and dates, QString for text
        DormantRole,                          ///< bool: flagged by the dormancy policy
        OverdueRole,                          ///< bool: next action due before today
        ActorARole,                           ///< qint64
        ActorBRole,                           ///< qint64
    };

    explicit PipelineModel(WorkspaceDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The partnership shown in a row, or nullptr for an invalid row. */
    const Partnership* partnership(int row) const;
    /** The facts the filter looks at for a row. */
    const PipelineRowFacts& facts(int row) const;
    /** The row of the partnership with this uid, or -1. */
    int rowOfUid(const QString& uid) const;
    /** The row of the open (not closed) partnership of a pair, else of its latest one, or -1. */
    int rowOfPair(ActorId a, ActorId b) const;
    /** The distinct owners, in the order they first appear. */
    QStringList owners() const;

    /** The day flags are computed for; today unless a test set another. */
    QDate today() const;
    void setToday(const QDate& day);
    const DormancyPolicy& policy() const { return m_policy; }

    /** Retranslates labels and names after a language change; rows stay. */
    void setLanguage(const QString& language);

    static bool isKeyColumn(int column);

private:
    struct Row
    {
        // A copy: the document replaces its snapshot on every reload, before this model hears of it.
        Partnership partnership;
        QString nameA;
        QString nameB;
        QDate lastActivity;
        PipelineRowFacts facts;
    };

    void rebuild();
    void relabel(const WorkspaceData& data);
    QVariant display(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;
    QVariant toolTip(const Row& row, int column) const;

    WorkspaceDocument* m_document;
    QString m_language;
    QDate m_today;
    DormancyPolicy m_policy;
    QList<Row> m_rows;
};

} // namespace cb::ui
