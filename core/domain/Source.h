// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "Language.h"

#include <QDate>

namespace cb {

/** Where a fact came from: a survey, a webinar, a meeting, a report or a news item, with its date. */
struct Source
{
    SourceId id = 0;
    QString uid;
    QString kind; ///< survey, webinar, meeting, report, news, document, import
    LocalizedText titles;
    QDate date;
    QString publisher;
    QString url;
    QString citation; ///< how to cite it in a brief
};

} // namespace cb
