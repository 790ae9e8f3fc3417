// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace cb {

/** The text encodings a CSV file may use (those Excel writes in English, Spanish and Chinese locales). */
enum class TextEncoding
{
    Auto, ///< detect: byte order mark, then valid UTF-8, then GB18030 versus Windows-1252
    Utf8,
    Utf16LE,
    Utf16BE,
    Gb18030,     ///< also reads GBK and GB2312, its subsets (Excel "CSV" on Simplified Chinese Windows)
    Windows1252, ///< Excel "CSV" on Western European Windows; a superset of printable ISO 8859-1
};

/** The name QStringDecoder knows the encoding by ("UTF-8", "GB18030", "windows-1252", ...); empty for Auto. */
QString textEncodingName(TextEncoding encoding);

/**
 * Parses a user-given encoding name, case-insensitively: "utf-8", "utf8", "utf-16le", "utf-16be", "gb18030",
 * "gbk", "gb2312", "cp936", "windows-1252", "cp1252", "latin1", "iso-8859-1" and "auto".
 */
std::optional<TextEncoding> textEncodingFromName(QStringView name);

/** Result of detectTextEncoding(). */
struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0; ///< bytes of byte order mark at the start of the sample, to skip
};

/**
 * Guesses the encoding of text from its first bytes: a UTF-8 or UTF-16 byte order mark; UTF-16 without one
 * (NUL in every other byte); UTF-8 when the bytes are valid UTF-8 (pure ASCII included); otherwise GB18030
 * when the high bytes pair up as common Chinese characters and do not sit beside Latin letters, else
 * Windows-1252. \a wholeFile says the sample is the entire file, so a multi-byte sequence cut at its end is
 * an error rather than the edge of the sample.
 */
EncodingGuess detectTextEncoding(QByteArrayView sample, bool wholeFile);

/** Length of a byte order mark of \a encoding at the start of \a data (0 when there is none). */
int byteOrderMarkLength(QByteArrayView data, TextEncoding encoding);

/** True when \a data is well-formed UTF-8; \a allowCutEnd accepts a sequence cut short by the end of data. */
bool isValidUtf8(QByteArrayView data, bool allowCutEnd);

/** True when the high bytes of \a data read as GB18030 Chinese text rather than Windows-1252 Latin text. */
bool looksLikeGb18030(QByteArrayView data, bool wholeFile);

} // namespace cb
