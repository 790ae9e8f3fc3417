// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberFormat.h"

#include <QLocale>

namespace cb {

QString groupedInteger(qint64 value)
{
    const QLocale locale;
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
