// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace cb::ui {

/** The About box: version, licence and the attributions the bundled data requires. */
class AboutText
{
    Q_DECLARE_TR_FUNCTIONS(cb::ui::AboutText)

public:
    static QString title();
    static QString html();
};

} // namespace cb::ui
