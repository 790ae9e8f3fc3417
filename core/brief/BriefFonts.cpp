// SPDX-License-Identifier: GPL-3.0-or-later
#include "BriefFonts.h"

#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>

namespace cb {

namespace {

const QString kFamily = QStringLiteral("Noto Sans CJK SC");

void registerCollection()
{
    static bool done = false;
    if (done || !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return;
    done = true;
    // fontconfig usually lists the family already; registering the files makes it certain where it does not.
    for (const QString& path : {QStringLiteral("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
                                QStringLiteral("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")}) {
        if (QFile::exists(path))
            QFontDatabase::addApplicationFont(path);
    }
}

} // namespace

QString BriefFonts::family()
{
    registerCollection();
    return hasChineseFamily() ? kFamily : QStringLiteral("DejaVu Sans");
}

bool BriefFonts::hasChineseFamily()
{
    registerCollection();
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) && QFontDatabase::families().contains(kFamily);
}

} // namespace cb
