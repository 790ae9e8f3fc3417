// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutText.h"

namespace cb::ui {

QString AboutText::title()
{
    return tr("About CityBridge");
}

QString AboutText::html()
{
    const auto item = [](const QString& text) { return QStringLiteral("<li>") + text + QStringLiteral("</li>"); };
    return QStringLiteral("<h3>CityBridge %1</h3>").arg(QStringLiteral(CITYBRIDGE_VERSION)) + QStringLiteral("<p>") +
           tr("Proposes, explains and tracks city-to-city partnerships for South-South and triangular "
              "cooperation.")
               .toHtmlEscaped() +
           QStringLiteral("</p><p>") +
           tr("Licensed under the GNU General Public License, version 3 or later.").toHtmlEscaped() +
           QStringLiteral("</p><p><b>") + tr("Data").toHtmlEscaped() + QStringLiteral("</b></p><ul>") +
           item(tr("City names, coordinates and populations: <a href=\"https://www.geonames.org/\">GeoNames</a>, "
                   "licensed under <a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>.")) +
           item(tr("World map outlines: <a href=\"https://www.naturalearthdata.com/\">Natural Earth</a>, "
                   "public domain.")) +
           item(tr("Country names in English, Chinese and Spanish: Debian "
                   "<a href=\"https://salsa.debian.org/iso-codes-team/iso-codes\">iso-codes</a> (LGPL 2.1 or "
                   "later).")) +
           item(tr("Facts of the sample workspace (priorities, offers, interests, events, partnerships): published "
                   "documents of the United Nations Office for South-South Cooperation (UNOSSC), cited as the "
                   "source of each fact.")) +
           QStringLiteral("</ul>");
}

} // namespace cb::ui
