// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cb {

/**
 * The Chinese typeface of printed briefs: Noto Sans CJK SC from Debian's fonts-noto-cjk. Choosing the SC member of
 * the collection (never JP) draws Simplified forms; BriefPdfText then makes them extract as written.
 */
class BriefFonts
{
public:
    /** Registers the Noto CJK collection once (needs a QGuiApplication); returns the family to use. */
    static QString family();
    /** True when the Simplified Chinese family is available. */
    static bool hasChineseFamily();
};

} // namespace cb
