// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/NumberFormat.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace cb {

struct WorkspaceData;

/**
 * Translates brief texts into one brief language without touching the interface language: it holds its own
 * QTranslator over the application's catalogue (:/i18n) and is never installed on the application.
 */
class BriefLanguage
{
public:
    /** @p language is en, zh or es (anything else is normalised, unknown codes give en). */
    explicit BriefLanguage(const QString& language);
    ~BriefLanguage();
    BriefLanguage(const BriefLanguage&) = delete;
    BriefLanguage& operator=(const BriefLanguage&) = delete;

    QString language() const { return m_language; }
    QLocale locale() const { return m_locale; }
    /** The translation of @p text (marked with QT_TRANSLATE_NOOP in @p context); the source text when none. */
    QString lookup(const char* context, const char* text) const;
    /** A whole number with the brief locale's grouping. */
    QString number(qint64 value) const { return groupedInteger(value, m_locale); }
    /** A decimal number with the brief locale's separator. */
    QString number(double value, int decimals) const { return m_locale.toString(value, 'f', decimals); }
    /** A date written out in the brief's language, without the weekday: "23 de noviembre de 2026". */
    QString date(const QDate& date) const;

    /** The brief languages an option stands for: en, zh, es, or "bilingual" (the two partners' languages). */
    static QStringList languagesFor(const QString& option, const WorkspaceData& data, qint64 actorA, qint64 actorB);
    /** The language a country's officials read (zh for China, es for Spanish-speaking countries, else en). */
    static QString languageOfCountry(const QString& countryCode);
    /** The options accepted by languagesFor(): en, zh, es, bilingual. */
    static QStringList options();

private:
    QString m_language;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace cb
