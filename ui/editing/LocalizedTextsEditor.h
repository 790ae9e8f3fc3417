// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Actor.h"

#include <QTabWidget>

class QLabel;
class QPlainTextEdit;

namespace cb::ui {

/**
 * The texts an actor carries per language — profile, heritage and key sectors — on one tab per language
 * (English, Chinese, Spanish). A tab whose language lacks something another language has (a name, a profile
 * paragraph, ...) is marked "— missing", and its note lists what to write, so that an officer sees at a glance
 * which translations are still to be done.
 */
class LocalizedTextsEditor : public QTabWidget
{
    Q_OBJECT

public:
    explicit LocalizedTextsEditor(QWidget* parent = nullptr);

    /** Shows the actor's profile, heritage and sectors texts. */
    void setTexts(const Actor& actor);
    /** Writes the tabs' texts into actor (empty fields remove that language's text). */
    void applyTo(Actor* actor) const;
    /** The names typed in the form, used for the missing markers. */
    void setNames(const LocalizedText& names);

    /** The languages (en, zh, es) that lack a text another language has, in tab order. */
    QStringList missingLanguages() const;
    /** What the language lacks, as field keys: name, profile, heritage, sectors. */
    QStringList missingFields(const QString& language) const;

    /** The editor of one field ("profile", "heritage", "sectors") in one language; nullptr when unknown. */
    QPlainTextEdit* editor(const QString& field, const QString& language) const;

signals:
    /** A text was typed. */
    void textsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Page
    {
        QString language;
        QPlainTextEdit* profile = nullptr;
        QPlainTextEdit* heritage = nullptr;
        QPlainTextEdit* sectors = nullptr;
        QLabel* note = nullptr;
        QList<QLabel*> labels;
    };

    void retranslate();
    void updateMarkers();
    LocalizedText current(QPlainTextEdit* Page::*field) const;

    QList<Page> m_pages;
    LocalizedText m_names;
};

} // namespace cb::ui
