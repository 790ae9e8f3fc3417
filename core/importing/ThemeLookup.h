// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Theme.h"

#include <QList>
#include <QString>

namespace cb {

/**
 * Finds a workspace theme from what a survey calls it, in any of the three languages: "Turismo", "旅游发展",
 * "tourism development" or the key itself. Accents, case, spacing and Traditional characters do not matter
 * (core/text/SearchKey.h).
 */
class ThemeLookup
{
public:
    explicit ThemeLookup(const QList<Theme>& themes);

    /**
     * The theme called text: a theme whose name or key has the same search key; failing that, the only theme
     * one of whose names starts with or contains text (at least two Chinese or four Latin characters). nullptr
     * when none or several match.
     */
    const Theme* find(const QString& text) const;

private:
    struct Entry
    {
        QString key;
        int theme;
    };
    QList<Theme> m_themes;
    QList<Entry> m_keys;
};

} // namespace cb
