// SPDX-License-Identifier: GPL-3.0-or-later
#include "GazetteerLookup.h"

#include "GazetteerModel.h"
#include "gazetteer/Gazetteer.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>

namespace cb::ui {

GazetteerLookup::GazetteerLookup(QWidget* parent)
    : QWidget(parent),
      m_edit(new QLineEdit(this)),
      m_model(new GazetteerModel(Gazetteer::bundled(), this)),
      m_completer(new QCompleter(m_model, this))
{
    m_edit->setObjectName(QStringLiteral("gazetteerSearch"));
    m_edit->setClearButtonEnabled(true);
    // The model already holds only the matches, in the gazetteer's order: the completer must not filter again.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(GazetteerModel::NameRole);
    m_completer->setMaxVisibleItems(10);
    m_completer->setWidget(m_edit);
    m_completer->popup()->setObjectName(QStringLiteral("gazetteerPopup"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &GazetteerLookup::search);
    connect(m_completer, QOverload<const QModelIndex&>::of(&QCompleter::activated), this, &GazetteerLookup::choose);
    retranslate();
}

void GazetteerLookup::clear()
{
    m_edit->clear();
    m_model->setQuery(QString());
}

void GazetteerLookup::search(const QString& text)
{
    m_model->setQuery(text);
    if (m_model->rowCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void GazetteerLookup::choose(const QModelIndex& index)
{
    const qint64 id = index.data(GazetteerModel::GeonameIdRole).toLongLong();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entry(row).geonameId == id) {
            const GazetteerEntry entry = m_model->entry(row);
            m_edit->setText(index.data(GazetteerModel::NameRole).toString());
            emit entryChosen(entry);
            return;
        }
    }
}

void GazetteerLookup::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GazetteerLookup::retranslate()
{
    m_edit->setPlaceholderText(tr("Type a city name in English, Chinese or Spanish…"));
    m_edit->setToolTip(tr("Look the city up in the bundled GeoNames gazetteer (cities over 15,000 inhabitants)"));
}

} // namespace cb::ui
