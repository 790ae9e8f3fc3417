// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeActions.h"

#include "MergeDialog.h"
#include "exchange/WorkspacePackage.h"
#include "workspace/WorkspaceDocument.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace cb::ui {

ExchangeActions::ExchangeActions(QWidget* window, WorkspaceDocument* document)
    : QObject(window), m_window(window), m_document(document), m_export(new QAction(this)), m_merge(new QAction(this))
{
    m_export->setObjectName(QStringLiteral("exportPackageAction"));
    m_merge->setObjectName(QStringLiteral("mergePackageAction"));
    connect(m_export, &QAction::triggered, this, &ExchangeActions::writePackage);
    connect(m_merge, &QAction::triggered, this, &ExchangeActions::choosePackageToMerge);
    connect(m_document, &WorkspaceDocument::workspaceOpened, this, &ExchangeActions::updateEnabled);
    retranslate();
    updateEnabled();
}

void ExchangeActions::retranslate()
{
    m_export->setText(tr("Export &Package…"));
    m_export->setStatusTip(tr("Write a copy of this workspace that a colleague can open or merge"));
    m_merge->setText(tr("&Merge Package…"));
    m_merge->setStatusTip(tr("Take a colleague's package into this workspace, choosing where you differ"));
}

void ExchangeActions::updateEnabled()
{
    // A package is made from a workspace file; a team database is copied to one with citybridge migrate-to.
    m_export->setEnabled(m_document->isOpen() && !m_document->isDatabase());
    m_export->setToolTip(m_document->fileOnlyReason());
    m_merge->setEnabled(m_document->isOpen() && !m_document->store()->isReadOnly());
}

void ExchangeActions::writePackage()
{
    if (!m_document->isOpen())
        return;
    const QFileInfo workspace(m_document->path());
    const QString suggested = workspace.absoluteDir().filePath(workspace.completeBaseName() + QStringLiteral(".cbpkg"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Package"), suggested,
                                                      tr("CityBridge packages (*.cbpkg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!WorkspacePackage::exportPackage(m_document->path(), path, WorkspaceDocument::userName(), &error)) {
        QMessageBox::warning(m_window, tr("Cannot export the package"), error);
        return;
    }
    emit statusMessage(tr("Package written to %1.").arg(QDir::toNativeSeparators(path)));
}

void ExchangeActions::choosePackageToMerge()
{
    if (!m_document->isOpen())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Merge Package"),
                                                      QFileInfo(m_document->path()).absolutePath(),
                                                      tr("CityBridge packages (*.cbpkg)") + QStringLiteral(";;")
                                                          + tr("CityBridge workspaces (*.citybridge)"));
    if (path.isEmpty())
        return;
    auto* dialog = new MergeDialog(m_document, path, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { emit statusMessage(tr("Package merged; Undo takes it back.")); });
    dialog->show();
}

} // namespace cb::ui
