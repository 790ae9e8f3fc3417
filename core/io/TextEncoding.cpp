// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/TextEncoding.h"

#include <algorithm>

namespace cb {

namespace {

// Sample bytes looked at for the BOM-less UTF-16 and binary checks.
constexpr qsizetype kNulWindow = 1024;

uchar byteAt(QByteArrayView data, qsizetype i)
{
    return static_cast<uchar>(data[i]);
}

bool isAsciiLetter(uchar b)
{
    return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
}

} // namespace

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QString();
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return QString();
}

std::optional<TextEncoding> textEncodingFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower().remove(QLatin1Char('_'));
    if (n == QLatin1String("auto"))
        return TextEncoding::Auto;
    if (n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (n == QLatin1String("utf-16le") || n == QLatin1String("utf16le") || n == QLatin1String("utf-16"))
        return TextEncoding::Utf16LE;
    if (n == QLatin1String("utf-16be") || n == QLatin1String("utf16be"))
        return TextEncoding::Utf16BE;
    if (n == QLatin1String("gb18030") || n == QLatin1String("gbk") || n == QLatin1String("gb2312") ||
        n == QLatin1String("cp936"))
        return TextEncoding::Gb18030;
    if (n == QLatin1String("windows-1252") || n == QLatin1String("cp1252") || n == QLatin1String("latin1") ||
        n == QLatin1String("iso-8859-1") || n == QLatin1String("latin-1"))
        return TextEncoding::Windows1252;
    return std::nullopt;
}

int byteOrderMarkLength(QByteArrayView data, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    case TextEncoding::Utf16LE:
        return data.startsWith("\xFF\xFE") ? 2 : 0;
    case TextEncoding::Utf16BE:
        return data.startsWith("\xFE\xFF") ? 2 : 0;
    case TextEncoding::Gb18030:
        // GB18030 encodes U+FEFF as 84 31 95 33.
        return data.startsWith("\x84\x31\x95\x33") ? 4 : 0;
    case TextEncoding::Auto:
    case TextEncoding::Windows1252:
        break;
    }
    return 0;
}

bool isValidUtf8(QByteArrayView data, bool allowCutEnd)
{
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar b = byteAt(data, i);
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uint minimum = 0;
        uint code = 0;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            minimum = 0x80;
            code = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            minimum = 0x800;
            code = b & 0x0F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            minimum = 0x10000;
            code = b & 0x07;
        } else {
            return false;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return allowCutEnd;
            const uchar c = byteAt(data, i + k);
            if ((c & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (c & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

bool looksLikeGb18030(QByteArrayView data, bool wholeFile)
{
    const qsizetype n = data.size();
    qsizetype highBytes = 0;
    qsizetype chineseBytes = 0; // bytes of pairs in the GB2312 hanzi and CJK punctuation rows
    qsizetype latinBytes = 0;   // high bytes next to an ASCII letter, as accented letters in Spanish are
    qsizetype i = 0;
    const auto nextToLetter = [&](qsizetype at) {
        return (at > 0 && isAsciiLetter(byteAt(data, at - 1))) || (at + 1 < n && isAsciiLetter(byteAt(data, at + 1)));
    };
    while (i < n) {
        const uchar lead = byteAt(data, i);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        if (lead == 0x80 || lead == 0xFF)
            return false;
        if (i + 1 >= n) {
            if (wholeFile)
                return false;
            break;
        }
        const uchar trail = byteAt(data, i + 1);
        if (trail >= 0x30 && trail <= 0x39) {
            // Four-byte sequence: lead, digit, 81..FE, digit. Latin text hardly ever has that shape.
            if (i + 3 >= n) {
                if (wholeFile)
                    return false;
                break;
            }
            const uchar third = byteAt(data, i + 2);
            const uchar fourth = byteAt(data, i + 3);
            if (third < 0x81 || third > 0xFE || fourth < 0x30 || fourth > 0x39)
                return false;
            highBytes += 2;
            chineseBytes += 2;
            i += 4;
            continue;
        }
        if (trail < 0x40 || trail == 0x7F || trail == 0xFF)
            return false;
        const int high = trail >= 0x80 ? 2 : 1;
        highBytes += high;
        latinBytes += nextToLetter(i) ? 1 : 0;
        if (trail >= 0x80)
            latinBytes += nextToLetter(i + 1) ? 1 : 0;
        if (lead >= 0xA1 && lead <= 0xF7 && trail >= 0xA1 && trail <= 0xFE)
            chineseBytes += 2;
        i += 2;
    }
    return highBytes > 0 && chineseBytes * 10 >= highBytes * 8 && latinBytes * 2 < highBytes;
}

EncodingGuess detectTextEncoding(QByteArrayView sample, bool wholeFile)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return {TextEncoding::Utf8, 3};
    if (sample.startsWith("\xFF\xFE"))
        return {TextEncoding::Utf16LE, 2};
    if (sample.startsWith("\xFE\xFF"))
        return {TextEncoding::Utf16BE, 2};
    if (sample.startsWith("\x84\x31\x95\x33"))
        return {TextEncoding::Gb18030, 4};

    // UTF-16 without a byte order mark: ASCII characters leave a NUL in every other byte.
    const qsizetype window = std::min(sample.size(), kNulWindow) & ~qsizetype(1);
    if (window >= 2) {
        qsizetype evenNul = 0;
        qsizetype oddNul = 0;
        for (qsizetype i = 0; i < window; i += 2) {
            evenNul += sample[i] == '\0' ? 1 : 0;
            oddNul += sample[i + 1] == '\0' ? 1 : 0;
        }
        const qsizetype pairs = window / 2;
        if (oddNul * 10 >= pairs * 4 && evenNul * 20 < pairs)
            return {TextEncoding::Utf16LE, 0};
        if (evenNul * 10 >= pairs * 4 && oddNul * 20 < pairs)
            return {TextEncoding::Utf16BE, 0};
    }

    if (isValidUtf8(sample, !wholeFile))
        return {TextEncoding::Utf8, 0};
    if (looksLikeGb18030(sample, wholeFile))
        return {TextEncoding::Gb18030, 0};
    return {TextEncoding::Windows1252, 0};
}

} // namespace cb
