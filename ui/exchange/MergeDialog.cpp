// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeDialog.h"

#include "MergeConflictModel.h"
#include "exchange/MergeEdit.h"
#include "exchange/WorkspaceMerge.h"
#include "workspace/WorkspaceDocument.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cb::ui {

MergeDialog::MergeDialog(WorkspaceDocument* document, const QString& packagePath, QWidget* parent)
    : QDialog(parent), m_document(document), m_packagePath(packagePath), m_heading(new QLabel(this)),
      m_summary(new QLabel(this)), m_conflictBox(new QGroupBox(this)), m_conflictView(new QTableView(m_conflictBox)),
      m_model(new MergeConflictModel(this)), m_allMine(new QPushButton(m_conflictBox)),
      m_allTheirs(new QPushButton(m_conflictBox)), m_addedBox(new QGroupBox(this)),
      m_addedList(new QListWidget(m_addedBox)), m_updatesBox(new QGroupBox(this)),
      m_updatesList(new QListWidget(m_updatesBox)), m_appended(new QLabel(this)), m_errorLabel(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_mergeButton(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("mergeDialog"));
    m_conflictView->setObjectName(QStringLiteral("conflictView"));
    m_addedList->setObjectName(QStringLiteral("addedList"));
    m_updatesList->setObjectName(QStringLiteral("updatesList"));
    m_allMine->setObjectName(QStringLiteral("keepAllMine"));
    m_allTheirs->setObjectName(QStringLiteral("takeAllTheirs"));
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    m_errorLabel->setObjectName(QStringLiteral("mergeError"));

    m_heading->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_appended->setWordWrap(true);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->hide();

    m_conflictView->setModel(m_model);
    m_conflictView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflictView->setWordWrap(true);
    m_conflictView->verticalHeader()->hide();
    m_conflictView->horizontalHeader()->setStretchLastSection(true);
    m_conflictView->horizontalHeader()->setSectionResizeMode(MergeConflictModel::MineColumn, QHeaderView::Stretch);

    auto* conflictLayout = new QVBoxLayout(m_conflictBox);
    conflictLayout->addWidget(m_conflictView);
    auto* sides = new QHBoxLayout;
    sides->addStretch();
    sides->addWidget(m_allMine);
    sides->addWidget(m_allTheirs);
    conflictLayout->addLayout(sides);
    auto* addedLayout = new QVBoxLayout(m_addedBox);
    addedLayout->addWidget(m_addedList);
    auto* updatesLayout = new QVBoxLayout(m_updatesBox);
    updatesLayout->addWidget(m_updatesList);

    auto* lists = new QHBoxLayout;
    lists->addWidget(m_addedBox);
    lists->addWidget(m_updatesBox);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_conflictBox, 3);
    layout->addLayout(lists, 2);
    layout->addWidget(m_appended);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_allMine, &QPushButton::clicked, this, [this] { m_model->preferAll(false); });
    connect(m_allTheirs, &QPushButton::clicked, this, [this] { m_model->preferAll(true); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MergeDialog::merge);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QString error;
    if (!m_document || !m_document->store())
        error = tr("No workspace is open.");
    else
        m_plan = WorkspaceMerge::plan(*m_document->store(), m_packagePath, &error);
    if (m_plan)
        m_model->setConflicts(m_plan->conflicts);
    retranslateUi();
    if (!m_plan)
        showError(error);
    resize(860, 620);
}

MergePlan MergeDialog::currentPlan() const
{
    MergePlan plan = m_plan.value_or(MergePlan());
    plan.conflicts = m_model->conflicts();
    return plan;
}

bool MergeDialog::merge()
{
    if (!m_plan || !m_document)
        return false;
    QString error;
    auto edit = std::make_unique<MergeEdit>(currentPlan(), WorkspaceDocument::userName());
    if (!m_document->perform(std::move(edit), &error)) {
        showError(tr("Nothing was merged: %1").arg(error));
        return false;
    }
    m_error.clear();
    accept();
    return true;
}

void MergeDialog::showError(const QString& message)
{
    m_error = message;
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void MergeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MergeDialog::retranslateUi()
{
    setWindowTitle(tr("Merge Package — %1").arg(QFileInfo(m_packagePath).fileName()));
    m_conflictBox->setTitle(tr("Conflicts: both sides changed these fields; choose which value to keep"));
    m_addedBox->setTitle(tr("New from the package"));
    m_updatesBox->setTitle(tr("Taken from the package (empty or behind here)"));
    m_allMine->setText(tr("Keep All Mine"));
    m_allTheirs->setText(tr("Take All Theirs"));
    m_mergeButton->setText(tr("&Merge"));
    m_model->retranslate();
    fill();
}

void MergeDialog::fill()
{
    m_addedList->clear();
    m_updatesList->clear();
    m_mergeButton->setEnabled(m_plan.has_value());
    if (!m_plan) {
        m_heading->setText(tr("The package %1 cannot be merged.").arg(QFileInfo(m_packagePath).fileName()));
        m_summary->clear();
        m_appended->clear();
        return;
    }
    const MergePlan& plan = *m_plan;
    if (plan.info.isValid())
        m_heading->setText(tr("Package from %1, exported by %2 on %3.")
                               .arg(plan.info.workspaceName, plan.info.exportedBy,
                                    QLocale().toString(plan.info.exportedAt.toLocalTime(), QLocale::ShortFormat)));
    else
        m_heading->setText(tr("Workspace %1 (not exported as a package).").arg(QFileInfo(m_packagePath).fileName()));
    int byName = 0;
    for (const MergeEntity& e : plan.same)
        byName += e.byName ? 1 : 0;
    m_summary->setText(tr("New: %1 · already here: %2 (recognised by name: %3) · conflicts: %4")
                           .arg(plan.added.size())
                           .arg(plan.same.size())
                           .arg(byName)
                           .arg(plan.conflicts.size()));
    for (const MergeEntity& e : plan.added)
        m_addedList->addItem(tr("%1: %2").arg(WorkspaceMerge::kindLabel(e.kind), e.label));
    for (const MergeEntity& e : plan.same) {
        if (e.byName)
            m_addedList->addItem(tr("%1 = %2 (recognised by name)").arg(e.uid, e.label));
    }
    for (const MergeConflict& c : plan.updates)
        m_updatesList->addItem(tr("%1, %2: %3").arg(c.label, WorkspaceMerge::fieldLabel(c.field), c.theirs));
    m_conflictBox->setEnabled(!plan.conflicts.isEmpty());
    m_appended->setText(tr("Also added: %1 aliases, %2 priorities and offers, %3 interests, %4 memberships, "
                           "%5 participations, %6 stage changes, %7 pair rules, %8 notes, %9 decision-log lines.")
                            .arg(plan.newAliases)
                            .arg(plan.newStatements)
                            .arg(plan.newInterests)
                            .arg(plan.newMemberships)
                            .arg(plan.newParticipations)
                            .arg(plan.newStageChanges)
                            .arg(plan.newPairRules)
                            .arg(plan.newNotes)
                            .arg(plan.newDecisions));
    if (plan.isEmpty())
        m_summary->setText(tr("Nothing to merge: the workspace already holds everything in the package."));
}

} // namespace cb::ui
