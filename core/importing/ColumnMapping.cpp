// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnMapping.h"

#include "text/SearchKey.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace cb {

namespace {

struct FieldName
{
    ImportField field;
    const char* key;
};

constexpr FieldName fieldNames[] = {
    {ImportField::Ignore, "ignore"},
    {ImportField::ActorName, "actor_name"},
    {ImportField::Country, "country"},
    {ImportField::Priority, "priority"},
    {ImportField::Offer, "offer"},
    {ImportField::InterestActor, "interest_actor"},
    {ImportField::InterestCountry, "interest_country"},
    {ImportField::Contact, "contact"},
    {ImportField::Date, "date"},
    {ImportField::FreeText, "free_text"},
};

} // namespace

QString importFieldKey(ImportField field)
{
    for (const FieldName& f : fieldNames) {
        if (f.field == field)
            return QString::fromLatin1(f.key);
    }
    return QStringLiteral("ignore");
}

ImportField importFieldFromKey(const QString& key)
{
    for (const FieldName& f : fieldNames) {
        if (key == QLatin1String(f.key))
            return f.field;
    }
    return ImportField::Ignore;
}

QList<ImportField> allImportFields()
{
    QList<ImportField> fields;
    for (const FieldName& f : fieldNames)
        fields.append(f.field);
    return fields;
}

QString importFieldLabel(ImportField field)
{
    switch (field) {
    case ImportField::Ignore:
        return ColumnMapping::tr("(not imported)");
    case ImportField::ActorName:
        return ColumnMapping::tr("City or institution");
    case ImportField::Country:
        return ColumnMapping::tr("Country");
    case ImportField::Priority:
        return ColumnMapping::tr("Priority");
    case ImportField::Offer:
        return ColumnMapping::tr("Offer");
    case ImportField::InterestActor:
        return ColumnMapping::tr("Interest in a partner city");
    case ImportField::InterestCountry:
        return ColumnMapping::tr("Interest in a partner country");
    case ImportField::Contact:
        return ColumnMapping::tr("Contact");
    case ImportField::Date:
        return ColumnMapping::tr("Date");
    case ImportField::FreeText:
        return ColumnMapping::tr("Comments");
    }
    return QString();
}

double ColumnRule::weight() const
{
    if (rank <= 1)
        return 1.0;
    return std::max(0.2, 1.0 - 0.2 * (rank - 1));
}

QList<ColumnRule> ColumnMapping::rulesFor(ImportField field) const
{
    QList<ColumnRule> result;
    for (const ColumnRule& rule : rules) {
        if (rule.field == field)
            result.append(rule);
    }
    std::sort(result.begin(), result.end(),
              [](const ColumnRule& a, const ColumnRule& b) { return a.column < b.column; });
    return result;
}

ColumnRule ColumnMapping::ruleForColumn(int column) const
{
    for (const ColumnRule& rule : rules) {
        if (rule.column == column)
            return rule;
    }
    ColumnRule none;
    none.column = column;
    return none;
}

void ColumnMapping::setRule(const ColumnRule& rule)
{
    for (ColumnRule& existing : rules) {
        if (existing.column == rule.column) {
            existing = rule;
            return;
        }
    }
    rules.append(rule);
}

void ColumnMapping::alignTo(const QStringList& headers)
{
    QMap<QString, int> byKey;
    for (int i = headers.size() - 1; i >= 0; --i) {
        const QString key = searchKey(headers.at(i));
        if (!key.isEmpty())
            byKey.insert(key, i); // the first column with that header wins
    }
    for (ColumnRule& rule : rules) {
        const QString key = searchKey(rule.header);
        if (!key.isEmpty() && byKey.contains(key))
            rule.column = byKey.value(key);
        else if (rule.column >= 0 && rule.column < headers.size() && rule.header.isEmpty())
            rule.header = headers.at(rule.column);
    }
}

void ColumnMapping::setChoice(const QString& name, const QString& choice)
{
    const QString key = searchKey(name);
    if (key.isEmpty())
        return;
    if (choice.isEmpty())
        choices.remove(key);
    else
        choices.insert(key, choice);
}

QString ColumnMapping::choiceFor(const QString& name) const
{
    return choices.value(searchKey(name));
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonArray columns;
    QList<ColumnRule> sorted = rules;
    std::sort(sorted.begin(), sorted.end(), [](const ColumnRule& a, const ColumnRule& b) { return a.column < b.column; });
    for (const ColumnRule& rule : sorted) {
        QJsonObject o;
        o.insert(QStringLiteral("column"), rule.column + 1);
        o.insert(QStringLiteral("header"), rule.header);
        o.insert(QStringLiteral("field"), importFieldKey(rule.field));
        if (!rule.themeKey.isEmpty())
            o.insert(QStringLiteral("theme"), rule.themeKey);
        if (rule.rank > 0)
            o.insert(QStringLiteral("rank"), rule.rank);
        columns.append(o);
    }
    QJsonObject chosen;
    for (auto it = choices.cbegin(); it != choices.cend(); ++it)
        chosen.insert(it.key(), it.value());
    QJsonObject json;
    json.insert(QStringLiteral("format"), QStringLiteral("citybridge-import-mapping"));
    json.insert(QStringLiteral("version"), 1);
    json.insert(QStringLiteral("header_row"), headerRow);
    json.insert(QStringLiteral("sheet"), sheet + 1);
    if (!sourceTitle.isEmpty())
        json.insert(QStringLiteral("source_title"), sourceTitle);
    json.insert(QStringLiteral("new_actor_kind"), newActorKind);
    json.insert(QStringLiteral("columns"), columns);
    json.insert(QStringLiteral("choices"), chosen);
    return json;
}

bool ColumnMapping::fromJson(const QJsonObject& json, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("citybridge-import-mapping"))
        return fail(tr("This is not a CityBridge import mapping."));
    if (json.value(QStringLiteral("version")).toInt() != 1)
        return fail(tr("This import mapping was written by a newer version of CityBridge."));
    ColumnMapping read;
    read.headerRow = json.value(QStringLiteral("header_row")).toInt(1);
    read.sheet = json.value(QStringLiteral("sheet")).toInt(1) - 1;
    read.sourceTitle = json.value(QStringLiteral("source_title")).toString();
    read.newActorKind = json.value(QStringLiteral("new_actor_kind")).toString(QStringLiteral("city"));
    if (read.headerRow < 0 || read.sheet < 0
        || (read.newActorKind != QLatin1String("city") && read.newActorKind != QLatin1String("institution")))
        return fail(tr("The import mapping has an invalid header row, sheet or actor kind."));
    const QJsonArray columns = json.value(QStringLiteral("columns")).toArray();
    for (const QJsonValue& value : columns) {
        const QJsonObject o = value.toObject();
        ColumnRule rule;
        rule.column = o.value(QStringLiteral("column")).toInt(0) - 1;
        rule.header = o.value(QStringLiteral("header")).toString();
        const QString fieldKey = o.value(QStringLiteral("field")).toString();
        rule.field = importFieldFromKey(fieldKey);
        rule.themeKey = o.value(QStringLiteral("theme")).toString();
        rule.rank = o.value(QStringLiteral("rank")).toInt(0);
        if (rule.column < 0 || (rule.field == ImportField::Ignore && fieldKey != QLatin1String("ignore")) || rule.rank < 0)
            return fail(tr("Column %1 of the import mapping is invalid.").arg(read.rules.size() + 1));
        read.setRule(rule);
    }
    const QJsonObject chosen = json.value(QStringLiteral("choices")).toObject();
    for (auto it = chosen.constBegin(); it != chosen.constEnd(); ++it)
        read.choices.insert(it.key(), it.value().toString());
    *this = read;
    return true;
}

bool ColumnMapping::save(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ColumnMapping::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(4 << 20), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = tr("%1 is not a valid import mapping: %2").arg(path, parseError.errorString());
        return false;
    }
    return fromJson(doc.object(), error);
}

} // namespace cb
