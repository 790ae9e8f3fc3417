// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include "domain/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace cb {

namespace {

/**
 * lupdate files strings called from free helper functions under the enclosing namespace ("cb") while the helpers
 * ask for a more specific context: try that, then the namespace's.
 */
class FallbackTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        QString result = QTranslator::translate(context, sourceText, disambiguation, n);
        if (result.isEmpty())
            result = QTranslator::translate("cb", sourceText, disambiguation, n);
        return result;
    }
};

struct Installed
{
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
    QString language = lang::En;
};

Installed& installed()
{
    static Installed state;
    return state;
}

} // namespace

QString localeNameFor(const QString& language)
{
    if (language == lang::Zh)
        return QStringLiteral("zh_CN");
    if (language == lang::Es)
        return QStringLiteral("es_ES");
    return QStringLiteral("en_US");
}

QString systemLanguage()
{
    return lang::normalize(QLocale::system().name());
}

bool isInterfaceLanguageCode(const QString& code)
{
    const QString lower = code.trimmed().toLower();
    for (const char* base : {"en", "zh", "es"}) {
        const QLatin1String prefix(base);
        if (lower == prefix
            || (lower.size() > 3 && lower.startsWith(prefix)
                && (lower.at(2) == QLatin1Char('_') || lower.at(2) == QLatin1Char('-'))))
            return true;
    }
    return false;
}

QString chooseStartLanguage(const QString& requested, const QString& remembered, const QString& system)
{
    for (const QString& code : {requested, remembered, system}) {
        if (isInterfaceLanguageCode(code))
            return lang::normalize(code);
    }
    return lang::En;
}

QString currentLanguage()
{
    return installed().language;
}

QString installLanguage(const QString& code)
{
    Installed& state = installed();
    const QString language = lang::normalize(code);
    // The locale first: installing and removing translators tells the application at once (LanguageChange), and
    // whatever reformats numbers and dates then must already find the new default.
    QLocale::setDefault(QLocale(localeNameFor(language)));
    state.language = language;
    if (state.own)
        QCoreApplication::removeTranslator(state.own.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.own.reset();
    state.qt.reset();

    const QString fileSuffix = language == lang::Zh ? QStringLiteral("zh_CN") : language;
    std::unique_ptr<QTranslator> own = std::make_unique<FallbackTranslator>();
    if (own->load(QStringLiteral(":/i18n/citybridge_") + fileSuffix + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(own.get());
        state.own = std::move(own);
    }
    auto qt = std::make_unique<QTranslator>();
    if (language != lang::En
        && qt->load(QStringLiteral("qtbase_") + fileSuffix, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    return language;
}

} // namespace cb
