// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActorListModel.h"

#include "ActorFilter.h"
#include "common/DomainLabels.h"
#include "i18n/NumberFormat.h"
#include "i18n/Translations.h"
#include "workspace/WorkspaceData.h"
#include "workspace/WorkspaceDocument.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace cb::ui {

namespace {

struct Counts
{
    int priorities = 0;
    int offers = 0;
    int interestsExpressed = 0;
    int interestsReceived = 0;
    int events = 0;

    void add(const Counts& other)
    {
        priorities += other.priorities;
        offers += other.offers;
        interestsExpressed += other.interestsExpressed;
        interestsReceived += other.interestsReceived;
        events += other.events;
    }
};

// One pass over each list, so that the model stays quick for tens of thousands of actors. What a respondent
// group said counts for each of its members, as the detail panel and the matcher see it.
QHash<ActorId, Counts> countEvidence(const WorkspaceData& data)
{
    QHash<ActorId, Counts> byActor;
    QHash<GroupId, Counts> byGroup;
    for (const Statement& s : data.statements) {
        if (s.actorId == 0 && s.groupId == 0)
            continue;
        Counts& counts = s.actorId != 0 ? byActor[s.actorId] : byGroup[s.groupId];
        (s.kind == StatementKind::Priority ? counts.priorities : counts.offers) += 1;
    }
    for (const Interest& i : data.interests) {
        if (i.fromActorId != 0)
            ++byActor[i.fromActorId].interestsExpressed;
        else if (i.fromGroupId != 0)
            ++byGroup[i.fromGroupId].interestsExpressed;
        if (i.toActorId != 0)
            ++byActor[i.toActorId].interestsReceived;
    }
    for (auto it = byGroup.constBegin(); it != byGroup.constEnd(); ++it) {
        for (const ActorId member : data.groupMembers(it.key()))
            byActor[member].add(it.value());
    }
    for (const Event& e : data.events) {
        QSet<ActorId> seen;
        for (const Participation& p : e.participations) {
            if (!seen.contains(p.actorId)) {
                seen.insert(p.actorId);
                ++byActor[p.actorId].events;
            }
        }
    }
    return byActor;
}

// Zero is left blank so that the actors with evidence stand out in the column.
QVariant count(int value)
{
    return value > 0 ? QVariant(value) : QVariant(QString());
}

} // namespace

ActorListModel::ActorListModel(WorkspaceDocument* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document), m_language(currentLanguage())
{
    connect(m_document, &WorkspaceDocument::workspaceOpened, this, &ActorListModel::rebuild);
    connect(m_document, &WorkspaceDocument::dataChanged, this, &ActorListModel::rebuild);
    rebuild();
}

int ActorListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActorListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ActorListModel::isNumberColumn(int column)
{
    return column == Population || column == Priorities || column == Offers || column == Interests || column == Events;
}

QVariant ActorListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        return isNumberColumn(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case ActorIdRole:
        return row.id;
    case KindRole:
        return int(row.kind);
    case SearchKeysRole:
        return row.searchKeys;
    case SortRole:
        return sortValue(row, index.column());
    default:
        return {};
    }
}

QVariant ActorListModel::display(const Row& row, int column) const
{
    switch (column) {
    case Name:
        return row.name;
    case Kind:
        return DomainLabels::actorKind(row.kind);
    case Country:
        return row.country;
    case Population:
        return row.population > 0 ? groupedInteger(row.population) : QString();
    case Priorities:
        return count(row.priorities);
    case Offers:
        return count(row.offers);
    case Interests:
        return count(row.interestsExpressed + row.interestsReceived);
    case Events:
        return count(row.events);
    default:
        return {};
    }
}

QVariant ActorListModel::sortValue(const Row& row, int column) const
{
    switch (column) {
    case Population:
        return row.population;
    case Priorities:
        return qint64(row.priorities);
    case Offers:
        return qint64(row.offers);
    case Interests:
        return qint64(row.interestsExpressed + row.interestsReceived);
    case Events:
        return qint64(row.events);
    default:
        return display(row, column).toString();
    }
}

QVariant ActorListModel::toolTip(const Row& row, int column) const
{
    switch (column) {
    case Name:
        return row.allNames.join(QStringLiteral(" · "));
    case Country:
        return row.country;
    case Population:
        if (row.population <= 0)
            return tr("Population unknown");
        return row.populationYear > 0
                   ? tr("Population %1 (%2)").arg(populationText(row.population)).arg(row.populationYear)
                   : tr("Population %1").arg(populationText(row.population));
    case Interests:
        return tr("%1 expressed, %2 received").arg(row.interestsExpressed).arg(row.interestsReceived);
    default:
        return {};
    }
}

QVariant ActorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return isNumberColumn(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Name");
        case Kind:
            return tr("Kind");
        case Country:
            return tr("Country");
        case Population:
            return tr("Population");
        case Priorities:
            return tr("Priorities", "column header");
        case Offers:
            return tr("Offers", "column header");
        case Interests:
            return tr("Interests", "column header");
        case Events:
            return tr("Events", "column header");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Priorities:
            return tr("Themes the actor wants to develop, including its survey groups' answers");
        case Offers:
            return tr("Themes the actor can share, including its survey groups' answers");
        case Interests:
            return tr("Interests in cooperation expressed by the actor and received from others");
        case Events:
            return tr("Webinars, meetings and forums the actor took part in");
        default:
            return {};
        }
    }
    return {};
}

ActorId ActorListModel::actorId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int ActorListModel::rowOf(ActorId id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

void ActorListModel::setLanguage(const QString& language)
{
    m_language = language;
    relabel(m_document->data());
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ActorListModel::relabel(const WorkspaceData& data)
{
    for (Row& row : m_rows) {
        const Actor* actor = data.actor(row.id);
        row.name = actor ? actor->name(m_language) : QString();
        row.country = row.countryCode.isEmpty() ? QString() : data.countryName(row.countryCode, m_language);
    }
}

void ActorListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const WorkspaceData& data = m_document->data();
    const QHash<ActorId, Counts> counts = countEvidence(data);
    m_rows.reserve(data.actors.size());
    for (const Actor& actor : data.actors) {
        Row row;
        row.id = actor.id;
        row.kind = actor.kind;
        row.countryCode = actor.countryCode;
        for (const QString& language : {lang::En, lang::Zh, lang::Es, lang::Native}) {
            const QString name = actor.names.exact(language);
            if (!name.isEmpty() && !row.allNames.contains(name))
                row.allNames.append(name);
        }
        row.searchKeys = ActorFilter::searchKeysOf(actor);
        row.population = actor.isCity() ? actor.city.population : 0;
        row.populationYear = actor.city.populationYear;
        const Counts c = counts.value(actor.id);
        row.priorities = c.priorities;
        row.offers = c.offers;
        row.interestsExpressed = c.interestsExpressed;
        row.interestsReceived = c.interestsReceived;
        row.events = c.events;
        m_rows.append(row);
    }
    relabel(data);
    endResetModel();
}

} // namespace cb::ui
