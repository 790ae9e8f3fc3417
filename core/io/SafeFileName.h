// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cb {

/**
 * File names built from data (city names, uids) for files written into a folder the user chose. Every such name
 * goes through safeFileName(), and the final path through pathInFolder(), so that no name can leave the folder or
 * be a device on Windows.
 */
namespace safefile {

/** The longest name safeFileName() returns, in UTF-8 bytes (most file systems allow 255). */
constexpr int kMaxNameBytes = 180;

/**
 * A single path component that is safe on Linux, macOS and Windows and still readable: letters and digits of any
 * script (Chinese stays Chinese), spaces, dots inside the name, '-', '_', '(', ')' and the like are kept; path
 * separators (/ and \), NUL and other control characters and : * ? " < > | become '-', runs of them one '-';
 * leading dots and spaces and trailing dots and spaces go (no "..", no hidden files); a Windows device name (CON,
 * PRN, AUX, NUL, COM1-9, LPT1-9, also as "con.txt") gets a leading '_'; the result is cut to maxBytes of UTF-8
 * without splitting a character, keeping the suffix after the last dot when there is a short one. An empty result
 * becomes fallback (itself made safe), or "unnamed".
 */
QString safeFileName(const QString& name, const QString& fallback = QString(), int maxBytes = kMaxNameBytes);

/**
 * folder/fileName when that path's parent is folder itself: fileName is one component (not "", ".", "..", no
 * separator), the canonical folder of the joined path is the canonical folder (symbolic links resolved), and
 * no symbolic link already sits at that name (the file would be written where it points).
 * folder must exist. Returns an empty string and a translated error otherwise.
 */
QString pathInFolder(const QString& folder, const QString& fileName, QString* error);

} // namespace safefile

} // namespace cb
