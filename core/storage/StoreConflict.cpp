// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreConflict.h"

#include <QCoreApplication>

namespace cb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::StoreConflict", text);
}

QString shown(const QString& value)
{
    return value.isEmpty() ? tr("(empty)") : QStringLiteral("“%1”").arg(value);
}

} // namespace

void StoreConflict::compare(const QString& label, const QString& stored, const QString& yours)
{
    if (stored != yours)
        fields.append({label, stored, yours});
}

QString StoreConflict::message() const
{
    QString text = tr("%1 was changed elsewhere since it was loaded (stored version %2, yours %3); nothing was saved.")
                       .arg(record)
                       .arg(storedVersion)
                       .arg(yourVersion);
    if (fields.isEmpty())
        return text + QLatin1Char(' ') + tr("The stored values equal yours: reload it and save again.");
    for (const ConflictField& f : fields)
        text += QLatin1Char('\n') + tr("%1: stored %2, yours %3").arg(f.label, shown(f.stored), shown(f.yours));
    text += QLatin1Char('\n') + tr("Reload it to see the stored version, then make your change again.");
    return text;
}

} // namespace cb
