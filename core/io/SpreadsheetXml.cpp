// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/SpreadsheetXml.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace cb::spreadsheetxml {

QXmlStreamReader::TokenType readNext(QXmlStreamReader& xml)
{
    const QXmlStreamReader::TokenType token = xml.readNext();
    if (token == QXmlStreamReader::DTD) {
        xml.raiseError(QCoreApplication::translate("cb::TableReader",
                                                   "The document has a type declaration (DTD), which spreadsheet "
                                                   "files never contain."));
        return QXmlStreamReader::Invalid;
    }
    return token;
}

QString trimIntegerFraction(const QString& number)
{
    const qsizetype dot = number.indexOf(u'.');
    if (dot <= 0 || dot + 1 >= number.size())
        return number;
    for (qsizetype i = dot + 1; i < number.size(); ++i) {
        if (number.at(i) != u'0')
            return number;
    }
    for (qsizetype i = number.at(0) == u'-' ? 1 : 0; i < dot; ++i) {
        if (number.at(i) < u'0' || number.at(i) > u'9')
            return number;
    }
    if (dot == 1 && number.at(0) == u'-')
        return number;
    return number.left(dot);
}

QString decodeOoxmlEscapes(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            bool ok = false;
            const ushort code = QStringView(text).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out.append(QChar(code));
                i += 7;
                continue;
            }
        }
        out.append(text.at(i));
        ++i;
    }
    return out;
}

QString resolvePartPath(const QString& baseFolder, const QString& target)
{
    const QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    QString path = decoded.startsWith(u'/') ? decoded.mid(1)
                   : baseFolder.isEmpty()   ? decoded
                                            : baseFolder + u'/' + decoded;
    QStringList parts;
    for (const QString& part : path.split(u'/', Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    return parts.join(u'/');
}

} // namespace cb::spreadsheetxml
