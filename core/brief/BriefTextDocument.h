// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

class QTextDocument;

namespace cb {

struct BriefDocument;

/** Lays a brief out as a QTextDocument (headings, lists, tables, the map) for the PDF and ODT writers. */
class BriefTextDocument
{
public:
    /** @p textWidth is the usable page width in the document's units (the map is scaled to it). */
    static std::unique_ptr<QTextDocument> build(const BriefDocument& document, double textWidth);
    /**
     * Moves every heading that would end a page with less than @p minSpace points below it to the next page. Call
     * after QTextDocument::setPageSize(); QTextDocument has no keep-with-next of its own.
     */
    static void keepHeadingsWithText(QTextDocument* document, double minSpace);
};

} // namespace cb
