// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictBar.h"

#include "workspace/WorkspaceDocument.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cb::ui {

ConflictBar::ConflictBar(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_heading(new QLabel(this)), m_text(new QLabel(this)),
      m_reload(new QPushButton(this))
{
    setObjectName(QStringLiteral("conflictBar"));
    m_heading->setObjectName(QStringLiteral("conflictHeading"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_text->setObjectName(QStringLiteral("conflictText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reload->setObjectName(QStringLiteral("conflictReload"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_reload);
    layout->addLayout(row);
    // A frame in the palette's warning-free colours: the message itself says what happened.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    connect(m_reload, &QPushButton::clicked, this, &ConflictBar::reload);
    retranslate();
    hide();
}

void ConflictBar::showConflict(const QString& message)
{
    m_text->setText(message);
    show();
}

QString ConflictBar::message() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void ConflictBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConflictBar::reload()
{
    QString error;
    if (!m_document->reload(&error)) {
        emit reloadFailed(tr("The workspace could not be read again: %1").arg(error));
        return;
    }
    hide();
    emit reloaded();
}

void ConflictBar::retranslate()
{
    m_heading->setText(tr("Someone else saved this record first. Your change was not saved."));
    m_reload->setText(tr("Show the Stored Version"));
    m_reload->setToolTip(tr("Read the workspace again; your change is listed above so that you can make it again"));
}

} // namespace cb::ui
