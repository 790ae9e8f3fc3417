// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QIODevice;

namespace cb {

/**
 * Why writing to device failed, for the user. A file that hits a full disk or a size limit part-way through a write
 * takes the part that fits and reports no error of its own (Qt then answers "Unknown error"): that case is named.
 */
QString writeErrorText(const QIODevice* device);

} // namespace cb
