// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace cb {

/**
 * Makes Chinese text in Qt's PDFs extract as the characters that were written. Qt builds each font's ToUnicode map
 * from the font's cmap, taking the lowest code point that reaches a glyph; Noto Sans CJK gives the Kangxi radicals
 * (U+2F00..) and many CJK radical supplements (U+2E80..) the same glyphs as the ideographs, so 日, 月, 方, 见, 门
 * would come back from pdftotext as ⽇, ⽉, ⽅, ⻅, ⻔. This rewrites those destinations to the ideographs.
 */
class BriefPdfText
{
public:
    /** The PDF with every radical destination in its ToUnicode maps replaced; byte length and offsets unchanged. */
    static QByteArray canonicalToUnicode(const QByteArray& pdf);
    /** The ideograph a radical code point stands for, or @p codePoint itself. */
    static char32_t canonicalIdeograph(char32_t codePoint);
};

} // namespace cb
