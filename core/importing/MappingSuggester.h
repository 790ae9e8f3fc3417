// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ColumnMapping.h"
#include "domain/Theme.h"

#include <QList>
#include <QStringList>

namespace cb {

/**
 * Suggests a field for each column of a survey from its header, in English, Spanish or Chinese: "Ciudad",
 * "城市" and "City" name the responding city; "País", "国家" and "Country" its country; "Prioridad 2" or "优先事项二"
 * a second-ranked priority; a header that is a theme's name ("Turismo sostenible") a yes/no answer on that theme.
 */
class MappingSuggester
{
public:
    explicit MappingSuggester(const QList<Theme>& themes);

    /** The suggested rule for one column (field Ignore when nothing fits). */
    ColumnRule suggest(int column, const QString& header) const;

    /**
     * A whole mapping: one suggestion per header; only the first column suggested as the name, the country or
     * the date keeps that field.
     */
    ColumnMapping suggestMapping(const QStringList& headers) const;

private:
    QList<Theme> m_themes;
};

} // namespace cb
