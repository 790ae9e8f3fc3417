// SPDX-License-Identifier: GPL-3.0-or-later
#include "BriefPdfText.h"

#include <QByteArrayList>
#include <QHash>
#include <QRegularExpression>
#include <QString>

namespace cb {

namespace {

// CJK Radicals Supplement forms that have no Unicode decomposition, with the ideograph each is drawn as.
const QHash<char32_t, char32_t>& supplementTable()
{
    static const QHash<char32_t, char32_t> table{
        {0x2E85, 0x4EBB}, {0x2E86, 0x5182}, {0x2E89, 0x5202}, {0x2E8A, 0x535C}, {0x2E8B, 0x353E}, {0x2E8E, 0x5140},
        {0x2E90, 0x5C22}, {0x2E92, 0x5DF3}, {0x2E93, 0x5E7A}, {0x2E94, 0x5F51}, {0x2E95, 0x5F50}, {0x2E96, 0x5FC4},
        {0x2E98, 0x624C}, {0x2E99, 0x6535}, {0x2E9B, 0x65E1}, {0x2E9E, 0x6B7A}, {0x2EA0, 0x6C11}, {0x2EA1, 0x6C35},
        {0x2EA2, 0x6C3A}, {0x2EA3, 0x706C}, {0x2EA4, 0x722B}, {0x2EA6, 0x4E2C}, {0x2EA8, 0x72AD}, {0x2EA9, 0x738B},
        {0x2EAA, 0x758B}, {0x2EAB, 0x7F52}, {0x2EAD, 0x793B}, {0x2EAE, 0x7AF9}, {0x2EAF, 0x7CF9}, {0x2EB0, 0x7E9F},
        {0x2EB1, 0x7F53}, {0x2EB2, 0x7F52}, {0x2EB9, 0x8002}, {0x2EBA, 0x8080}, {0x2EBB, 0x807F}, {0x2EBC, 0x6708},
        {0x2EBD, 0x81FC}, {0x2EBE, 0x8279}, {0x2EBF, 0x8279}, {0x2EC0, 0x8279}, {0x2EC1, 0x864E}, {0x2EC2, 0x8864},
        {0x2EC3, 0x8980}, {0x2EC4, 0x897F}, {0x2EC5, 0x89C1}, {0x2EC6, 0x89D2}, {0x2EC8, 0x8BA0}, {0x2EC9, 0x8D1D},
        {0x2ECB, 0x8F66}, {0x2ECC, 0x8FB6}, {0x2ECD, 0x8FB6}, {0x2ECE, 0x8FB6}, {0x2ECF, 0x961D}, {0x2ED0, 0x9485},
        {0x2ED1, 0x9577}, {0x2ED2, 0x9578}, {0x2ED3, 0x957F}, {0x2ED4, 0x95E8}, {0x2ED6, 0x961D}, {0x2ED7, 0x96E8},
        {0x2ED8, 0x9752}, {0x2ED9, 0x97E6}, {0x2EDA, 0x9875}, {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE}, {0x2EDD, 0x98DF},
        {0x2EDF, 0x98E0}, {0x2EE0, 0x9963}, {0x2EE2, 0x9A6C}, {0x2EE3, 0x9AA8}, {0x2EE4, 0x9B3C}, {0x2EE5, 0x9C7C},
        {0x2EE6, 0x9E1F}, {0x2EE7, 0x5364}, {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4}, {0x2EEA, 0x9EFE}, {0x2EEB, 0x6589},
        {0x2EEC, 0x9F50}, {0x2EED, 0x6B6F}, {0x2EEE, 0x9F7F}, {0x2EEF, 0x7ADC}, {0x2EF0, 0x9F99}, {0x2EF1, 0x9F9C},
        {0x2EF2, 0x4E80}, {0x2EF3, 0x9F9F}};
    return table;
}

QByteArray hex4(char32_t value)
{
    return QByteArray::number(uint(value), 16).toUpper().rightJustified(4, '0');
}

/** Replaces the <XXXX> destination tokens of one CMap line from @p from on, keeping every byte count. */
void fixTokens(QByteArray& line, qsizetype from, bool onlyFirst)
{
    static const QRegularExpression token(QStringLiteral("<([0-9A-Fa-f]{4})>"));
    const QString text = QString::fromLatin1(line);
    for (auto it = token.globalMatch(text, from); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const char32_t code = m.captured(1).toUInt(nullptr, 16);
        const char32_t canonical = BriefPdfText::canonicalIdeograph(code);
        if (canonical != code && canonical <= 0xFFFF)
            line.replace(m.capturedStart(1), 4, hex4(canonical));
        if (onlyFirst)
            break;
    }
}

QByteArray fixCMap(const QByteArray& cmap)
{
    QByteArrayList lines = cmap.split('\n');
    enum { None, Range, Char } mode = None;
    for (QByteArray& line : lines) {
        const QByteArray t = line.trimmed();
        if (t.endsWith("beginbfrange")) {
            mode = Range;
        } else if (t.endsWith("beginbfchar")) {
            mode = Char;
        } else if (t == "endbfrange" || t == "endbfchar") {
            mode = None;
        } else if (mode == Range) {
            const qsizetype bracket = line.indexOf('[');
            if (bracket >= 0) {
                fixTokens(line, bracket, false);
            } else {
                // "<lo> <hi> <dst>": a single destination counts up through the range; only a one-glyph range is safe.
                const QByteArrayList parts = t.split(' ');
                if (parts.size() == 3 && parts.at(0) == parts.at(1))
                    fixTokens(line, line.lastIndexOf('<'), true);
            }
        } else if (mode == Char) {
            const qsizetype second = line.indexOf('<', line.indexOf('>') + 1);
            if (second > 0)
                fixTokens(line, second, true);
        }
    }
    return lines.join('\n');
}

} // namespace

char32_t BriefPdfText::canonicalIdeograph(char32_t codePoint)
{
    if (codePoint >= 0x2F00 && codePoint <= 0x2FD5) {
        // Kangxi radicals decompose (NFKC) to their ideographs.
        const QString nfkc = QString::fromUcs4(&codePoint, 1).normalized(QString::NormalizationForm_KC);
        const QList<uint> ucs4 = nfkc.toUcs4();
        return ucs4.size() == 1 ? char32_t(ucs4.first()) : codePoint;
    }
    if (codePoint >= 0x2E80 && codePoint <= 0x2EFF) {
        const QString nfkc = QString::fromUcs4(&codePoint, 1).normalized(QString::NormalizationForm_KC);
        const QList<uint> ucs4 = nfkc.toUcs4();
        if (ucs4.size() == 1 && ucs4.first() != codePoint)
            return char32_t(ucs4.first());
        return supplementTable().value(codePoint, codePoint);
    }
    return codePoint;
}

QByteArray BriefPdfText::canonicalToUnicode(const QByteArray& pdf)
{
    QByteArray out = pdf;
    static const QRegularExpression reference(QStringLiteral("/ToUnicode (\\d+) 0 R"));
    const QString text = QString::fromLatin1(pdf);
    for (auto it = reference.globalMatch(text); it.hasNext();) {
        const QByteArray header = '\n' + it.next().captured(1).toLatin1() + " 0 obj";
        const qsizetype object = out.indexOf(header);
        if (object < 0)
            continue;
        const qsizetype begin = out.indexOf("stream\n", object);
        const qsizetype end = out.indexOf("endstream", begin);
        // Only plain streams (Qt writes ToUnicode maps uncompressed); anything else is left as it is.
        const QByteArray dictionary = out.mid(object, begin - object);
        if (begin < 0 || end < 0 || dictionary.contains("/Filter"))
            continue;
        const qsizetype start = begin + 7;
        const QByteArray fixed = fixCMap(out.mid(start, end - start));
        if (fixed.size() == end - start)
            out.replace(start, fixed.size(), fixed);
    }
    return out;
}

} // namespace cb
