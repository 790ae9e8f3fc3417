// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreDialog.h"

#include "storage/BackupRotation.h"
#include "workspace/WorkspaceDocument.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cb::ui {

namespace {

enum Column
{
    TakenColumn,
    KindColumn,
    SizeColumn,
    CheckColumn,
    ColumnCount
};

constexpr int PathRole = Qt::UserRole;
constexpr int VerifiedRole = Qt::UserRole + 1;

} // namespace

RestoreDialog::RestoreDialog(WorkspaceDocument* document, QWidget* parent) : QDialog(parent), m_document(document)
{
    setObjectName(QStringLiteral("restoreDialog"));
    m_confirm = [](QWidget* owner, const QString& question) {
        return QMessageBox::question(owner, tr("Restore from Backup"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setColumnCount(ColumnCount);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(KindColumn, QHeaderView::Stretch);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restoreButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    connect(m_restoreButton, &QPushButton::clicked, this, [this] { restoreSelected(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RestoreDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { restoreSelected(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    resize(640, 380);

    retranslateUi();
}

QString RestoreDialog::takenText(const QDateTime& when)
{
    const QLocale locale;
    // Two backups can be taken in the same minute (a restore and its undo copy): show the seconds.
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (!time.contains(QLatin1String("ss")))
        time.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return locale.toString(when, locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time);
}

QString RestoreDialog::selectedBackup() const
{
    const QList<QTreeWidgetItem*> selected = m_list->selectedItems();
    if (selected.isEmpty() || !selected.first()->data(TakenColumn, VerifiedRole).toBool())
        return QString();
    return selected.first()->data(TakenColumn, PathRole).toString();
}

void RestoreDialog::refresh()
{
    const QString chosen = selectedBackup();
    m_list->clear();
    const QString path = m_document->isOpen() ? m_document->path() : QString();
    const QLocale locale;
    const QList<BackupInfo> backups = path.isEmpty() ? QList<BackupInfo>() : listBackups(path);
    for (const BackupInfo& backup : backups) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(TakenColumn, takenText(backup.createdAt));
        item->setText(KindColumn, backupKindLabel(backup));
        item->setText(SizeColumn, locale.formattedDataSize(backup.size));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(CheckColumn, backup.verified ? tr("Verified") : tr("Damaged"));
        item->setData(TakenColumn, PathRole, backup.path);
        item->setData(TakenColumn, VerifiedRole, backup.verified);
        const QString file = QDir::toNativeSeparators(backup.path);
        for (int column = 0; column < ColumnCount; ++column)
            item->setToolTip(column, backup.verified ? file : file + QLatin1Char('\n') + backup.problem);
        // A damaged backup is listed (so that the officer knows about it) but cannot be chosen.
        if (!backup.verified)
            item->setFlags(Qt::NoItemFlags);
        if (backup.verified && (backup.path == chosen || (chosen.isEmpty() && !m_list->currentItem())))
            m_list->setCurrentItem(item);
    }
    if (path.isEmpty())
        m_heading->setText(tr("No workspace is open."));
    else if (backups.isEmpty())
        m_heading->setText(tr("There are no backups of %1 yet. They are kept in %2.")
                               .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(backupFolder(path))));
    else
        m_heading->setText(tr("Backups of %1, newest first, kept in %2.")
                               .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(backupFolder(path))));
    updateButtons();
}

bool RestoreDialog::restoreSelected()
{
    m_error.clear();
    m_errorLabel->hide();
    const QList<QTreeWidgetItem*> selected = m_list->selectedItems();
    const QString backup = selectedBackup();
    if (backup.isEmpty()) {
        showError(tr("Choose a verified backup to restore."));
        return false;
    }
    const QString taken = selected.first()->text(TakenColumn);
    const QString name = QFileInfo(m_document->path()).fileName();
    if (m_confirm &&
        !m_confirm(this, tr("Replace the workspace %1 with the backup taken %2?\n\nThe current state is backed up "
                            "first: restore that backup to undo this.")
                             .arg(name, taken)))
        return false;
    QString error;
    QString undo;
    if (!m_document->restoreFrom(backup, &undo, &error)) {
        refresh();
        showError(error);
        return false;
    }
    m_undo = undo;
    emit restored(tr("%1 was restored from the backup taken %2. The state before is kept as a backup: %3")
                      .arg(name, taken, QFileInfo(undo).fileName()));
    accept();
    return true;
}

void RestoreDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RestoreDialog::retranslateUi()
{
    setWindowTitle(tr("Restore from Backup"));
    m_list->setHeaderLabels({tr("Taken"), tr("Kind"), tr("Size"), tr("Check")});
    m_hint->setText(tr("Restoring replaces the open workspace with the chosen backup. The current state is backed "
                       "up first, so a restore can be undone by restoring that backup. Damaged backups cannot be "
                       "restored."));
    m_restoreButton->setText(tr("&Restore"));
    refresh();
}

void RestoreDialog::updateButtons()
{
    m_restoreButton->setEnabled(!selectedBackup().isEmpty());
}

void RestoreDialog::showError(const QString& message)
{
    m_error = message;
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

} // namespace cb::ui
