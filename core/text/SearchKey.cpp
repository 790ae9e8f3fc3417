// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchKey.h"

#include <QFile>
#include <QHash>

namespace cb {

namespace {

const QHash<char32_t, char32_t>& traditionalToSimplified()
{
    static const QHash<char32_t, char32_t> table = [] {
        QHash<char32_t, char32_t> map;
        QFile file(QStringLiteral(":/text/t2s.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return map;
        const QString text = QString::fromUtf8(file.readAll());
        for (const QStringView line : QStringView(text).split(u'\n')) {
            if (line.startsWith(u'#'))
                continue;
            for (const QStringView pair : line.split(u' ', Qt::SkipEmptyParts)) {
                const QList<uint> points = pair.toUcs4();
                if (points.size() == 2)
                    map.insert(points[0], points[1]);
            }
        }
        return map;
    }();
    return table;
}

} // namespace

QString toSimplifiedChinese(const QString& text)
{
    const auto& table = traditionalToSimplified();
    QList<uint> points = text.toUcs4();
    for (uint& point : points)
        point = table.value(point, point);
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData()), points.size());
}

QString searchKey(const QString& text)
{
    const QString decomposed = toSimplifiedChinese(text).normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        if (c.isLetterOrNumber() || c.isSurrogate())
            key.append(c.toCaseFolded());
    }
    if (key.size() > 2 && key.endsWith(QChar(0x5E02))) // 市, "city"
        key.chop(1);
    return key;
}

} // namespace cb
