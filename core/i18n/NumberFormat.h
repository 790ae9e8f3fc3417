// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace cb {

/** An integer with the default locale's digit grouping: 7,056,699 in English, 7.056.699 in Spanish. */
QString groupedInteger(qint64 value);
/** The same in the given locale (briefs are written in their own language, not the interface's). */
QString groupedInteger(qint64 value, const QLocale& locale);

/**
 * A population (or another count of people) as a reader of the default locale writes it in running text: grouped
 * digits in English and Spanish (7,056,699 / 7.056.699), and in Chinese counted in 万 (ten thousand) and 亿 (a
 * hundred million) from 10,000 on, to four significant digits: 705.7万, 1.412亿. Smaller numbers and zero are
 * given as grouped digits.
 */
QString populationText(qint64 value);

} // namespace cb
