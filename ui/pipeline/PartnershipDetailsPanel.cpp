// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnershipDetailsPanel.h"

#include <algorithm>
#include <functional>
#include <memory>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "common/ConflictBar.h"
#include "common/DomainLabels.h"
#include "i18n/Translations.h"
#include "pipeline/DecisionEdits.h"
#include "workspace/WorkspaceData.h"
#include "workspace/WorkspaceDocument.h"

namespace cb::ui {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

QString isoDate(const QDate& day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QDateEdit* makeDateEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(kDateFormat);
    return edit;
}

} // namespace

PartnershipDetailsPanel::PartnershipDetailsPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("pipelineDetails"));

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("pipelineDetailsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_content = new QWidget(this);
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("pipelineTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_status = new QLabel(m_content);
    m_status->setObjectName(QStringLiteral("pipelineStatusLine"));
    m_status->setWordWrap(true);
    m_message = new QLabel(m_content);
    m_message->setObjectName(QStringLiteral("pipelineMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    // Moving the stage.
    m_moveBox = new QGroupBox(m_content);
    m_moveStageLabel = new QLabel(m_moveBox);
    m_moveStage = new QComboBox(m_moveBox);
    m_moveStage->setObjectName(QStringLiteral("pipelineMoveStage"));
    m_moveStageLabel->setBuddy(m_moveStage);
    m_moveDateLabel = new QLabel(m_moveBox);
    m_moveDate = makeDateEdit(m_moveBox);
    m_moveDate->setObjectName(QStringLiteral("pipelineMoveDate"));
    m_moveDateLabel->setBuddy(m_moveDate);
    m_moveNoteLabel = new QLabel(m_moveBox);
    m_moveNote = new QLineEdit(m_moveBox);
    m_moveNote->setObjectName(QStringLiteral("pipelineMoveNote"));
    m_moveNote->setClearButtonEnabled(true);
    m_moveNoteLabel->setBuddy(m_moveNote);
    m_moveButton = new QPushButton(m_moveBox);
    m_moveButton->setObjectName(QStringLiteral("pipelineMoveButton"));
    m_markDormant = new QPushButton(m_moveBox);
    m_markDormant->setObjectName(QStringLiteral("pipelineMarkDormant"));
    auto* moveForm = new QFormLayout;
    moveForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    moveForm->addRow(m_moveStageLabel, m_moveStage);
    moveForm->addRow(m_moveDateLabel, m_moveDate);
    moveForm->addRow(m_moveNoteLabel, m_moveNote);
    auto* moveButtons = new QHBoxLayout;
    moveButtons->addWidget(m_markDormant);
    moveButtons->addStretch(1);
    moveButtons->addWidget(m_moveButton);
    auto* moveLayout = new QVBoxLayout(m_moveBox);
    moveLayout->addLayout(moveForm);
    moveLayout->addLayout(moveButtons);

    // Details.
    m_detailsBox = new QGroupBox(m_content);
    m_ownerLabel = new QLabel(m_detailsBox);
    m_owner = new QLineEdit(m_detailsBox);
    m_owner->setObjectName(QStringLiteral("pipelineOwner"));
    m_ownerLabel->setBuddy(m_owner);
    m_nextActionLabel = new QLabel(m_detailsBox);
    m_nextAction = new QLineEdit(m_detailsBox);
    m_nextAction->setObjectName(QStringLiteral("pipelineNextAction"));
    m_nextActionLabel->setBuddy(m_nextAction);
    m_dueEnabled = new QCheckBox(m_detailsBox);
    m_dueEnabled->setObjectName(QStringLiteral("pipelineDueEnabled"));
    m_due = makeDateEdit(m_detailsBox);
    m_due->setObjectName(QStringLiteral("pipelineDue"));
    m_summaryLabel = new QLabel(m_detailsBox);
    m_summary = new QPlainTextEdit(m_detailsBox);
    m_summary->setObjectName(QStringLiteral("pipelineSummary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMinimumHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_summary->setMaximumHeight(fontMetrics().lineSpacing() * 6 + 12);
    m_summaryLabel->setBuddy(m_summary);
    m_saveDetails = new QPushButton(m_detailsBox);
    m_saveDetails->setObjectName(QStringLiteral("pipelineSaveDetails"));
    m_discardDetails = new QPushButton(m_detailsBox);
    m_discardDetails->setObjectName(QStringLiteral("pipelineDiscardDetails"));
    auto* detailsForm = new QFormLayout;
    detailsForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    detailsForm->addRow(m_ownerLabel, m_owner);
    detailsForm->addRow(m_nextActionLabel, m_nextAction);
    detailsForm->addRow(m_dueEnabled, m_due);
    detailsForm->addRow(m_summaryLabel, m_summary);
    auto* detailButtons = new QHBoxLayout;
    detailButtons->addStretch(1);
    detailButtons->addWidget(m_discardDetails);
    detailButtons->addWidget(m_saveDetails);
    auto* detailsLayout = new QVBoxLayout(m_detailsBox);
    detailsLayout->addLayout(detailsForm);
    detailsLayout->addLayout(detailButtons);

    // History.
    m_historyBox = new QGroupBox(m_content);
    m_history = new QTextBrowser(m_historyBox);
    m_history->setObjectName(QStringLiteral("pipelineHistory"));
    m_history->setOpenLinks(false);
    m_history->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    auto* historyLayout = new QVBoxLayout(m_historyBox);
    historyLayout->addWidget(m_history);

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_status);
    contentLayout->addWidget(m_message);
    m_conflict = new ConflictBar(m_document, m_content);
    contentLayout->addWidget(m_conflict);
    connect(m_conflict, &ConflictBar::reloaded, this, [this] {
        // The reload has read the stored partnership; its details and version replace what could not be saved.
        for (const Partnership& stored : m_document->data().partnerships) {
            if (stored.uid == m_partnership.uid)
                m_partnership = stored;
        }
        fillDetails();
        updateDetailButtons();
        showMessage(tr("These are the stored details now. Make your change again and save."), false);
    });
    connect(m_conflict, &ConflictBar::reloadFailed, this, [this](const QString& text) { showMessage(text, true); });
    contentLayout->addWidget(m_moveBox);
    contentLayout->addWidget(m_detailsBox);
    contentLayout->addWidget(m_historyBox, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_content, 1);

    setTabOrder(m_moveStage, m_moveDate);
    setTabOrder(m_moveDate, m_moveNote);
    setTabOrder(m_moveNote, m_moveButton);
    setTabOrder(m_moveButton, m_markDormant);
    setTabOrder(m_markDormant, m_owner);
    setTabOrder(m_owner, m_nextAction);
    setTabOrder(m_nextAction, m_dueEnabled);
    setTabOrder(m_dueEnabled, m_due);
    setTabOrder(m_due, m_summary);
    setTabOrder(m_summary, m_discardDetails);
    setTabOrder(m_discardDetails, m_saveDetails);
    setTabOrder(m_saveDetails, m_history);

    connect(m_moveButton, &QPushButton::clicked, this, &PartnershipDetailsPanel::moveToChosenStage);
    connect(m_moveNote, &QLineEdit::returnPressed, this, &PartnershipDetailsPanel::moveToChosenStage);
    connect(m_markDormant, &QPushButton::clicked, this, &PartnershipDetailsPanel::markDormant);
    connect(m_saveDetails, &QPushButton::clicked, this, &PartnershipDetailsPanel::saveDetails);
    connect(m_discardDetails, &QPushButton::clicked, this, &PartnershipDetailsPanel::discardDetails);
    for (QLineEdit* edit : {m_owner, m_nextAction}) {
        connect(edit, &QLineEdit::textEdited, this, &PartnershipDetailsPanel::updateDetailButtons);
        connect(edit, &QLineEdit::returnPressed, this, &PartnershipDetailsPanel::saveDetails);
    }
    connect(m_summary, &QPlainTextEdit::textChanged, this, &PartnershipDetailsPanel::updateDetailButtons);
    connect(m_due, &QDateEdit::dateChanged, this, &PartnershipDetailsPanel::updateDetailButtons);
    connect(m_dueEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_due->setEnabled(on);
        updateDetailButtons();
    });

    retranslateUi();
    setPartnership(nullptr, false, DormancyPolicy(), QDate::currentDate());
}

void PartnershipDetailsPanel::setPartnership(const Partnership* partnership, bool dormant, const DormancyPolicy& policy,
                                             const QDate& today)
{
    const bool same = partnership && m_hasPartnership && partnership->uid == m_partnership.uid;
    const bool keepDetails = same && hasUnsavedDetails();
    const int loadedVersion = m_partnership.version;
    m_hasPartnership = partnership != nullptr;
    m_partnership = partnership ? *partnership : Partnership();
    // Details still being typed were started on the version loaded then: when someone else has saved since, saving
    // them is a conflict (shown with both values), not a silent overwrite. After this window's own writes the new
    // version is taken.
    if (keepDetails && !m_document->refreshingAfterOwnEdit())
        m_partnership.version = loadedVersion;
    m_dormant = dormant;
    m_policy = policy;
    m_today = today;
    m_empty->setVisible(!m_hasPartnership);
    m_content->setVisible(m_hasPartnership);
    if (!same) {
        // A message about another partnership would mislead; the note typed for it too.
        showMessage(QString(), false);
        m_conflict->hide();
        m_moveNote->clear();
        m_moveDate->setMaximumDate(today);
        m_moveDate->setDate(today);
    }
    if (!m_hasPartnership)
        return;
    m_title->setText(pairName());
    m_moveDate->setMaximumDate(today);
    fillMoveStages();
    if (!keepDetails)
        fillDetails();
    fillHistory();
    updateStatusLine();
    updateDetailButtons();
}

bool PartnershipDetailsPanel::moveToChosenStage()
{
    if (!m_hasPartnership || m_moveStage->currentIndex() < 0)
        return false;
    const QString target = m_moveStage->currentData().toString();
    const DecisionContext context{WorkspaceDocument::userName(), m_moveNote->text().trimmed(), QString()};
    const UndoText text(
        [pair = pairNameSource(), target] { return tr("Move %1 to %2").arg(pair(), DomainLabels::stage(target)); });
    QString error;
    const bool ok = m_document->perform(std::make_unique<StageChangeEdit>(m_partnership.uid, target, m_moveDate->date(),
                                                                          m_moveNote->text().trimmed(), context, text),
                                        &error);
    if (!ok) {
        showMessage(tr("The stage could not be changed: %1").arg(error), true);
        return false;
    }
    m_moveNote->clear();
    const QString done = tr("%1 moved to %2.").arg(pairName(), DomainLabels::stage(target));
    showMessage(done, false);
    emit statusMessage(done);
    return true;
}

bool PartnershipDetailsPanel::markDormant()
{
    if (!m_hasPartnership || m_partnership.stage == stage::Dormant)
        return false;
    const QDate last = DormancyPolicy::lastActivity(m_partnership);
    const QString note = tr("No activity since %1").arg(isoDate(last));
    const DecisionContext context{WorkspaceDocument::userName(), note, QString()};
    const UndoText text(
        [pair = pairNameSource()] { return tr("Move %1 to %2").arg(pair(), DomainLabels::stage(stage::Dormant)); });
    QString error;
    if (!m_document->perform(
            std::make_unique<StageChangeEdit>(m_partnership.uid, stage::Dormant, m_today, note, context, text),
            &error)) {
        showMessage(tr("The stage could not be changed: %1").arg(error), true);
        return false;
    }
    const QString done = tr("%1 moved to %2.").arg(pairName(), DomainLabels::stage(stage::Dormant));
    showMessage(done, false);
    emit statusMessage(done);
    return true;
}

bool PartnershipDetailsPanel::saveDetails()
{
    if (!m_hasPartnership || !hasUnsavedDetails())
        return false;
    Partnership changed = m_partnership;
    changed.owner = m_owner->text().trimmed();
    changed.nextAction = m_nextAction->text().trimmed();
    changed.nextActionDue = m_dueEnabled->isChecked() ? m_due->date() : QDate();
    changed.summary = m_summary->toPlainText().trimmed();
    const DecisionContext context{WorkspaceDocument::userName(), QString(), QString()};
    const UndoText text([pair = pairNameSource()] { return tr("Edit details of %1").arg(pair()); });
    QString error;
    if (!m_document->perform(std::make_unique<PartnershipDetailsEdit>(changed, context, text), &error)) {
        // Someone else saved it first when the stored version is no longer the one the details were typed on.
        const int stored = m_document->storedPartnershipVersion(m_partnership.uid);
        if (stored != 0 && stored != m_partnership.version) {
            showMessage(QString(), false);
            m_conflict->showConflict(error);
        } else {
            showMessage(tr("The details could not be saved: %1").arg(error), true);
        }
        return false;
    }
    m_conflict->hide();
    // The reload has already shown the saved partnership; the form now matches it.
    fillDetails();
    updateDetailButtons();
    const QString done = tr("Details of %1 saved.").arg(pairName());
    showMessage(done, false);
    emit statusMessage(done);
    return true;
}

void PartnershipDetailsPanel::discardDetails()
{
    fillDetails();
    updateDetailButtons();
    showMessage(QString(), false);
}

bool PartnershipDetailsPanel::hasUnsavedDetails() const
{
    if (!m_hasPartnership)
        return false;
    const QDate due = m_dueEnabled->isChecked() ? m_due->date() : QDate();
    return m_owner->text().trimmed() != m_partnership.owner.trimmed() ||
           m_nextAction->text().trimmed() != m_partnership.nextAction.trimmed() ||
           m_summary->toPlainText().trimmed() != m_partnership.summary.trimmed() || due != m_partnership.nextActionDue;
}

void PartnershipDetailsPanel::focusMoveControl()
{
    if (m_hasPartnership)
        m_moveStage->setFocus(Qt::TabFocusReason);
}

QString PartnershipDetailsPanel::message() const
{
    return m_message->text();
}

void PartnershipDetailsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_hasPartnership) {
            m_title->setText(pairName());
            fillMoveStages();
            fillHistory();
            updateStatusLine();
        }
    }
    QWidget::changeEvent(event);
}

void PartnershipDetailsPanel::retranslateUi()
{
    m_empty->setText(tr("Select a partnership to see its history and move it through the stages."));
    m_moveBox->setTitle(tr("Move to stage"));
    m_moveStageLabel->setText(tr("&Stage:"));
    m_moveDateLabel->setText(tr("&Day:"));
    m_moveDate->setToolTip(tr("The day it happened; today unless you record an earlier step"));
    m_moveNoteLabel->setText(tr("&Note:"));
    m_moveNote->setPlaceholderText(tr("e.g. first video call"));
    m_moveButton->setText(tr("&Move"));
    m_moveButton->setToolTip(tr("Record the move with your name and today's time; Ctrl+Z takes it back"));
    m_markDormant->setText(tr("Mark &dormant"));
    m_markDormant->setToolTip(tr("Move to stage “Dormant” today, noting since when nothing happened"));
    m_detailsBox->setTitle(tr("Details"));
    m_ownerLabel->setText(tr("&Owner:"));
    m_owner->setPlaceholderText(tr("Officer in charge"));
    m_nextActionLabel->setText(tr("Ne&xt action:"));
    m_nextAction->setPlaceholderText(tr("e.g. send the draft MoU"));
    m_dueEnabled->setText(tr("D&ue:"));
    m_dueEnabled->setToolTip(tr("Give the next action a due day"));
    m_summaryLabel->setText(tr("Su&mmary:"));
    m_saveDetails->setText(tr("Sa&ve details"));
    m_discardDetails->setText(tr("D&iscard"));
    m_historyBox->setTitle(tr("History"));
}

void PartnershipDetailsPanel::fillMoveStages()
{
    // Keep what the officer picked while the partnership stays where it was; after a move (or its undo) offer
    // the stage after the new one, the usual next step.
    const QString chosen = m_moveStageFilledFor == m_partnership.uid + m_partnership.stage
                               ? m_moveStage->currentData().toString()
                               : QString();
    m_moveStageFilledFor = m_partnership.uid + m_partnership.stage;
    m_moveStage->clear();
    const QStringList stages = stage::all();
    for (const QString& key : stages) {
        if (key != m_partnership.stage)
            m_moveStage->addItem(DomainLabels::stage(key), key);
    }
    int index = m_moveStage->findData(chosen);
    if (index < 0 || chosen.isEmpty()) {
        const int current = int(stages.indexOf(m_partnership.stage));
        const QString next = current >= 0 && current + 1 < stages.size() ? stages.at(current + 1) : QString();
        index = std::max(0, m_moveStage->findData(next));
    }
    m_moveStage->setCurrentIndex(index);
    m_markDormant->setVisible(m_partnership.stage != stage::Dormant && !isClosedStage(m_partnership.stage));
    m_markDormant->setDefault(false);
}

void PartnershipDetailsPanel::fillDetails()
{
    m_owner->setText(m_partnership.owner);
    m_nextAction->setText(m_partnership.nextAction);
    const bool hasDue = m_partnership.nextActionDue.isValid();
    m_dueEnabled->setChecked(hasDue);
    m_due->setEnabled(hasDue);
    m_due->setDate(hasDue ? m_partnership.nextActionDue : m_today.addDays(7));
    m_summary->setPlainText(m_partnership.summary);
}

void PartnershipDetailsPanel::fillHistory()
{
    QList<StageChange> history = m_partnership.history;
    // Newest first: the officer looks for what happened last.
    std::stable_sort(history.begin(), history.end(), [](const StageChange& a, const StageChange& b) {
        if (a.date != b.date)
            return a.date > b.date;
        return a.id > b.id;
    });
    const QLocale locale(localeNameFor(currentLanguage()));
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'>");
    for (const StageChange& change : history) {
        QStringList who;
        if (!change.changedBy.isEmpty())
            who << tr("by %1").arg(change.changedBy.toHtmlEscaped());
        if (change.recordedAt.isValid())
            who << tr("recorded %1")
                       .arg(locale.toString(change.recordedAt.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped());
        html += QStringLiteral("<tr><td valign='top' style='white-space:nowrap'>%1</td><td><b>%2</b>")
                    .arg(isoDate(change.date), DomainLabels::stage(change.stage).toHtmlEscaped());
        if (!who.isEmpty())
            html += QStringLiteral(" <span style='color:gray'>%1</span>").arg(who.join(QStringLiteral(", ")));
        if (!change.note.isEmpty())
            html += QStringLiteral("<br>%1").arg(change.note.toHtmlEscaped());
        html += QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    if (history.isEmpty())
        html = QStringLiteral("<p style='color:gray'>%1</p>").arg(tr("No stage changes recorded yet.").toHtmlEscaped());
    m_history->setHtml(html);
}

void PartnershipDetailsPanel::updateDetailButtons()
{
    const bool dirty = hasUnsavedDetails();
    m_saveDetails->setEnabled(dirty);
    m_discardDetails->setEnabled(dirty);
}

void PartnershipDetailsPanel::updateStatusLine()
{
    QStringList lines;
    lines << tr("Stage: %1").arg(DomainLabels::stage(m_partnership.stage));
    if (m_partnership.startedOn.isValid())
        lines << tr("Started: %1").arg(isoDate(m_partnership.startedOn));
    const QDate last = DormancyPolicy::lastActivity(m_partnership);
    if (last.isValid())
        lines << tr("Last activity: %1").arg(isoDate(last));
    QString text = lines.join(QStringLiteral(" · "));
    if (m_dormant)
        text += QLatin1Char('\n') +
                tr("Flagged dormant: no activity for %n month(s).", "", DormancyPolicy::monthsSince(last, m_today));
    m_status->setText(text);
}

QString PartnershipDetailsPanel::conflictText() const
{
    return m_conflict->message();
}

QPushButton* PartnershipDetailsPanel::conflictReloadButton() const
{
    return m_conflict->findChild<QPushButton*>(QStringLiteral("conflictReload"));
}

void PartnershipDetailsPanel::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    // The same red as the board's overdue days; a confirmation uses the normal text colour.
    m_message->setStyleSheet(error ? QStringLiteral("color: #d32f2f;") : QString());
    m_message->setProperty("error", error);
}

QString PartnershipDetailsPanel::pairName() const
{
    return pairNameSource()();
}

std::function<QString()> PartnershipDetailsPanel::pairNameSource() const
{
    const WorkspaceData& data = m_document->data();
    const Actor* a = data.actor(m_partnership.actorA);
    const Actor* b = data.actor(m_partnership.actorB);
    return [namesA = a ? a->names : LocalizedText(), namesB = b ? b->names : LocalizedText()] {
        const QString language = currentLanguage();
        return tr("%1 – %2").arg(namesA.value(language), namesB.value(language));
    };
}

} // namespace cb::ui
