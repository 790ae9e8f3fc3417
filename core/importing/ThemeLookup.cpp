// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemeLookup.h"

#include "text/SearchKey.h"

#include <QSet>

namespace cb {

ThemeLookup::ThemeLookup(const QList<Theme>& themes) : m_themes(themes)
{
    for (int i = 0; i < m_themes.size(); ++i) {
        const Theme& theme = m_themes.at(i);
        m_keys.append({searchKey(theme.key), i});
        for (const QString& name : theme.names.all())
            m_keys.append({searchKey(name), i});
    }
}

const Theme* ThemeLookup::find(const QString& text) const
{
    const QString key = searchKey(text);
    if (key.isEmpty())
        return nullptr;
    for (const Entry& e : m_keys) {
        if (e.key == key)
            return &m_themes.at(e.theme);
    }
    // Survey answers often shorten a theme ("Turismo" for "Desarrollo turístico"): accept a part of a name when it
    // points to exactly one theme, and only when it is long enough not to be a syllable of many names.
    const bool chinese = key.front().unicode() >= 0x3000;
    if (key.size() < (chinese ? 2 : 4))
        return nullptr;
    QSet<int> starts;
    QSet<int> contains;
    for (const Entry& e : m_keys) {
        if (e.key.startsWith(key))
            starts.insert(e.theme);
        else if (e.key.contains(key))
            contains.insert(e.theme);
    }
    if (starts.size() == 1)
        return &m_themes.at(*starts.cbegin());
    if (starts.isEmpty() && contains.size() == 1)
        return &m_themes.at(*contains.cbegin());
    return nullptr;
}

} // namespace cb
