// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cb {

struct BriefDocument;

/** Renders a brief as one self-contained HTML page (the map inlined as PNG); every text is escaped. */
class BriefHtmlWriter
{
public:
    static QString toHtml(const BriefDocument& document);
    /** Escapes &, <, >, " and ' so that any data field stays text. */
    static QString escape(const QString& text);
};

} // namespace cb
