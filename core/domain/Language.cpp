// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <algorithm>

namespace cb {

QStringList lang::interfaceLanguages()
{
    return {En, Zh, Es};
}

QString lang::normalize(const QString& code)
{
    const QString lower = code.trimmed().toLower();
    if (lower.startsWith(QLatin1String("zh")))
        return Zh;
    if (lower.startsWith(QLatin1String("es")))
        return Es;
    if (lower == Native)
        return Native;
    return En;
}

QStringList lang::fallbackChain(const QString& requested)
{
    QStringList chain{requested, En, Native, Es, Zh};
    chain.removeDuplicates();
    return chain;
}

LocalizedText::LocalizedText(std::initializer_list<std::pair<const QString, QString>> values)
{
    for (const auto& [language, text] : values)
        set(language, text);
}

void LocalizedText::set(const QString& language, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        m_values.remove(language);
    else
        m_values.insert(language, trimmed);
}

QString LocalizedText::exact(const QString& language) const
{
    return m_values.value(language);
}

QString LocalizedText::value(const QString& language) const
{
    for (const QString& candidate : lang::fallbackChain(language)) {
        const auto it = m_values.constFind(candidate);
        if (it != m_values.constEnd())
            return it.value();
    }
    return {};
}

bool LocalizedText::has(const QString& language) const
{
    return m_values.contains(language);
}

bool LocalizedText::isEmpty() const
{
    return m_values.isEmpty();
}

QStringList LocalizedText::languages() const
{
    QStringList keys = m_values.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace cb
