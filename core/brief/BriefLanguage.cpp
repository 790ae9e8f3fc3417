// SPDX-License-Identifier: GPL-3.0-or-later
#include "BriefLanguage.h"

#include "domain/Language.h"
#include "i18n/Translations.h"
#include "workspace/WorkspaceData.h"

#include <QTranslator>

namespace cb {

BriefLanguage::BriefLanguage(const QString& language)
    : m_language(lang::normalize(language))
    , m_locale(localeNameFor(m_language))
    , m_translator(std::make_unique<QTranslator>())
{
    if (m_language != lang::En) {
        const QString suffix = m_language == lang::Zh ? QStringLiteral("zh_CN") : m_language;
        if (!m_translator->load(QStringLiteral(":/i18n/citybridge_") + suffix + QStringLiteral(".qm")))
            m_translator.reset();
    } else {
        m_translator.reset();
    }
}

BriefLanguage::~BriefLanguage() = default;

QString BriefLanguage::lookup(const char* context, const char* text) const
{
    if (m_translator) {
        QString result = m_translator->translate(context, text);
        // lupdate files a few helpers' strings under the enclosing namespace: try it as the interface does.
        if (result.isEmpty())
            result = m_translator->translate("cb", text);
        if (!result.isEmpty())
            return result;
    }
    return QString::fromUtf8(text);
}

QString BriefLanguage::date(const QDate& date) const
{
    if (m_language == lang::Zh)
        return m_locale.toString(date, QStringLiteral("yyyy年M月d日"));
    if (m_language == lang::Es)
        return m_locale.toString(date, QStringLiteral("d 'de' MMMM 'de' yyyy"));
    return m_locale.toString(date, QStringLiteral("MMMM d, yyyy"));
}

QString BriefLanguage::languageOfCountry(const QString& countryCode)
{
    static const QStringList chinese{QStringLiteral("CN"), QStringLiteral("TW"), QStringLiteral("HK"),
                                     QStringLiteral("MO")};
    static const QStringList spanish{
        QStringLiteral("ES"), QStringLiteral("MX"), QStringLiteral("AR"), QStringLiteral("BO"), QStringLiteral("CL"),
        QStringLiteral("CO"), QStringLiteral("CR"), QStringLiteral("CU"), QStringLiteral("DO"), QStringLiteral("EC"),
        QStringLiteral("SV"), QStringLiteral("GQ"), QStringLiteral("GT"), QStringLiteral("HN"), QStringLiteral("NI"),
        QStringLiteral("PA"), QStringLiteral("PY"), QStringLiteral("PE"), QStringLiteral("PR"), QStringLiteral("UY"),
        QStringLiteral("VE")};
    const QString code = countryCode.toUpper();
    if (chinese.contains(code))
        return lang::Zh;
    if (spanish.contains(code))
        return lang::Es;
    return lang::En;
}

QStringList BriefLanguage::options()
{
    return {lang::En, lang::Zh, lang::Es, QStringLiteral("bilingual")};
}

QStringList BriefLanguage::languagesFor(const QString& option, const WorkspaceData& data, qint64 actorA,
                                        qint64 actorB)
{
    if (option != QLatin1String("bilingual"))
        return {lang::normalize(option)};
    const Actor* a = data.actor(actorA);
    const Actor* b = data.actor(actorB);
    QStringList languages;
    for (const Actor* actor : {a, b}) {
        const QString language = languageOfCountry(actor ? actor->countryCode : QString());
        if (!languages.contains(language))
            languages.append(language);
    }
    // Two partners who read the same language still get the brief twice: theirs and English for the officer.
    if (languages.size() == 1 && languages.first() != lang::En)
        languages.append(lang::En);
    return languages;
}

} // namespace cb
