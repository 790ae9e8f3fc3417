// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreSnapshotFormatter.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringList>

#include "common/DomainLabels.h"

namespace cb::ui {

namespace {

bool isPartsKey(const QString& key)
{
    return key == QLatin1String("parts") || key == QLatin1String("score_parts") || key == QLatin1String("scoreParts");
}

bool isScorePart(const QString& key)
{
    return key == QLatin1String("shared_priorities") || key == QLatin1String("complementarity") ||
           key == QLatin1String("interest") || key == QLatin1String("context");
}

} // namespace

QString ScoreSnapshotFormatter::number(double value, const QLocale& locale)
{
    if (!std::isfinite(value))
        return locale.toString(value);
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return locale.toString(qint64(value));
    QString text = locale.toString(value, 'f', 3);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString ScoreSnapshotFormatter::label(const QString& key)
{
    if (isScorePart(key))
        return DomainLabels::scorePart(key);
    if (key == QLatin1String("score") || key == QLatin1String("fused") || key == QLatin1String("total"))
        return tr("Score");
    if (isPartsKey(key))
        return tr("Score parts");
    if (key == QLatin1String("weights"))
        return tr("Weights");
    if (key == QLatin1String("weight"))
        return tr("Weight");
    if (key == QLatin1String("value"))
        return tr("Value");
    if (key == QLatin1String("contribution"))
        return tr("Contribution");
    if (key == QLatin1String("penalties") || key == QLatin1String("penalty"))
        return tr("Penalties");
    if (key == QLatin1String("vetoes") || key == QLatin1String("rules"))
        return tr("Hard rules");
    if (key == QLatin1String("rank"))
        return tr("Rank");
    if (key == QLatin1String("locked"))
        return tr("Locked");
    if (key == QLatin1String("eligible"))
        return tr("In the global proposals");
    if (key == QLatin1String("as_of") || key == QLatin1String("asOf"))
        return tr("As of");
    if (key == QLatin1String("themes"))
        return tr("Themes");
    if (key == QLatin1String("distance_km") || key == QLatin1String("distanceKm"))
        return tr("Distance (km)");
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString ScoreSnapshotFormatter::toHtml(const QString& json, const QLocale& locale, const QString& nameA,
                                       const QString& nameB)
{
    if (json.trimmed().isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(tr("No score was recorded with this decision.").toHtmlEscaped());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // What was stored is still evidence: show it as it is rather than hide it.
        return QStringLiteral("<p><i>%1</i></p><pre>%2</pre>")
            .arg(tr("The score snapshot is not valid JSON; it is shown as stored.").toHtmlEscaped(),
                 json.toHtmlEscaped());
    }
    if (!document.isObject())
        return value(document.isArray() ? QJsonValue(document.array()) : QJsonValue(), locale, nameA, nameB);
    const QJsonObject root = document.object();
    // The overall score first, then each direction, then the rest as stored (JSON objects come sorted by key).
    QStringList keys;
    for (const QString& first : {QStringLiteral("score"), QStringLiteral("fused"), QStringLiteral("total"),
                                 QStringLiteral("ab"), QStringLiteral("ba")}) {
        if (root.contains(first))
            keys << first;
    }
    for (const QString& key : root.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    QString parts;
    for (const QString& key : keys) {
        const QJsonValue entry = root.value(key);
        if (isPartsKey(key)) {
            parts += QStringLiteral("<p><b>%1</b></p>").arg(label(key).toHtmlEscaped()) +
                     partsTable(entry, locale, nameA, nameB);
            continue;
        }
        QString shownLabel = label(key);
        if (key == QLatin1String("ab"))
            shownLabel = tr("Score %1 → %2").arg(nameA, nameB);
        else if (key == QLatin1String("ba"))
            shownLabel = tr("Score %1 → %2").arg(nameB, nameA);
        html += QStringLiteral("<tr><td valign='top'>%1</td><td valign='top'><b>%2</b></td></tr>")
                    .arg(shownLabel.toHtmlEscaped(), value(entry, locale, nameA, nameB));
    }
    html += QStringLiteral("</table>");
    return html + parts;
}

QString ScoreSnapshotFormatter::partsTable(const QJsonValue& parts, const QLocale& locale, const QString& nameA,
                                           const QString& nameB)
{
    if (!parts.isObject())
        return value(parts, locale, nameA, nameB);
    const QJsonObject object = parts.toObject();
    // Directional parts ([A→B, B→A]) get one column per direction; anything else one value column.
    bool directional = !object.isEmpty();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonArray pair = it.value().toArray();
        directional =
            directional && it.value().isArray() && pair.size() == 2 && pair.at(0).isDouble() && pair.at(1).isDouble();
    }
    QString html =
        QStringLiteral("<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'>");
    if (directional) {
        html += QStringLiteral("<tr><th align='left'>%1</th><th>%2</th><th>%3</th></tr>")
                    .arg(tr("Part").toHtmlEscaped(), tr("%1 → %2").arg(nameA, nameB).toHtmlEscaped(),
                         tr("%1 → %2").arg(nameB, nameA).toHtmlEscaped());
    }
    // The parts in the order the matcher adds them up, then any others as stored.
    QStringList keys;
    for (const QString& part : {QStringLiteral("shared_priorities"), QStringLiteral("complementarity"),
                                QStringLiteral("interest"), QStringLiteral("context")}) {
        if (object.contains(part))
            keys << part;
    }
    for (const QString& key : object.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    for (const QString& key : keys) {
        const QJsonValue part = object.value(key);
        html += QStringLiteral("<tr><td>%1</td>").arg(label(key).toHtmlEscaped());
        if (directional) {
            const QJsonArray pair = part.toArray();
            html += QStringLiteral("<td align='right'>%1</td><td align='right'>%2</td>")
                        .arg(number(pair.at(0).toDouble(), locale), number(pair.at(1).toDouble(), locale));
        } else {
            html += QStringLiteral("<td>%1</td>").arg(value(part, locale, nameA, nameB));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString ScoreSnapshotFormatter::value(const QJsonValue& value, const QLocale& locale, const QString& nameA,
                                      const QString& nameB)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return (value.toBool() ? tr("yes") : tr("no")).toHtmlEscaped();
    case QJsonValue::Double:
        return number(value.toDouble(), locale);
    case QJsonValue::String:
        return value.toString().toHtmlEscaped();
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return QStringLiteral("—");
        QStringList items;
        bool simple = true;
        for (const QJsonValue& item : array) {
            simple = simple && !item.isObject() && !item.isArray();
            items << ScoreSnapshotFormatter::value(item, locale, nameA, nameB);
        }
        if (simple)
            return items.join(QStringLiteral(", "));
        return QStringLiteral("<ul><li>%1</li></ul>").arg(items.join(QStringLiteral("</li><li>")));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            return QStringLiteral("—");
        QStringList items;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            items << QStringLiteral("%1: %2").arg(label(it.key()).toHtmlEscaped(),
                                                  ScoreSnapshotFormatter::value(it.value(), locale, nameA, nameB));
        }
        return QStringLiteral("<ul style='margin:0'><li>%1</li></ul>").arg(items.join(QStringLiteral("</li><li>")));
    }
    }
    return {};
}

} // namespace cb::ui
