// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace cb {

/** Row ids of the workspace database. 0 means "not stored yet". */
using ActorId = qint64;
using ThemeId = qint64;
using SourceId = qint64;
using EventId = qint64;
using PartnershipId = qint64;
using GroupId = qint64;

} // namespace cb
