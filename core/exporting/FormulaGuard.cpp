// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormulaGuard.h"

namespace cb::formulaguard {

bool isFormulaLike(const QString& text)
{
    if (text.isEmpty())
        return false;
    switch (text.at(0).unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\n': // some spreadsheets drop a leading line break and read what follows
        return true;
    default:
        return false;
    }
}

QString neutralise(const QString& text)
{
    return isFormulaLike(text) ? QLatin1Char('\'') + text : text;
}

bool isNumber(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

} // namespace cb::formulaguard
