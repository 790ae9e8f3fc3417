// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cb {

/**
 * The folded form under which names are indexed and searched: case-folded, accents removed
 * (Querétaro = Queretaro), Traditional Chinese mapped to Simplified (洛陽 = 洛阳), spaces and punctuation
 * dropped (luo yang = Luoyang, Huai'an = Huaian), and a trailing 市 dropped (洛阳市 = 洛阳).
 */
QString searchKey(const QString& text);

/** Simplified form of a Chinese text, character by character (OpenCC's t2s table). */
QString toSimplifiedChinese(const QString& text);

} // namespace cb
