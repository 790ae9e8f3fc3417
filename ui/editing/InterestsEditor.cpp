// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterestsEditor.h"

#include "EditorCombos.h"
#include "InterestTableModel.h"
#include "editing/InterestEdit.h"
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
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cb::ui {

InterestsEditor::InterestsEditor(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent),
      m_document(document),
      m_model(new InterestTableModel(this)),
      m_heading(new QLabel(this)),
      m_table(new QTableView(this)),
      m_new(new QPushButton(this)),
      m_remove(new QPushButton(this)),
      m_formHeading(new QLabel(this)),
      m_toPartner(new QRadioButton(this)),
      m_toCountry(new QRadioButton(this)),
      m_partner(new QComboBox(this)),
      m_country(new QComboBox(this)),
      m_strength(new QDoubleSpinBox(this)),
      m_themes(new QListWidget(this)),
      m_source(new QComboBox(this)),
      m_date(new QDateEdit(this)),
      m_note(new QLineEdit(this)),
      m_status(new QLabel(this)),
      m_cancel(new QPushButton(this)),
      m_save(new QPushButton(this))
{
    setObjectName(QStringLiteral("interestsEditor"));
    m_table->setObjectName(QStringLiteral("interests"));
    m_partner->setObjectName(QStringLiteral("partner"));
    m_country->setObjectName(QStringLiteral("country"));
    m_toPartner->setObjectName(QStringLiteral("toPartner"));
    m_toCountry->setObjectName(QStringLiteral("toCountry"));
    m_strength->setObjectName(QStringLiteral("strength"));
    m_themes->setObjectName(QStringLiteral("themes"));
    m_source->setObjectName(QStringLiteral("source"));
    m_save->setObjectName(QStringLiteral("save"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_new->setObjectName(QStringLiteral("newInterest"));
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
    m_table->setMinimumHeight(100);
    EditorCombos::makeSearchable(m_partner);
    EditorCombos::makeSearchable(m_country);
    m_strength->setRange(0.0, 1.0);
    m_strength->setSingleStep(0.05);
    m_strength->setDecimals(2);
    m_themes->setMaximumHeight(110);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addStretch(1);
    listButtons->addWidget(m_remove);
    layout->addLayout(listButtons);
    layout->addWidget(m_formHeading);

    auto* target = new QWidget(this);
    auto* targetLayout = new QVBoxLayout(target);
    targetLayout->setContentsMargins(0, 0, 0, 0);
    auto* partnerRow = new QHBoxLayout;
    partnerRow->addWidget(m_toPartner);
    partnerRow->addWidget(m_partner, 1);
    auto* countryRow = new QHBoxLayout;
    countryRow->addWidget(m_toCountry);
    countryRow->addWidget(m_country, 1);
    targetLayout->addLayout(partnerRow);
    targetLayout->addLayout(countryRow);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto row = [&](const char* label, QWidget* field, const QString& fieldName = QString()) {
        auto* text = new QLabel(this);
        text->setBuddy(field);
        m_rowLabels.append({text, label});
        form->addRow(text, fieldName.isEmpty() ? field : FieldErrors::underField(field, m_errors.make(fieldName, this)));
    };
    row(QT_TR_NOOP("Interested in:"), target, field::Target);
    row(QT_TR_NOOP("Strength (0–1):"), m_strength, field::Strength);
    row(QT_TR_NOOP("On themes:"), m_themes, field::Theme);
    row(QT_TR_NOOP("Source:"), m_source, field::Source);
    row(QT_TR_NOOP("Date:"), m_date, field::Date);
    row(QT_TR_NOOP("What was said:"), m_note);
    layout->addLayout(form);
    layout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    m_save->setDefault(true);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InterestsEditor::selectionChanged);
    connect(m_new, &QPushButton::clicked, this, &InterestsEditor::startNew);
    connect(m_remove, &QPushButton::clicked, this, &InterestsEditor::removeSelected);
    connect(m_save, &QPushButton::clicked, this, &InterestsEditor::save);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        showInterest(m_current);
        emit closed();
    });
    connect(m_toPartner, &QRadioButton::toggled, this, &InterestsEditor::updateTargetKind);
    connect(m_document, &WorkspaceDocument::dataChanged, this, &InterestsEditor::refresh);
    connect(m_document, &WorkspaceDocument::workspaceOpened, this, [this] { setActor(0); });
    retranslate();
    refresh();
    startNew();
}

QString InterestsEditor::title() const
{
    return tr("Interests of %1").arg(m_document->data().actorName(m_actor, currentLanguage()));
}

void InterestsEditor::setActor(ActorId id)
{
    m_actor = id;
    refresh();
    startNew();
}

void InterestsEditor::retranslate()
{
    for (const auto& [label, text] : std::as_const(m_rowLabels))
        label->setText(tr(text));
    m_toPartner->setText(tr("a partner:"));
    m_toCountry->setText(tr("any partner in:"));
    m_new->setText(tr("New interest"));
    m_remove->setText(tr("Remove"));
    m_cancel->setText(tr("Cancel"));
    m_save->setText(tr("Save"));
    m_note->setPlaceholderText(tr("e.g. wants to learn from its heritage tourism"));
    m_strength->setLocale(QLocale(localeNameFor(currentLanguage())));
    m_heading->setText(title());
    m_formHeading->setText(m_current ? tr("Selected interest") : tr("New interest"));
}

void InterestsEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void InterestsEditor::refresh()
{
    const WorkspaceData& data = m_document->data();
    if (m_actor != 0 && !data.actor(m_actor))
        m_actor = 0;
    EditorCombos::fillActors(m_partner, data);
    EditorCombos::fillCountries(m_country, data, true);
    EditorCombos::fillSources(m_source, data, true);
    QList<ThemeId> checked;
    for (int i = 0; i < m_themes->count(); ++i) {
        if (m_themes->item(i)->checkState() == Qt::Checked)
            checked << m_themes->item(i)->data(Qt::UserRole).toLongLong();
    }
    m_themes->clear();
    QComboBox sorted; // the combo's filling sorts and labels themes as everywhere else
    EditorCombos::fillThemes(&sorted, data);
    for (int i = 0; i < sorted.count(); ++i) {
        if (!sorted.itemData(i).isValid())
            continue;
        auto* item = new QListWidgetItem(sorted.itemText(i), m_themes);
        item->setData(Qt::UserRole, sorted.itemData(i));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(sorted.itemData(i).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    m_model->setActor(data, m_actor);
    fitColumns(m_table);
    m_heading->setText(title());
    m_new->setEnabled(m_actor != 0);
    m_save->setEnabled(m_actor != 0);
    if (m_current) {
        const int row = m_model->rowOf(m_current->id);
        if (row >= 0)
            m_table->selectRow(row);
    }
    m_remove->setEnabled(m_table->selectionModel()->hasSelection());
}

void InterestsEditor::selectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_remove->setEnabled(!rows.isEmpty());
    if (!rows.isEmpty())
        showInterest(m_model->interest(rows.constFirst().row()));
}

void InterestsEditor::startNew()
{
    m_table->clearSelection();
    showInterest(std::nullopt);
}

void InterestsEditor::updateTargetKind()
{
    m_partner->setEnabled(m_toPartner->isChecked());
    m_country->setEnabled(!m_toPartner->isChecked());
}

void InterestsEditor::showInterest(const std::optional<Interest>& interest)
{
    m_current = interest;
    const Interest i = interest.value_or(Interest{});
    const bool country = interest && !i.toCountry.isEmpty();
    m_toPartner->setChecked(!country);
    m_toCountry->setChecked(country);
    updateTargetKind();
    EditorCombos::select(m_partner, i.toActorId != 0 ? QVariant(i.toActorId) : QVariant());
    EditorCombos::select(m_country, country ? QVariant(i.toCountry) : QVariant());
    m_strength->setValue(interest ? i.strength : 1.0);
    for (int row = 0; row < m_themes->count(); ++row) {
        QListWidgetItem* item = m_themes->item(row);
        item->setCheckState(i.themeIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    EditorCombos::select(m_source, interest ? QVariant(i.sourceId) : m_source->itemData(std::min(1, m_source->count() - 1)));
    const Source* source = m_document->data().source(m_source->currentData().toLongLong());
    m_date->setDate(i.date.isValid() ? i.date : source && source->date.isValid() ? source->date : QDate::currentDate());
    m_note->setText(i.note);
    m_errors.clear();
    FieldErrors::setStatus(m_status, QString(), false);
    m_formHeading->setText(interest ? tr("Selected interest") : tr("New interest"));
}

bool InterestsEditor::save()
{
    Interest i = m_current.value_or(Interest{});
    i.fromActorId = m_actor;
    i.fromGroupId = 0;
    i.toActorId = m_toPartner->isChecked() ? EditorCombos::chosen(m_partner).toLongLong() : 0;
    i.toCountry = m_toPartner->isChecked() ? QString() : EditorCombos::chosen(m_country).toString();
    i.strength = m_strength->value();
    i.themeIds.clear();
    for (int row = 0; row < m_themes->count(); ++row) {
        if (m_themes->item(row)->checkState() == Qt::Checked)
            i.themeIds << m_themes->item(row)->data(Qt::UserRole).toLongLong();
    }
    i.sourceId = m_source->currentData().toLongLong();
    i.date = m_date->date();
    i.note = m_note->text().trimmed();
    const WorkspaceData& data = m_document->data();
    const ValidationResult result = validateInterest(i, data);
    if (!result.isValid()) {
        const QStringList elsewhere = m_errors.show(result);
        FieldErrors::setStatus(m_status,
                               elsewhere.isEmpty() ? tr("Not saved: correct the fields marked in red.")
                                                   : tr("Not saved: %1").arg(elsewhere.join(QLatin1Char(' '))),
                               true);
        return false;
    }
    m_errors.clear();
    const Actor* from = data.actor(m_actor);
    const Actor* toActor = i.toActorId != 0 ? data.actor(i.toActorId) : nullptr;
    const Country* toCountry = i.toActorId != 0 ? nullptr : data.country(i.toCountry);
    LocalizedText targetNames;
    if (toActor)
        targetNames = toActor->names;
    else if (toCountry)
        targetNames = toCountry->names;
    const UndoText text([fromNames = from ? from->names : LocalizedText(), targetNames, code = i.toCountry] {
        const QString language = currentLanguage();
        const QString target = targetNames.value(language);
        return tr("Interest of %1 in %2").arg(fromNames.value(language), target.isEmpty() ? code : target);
    });
    QString error;
    const bool ok = m_current ? m_document->perform(InterestEdit::update(*m_current, i, data, text), &error)
                              : m_document->perform(InterestEdit::add(i, data, text), &error);
    if (!ok) {
        FieldErrors::setStatus(m_status, tr("Not saved: %1").arg(error), true);
        return false;
    }
    startNew();
    FieldErrors::setStatus(m_status, tr("Saved. Undo (Ctrl+Z) takes it back."), false);
    return true;
}

bool InterestsEditor::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    const Interest i = m_model->interest(rows.constFirst().row());
    const WorkspaceData& data = m_document->data();
    QString error;
    if (!m_document->perform(InterestEdit::remove(i, data, [] { return tr("Remove interest"); }), &error)) {
        FieldErrors::setStatus(m_status, tr("Not removed: %1").arg(error), true);
        return false;
    }
    startNew();
    FieldErrors::setStatus(m_status, tr("Removed. Undo (Ctrl+Z) brings it back."), false);
    return true;
}

QString InterestsEditor::statusText() const
{
    return m_status->text();
}

} // namespace cb::ui
