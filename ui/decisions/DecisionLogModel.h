// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Decision.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace cb::ui {

class WorkspaceDocument;

/**
 * The append-only decision log of the open workspace, one row per line: when, who, the action (translated), the
 * pair named in the interface language, the reason and the details. Reread whenever the document changes.
 */
class DecisionLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Who,
        Action,
        Pair,
        Reason,
        Details,
        ColumnCount
    };

    enum Role
    {
        EntryIdRole = Qt::UserRole + 1, ///< qint64
        ActorARole,                     ///< qint64
        ActorBRole,                     ///< qint64
        ActionKeyRole,                  ///< QString: the stored action
        SortRole,                       ///< qint64 for the time, QString for text
    };

    explicit DecisionLogModel(WorkspaceDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The line shown in a row, or nullptr. */
    const DecisionEntry* entry(int row) const;
    /** The folded texts of a row, for the filter. */
    QStringList searchKeys(int row) const;
    /** The row of the line with this id, or -1. */
    int rowOfId(qint64 id) const;
    /** The pair's names as shown ("A – B"). */
    QString pairName(int row) const;
    /** The details column of a row, in words. */
    QString detailsText(int row) const;
    /** Why the log could not be read last time, or empty. */
    QString loadError() const { return m_loadError; }

    /** Retranslates actions and names after a language change; rows stay. */
    void setLanguage(const QString& language);
    /** Reads the log again from the store. */
    void reload();

private:
    struct Row
    {
        DecisionEntry entry;
        QString pair;
        QStringList nameKeys;
    };

    void relabel();
    QVariant display(const Row& row, int column) const;
    QString describeDetails(const DecisionEntry& entry) const;

    WorkspaceDocument* m_document;
    QString m_language;
    QString m_loadError;
    QList<Row> m_rows;
};

} // namespace cb::ui
