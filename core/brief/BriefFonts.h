// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cb {

/**
 * The typeface of printed briefs: Noto Sans CJK SC from Debian's fonts-noto-cjk. One face covers Latin and Han,
 * and choosing the SC member of the collection (never JP) makes Chinese text extract back to the same characters.
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
