// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QLocale>
#include <QString>

namespace cb::ui {

/**
 * Renders the score snapshot of a decision (JSON of the proposal's score parts, as the proposals view stored it)
 * as readable HTML: the score parts named in the interface language with their values, numbers in the locale's
 * notation, nested objects as indented lists. Any JSON is shown; nothing is invented when a key is unknown.
 */
class ScoreSnapshotFormatter
{
    Q_DECLARE_TR_FUNCTIONS(cb::ui::ScoreSnapshotFormatter)

public:
    /**
     * HTML for a snapshot. nameA / nameB name the pair's sides where the snapshot has directional values
     * ("ab", "ba", or two-number arrays).
     */
    static QString toHtml(const QString& json, const QLocale& locale, const QString& nameA, const QString& nameB);
    /** A number as the locale writes it, with at most three decimals and no trailing zeros. */
    static QString number(double value, const QLocale& locale);
    /** The translated label of a snapshot key; unknown keys are shown readably ("time_zone" → "Time zone"). */
    static QString label(const QString& key);

private:
    static QString value(const QJsonValue& value, const QLocale& locale, const QString& nameA, const QString& nameB);
    static QString partsTable(const QJsonValue& parts, const QLocale& locale, const QString& nameA,
                              const QString& nameB);
};

} // namespace cb::ui
