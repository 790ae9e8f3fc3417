// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActorForm.h"

#include "common/ConflictBar.h"

#include "EditorCombos.h"
#include "GazetteerLookup.h"
#include "LocalizedTextsEditor.h"
#include "common/DomainLabels.h"
#include "editing/ActorEdit.h"
#include "editing/ActorResolver.h"
#include "editing/Validation.h"
#include "gazetteer/GazetteerEntry.h"
#include "i18n/NumberFormat.h"
#include "i18n/Translations.h"
#include "workspace/WorkspaceDocument.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace cb::ui {

namespace {

// Numbers are read in the interface's locale first, then in the C locale ("34.68" typed in Spanish).
std::optional<double> parseNumber(const QString& text, bool* ok, bool wholeNumber = false)
{
    const QString trimmed = text.trimmed();
    *ok = true;
    if (trimmed.isEmpty())
        return std::nullopt;
    QLocale locale(localeNameFor(currentLanguage()));
    // Degrees are never grouped: in Spanish "19.433" is 19.433 degrees (read in the C locale), not 19433.
    if (!wholeNumber)
        locale.setNumberOptions(QLocale::RejectGroupSeparator);
    double value = locale.toDouble(trimmed, ok);
    if (!*ok && wholeNumber) {
        // Qt 6.4 refuses Spanish thousands grouped as CLDR writes them ("9.209.944"): a whole number grouped by
        // threes is read without its separators. Only for whole numbers: "34.683" typed as degrees stays a fraction.
        const QRegularExpression grouped(QStringLiteral("^-?\\d{1,3}(%1\\d{3})+$")
                                             .arg(QRegularExpression::escape(locale.groupSeparator())));
        if (grouped.match(trimmed).hasMatch())
            value = QString(trimmed).remove(locale.groupSeparator()).toDouble(ok);
    }
    if (!*ok)
        value = QLocale::c().toDouble(trimmed, ok);
    if (!*ok)
        return std::nullopt;
    return value;
}

QString formatNumber(const std::optional<double>& value)
{
    return value ? QLocale(localeNameFor(currentLanguage())).toString(*value, 'f', 5) : QString();
}

} // namespace

ActorForm::ActorForm(WorkspaceDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("actorForm"));
    build();
    retranslate();
    refreshChoices();
    connect(m_document, &WorkspaceDocument::dataChanged, this, &ActorForm::onDataChanged);
    connect(m_document, &WorkspaceDocument::workspaceOpened, this, [this] {
        refreshChoices();
        startNew(m_original.kind);
    });
    startNew(ActorKind::City);
}

void ActorForm::build()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    scroll->setWidget(page);
    outer->addWidget(scroll, 1);
    auto* layout = new QVBoxLayout(page);

    m_heading = new QLabel(page);
    m_heading->setObjectName(QStringLiteral("heading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    m_lookupLabel = new QLabel(page);
    m_lookupLabel->setWordWrap(true);
    m_lookup = new GazetteerLookup(page);
    layout->addWidget(m_lookupLabel);
    layout->addWidget(m_lookup);
    connect(m_lookup, &GazetteerLookup::entryChosen, this, &ActorForm::fillFrom);

    m_duplicateBox = new QFrame(page);
    m_duplicateBox->setObjectName(QStringLiteral("duplicateBox"));
    m_duplicateBox->setFrameShape(QFrame::StyledPanel);
    m_duplicateText = new QLabel(m_duplicateBox);
    m_duplicateText->setObjectName(QStringLiteral("duplicateText"));
    m_duplicateText->setWordWrap(true);
    m_openExisting = new QPushButton(m_duplicateBox);
    m_openExisting->setObjectName(QStringLiteral("openExisting"));
    m_keepBoth = new QPushButton(m_duplicateBox);
    m_keepBoth->setObjectName(QStringLiteral("keepBoth"));
    auto* duplicateLayout = new QVBoxLayout(m_duplicateBox);
    duplicateLayout->addWidget(m_duplicateText);
    auto* duplicateButtons = new QHBoxLayout;
    duplicateButtons->addWidget(m_openExisting);
    duplicateButtons->addWidget(m_keepBoth);
    duplicateButtons->addStretch(1);
    duplicateLayout->addLayout(duplicateButtons);
    m_duplicateBox->hide();
    layout->addWidget(m_duplicateBox);
    connect(m_openExisting, &QPushButton::clicked, this, [this] {
        if (m_duplicateId != 0)
            emit openActorRequested(m_duplicateId);
    });
    connect(m_keepBoth, &QPushButton::clicked, this, [this] {
        m_allowDuplicate = true;
        m_duplicateBox->hide();
        m_errors.show({});
        setStatus(tr("Saved as a separate entry when you press Save."), false);
    });

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(m_form);
    const auto row = [&](const char* label, QWidget* fieldWidget, const QString& fieldName = QString()) -> QWidget* {
        auto* text = new QLabel(page);
        text->setBuddy(fieldWidget);
        m_rowLabels.append({text, label});
        QWidget* shown = fieldName.isEmpty() ? fieldWidget
                                             : FieldErrors::underField(fieldWidget, m_errors.make(fieldName, page));
        m_form->addRow(text, shown);
        return shown;
    };
    const auto lineEdit = [&](const char* name) {
        auto* edit = new QLineEdit(page);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    m_nameEn = lineEdit("nameEn");
    m_nameZh = lineEdit("nameZh");
    m_nameEs = lineEdit("nameEs");
    m_nameNative = lineEdit("nameNative");
    m_aliases = new QPlainTextEdit(page);
    m_aliases->setObjectName(QStringLiteral("aliases"));
    m_aliases->setTabChangesFocus(true);
    m_aliases->setFixedHeight(m_nameEn->sizeHint().height() * 3);
    m_country = new QComboBox(page);
    m_country->setObjectName(QStringLiteral("country"));
    EditorCombos::makeSearchable(m_country);
    m_latitude = lineEdit("latitude");
    m_longitude = lineEdit("longitude");
    m_population = lineEdit("population");
    m_timezone = new QComboBox(page);
    m_timezone->setObjectName(QStringLiteral("timezone"));
    EditorCombos::makeSearchable(m_timezone);
    m_region = lineEdit("region");
    m_category = new QComboBox(page);
    m_category->setObjectName(QStringLiteral("category"));
    m_abbreviation = lineEdit("abbreviation");
    m_website = lineEdit("website");

    row(QT_TR_NOOP("English name:"), m_nameEn, field::NameEn);
    row(QT_TR_NOOP("Chinese name:"), m_nameZh, field::NameZh);
    row(QT_TR_NOOP("Spanish name:"), m_nameEs, field::NameEs);
    row(QT_TR_NOOP("Native name:"), m_nameNative);
    row(QT_TR_NOOP("Other names (one per line):"), m_aliases);
    row(QT_TR_NOOP("Country:"), m_country, field::Country);
    m_cityRows = {row(QT_TR_NOOP("Latitude:"), m_latitude, field::Latitude),
                  row(QT_TR_NOOP("Longitude:"), m_longitude, field::Longitude),
                  row(QT_TR_NOOP("Population:"), m_population, field::Population),
                  row(QT_TR_NOOP("Time zone:"), m_timezone, field::Timezone),
                  row(QT_TR_NOOP("Province or state:"), m_region)};
    m_institutionRows = {row(QT_TR_NOOP("Category:"), m_category, field::Category),
                         row(QT_TR_NOOP("Abbreviation:"), m_abbreviation),
                         row(QT_TR_NOOP("Website:"), m_website, field::Website)};
    m_errors.make(field::Parent, page);
    layout->addWidget(m_errors.label(field::Parent));

    m_textsLabel = new QLabel(page);
    m_textsLabel->setObjectName(QStringLiteral("textsHeading"));
    m_textsLabel->setWordWrap(true);
    QFont sectionFont = m_textsLabel->font();
    sectionFont.setBold(true);
    m_textsLabel->setFont(sectionFont);
    m_texts = new LocalizedTextsEditor(page);
    layout->addWidget(m_textsLabel);
    layout->addWidget(m_texts);
    layout->addStretch(1);

    connect(m_nameEn, &QLineEdit::editingFinished, this, &ActorForm::checkDuplicates);
    connect(m_nameZh, &QLineEdit::editingFinished, this, &ActorForm::checkDuplicates);
    connect(m_nameEs, &QLineEdit::editingFinished, this, &ActorForm::checkDuplicates);
    for (QLineEdit* name : {m_nameEn, m_nameZh, m_nameEs, m_nameNative})
    {
        connect(name, &QLineEdit::textEdited, this, [this] { m_allowDuplicate = false; });
        connect(name, &QLineEdit::textChanged, this, &ActorForm::updateNameMarkers);
    }

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("remove"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(8, 0, 8, 8);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    auto* statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(8, 4, 8, 0);
    statusRow->addWidget(m_status);
    m_conflict = new ConflictBar(m_document, this);
    outer->addWidget(m_conflict);
    outer->addLayout(statusRow);
    connect(m_conflict, &ConflictBar::reloaded, this, [this] {
        if (m_original.id != 0 && load(m_original.id))
            setStatus(tr("This is the stored version now. Make your change again and save."), false);
    });
    connect(m_conflict, &ConflictBar::reloadFailed, this, [this](const QString& message) { setStatus(message, true); });
    outer->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &ActorForm::save);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_original.id != 0)
            load(m_original.id);
        else
            startNew(m_original.kind);
        emit closed();
    });
    connect(m_remove, &QPushButton::clicked, this, &ActorForm::removeActor);
}

void ActorForm::retranslate()
{
    for (const auto& [label, text] : std::as_const(m_rowLabels))
        label->setText(tr(text));
    m_heading->setText(title());
    m_lookupLabel->setText(tr("Find the city in the gazetteer to fill in its names, coordinates, population and "
                              "time zone:"));
    m_openExisting->setText(tr("Open the existing entry"));
    m_keepBoth->setText(tr("It is a different place"));
    m_remove->setText(tr("Remove…"));
    m_remove->setToolTip(tr("Remove this entry with its priorities, offers, interests and participations "
                            "(Undo brings it back)"));
    m_cancel->setText(tr("Cancel"));
    m_save->setText(tr("Save"));
    m_nameEn->setPlaceholderText(tr("Required"));
    m_website->setPlaceholderText(QStringLiteral("https://"));
    m_textsLabel->setText(tr("Profile, heritage and key sectors in each language"));
    m_latitude->setPlaceholderText(tr("-90 to 90, e.g. %1").arg(QLocale(localeNameFor(currentLanguage())).toString(34.68361)));
    m_longitude->setPlaceholderText(
        tr("-180 to 180, e.g. %1").arg(QLocale(localeNameFor(currentLanguage())).toString(112.45361)));
    if (m_duplicateId != 0)
        showDuplicate({m_duplicateId});
}

void ActorForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshChoices();
    }
    QWidget::changeEvent(event);
}

QString ActorForm::title() const
{
    if (m_original.id == 0)
        return m_original.isCity() ? tr("New city") : tr("New institution");
    const QString name = m_document->data().actorName(m_original.id, currentLanguage());
    return m_original.isCity() ? tr("City: %1").arg(name) : tr("Institution: %1").arg(name);
}

void ActorForm::refreshChoices()
{
    const WorkspaceData& data = m_document->data();
    EditorCombos::fillCountries(m_country, data, true);
    if (m_timezone->count() == 0)
        EditorCombos::fillTimeZones(m_timezone);
    EditorCombos::fillKeys(m_category, choices::institutionCategories(), &DomainLabels::institutionCategory);
}

void ActorForm::startNew(ActorKind kind)
{
    Actor fresh;
    fresh.kind = kind;
    fresh.institution.category = kind == ActorKind::Institution ? QStringLiteral("other") : QString();
    m_original = fresh;
    m_lookup->clear();
    m_conflict->hide();
    showValues(fresh);
}

bool ActorForm::load(ActorId id)
{
    const Actor* actor = m_document->data().actor(id);
    if (!actor)
        return false;
    m_original = *actor;
    m_lookup->clear();
    m_conflict->hide();
    showValues(*actor);
    return true;
}

void ActorForm::showValues(const Actor& actor)
{
    const bool city = actor.isCity();
    m_nameEn->setText(actor.names.exact(lang::En));
    m_nameZh->setText(actor.names.exact(lang::Zh));
    m_nameEs->setText(actor.names.exact(lang::Es));
    m_nameNative->setText(actor.names.exact(lang::Native));
    QStringList aliases;
    for (const Alias& alias : actor.aliases)
        aliases << alias.text;
    m_aliases->setPlainText(aliases.join(QLatin1Char('\n')));
    EditorCombos::select(m_country, actor.countryCode.isEmpty() ? QVariant() : QVariant(actor.countryCode));
    m_latitude->setText(formatNumber(actor.city.latitude));
    m_longitude->setText(formatNumber(actor.city.longitude));
    // groupedInteger(), not QLocale::toString(): Qt 6.4 writes Spanish half-grouped (9209.944), which reads back as
    // a fraction.
    m_population->setText(actor.city.population > 0 ? groupedInteger(actor.city.population) : QString());
    EditorCombos::select(m_timezone, actor.city.timezone.isEmpty() ? QVariant() : QVariant(actor.city.timezone));
    m_region->setText(actor.city.adminRegion);
    EditorCombos::select(m_category, actor.institution.category);
    m_abbreviation->setText(actor.institution.abbreviation);
    m_website->setText(actor.institution.website);
    m_texts->setTexts(actor);
    updateNameMarkers();

    m_lookupLabel->setVisible(city);
    m_lookup->setVisible(city);
    for (QWidget* w : std::as_const(m_cityRows))
        m_form->setRowVisible(w, city);
    for (QWidget* w : std::as_const(m_institutionRows))
        m_form->setRowVisible(w, !city);
    m_remove->setVisible(actor.id != 0);
    m_allowDuplicate = false;
    m_duplicateId = 0;
    m_duplicateBox->hide();
    m_errors.clear();
    setStatus(QString(), false);
    m_heading->setText(title());
}

Actor ActorForm::draft(ValidationResult* problems) const
{
    Actor a = m_original;
    const auto setName = [&](const QString& language, const QLineEdit* edit) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            a.names = [&] {
                LocalizedText copy;
                for (auto it = a.names.all().cbegin(); it != a.names.all().cend(); ++it) {
                    if (it.key() != language)
                        copy.set(it.key(), it.value());
                }
                return copy;
            }();
        else
            a.names.set(language, text);
    };
    setName(lang::En, m_nameEn);
    setName(lang::Zh, m_nameZh);
    setName(lang::Es, m_nameEs);
    setName(lang::Native, m_nameNative);
    QList<Alias> aliases;
    for (const QString& line : m_aliases->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString text = line.trimmed();
        if (text.isEmpty())
            continue;
        // Keep the language of aliases that were already known.
        QString language;
        for (const Alias& old : m_original.aliases) {
            if (old.text == text)
                language = old.language;
        }
        aliases.append({text, language});
    }
    a.aliases = aliases;
    m_texts->applyTo(&a);
    const QVariant country = EditorCombos::chosen(m_country);
    a.countryCode = country.toString();
    if (!country.isValid() && !m_country->currentText().trimmed().isEmpty())
        problems->add(field::Country, tr("Choose a country from the list."));
    if (a.isCity()) {
        bool ok = false;
        a.city.latitude = parseNumber(m_latitude->text(), &ok);
        if (!ok)
            problems->add(field::Latitude, tr("Enter the latitude as a number of degrees, e.g. 34.68."));
        a.city.longitude = parseNumber(m_longitude->text(), &ok);
        if (!ok)
            problems->add(field::Longitude, tr("Enter the longitude as a number of degrees, e.g. 112.45."));
        const std::optional<double> population = parseNumber(m_population->text(), &ok, true);
        if (!ok || (population && (*population != std::floor(*population) || *population > 4e10)))
            problems->add(field::Population, tr("Enter the population as a whole number."));
        else
            a.city.population = population ? static_cast<qint64>(*population) : 0;
        const QVariant zone = EditorCombos::chosen(m_timezone);
        a.city.timezone = zone.isValid() ? zone.toString() : m_timezone->currentText().trimmed();
        a.city.adminRegion = m_region->text().trimmed();
    } else {
        a.institution.category = m_category->currentData().toString();
        a.institution.abbreviation = m_abbreviation->text().trimmed();
        a.institution.website = m_website->text().trimmed();
    }
    return a;
}

void ActorForm::fillFrom(const GazetteerEntry& entry)
{
    ValidationResult ignored;
    Actor a = draft(&ignored);
    entry.fillCity(a);
    // The GeoNames id has no field of its own: it rides on the record being edited.
    Actor keep = m_original;
    keep.city.geonameId = entry.geonameId;
    showValues(a);
    m_original = keep;
    m_heading->setText(title());
    m_lookup->lineEdit()->setText(entry.name);
    checkDuplicates();
    if (m_duplicateBox->isHidden())
        setStatus(tr("Filled in from GeoNames: check the names, then press Save."), false);
}

void ActorForm::checkDuplicates()
{
    ValidationResult ignored;
    const Actor a = draft(&ignored);
    const QList<ActorId> ids = findDuplicateActors(a, m_document->data());
    if (ids.isEmpty() || m_allowDuplicate) {
        m_duplicateId = 0;
        m_duplicateBox->hide();
        return;
    }
    showDuplicate(ids);
}

void ActorForm::showDuplicate(const QList<ActorId>& ids)
{
    const WorkspaceData& data = m_document->data();
    const Actor* existing = data.actor(ids.constFirst());
    if (!existing)
        return;
    m_duplicateId = existing->id;
    const QString language = currentLanguage();
    QString where = data.countryName(existing->countryCode, language);
    if (!existing->city.adminRegion.isEmpty())
        where = existing->city.adminRegion + QStringLiteral(", ") + where;
    const QString name = existing->names.value(language);
    m_duplicateText->setText(existing->isCity() ? tr("“%1” (%2) is already in this workspace. Open it instead of "
                                                     "adding it again?")
                                                      .arg(name, where)
                                                : tr("“%1” is already in this workspace. Open it instead of adding it "
                                                     "again?")
                                                      .arg(name));
    m_duplicateBox->show();
}

void ActorForm::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette palette = this->palette();
    if (error) {
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28));
    }
    m_status->setPalette(palette);
}

QString ActorForm::statusText() const
{
    return m_status->text();
}

QString ActorForm::conflictText() const
{
    return m_conflict->message();
}

QPushButton* ActorForm::conflictReloadButton() const
{
    return m_conflict->findChild<QPushButton*>(QStringLiteral("conflictReload"));
}

bool ActorForm::save()
{
    ValidationResult result;
    const Actor a = draft(&result);
    const ValidationResult checked = validateActor(a, m_document->data(), m_allowDuplicate);
    for (auto it = checked.errors.cbegin(); it != checked.errors.cend(); ++it)
        result.add(it.key(), it.value());
    if (!result.isValid()) {
        const QStringList elsewhere = m_errors.show(result);
        if (!checked.duplicates.isEmpty() && !m_allowDuplicate)
            showDuplicate(checked.duplicates);
        QString text = tr("Not saved: correct the fields marked in red.");
        if (!elsewhere.isEmpty())
            text = tr("Not saved: %1").arg(elsewhere.join(QLatin1Char(' ')));
        setStatus(text, true);
        return false;
    }
    m_errors.clear();
    QString error;
    bool ok = false;
    ActorId id = m_original.id;
    if (m_original.id == 0) {
        Actor fresh = a;
        fresh.uid = newActorUid(a, m_document->data());
        auto edit = ActorEdit::add(fresh, [names = a.names, city = a.isCity()] {
            const QString shown = names.value(currentLanguage());
            return city ? tr("Add city %1").arg(shown) : tr("Add institution %1").arg(shown);
        });
        ActorEdit* raw = edit.get();
        ok = m_document->perform(std::move(edit), &error);
        if (ok)
            id = raw->actorId();
    } else {
        ok = m_document->perform(
            ActorEdit::update(a, [names = a.names] { return tr("Edit %1").arg(names.value(currentLanguage())); }),
            &error);
    }
    if (!ok) {
        // The officer's input stays in the form, to try again once the file can be written.
        // Someone else saved it first when the stored version is no longer the one the form loaded.
        const int stored = m_document->storedActorVersion(m_original.id);
        if (m_original.id != 0 && stored != 0 && stored != m_original.version) {
            // Both values are in the message; the officer decides after seeing the stored version.
            m_conflict->showConflict(error);
            setStatus(QString(), false);
        } else {
            setStatus(tr("Not saved: %1").arg(error), true);
        }
        return false;
    }
    load(id);
    setStatus(tr("Saved. Undo (Ctrl+Z) takes it back."), false);
    emit saved(id);
    return true;
}

void ActorForm::removeActor()
{
    if (m_original.id == 0)
        return;
    const QString name = m_original.names.value(currentLanguage());
    QString error;
    if (!m_document->perform(
            ActorEdit::remove(
                m_original, [names = m_original.names] { return tr("Remove %1").arg(names.value(currentLanguage())); }),
            &error)) {
        setStatus(tr("Not removed: %1").arg(error), true);
        return;
    }
    startNew(m_original.kind);
    setStatus(tr("%1 was removed. Undo (Ctrl+Z) brings it back.").arg(name), false);
}

void ActorForm::updateNameMarkers()
{
    LocalizedText names;
    names.set(lang::En, m_nameEn->text().trimmed());
    names.set(lang::Zh, m_nameZh->text().trimmed());
    names.set(lang::Es, m_nameEs->text().trimmed());
    m_texts->setNames(names);
}

void ActorForm::onDataChanged()
{
    refreshChoices();
    if (m_original.id != 0 && !m_document->data().actor(m_original.id)) {
        // Undone or removed elsewhere: what is in the form can still be saved, as a new entry.
        m_original.id = 0;
        m_original.uid.clear();
        m_original.version = 1;
        m_remove->hide();
        setStatus(tr("This entry is no longer in the workspace; Save adds it again."), false);
    } else if (m_original.id != 0 && m_document->refreshingAfterOwnEdit()) {
        // Keep the loaded version current after this window's own writes, so that saving after an undo is not
        // taken for a conflict. A version someone else saved is not taken over: saving over it is a conflict.
        m_original.version = m_document->data().actor(m_original.id)->version;
    }
    m_heading->setText(title());
}

} // namespace cb::ui
