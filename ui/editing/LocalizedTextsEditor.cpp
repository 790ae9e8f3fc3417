// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalizedTextsEditor.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QVBoxLayout>

namespace cb::ui {

namespace {

const QStringList& tabLanguages()
{
    static const QStringList languages{lang::En, lang::Zh, lang::Es};
    return languages;
}


bool anyOtherHas(const LocalizedText& text, const QString& language)
{
    for (const QString& other : tabLanguages()) {
        if (other != language && !text.exact(other).trimmed().isEmpty())
            return true;
    }
    return false;
}

} // namespace

LocalizedTextsEditor::LocalizedTextsEditor(QWidget* parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("localizedTexts"));
    setDocumentMode(true);
    for (const QString& language : tabLanguages()) {
        Page page;
        page.language = language;
        auto* widget = new QWidget(this);
        widget->setObjectName(QStringLiteral("texts_") + language);
        auto* layout = new QVBoxLayout(widget);
        page.note = new QLabel(widget);
        page.note->setObjectName(QStringLiteral("missingNote_") + language);
        page.note->setWordWrap(true);
        layout->addWidget(page.note);
        auto* form = new QFormLayout;
        form->setRowWrapPolicy(QFormLayout::WrapAllRows);
        layout->addLayout(form);
        const auto editor = [&](const char* field, int lines) {
            auto* edit = new QPlainTextEdit(widget);
            edit->setObjectName(QLatin1String(field) + language.at(0).toUpper() + language.mid(1));
            edit->setTabChangesFocus(true);
            // A height for the usual length of each text, so that all three fit in the dock without scrolling the tab;
            // longer texts scroll inside their field.
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines
                                 + int(2 * (edit->document()->documentMargin() + edit->frameWidth())) + 2);
            auto* label = new QLabel(widget);
            label->setBuddy(edit);
            page.labels.append(label);
            form->addRow(label, edit);
            connect(edit, &QPlainTextEdit::textChanged, this, [this] {
                updateMarkers();
                emit textsChanged();
            });
            return edit;
        };
        page.profile = editor("profile", 6);
        page.heritage = editor("heritage", 3);
        page.sectors = editor("sectors", 2);
        m_pages.append(page);
        addTab(widget, QString());
    }
    retranslate();
}

void LocalizedTextsEditor::retranslate()
{
    for (const Page& page : std::as_const(m_pages)) {
        page.labels.at(0)->setText(tr("Profile:"));
        page.labels.at(1)->setText(tr("Heritage:"));
        page.labels.at(2)->setText(tr("Key sectors:"));
        page.profile->setPlaceholderText(tr("A paragraph about the place: its size, economy and what it is known for"));
        page.heritage->setPlaceholderText(tr("World Heritage sites, intangible heritage, historic districts"));
        page.sectors->setPlaceholderText(tr("The main economic sectors, e.g. tourism, logistics, agriculture"));
    }
    updateMarkers();
}

void LocalizedTextsEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void LocalizedTextsEditor::setTexts(const Actor& actor)
{
    for (const Page& page : std::as_const(m_pages)) {
        const QSignalBlocker b1(page.profile);
        const QSignalBlocker b2(page.heritage);
        const QSignalBlocker b3(page.sectors);
        page.profile->setPlainText(actor.profile.exact(page.language));
        page.heritage->setPlainText(actor.heritage.exact(page.language));
        page.sectors->setPlainText(actor.sectors.exact(page.language));
    }
    m_names = actor.names;
    updateMarkers();
}

void LocalizedTextsEditor::applyTo(Actor* actor) const
{
    for (const Page& page : m_pages) {
        // An emptied field removes that language's text.
        actor->profile.set(page.language, page.profile->toPlainText());
        actor->heritage.set(page.language, page.heritage->toPlainText());
        actor->sectors.set(page.language, page.sectors->toPlainText());
    }
}

void LocalizedTextsEditor::setNames(const LocalizedText& names)
{
    m_names = names;
    updateMarkers();
}

LocalizedText LocalizedTextsEditor::current(QPlainTextEdit* Page::*field) const
{
    LocalizedText text;
    for (const Page& page : m_pages)
        text.set(page.language, (page.*field)->toPlainText().trimmed());
    return text;
}

QStringList LocalizedTextsEditor::missingFields(const QString& language) const
{
    QStringList missing;
    const auto check = [&](const QString& key, const LocalizedText& text) {
        if (text.exact(language).trimmed().isEmpty() && anyOtherHas(text, language))
            missing << key;
    };
    check(QStringLiteral("name"), m_names);
    check(QStringLiteral("profile"), current(&Page::profile));
    check(QStringLiteral("heritage"), current(&Page::heritage));
    check(QStringLiteral("sectors"), current(&Page::sectors));
    return missing;
}

QStringList LocalizedTextsEditor::missingLanguages() const
{
    QStringList languages;
    for (const Page& page : m_pages) {
        if (!missingFields(page.language).isEmpty())
            languages << page.language;
    }
    return languages;
}

QPlainTextEdit* LocalizedTextsEditor::editor(const QString& field, const QString& language) const
{
    for (const Page& page : m_pages) {
        if (page.language != language)
            continue;
        if (field == QLatin1String("profile"))
            return page.profile;
        if (field == QLatin1String("heritage"))
            return page.heritage;
        if (field == QLatin1String("sectors"))
            return page.sectors;
    }
    return nullptr;
}

void LocalizedTextsEditor::updateMarkers()
{
    for (int i = 0; i < m_pages.size(); ++i) {
        const Page& page = m_pages.at(i);
        const QString languageName = page.language == lang::Zh   ? tr("Chinese")
                                     : page.language == lang::Es ? tr("Spanish")
                                                                 : tr("English");
        const QStringList missing = missingFields(page.language);
        if (missing.isEmpty()) {
            setTabText(i, languageName);
            setTabToolTip(i, QString());
            page.note->hide();
            continue;
        }
        QStringList names;
        for (const QString& key : missing) {
            if (key == QLatin1String("name"))
                names << tr("name");
            else if (key == QLatin1String("profile"))
                names << tr("profile");
            else if (key == QLatin1String("heritage"))
                names << tr("heritage");
            else
                names << tr("key sectors");
        }
        const QString list = QLocale().createSeparatedList(names);
        setTabText(i, tr("%1 — missing").arg(languageName));
        // One sentence per language: Spanish writes the language's name in lower case inside a sentence.
        const QString note = page.language == lang::Zh   ? tr("Not yet written in Chinese: %1.").arg(list)
                             : page.language == lang::Es ? tr("Not yet written in Spanish: %1.").arg(list)
                                                         : tr("Not yet written in English: %1.").arg(list);
        setTabToolTip(i, note);
        page.note->setText(note);
        page.note->show();
    }
}

} // namespace cb::ui
