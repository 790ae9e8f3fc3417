// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Actor.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace cb {
struct WorkspaceData;
}

namespace cb::ui {

class WorkspaceDocument;

/**
 * The cities and institutions of the open workspace, one row per actor, named in the data language. Rows follow
 * the document: a newly opened or reloaded workspace resets the model.
 */
class ActorListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        Country,
        Population,
        Priorities,
        Offers,
        Interests,
        Events,
        ColumnCount
    };

    enum Role
    {
        ActorIdRole = Qt::UserRole + 1, ///< qint64
        KindRole,                       ///< int(ActorKind)
        SearchKeysRole,                 ///< QStringList: folded names and aliases
        SortRole,                       ///< qint64 for number columns, QString for text columns
    };

    explicit ActorListModel(WorkspaceDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The actor shown in a row, or 0 for an invalid row. */
    ActorId actorId(int row) const;
    /** The row showing an actor, or -1. */
    int rowOf(ActorId id) const;

    /** The data language names are shown in (en, zh, es). */
    QString language() const { return m_language; }
    /** Shows names in another data language and retranslates labels and headers; rows and selection stay. */
    void setLanguage(const QString& language);

    static bool isNumberColumn(int column);

private:
    struct Row
    {
        ActorId id = 0;
        ActorKind kind = ActorKind::City;
        QString countryCode;
        QString name;
        QString country;
        QStringList allNames;
        QStringList searchKeys;
        qint64 population = 0;
        int populationYear = 0;
        int priorities = 0;
        int offers = 0;
        int interestsExpressed = 0;
        int interestsReceived = 0;
        int events = 0;
    };

    void rebuild();
    void relabel(const WorkspaceData& data);
    QVariant display(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;
    QVariant toolTip(const Row& row, int column) const;

    WorkspaceDocument* m_document;
    QString m_language;
    QList<Row> m_rows;
};

} // namespace cb::ui
