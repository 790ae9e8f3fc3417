// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberFormat.h"

#include <QLocale>

namespace cb {

QString groupedInteger(qint64 value)
{
    return groupedInteger(value, QLocale());
}

QString groupedInteger(qint64 value, const QLocale& locale)
{
    const QString formatted = locale.toString(value);
    // Locales whose CLDR data asks for two digits before the first separator (Spanish) come out of Qt 6.4 half
    // grouped, "7056.699", where CLDR and ICU group every thousand once a number has five digits: "7.056.699".
    // Only that half-grouped case is redone; other locales' own grouping is kept as Qt gives it.
    const QString separator = locale.groupSeparator();
    const QString digits = QString::number(value < 0 ? -value : value);
    const qsizetype separators = formatted.count(separator);
    if (separator.isEmpty() || separators == 0 || separators >= (digits.size() - 1) / 3)
        return formatted;
    QString grouped = digits;
    for (qsizetype at = grouped.size() - 3; at > 0; at -= 3)
        grouped.insert(at, separator);
    return value < 0 ? locale.negativeSign() + grouped : grouped;
}

} // namespace cb

namespace cb {

QString populationText(qint64 value)
{
    const QLocale locale;
    const qint64 magnitude = value < 0 ? -value : value;
    if (locale.language() != QLocale::Chinese || magnitude < 10000)
        return groupedInteger(value);
    // 万 and 亿 are the units Chinese counts large numbers in; the digits in front keep four significant figures,
    // so that 7,056,699 reads 705.7万 rather than 705.6699万, and trailing zeros are dropped (1,000,000 is 100万).
    const bool yi = magnitude >= 100000000;
    const double scaled = double(magnitude) / (yi ? 1e8 : 1e4);
    const int integerDigits = scaled >= 1000 ? 4 : scaled >= 100 ? 3 : scaled >= 10 ? 2 : 1;
    const int decimals = qMax(0, 4 - integerDigits);
    QLocale plain = locale; // 2189万, not 2,189万
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    QString digits = plain.toString(scaled, 'f', decimals);
    if (decimals > 0) {
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        if (digits.endsWith(locale.decimalPoint()))
            digits.chop(locale.decimalPoint().size());
    }
    // A value that rounds up to the next unit (99,999,999 -> 10000万) is said in the larger one.
    if (!yi && digits == plain.toString(10000))
        return populationText(value < 0 ? -100000000 : 100000000);
    const QString unit = yi ? QStringLiteral("亿") : QStringLiteral("万");
    return (value < 0 ? locale.negativeSign() : QString()) + digits + unit;
}

} // namespace cb
