// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/XlsxStyles.h"

#include <QDate>
#include <QTime>
#include <QXmlStreamReader>

#include <cmath>

namespace cb {

namespace {

constexpr double kLastSerial = 2958465.0; // 9999-12-31 in the 1900 system

// Removes what a format code shows verbatim or as colour: "quoted text", [Red], \x escapes, _x and *x.
QString formatLetters(const QString& code)
{
    QString letters;
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != u'"';
        } else if (bracket) {
            bracket = c != u']';
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'[') {
            bracket = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else {
            letters.append(c.toLower());
        }
    }
    return letters;
}

} // namespace

XlsxStyles::Kind XlsxStyles::kindOfFormat(int numFmtId, const QString& code)
{
    if (code.isEmpty()) {
        if ((numFmtId >= 14 && numFmtId <= 17) || (numFmtId >= 27 && numFmtId <= 31) ||
            (numFmtId >= 34 && numFmtId <= 36) || (numFmtId >= 50 && numFmtId <= 58))
            return Kind::Date;
        if ((numFmtId >= 18 && numFmtId <= 21) || numFmtId == 32 || numFmtId == 33 || numFmtId == 45 || numFmtId == 47)
            return Kind::Time;
        if (numFmtId == 22)
            return Kind::DateTime;
        return Kind::Number;
    }
    // Elapsed-time formats ([h]:mm) show durations, not clock times: keep those as numbers.
    if (code.contains(QLatin1String("[h]"), Qt::CaseInsensitive) ||
        code.contains(QLatin1String("[m]"), Qt::CaseInsensitive) ||
        code.contains(QLatin1String("[s]"), Qt::CaseInsensitive))
        return Kind::Number;
    const QString letters = formatLetters(code);
    if (letters.contains(QLatin1String("general")))
        return Kind::Number;
    const bool date = letters.contains(u'y') || letters.contains(u'd');
    const bool time = letters.contains(u'h') || letters.contains(u's');
    if (date && time)
        return Kind::DateTime;
    if (date)
        return Kind::Date;
    if (time)
        return Kind::Time;
    return letters.contains(u'm') && !letters.contains(u'0') && !letters.contains(u'#') ? Kind::Date : Kind::Number;
}

bool XlsxStyles::load(QXmlStreamReader& xml)
{
    m_cellKinds.clear();
    QHash<int, QString> customFormats;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            xml.raiseError(QStringLiteral("DTD"));
            break;
        }
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("numFmt")) {
            const QXmlStreamAttributes a = xml.attributes();
            customFormats.insert(a.value(QLatin1String("numFmtId")).toInt(),
                                 a.value(QLatin1String("formatCode")).toString());
        } else if (name == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (name == QLatin1String("xf") && inCellXfs) {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            m_cellKinds.append(kindOfFormat(id, customFormats.value(id)));
            xml.skipCurrentElement();
        } else if (name == QLatin1String("cellStyleXfs") || name == QLatin1String("dxfs")) {
            xml.skipCurrentElement(); // their xf and numFmt children are not cell styles
        }
    }
    return !xml.hasError();
}

XlsxStyles::Kind XlsxStyles::kind(int styleIndex) const
{
    return styleIndex >= 0 && styleIndex < m_cellKinds.size() ? m_cellKinds.at(styleIndex) : Kind::Number;
}

QString XlsxStyles::formatSerial(const QString& serial, Kind kind, bool date1904)
{
    bool ok = false;
    const double value = serial.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0.0 || value > kLastSerial + 1.0 || kind == Kind::Number)
        return QString();
    qint64 days = qint64(std::floor(value));
    qint64 seconds = std::llround((value - double(days)) * 86400.0);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    const QTime time = QTime(0, 0).addSecs(int(seconds));
    if (kind == Kind::Time && days == 0)
        return time.toString(QStringLiteral("HH:mm:ss"));

    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days >= 61)
        date = QDate(1899, 12, 30).addDays(days); // Excel counts a 1900-02-29 that never was
    else if (days >= 1 && days <= 59)
        date = QDate(1899, 12, 31).addDays(days);
    if (!date.isValid() || date.year() > 9999)
        return QString();
    switch (kind) {
    case Kind::Date:
        return date.toString(Qt::ISODate);
    case Kind::Time:
    case Kind::DateTime:
        return date.toString(Qt::ISODate) + QLatin1Char(' ') + time.toString(QStringLiteral("HH:mm:ss"));
    case Kind::Number:
        break;
    }
    return QString();
}

} // namespace cb
