// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionLogModel.h"

#include <QLocale>

#include "actors/ActorFilter.h"
#include "common/DomainLabels.h"
#include "i18n/Translations.h"
#include "text/SearchKey.h"
#include "workspace/WorkspaceData.h"
#include "workspace/WorkspaceDocument.h"

namespace cb::ui {

DecisionLogModel::DecisionLogModel(WorkspaceDocument* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document), m_language(currentLanguage())
{
    connect(m_document, &WorkspaceDocument::workspaceOpened, this, &DecisionLogModel::reload);
    connect(m_document, &WorkspaceDocument::dataChanged, this, &DecisionLogModel::reload);
    reload();
}

int DecisionLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DecisionLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Reason || index.column() == Details || index.column() == Pair) {
            const QString text = display(row, index.column()).toString();
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        if (index.column() == When)
            return row.entry.at.toUTC().toString(Qt::ISODate);
        return {};
    case EntryIdRole:
        return row.entry.id;
    case ActorARole:
        return row.entry.actorA;
    case ActorBRole:
        return row.entry.actorB;
    case ActionKeyRole:
        return row.entry.action;
    case SortRole:
        // The log is append-only: its ids follow time even when two lines share a second.
        return index.column() == When ? QVariant(row.entry.id) : display(row, index.column());
    default:
        return {};
    }
}

QVariant DecisionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("Decision");
    case Pair:
        return tr("Pair");
    case Reason:
        return tr("Reason");
    case Details:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

const DecisionEntry* DecisionLogModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].entry : nullptr;
}

QStringList DecisionLogModel::searchKeys(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row& r = m_rows[row];
    QStringList keys = r.nameKeys;
    for (const QString& text :
         {r.entry.user, DomainLabels::decisionAction(r.entry.action), r.entry.reason, describeDetails(r.entry)}) {
        const QString key = searchKey(text);
        if (!key.isEmpty())
            keys.append(key);
    }
    return keys;
}

int DecisionLogModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].entry.id == id)
            return i;
    }
    return -1;
}

QString DecisionLogModel::pairName(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].pair : QString();
}

QString DecisionLogModel::detailsText(int row) const
{
    return row >= 0 && row < m_rows.size() ? describeDetails(m_rows[row].entry) : QString();
}

void DecisionLogModel::setLanguage(const QString& language)
{
    m_language = language;
    relabel();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void DecisionLogModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_loadError.clear();
    if (WorkspaceStore* store = m_document->store()) {
        QString error;
        const QList<DecisionEntry> entries = store->pipeline().allDecisions(&error);
        m_loadError = error;
        const WorkspaceData& data = m_document->data();
        m_rows.reserve(entries.size());
        for (const DecisionEntry& entry : entries) {
            Row row;
            row.entry = entry;
            for (const ActorId id : {entry.actorA, entry.actorB}) {
                if (const Actor* actor = data.actor(id))
                    row.nameKeys += ActorFilter::searchKeysOf(*actor);
            }
            m_rows.append(row);
        }
    }
    relabel();
    endResetModel();
}

void DecisionLogModel::relabel()
{
    const WorkspaceData& data = m_document->data();
    for (Row& row : m_rows) {
        const QString a = data.actorName(row.entry.actorA, m_language);
        const QString b = data.actorName(row.entry.actorB, m_language);
        // A line about an actor since deleted still says which one it was.
        row.pair = tr("%1 – %2").arg(a.isEmpty() ? tr("#%1").arg(row.entry.actorA) : a,
                                     b.isEmpty() ? tr("#%1").arg(row.entry.actorB) : b);
    }
}

QVariant DecisionLogModel::display(const Row& row, int column) const
{
    switch (Column(column)) {
    case When:
        return QLocale(localeNameFor(m_language))
            .toString(row.entry.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    case Who:
        return row.entry.user;
    case Action:
        return DomainLabels::decisionAction(row.entry.action);
    case Pair:
        return row.pair;
    case Reason:
        return row.entry.reason;
    case Details:
        return describeDetails(row.entry);
    case ColumnCount:
        break;
    }
    return {};
}

QString DecisionLogModel::describeDetails(const DecisionEntry& entry) const
{
    const QString& details = entry.details;
    if (entry.action == QLatin1String("stage")) {
        // Written as "from → to" with stage keys; shown with the stage names of the interface language.
        const QStringList steps = details.split(QStringLiteral(" → "));
        if (steps.size() == 2)
            return tr("%1 → %2").arg(DomainLabels::stage(steps.at(0).trimmed()),
                                     DomainLabels::stage(steps.at(1).trimmed()));
    }
    if (entry.action == QLatin1String("undo") && !details.isEmpty())
        return tr("Took back: %1").arg(DomainLabels::decisionAction(details));
    if (entry.action == QLatin1String("clear") && !details.isEmpty())
        return tr("Rule cleared: %1").arg(DomainLabels::pairRule(details));
    if (entry.action == QLatin1String("accept") && details == QLatin1String("existing"))
        return tr("The pair already had an open partnership");
    return details;
}

} // namespace cb::ui
