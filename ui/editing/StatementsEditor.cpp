// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementsEditor.h"

#include "EditorCombos.h"
#include "StatementTableModel.h"
#include "editing/StatementEdit.h"
#include "editing/Validation.h"
#include "i18n/Translations.h"
#include "workspace/WorkspaceDocument.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cb::ui {

StatementsEditor::StatementsEditor(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent),
      m_document(document),
      m_model(new StatementTableModel(this)),
      m_heading(new QLabel(this)),
      m_table(new QTableView(this)),
      m_newPriority(new QPushButton(this)),
      m_newOffer(new QPushButton(this)),
      m_remove(new QPushButton(this)),
      m_formHeading(new QLabel(this)),
      m_kind(new QComboBox(this)),
      m_theme(new QComboBox(this)),
      m_weight(new QDoubleSpinBox(this)),
      m_source(new QComboBox(this)),
      m_date(new QDateEdit(this)),
      m_note(new QLineEdit(this)),
      m_status(new QLabel(this)),
      m_cancel(new QPushButton(this)),
      m_save(new QPushButton(this))
{
    setObjectName(QStringLiteral("statementsEditor"));
    m_table->setObjectName(QStringLiteral("statements"));
    m_theme->setObjectName(QStringLiteral("theme"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_weight->setObjectName(QStringLiteral("weight"));
    m_source->setObjectName(QStringLiteral("source"));
    m_date->setObjectName(QStringLiteral("date"));
    m_note->setObjectName(QStringLiteral("note"));
    m_save->setObjectName(QStringLiteral("save"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_newPriority->setObjectName(QStringLiteral("newPriority"));
    m_newOffer->setObjectName(QStringLiteral("newOffer"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_formHeading->setFont(bold);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setMinimumHeight(120);

    EditorCombos::makeSearchable(m_theme);
    m_weight->setRange(0.0, 1.0);
    m_weight->setSingleStep(0.05);
    m_weight->setDecimals(2);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newPriority);
    listButtons->addWidget(m_newOffer);
    listButtons->addStretch(1);
    listButtons->addWidget(m_remove);
    layout->addLayout(listButtons);
    layout->addWidget(m_formHeading);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto row = [&](const char* label, QWidget* field, const QString& fieldName = QString()) {
        auto* text = new QLabel(this);
        text->setBuddy(field);
        m_rowLabels.append({text, label});
        form->addRow(text, fieldName.isEmpty() ? field : FieldErrors::underField(field, m_errors.make(fieldName, this)));
    };
    row(QT_TR_NOOP("Kind:"), m_kind);
    row(QT_TR_NOOP("Theme:"), m_theme, field::Theme);
    row(QT_TR_NOOP("Weight (0–1):"), m_weight, field::Weight);
    row(QT_TR_NOOP("Source:"), m_source, field::Source);
    row(QT_TR_NOOP("Date:"), m_date, field::Date);
    row(QT_TR_NOOP("Note:"), m_note);
    layout->addLayout(form);
    layout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    m_save->setDefault(true);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StatementsEditor::selectionChanged);
    connect(m_newPriority, &QPushButton::clicked, this, [this] { startNew(StatementKind::Priority); });
    connect(m_newOffer, &QPushButton::clicked, this, [this] { startNew(StatementKind::Offer); });
    connect(m_remove, &QPushButton::clicked, this, &StatementsEditor::removeSelected);
    connect(m_save, &QPushButton::clicked, this, &StatementsEditor::save);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        showStatement(m_current, m_current ? m_current->kind : StatementKind::Priority);
        emit closed();
    });
    connect(m_source, QOverload<int>::of(&QComboBox::activated), this, [this] {
        // A statement is usually dated like its source.
        const Source* source = m_document->data().source(m_source->currentData().toLongLong());
        if (source && source->date.isValid())
            m_date->setDate(source->date);
    });
    connect(m_document, &WorkspaceDocument::dataChanged, this, &StatementsEditor::refresh);
    connect(m_document, &WorkspaceDocument::workspaceOpened, this, [this] { setActor(0); });
    retranslate();
    refresh();
    startNew(StatementKind::Priority);
}

QString StatementsEditor::title() const
{
    return tr("Priorities and offers: %1").arg(m_document->data().actorName(m_actor, currentLanguage()));
}

void StatementsEditor::setActor(ActorId id)
{
    m_actor = id;
    refresh();
    startNew(StatementKind::Priority);
}

void StatementsEditor::retranslate()
{
    for (const auto& [label, text] : std::as_const(m_rowLabels))
        label->setText(tr(text));
    m_newPriority->setText(tr("New priority"));
    m_newOffer->setText(tr("New offer"));
    m_remove->setText(tr("Remove"));
    m_cancel->setText(tr("Cancel"));
    m_save->setText(tr("Save"));
    m_note->setPlaceholderText(tr("e.g. digital heritage exhibition"));
    const int kind = m_kind->currentIndex();
    m_kind->clear();
    m_kind->addItem(tr("Priority — what it wants to develop"), int(StatementKind::Priority));
    m_kind->addItem(tr("Offer — what it can share"), int(StatementKind::Offer));
    m_kind->setCurrentIndex(std::max(kind, 0));
    m_weight->setLocale(QLocale(localeNameFor(currentLanguage())));
    m_heading->setText(title());
    m_formHeading->setText(m_current ? tr("Selected entry") : tr("New entry"));
}

void StatementsEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void StatementsEditor::refresh()
{
    const WorkspaceData& data = m_document->data();
    EditorCombos::fillThemes(m_theme, data);
    EditorCombos::fillSources(m_source, data, true);
    const std::optional<Statement> selected = m_current;
    if (m_actor != 0 && !data.actor(m_actor))
        m_actor = 0;
    m_model->setActor(data, m_actor);
    fitColumns(m_table);
    m_heading->setText(title());
    const bool hasActor = m_actor != 0;
    for (QWidget* w : {static_cast<QWidget*>(m_newPriority), static_cast<QWidget*>(m_newOffer),
                       static_cast<QWidget*>(m_save)})
        w->setEnabled(hasActor);
    if (selected) {
        const int row = m_model->rowOf(selected->kind, selected->id);
        if (row >= 0)
            m_table->selectRow(row);
    }
    m_remove->setEnabled(m_table->selectionModel()->hasSelection());
}

void StatementsEditor::selectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_remove->setEnabled(!rows.isEmpty());
    if (!rows.isEmpty())
        showStatement(m_model->statement(rows.constFirst().row()), m_model->statement(rows.constFirst().row()).kind);
}

void StatementsEditor::startNew(StatementKind kind)
{
    m_table->clearSelection();
    showStatement(std::nullopt, kind);
    if (m_theme->isVisible())
        m_theme->setFocus();
}

void StatementsEditor::showStatement(const std::optional<Statement>& statement, StatementKind kind)
{
    m_current = statement;
    const Statement s = statement.value_or(Statement{});
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    EditorCombos::select(m_theme, statement ? QVariant(s.themeId) : QVariant());
    m_weight->setValue(statement ? s.weight : 1.0);
    // A new entry cites the newest source, the usual case when typing in a survey.
    EditorCombos::select(m_source, statement ? QVariant(s.sourceId) : m_source->itemData(std::min(1, m_source->count() - 1)));
    const Source* source = m_document->data().source(m_source->currentData().toLongLong());
    m_date->setDate(s.date.isValid() ? s.date : source && source->date.isValid() ? source->date : QDate::currentDate());
    m_note->setText(s.note);
    m_errors.clear();
    FieldErrors::setStatus(m_status, QString(), false);
    m_formHeading->setText(statement ? tr("Selected entry") : tr("New entry"));
}

bool StatementsEditor::save()
{
    Statement s = m_current.value_or(Statement{});
    s.kind = StatementKind(m_kind->currentData().toInt());
    s.actorId = m_actor;
    s.groupId = 0;
    s.themeId = EditorCombos::chosen(m_theme).toLongLong();
    s.weight = m_weight->value();
    s.sourceId = m_source->currentData().toLongLong();
    s.date = m_date->date();
    s.note = m_note->text().trimmed();
    const ValidationResult result = validateStatement(s, m_document->data());
    if (!result.isValid()) {
        const QStringList elsewhere = m_errors.show(result);
        FieldErrors::setStatus(m_status,
                               elsewhere.isEmpty() ? tr("Not saved: correct the fields marked in red.")
                                                   : tr("Not saved: %1").arg(elsewhere.join(QLatin1Char(' '))),
                               true);
        return false;
    }
    m_errors.clear();
    const WorkspaceData& data = m_document->data();
    const Theme* theme = data.theme(s.themeId);
    const LocalizedText themeNames = theme ? theme->names : LocalizedText();
    QString error;
    bool ok = false;
    if (m_current) {
        const UndoText text([themeNames] { return tr("Edit %1").arg(themeNames.value(currentLanguage())); });
        ok = m_document->perform(StatementEdit::update(*m_current, s, data, text), &error);
    } else {
        const UndoText text([themeNames, priority = s.kind == StatementKind::Priority] {
            const QString what = themeNames.value(currentLanguage());
            return priority ? tr("Add priority %1").arg(what) : tr("Add offer %1").arg(what);
        });
        ok = m_document->perform(StatementEdit::add(s, data, text), &error);
    }
    if (!ok) {
        FieldErrors::setStatus(m_status, tr("Not saved: %1").arg(error), true);
        return false;
    }
    startNew(s.kind);
    FieldErrors::setStatus(m_status, tr("Saved. Undo (Ctrl+Z) takes it back."), false);
    return true;
}

bool StatementsEditor::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    const Statement s = m_model->statement(rows.constFirst().row());
    const WorkspaceData& data = m_document->data();
    const Theme* theme = data.theme(s.themeId);
    const UndoText text([themeNames = theme ? theme->names : LocalizedText()] {
        return tr("Remove %1").arg(themeNames.value(currentLanguage()));
    });
    QString error;
    if (!m_document->perform(StatementEdit::remove(s, data, text), &error)) {
        FieldErrors::setStatus(m_status, tr("Not removed: %1").arg(error), true);
        return false;
    }
    startNew(s.kind);
    FieldErrors::setStatus(m_status, tr("Removed. Undo (Ctrl+Z) brings it back."), false);
    return true;
}

QString StatementsEditor::statusText() const
{
    return m_status->text();
}

} // namespace cb::ui
