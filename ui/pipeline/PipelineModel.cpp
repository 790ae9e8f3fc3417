// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineModel.h"

#include <algorithm>
#include <limits>

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStyle>

#include "actors/ActorFilter.h"
#include "common/DomainLabels.h"
#include "i18n/Translations.h"
#include "workspace/WorkspaceData.h"
#include "workspace/WorkspaceDocument.h"

namespace cb::ui {

namespace {

QString isoDate(const QDate& day)
{
    // ISO days read the same in the three interface languages and sort as they read.
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

qint64 dayKey(const QDate& day)
{
    return day.isValid() ? day.toJulianDay() : -1;
}

} // namespace

PipelineModel::PipelineModel(WorkspaceDocument* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document), m_language(currentLanguage())
{
    connect(m_document, &WorkspaceDocument::workspaceOpened, this, &PipelineModel::rebuild);
    connect(m_document, &WorkspaceDocument::dataChanged, this, &PipelineModel::rebuild);
    rebuild();
}

int PipelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PipelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PipelineModel::isKeyColumn(int column)
{
    return column == Stage || column == Started || column == LastActivity || column == NextAction || column == Flag;
}

QVariant PipelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::ForegroundRole:
        // The red of an error message in both light and dark palettes.
        if ((column == NextAction && row.facts.overdue) || (column == Flag && (row.facts.overdue || row.facts.dormant)))
            return QBrush(QColor(0xd3, 0x2f, 0x2f));
        if (isClosedStage(row.partnership.stage))
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (column == NextAction && row.facts.overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (column == Flag && (row.facts.dormant || row.facts.overdue))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case PartnershipIdRole:
        return row.partnership.id;
    case UidRole:
        return row.partnership.uid;
    case StageKeyRole:
        return row.partnership.stage;
    case SortRole:
        return sortValue(row, column);
    case DormantRole:
        return row.facts.dormant;
    case OverdueRole:
        return row.facts.overdue;
    case ActorARole:
        return row.partnership.actorA;
    case ActorBRole:
        return row.partnership.actorB;
    default:
        return {};
    }
}

QVariant PipelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case ActorA:
            return tr("Actor");
        case ActorB:
            return tr("Partner");
        case Stage:
            return tr("Stage");
        case Started:
            return tr("Started");
        case LastActivity:
            return tr("Last activity");
        case NextAction:
            return tr("Next action");
        case Owner:
            return tr("Owner");
        case Flag:
            return tr("Attention");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && section == Flag)
        return tr("Partnerships without activity for %n month(s) are flagged dormant", "", m_policy.months());
    return {};
}

const Partnership* PipelineModel::partnership(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].partnership : nullptr;
}

const PipelineRowFacts& PipelineModel::facts(int row) const
{
    static const PipelineRowFacts none;
    return row >= 0 && row < m_rows.size() ? m_rows[row].facts : none;
}

int PipelineModel::rowOfUid(const QString& uid) const
{
    if (uid.isEmpty())
        return -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].partnership.uid == uid)
            return i;
    }
    return -1;
}

int PipelineModel::rowOfPair(ActorId a, ActorId b) const
{
    const ActorId low = std::min(a, b);
    const ActorId high = std::max(a, b);
    int found = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Partnership& p = m_rows[i].partnership;
        if (std::min(p.actorA, p.actorB) != low || std::max(p.actorA, p.actorB) != high)
            continue;
        if (!isClosedStage(p.stage))
            return i;
        if (found < 0 || p.startedOn > m_rows[found].partnership.startedOn)
            found = i;
    }
    return found;
}

QStringList PipelineModel::owners() const
{
    QStringList result;
    for (const Row& row : m_rows) {
        const QString owner = row.partnership.owner.trimmed();
        if (!owner.isEmpty() && !result.contains(owner, Qt::CaseInsensitive))
            result.append(owner);
    }
    return result;
}

QDate PipelineModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void PipelineModel::setToday(const QDate& day)
{
    m_today = day;
    rebuild();
}

void PipelineModel::setLanguage(const QString& language)
{
    m_language = language;
    relabel(m_document->data());
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void PipelineModel::rebuild()
{
    beginResetModel();
    const WorkspaceData& data = m_document->data();
    m_policy = DormancyPolicy::fromSettings(data.settings);
    const QDate day = today();
    m_rows.clear();
    m_rows.reserve(data.partnerships.size());
    for (const Partnership& p : data.partnerships) {
        Row row;
        row.partnership = p;
        row.lastActivity = DormancyPolicy::lastActivity(p);
        row.facts.stage = p.stage;
        row.facts.owner = p.owner;
        row.facts.overdue = isNextActionOverdue(p, day);
        row.facts.dormant = m_policy.isDormant(p, day);
        row.facts.searchKeys = PipelineFilter::searchKeysOf(p);
        for (const ActorId id : {p.actorA, p.actorB}) {
            if (const Actor* actor = data.actor(id)) {
                for (const QString& key : ActorFilter::searchKeysOf(*actor)) {
                    if (!row.facts.searchKeys.contains(key))
                        row.facts.searchKeys.append(key);
                }
            }
        }
        m_rows.append(row);
    }
    relabel(data);
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void PipelineModel::relabel(const WorkspaceData& data)
{
    for (Row& row : m_rows) {
        row.nameA = data.actorName(row.partnership.actorA, m_language);
        row.nameB = data.actorName(row.partnership.actorB, m_language);
    }
}

QVariant PipelineModel::display(const Row& row, int column) const
{
    const Partnership& p = row.partnership;
    switch (Column(column)) {
    case ActorA:
        return row.nameA;
    case ActorB:
        return row.nameB;
    case Stage:
        return DomainLabels::stage(p.stage);
    case Started:
        return isoDate(p.startedOn);
    case LastActivity:
        return isoDate(row.lastActivity);
    case NextAction:
        if (!p.nextActionDue.isValid())
            return p.nextAction;
        if (p.nextAction.isEmpty())
            return tr("Due %1").arg(isoDate(p.nextActionDue));
        return tr("%1 (due %2)").arg(p.nextAction, isoDate(p.nextActionDue));
    case Owner:
        return p.owner;
    case Flag:
        if (row.facts.dormant)
            return tr("Quiet");
        if (row.facts.overdue)
            return tr("Overdue");
        return QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PipelineModel::sortValue(const Row& row, int column) const
{
    const Partnership& p = row.partnership;
    switch (Column(column)) {
    case Stage:
        return qint64(stage::all().indexOf(p.stage));
    case Started:
        return dayKey(p.startedOn);
    case LastActivity:
        return dayKey(row.lastActivity);
    case NextAction:
        // Partnerships without a due day go last when sorting by what is due first.
        return p.nextActionDue.isValid() ? dayKey(p.nextActionDue) : std::numeric_limits<qint64>::max();
    case Flag:
        return qint64(row.facts.dormant ? 2 : 0) + qint64(row.facts.overdue ? 1 : 0);
    default:
        return display(row, column);
    }
}

QVariant PipelineModel::toolTip(const Row& row, int column) const
{
    const Partnership& p = row.partnership;
    switch (Column(column)) {
    case ActorA:
    case ActorB:
        return QStringLiteral("%1 – %2").arg(row.nameA, row.nameB);
    case Stage:
        return DomainLabels::stage(p.stage);
    case NextAction:
        if (row.facts.overdue)
            return QString(p.nextAction + QLatin1Char('\n') + tr("Overdue since %1").arg(isoDate(p.nextActionDue)))
                .trimmed();
        return p.nextAction.isEmpty() ? QVariant() : QVariant(p.nextAction);
    case Flag:
        if (row.facts.dormant)
            return QString(
                tr("No activity for %n month(s), since %1.", "", DormancyPolicy::monthsSince(row.lastActivity, today()))
                    .arg(isoDate(row.lastActivity)) +
                QLatin1Char('\n') +
                tr("Partnerships are flagged dormant after %n month(s) without activity.", "", m_policy.months()));
        if (row.facts.overdue)
            return tr("Overdue since %1").arg(isoDate(p.nextActionDue));
        return {};
    default:
        return {};
    }
}

} // namespace cb::ui
