// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace cb {

/**
 * Installs the interface language for the whole application: CityBridge's own catalogue and Qt's
 * (standard buttons, file dialogs). Accepts "en", "zh", "zh_CN", "es", "es_MX"...; returns the data-language
 * code in use ("en", "zh" or "es"). Installing again replaces the previous translators, which sends
 * QEvent::LanguageChange to every widget.
 */
QString installLanguage(const QString& code);

/** The language in use (data-language code: en, zh, es). */
QString currentLanguage();

/** The QLocale name for a data-language code: en -> en_US, zh -> zh_CN, es -> es_ES. */
QString localeNameFor(const QString& language);

/** The language the system asks for, as a data-language code. */
QString systemLanguage();

/**
 * Whether code names an interface language: "en", "zh", "es", or a locale of one of them ("zh_CN", "es-MX",
 * "en_US"), in any case.
 */
bool isInterfaceLanguageCode(const QString& code);

/**
 * The interface language to start with: the one asked for on the command line (--lang), else the one chosen in
 * the application before (remembered), else the system's. Codes that are not interface languages are skipped.
 * Returns a data-language code (en, zh, es).
 */
QString chooseStartLanguage(const QString& requested, const QString& remembered, const QString& system);

} // namespace cb
