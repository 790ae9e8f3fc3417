// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventForm.h"

#include "EditorCombos.h"
#include "ParticipationTableModel.h"
#include "common/DomainLabels.h"
#include "editing/ActorResolver.h"
#include "editing/EventEdit.h"
#include "editing/Validation.h"
#include "i18n/Translations.h"
#include "workspace/WorkspaceDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace cb::ui {

EventForm::EventForm(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent),
      m_document(document),
      m_participations(new ParticipationTableModel(this)),
      m_heading(new QLabel(this)),
      m_pick(new QComboBox(this)),
      m_new(new QPushButton(this)),
      m_kind(new QComboBox(this)),
      m_titleEn(new QLineEdit(this)),
      m_titleZh(new QLineEdit(this)),
      m_titleEs(new QLineEdit(this)),
      m_date(new QDateEdit(this)),
      m_hasEnd(new QCheckBox(this)),
      m_endDate(new QDateEdit(this)),
      m_source(new QComboBox(this)),
      m_note(new QLineEdit(this)),
      m_participantsHeading(new QLabel(this)),
      m_table(new QTableView(this)),
      m_actor(new QComboBox(this)),
      m_role(new QComboBox(this)),
      m_person(new QLineEdit(this)),
      m_personTitle(new QLineEdit(this)),
      m_addParticipant(new QPushButton(this)),
      m_removeParticipant(new QPushButton(this)),
      m_participantError(nullptr),
      m_status(new QLabel(this)),
      m_remove(new QPushButton(this)),
      m_cancel(new QPushButton(this)),
      m_save(new QPushButton(this))
{
    setObjectName(QStringLiteral("eventForm"));
    m_pick->setObjectName(QStringLiteral("pickEvent"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_titleEn->setObjectName(QStringLiteral("titleEn"));
    m_titleZh->setObjectName(QStringLiteral("titleZh"));
    m_titleEs->setObjectName(QStringLiteral("titleEs"));
    m_date->setObjectName(QStringLiteral("date"));
    m_endDate->setObjectName(QStringLiteral("endDate"));
    m_hasEnd->setObjectName(QStringLiteral("hasEnd"));
    m_source->setObjectName(QStringLiteral("source"));
    m_table->setObjectName(QStringLiteral("participations"));
    m_actor->setObjectName(QStringLiteral("participant"));
    m_role->setObjectName(QStringLiteral("role"));
    m_person->setObjectName(QStringLiteral("person"));
    m_addParticipant->setObjectName(QStringLiteral("addParticipant"));
    m_removeParticipant->setObjectName(QStringLiteral("removeParticipant"));
    m_save->setObjectName(QStringLiteral("save"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_participantsHeading->setFont(bold);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    EditorCombos::makeSearchable(m_pick);
    EditorCombos::makeSearchable(m_actor);
    for (QDateEdit* d : {m_date, m_endDate}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_table->setModel(m_participations);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setMinimumHeight(110);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    scroll->setWidget(page);
    outer->addWidget(scroll, 1);
    auto* layout = new QVBoxLayout(page);
    auto* pickRow = new QHBoxLayout;
    pickRow->addWidget(m_pick, 1);
    pickRow->addWidget(m_new);
    layout->addLayout(pickRow);
    layout->addWidget(m_heading);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto row = [&](const char* label, QWidget* field, const QString& fieldName = QString()) {
        auto* text = new QLabel(page);
        text->setBuddy(field);
        m_rowLabels.append({text, label});
        form->addRow(text, fieldName.isEmpty() ? field : FieldErrors::underField(field, m_errors.make(fieldName, page)));
    };
    auto* endRow = new QWidget(page);
    auto* endLayout = new QHBoxLayout(endRow);
    endLayout->setContentsMargins(0, 0, 0, 0);
    endLayout->addWidget(m_hasEnd);
    endLayout->addWidget(m_endDate, 1);
    row(QT_TR_NOOP("Kind:"), m_kind, field::Kind);
    row(QT_TR_NOOP("English title:"), m_titleEn, field::Title);
    row(QT_TR_NOOP("Chinese title:"), m_titleZh);
    row(QT_TR_NOOP("Spanish title:"), m_titleEs);
    row(QT_TR_NOOP("Date:"), m_date, field::Date);
    row(QT_TR_NOOP("Last day:"), endRow, field::EndDate);
    row(QT_TR_NOOP("Source:"), m_source, field::Source);
    row(QT_TR_NOOP("Note:"), m_note);
    layout->addLayout(form);

    layout->addWidget(m_participantsHeading);
    layout->addWidget(m_table, 1);
    auto* editor = new QFormLayout;
    editor->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    editor->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto editorRow = [&](const char* label, QWidget* field) {
        auto* text = new QLabel(page);
        text->setBuddy(field);
        m_rowLabels.append({text, label});
        editor->addRow(text, field);
    };
    editorRow(QT_TR_NOOP("Participant:"), m_actor);
    editorRow(QT_TR_NOOP("Role:"), m_role);
    editorRow(QT_TR_NOOP("Speaking person:"), m_person);
    editorRow(QT_TR_NOOP("Their position:"), m_personTitle);
    layout->addLayout(editor);
    m_participantError = m_errors.make(field::Participations, page);
    layout->addWidget(m_participantError);
    auto* participantButtons = new QHBoxLayout;
    participantButtons->addWidget(m_addParticipant);
    participantButtons->addWidget(m_removeParticipant);
    participantButtons->addStretch(1);
    layout->addLayout(participantButtons);

    auto* statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(8, 4, 8, 0);
    statusRow->addWidget(m_status);
    outer->addLayout(statusRow);
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(8, 0, 8, 8);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);
    m_save->setDefault(true);

    connect(m_hasEnd, &QCheckBox::toggled, m_endDate, &QWidget::setEnabled);
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (!m_hasEnd->isChecked())
            m_endDate->setDate(date);
    });
    connect(m_addParticipant, &QPushButton::clicked, this, &EventForm::addParticipation);
    connect(m_removeParticipant, &QPushButton::clicked, this, &EventForm::removeSelectedParticipation);
    connect(m_pick, QOverload<int>::of(&QComboBox::activated), this, [this] {
        const QVariant id = EditorCombos::chosen(m_pick);
        if (id.isValid())
            load(id.toLongLong());
    });
    connect(m_new, &QPushButton::clicked, this, &EventForm::startNew);
    connect(m_save, &QPushButton::clicked, this, &EventForm::save);
    connect(m_remove, &QPushButton::clicked, this, &EventForm::removeEvent);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        showValues(m_original);
        emit closed();
    });
    connect(m_document, &WorkspaceDocument::dataChanged, this, &EventForm::refresh);
    connect(m_document, &WorkspaceDocument::workspaceOpened, this, [this] {
        refresh();
        startNew();
    });
    retranslate();
    refresh();
    startNew();
}

QString EventForm::title() const
{
    if (m_original.id == 0)
        return tr("New event");
    const Event* stored = m_document->data().event(m_original.id);
    return tr("Event: %1").arg((stored ? stored->titles : m_original.titles).value(currentLanguage()));
}

void EventForm::retranslate()
{
    for (const auto& [label, text] : std::as_const(m_rowLabels))
        label->setText(tr(text));
    m_new->setText(tr("New event"));
    m_pick->lineEdit()->setPlaceholderText(tr("Find an event to edit…"));
    m_hasEnd->setText(tr("several days, until"));
    m_participantsHeading->setText(tr("Who took part"));
    m_addParticipant->setText(tr("Add to the list"));
    m_removeParticipant->setText(tr("Remove from the list"));
    m_remove->setText(tr("Remove event"));
    m_cancel->setText(tr("Cancel"));
    m_save->setText(tr("Save"));
    m_titleEn->setPlaceholderText(tr("Required"));
    const QString kind = m_kind->currentData().toString();
    EditorCombos::fillKeys(m_kind, choices::eventKinds(), &DomainLabels::eventKind);
    EditorCombos::select(m_kind, kind.isEmpty() ? QVariant() : QVariant(kind));
    EditorCombos::fillKeys(m_role, choices::participationRoles(), &DomainLabels::role);
    m_heading->setText(title());
}

void EventForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void EventForm::refresh()
{
    const WorkspaceData& data = m_document->data();
    const QString language = currentLanguage();
    {
        const QSignalBlocker blocker(m_pick);
        m_pick->clear();
        QList<Event> events = data.events;
        std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.date > b.date; });
        for (const Event& e : events)
            m_pick->addItem(e.date.toString(Qt::ISODate) + QStringLiteral(" · ") + e.titles.value(language), e.id);
        m_pick->setCurrentIndex(-1);
        m_pick->setEditText(QString());
    }
    EditorCombos::fillActors(m_actor, data);
    EditorCombos::fillSources(m_source, data, true);
    if (m_original.id != 0 && !data.event(m_original.id)) {
        m_original.id = 0;
        m_remove->hide();
        FieldErrors::setStatus(m_status, tr("This event is no longer in the workspace; Save adds it again."), false);
    }
    m_participations->setParticipations(data, m_participations->participations());
    m_heading->setText(title());
}

void EventForm::startNew()
{
    Event fresh;
    fresh.kind = QStringLiteral("webinar");
    fresh.date = QDate::currentDate();
    showValues(fresh);
}

bool EventForm::load(EventId id)
{
    const Event* event = m_document->data().event(id);
    if (!event)
        return false;
    showValues(*event);
    return true;
}

void EventForm::showValues(const Event& event)
{
    m_original = event;
    EditorCombos::select(m_kind, event.kind);
    m_titleEn->setText(event.titles.exact(lang::En));
    m_titleZh->setText(event.titles.exact(lang::Zh));
    m_titleEs->setText(event.titles.exact(lang::Es));
    m_date->setDate(event.date.isValid() ? event.date : QDate::currentDate());
    m_hasEnd->setChecked(event.endDate.isValid() && event.endDate != event.date);
    m_endDate->setEnabled(m_hasEnd->isChecked());
    m_endDate->setDate(event.endDate.isValid() ? event.endDate : m_date->date());
    EditorCombos::select(m_source, event.sourceId != 0 ? QVariant(event.sourceId) : QVariant());
    m_note->setText(event.note);
    m_participations->setParticipations(m_document->data(), event.participations);
    fitColumns(m_table);
    m_remove->setVisible(event.id != 0);
    m_errors.clear();
    FieldErrors::setStatus(m_status, QString(), false);
    m_heading->setText(title());
}

Event EventForm::draft() const
{
    Event e = m_original;
    e.kind = m_kind->currentData().toString();
    LocalizedText titles;
    titles.set(lang::En, m_titleEn->text().trimmed());
    if (!m_titleZh->text().trimmed().isEmpty())
        titles.set(lang::Zh, m_titleZh->text().trimmed());
    if (!m_titleEs->text().trimmed().isEmpty())
        titles.set(lang::Es, m_titleEs->text().trimmed());
    for (auto it = m_original.titles.all().cbegin(); it != m_original.titles.all().cend(); ++it) {
        if (it.key() != lang::En && it.key() != lang::Zh && it.key() != lang::Es)
            titles.set(it.key(), it.value());
    }
    if (titles.exact(lang::En).isEmpty()) {
        // An empty English title is not stored; validation then names the field.
        LocalizedText without;
        for (auto it = titles.all().cbegin(); it != titles.all().cend(); ++it) {
            if (it.key() != lang::En)
                without.set(it.key(), it.value());
        }
        titles = without;
    }
    e.titles = titles;
    e.date = m_date->date();
    e.endDate = m_hasEnd->isChecked() ? m_endDate->date() : QDate();
    e.sourceId = m_source->currentData().toLongLong();
    e.note = m_note->text().trimmed();
    e.participations = m_participations->participations();
    return e;
}

bool EventForm::addParticipation()
{
    Participation p;
    p.eventId = m_original.id;
    p.actorId = EditorCombos::chosen(m_actor).toLongLong();
    p.role = m_role->currentData().toString();
    p.person = m_person->text().trimmed();
    p.personTitle = m_personTitle->text().trimmed();
    const WorkspaceData& data = m_document->data();
    ValidationResult result = validateParticipation(p, data);
    QList<Participation> list = m_participations->participations();
    for (const Participation& other : std::as_const(list)) {
        if (other.actorId == p.actorId && other.role == p.role)
            result.add(field::Participations, tr("%1 is already listed in this role.")
                                                  .arg(data.actorName(p.actorId, currentLanguage())));
    }
    if (!result.isValid()) {
        m_participantError->setText(result.summary());
        m_participantError->show();
        return false;
    }
    m_participantError->hide();
    list.append(p);
    m_participations->setParticipations(data, list);
    fitColumns(m_table);
    m_person->clear();
    m_personTitle->clear();
    EditorCombos::select(m_actor, QVariant());
    FieldErrors::setStatus(m_status, tr("Added to the list; press Save to keep it."), false);
    return true;
}

void EventForm::removeSelectedParticipation()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QList<Participation> list = m_participations->participations();
    list.removeAt(rows.constFirst().row());
    m_participations->setParticipations(m_document->data(), list);
    FieldErrors::setStatus(m_status, tr("Removed from the list; press Save to keep the change."), false);
}

bool EventForm::save()
{
    const Event e = draft();
    const WorkspaceData& data = m_document->data();
    const ValidationResult result = validateEvent(e, data);
    if (!result.isValid()) {
        const QStringList elsewhere = m_errors.show(result);
        FieldErrors::setStatus(m_status,
                               elsewhere.isEmpty() ? tr("Not saved: correct the fields marked in red.")
                                                   : tr("Not saved: %1").arg(elsewhere.join(QLatin1Char(' '))),
                               true);
        return false;
    }
    m_errors.clear();
    QString error;
    EventId id = m_original.id;
    bool ok = false;
    if (m_original.id == 0) {
        auto edit = EventEdit::add(
            e, data, [titles = e.titles] { return tr("Add event %1").arg(titles.value(currentLanguage())); });
        EventEdit* raw = edit.get();
        ok = m_document->perform(std::move(edit), &error);
        if (ok)
            id = raw->eventId();
    } else {
        const Event* stored = data.event(m_original.id);
        ok = stored &&
             m_document->perform(EventEdit::update(*stored, e, data,
                                                   [titles = e.titles] {
                                                       return tr("Edit event %1").arg(titles.value(currentLanguage()));
                                                   }),
                                 &error);
    }
    if (!ok) {
        FieldErrors::setStatus(m_status, tr("Not saved: %1").arg(error), true);
        return false;
    }
    load(id);
    FieldErrors::setStatus(m_status, tr("Saved. Undo (Ctrl+Z) takes it back."), false);
    emit saved(id);
    return true;
}

void EventForm::removeEvent()
{
    const Event* stored = m_document->data().event(m_original.id);
    if (!stored)
        return;
    const QString name = stored->titles.value(currentLanguage());
    QString error;
    if (!m_document->perform(EventEdit::remove(*stored, m_document->data(),
                                               [titles = stored->titles] {
                                                   return tr("Remove event %1").arg(titles.value(currentLanguage()));
                                               }),
                             &error)) {
        FieldErrors::setStatus(m_status, tr("Not removed: %1").arg(error), true);
        return;
    }
    startNew();
    FieldErrors::setStatus(m_status, tr("%1 was removed. Undo (Ctrl+Z) brings it back.").arg(name), false);
}

QString EventForm::statusText() const
{
    return m_status->text();
}

} // namespace cb::ui
