// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

namespace cb {

/**
 * Protection against spreadsheet formula injection (CSV injection): a text cell that starts with
 * =, +, -, @, a tab, a carriage return or a line feed may be run as a formula when a spreadsheet opens the file.
 */
namespace formulaguard {

/** True when a spreadsheet could read @p text as a formula or a DDE call. */
bool isFormulaLike(const QString& text);

/**
 * The text to write to a CSV cell: formula-like text gets a leading apostrophe ('=SUM(A1) stays visible
 * as =SUM(A1) in Excel and LibreOffice, which hide the apostrophe, and is never evaluated); other text is
 * unchanged. Numbers are not text and never pass through here.
 */
QString neutralise(const QString& text);

/** True when @p value is written as a number (int, qint64, double and the like), not as text. */
bool isNumber(const QVariant& value);

} // namespace formulaguard

} // namespace cb
