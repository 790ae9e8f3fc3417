// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cb {

/** An integer with the default locale's digit grouping: 7,056,699 in English, 7.056.699 in Spanish. */
QString groupedInteger(qint64 value);

} // namespace cb
