// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GazetteerEntry.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

class QIODevice;

namespace cb {

/**
 * A searchable list of world cities: the bundled GeoNames cities15000 table (":/gazetteer/cities15000.tsv")
 * or any file with the same tab-separated columns. Every English, Chinese and Spanish name is indexed under
 * its search key (core/text/SearchKey.h), so "luo yang", "洛陽" and "Ciudad de Mexico" all find their city.
 */
class Gazetteer
{
public:
    /** The bundled gazetteer, read and indexed on first use (thread-safe), then shared. */
    static const Gazetteer& bundled();

    /** Reads a table; replaces what was loaded. Returns false and sets errorString() on a malformed file. */
    bool load(QIODevice& device);
    QString errorString() const { return m_error; }

    int size() const { return static_cast<int>(m_entries.size()); }
    const GazetteerEntry& at(int index) const { return m_entries[static_cast<size_t>(index)]; }

    /**
     * Cities with a name in any language whose search key starts with that of text, largest population first
     * (a name equal to the query wins a tie). At most limit results.
     */
    QList<GazetteerEntry> search(const QString& text, int limit = 20) const;
    /** The city with this GeoNames id, if listed. */
    std::optional<GazetteerEntry> byGeonameId(qint64 id) const;

private:
    std::vector<GazetteerEntry> m_entries;
    std::vector<std::pair<QString, int>> m_keys; // search key -> entry index, sorted by key
    QString m_error;
};

} // namespace cb
