// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace cb {

struct WorkspaceData;

/** The small locator map of a brief: both cities and the great-circle arc between them. */
class BriefMap
{
public:
    /**
     * Draws both actors that have coordinates, labelled in @p language, with the proposal arc; a null image when
     * either has no coordinates (the brief then leaves the map out). Needs a QGuiApplication (fonts).
     */
    static QImage render(const WorkspaceData& data, ActorId a, ActorId b, const QString& language,
                         const QSize& size = QSize(1200, 560));
};

} // namespace cb
