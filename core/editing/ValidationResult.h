// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cb {

/** Names of the fields a validation can point at; the forms put each message next to the matching widget. */
namespace field {
inline const QString NameEn = QStringLiteral("name_en");
inline const QString NameZh = QStringLiteral("name_zh");
inline const QString NameEs = QStringLiteral("name_es");
inline const QString Country = QStringLiteral("country");
inline const QString Latitude = QStringLiteral("latitude");
inline const QString Longitude = QStringLiteral("longitude");
inline const QString Population = QStringLiteral("population");
inline const QString Timezone = QStringLiteral("timezone");
inline const QString Parent = QStringLiteral("parent");
inline const QString Category = QStringLiteral("category");
inline const QString Website = QStringLiteral("website");
inline const QString Actor = QStringLiteral("actor");
inline const QString Theme = QStringLiteral("theme");
inline const QString Weight = QStringLiteral("weight");
inline const QString Source = QStringLiteral("source");
inline const QString Date = QStringLiteral("date");
inline const QString EndDate = QStringLiteral("end_date");
inline const QString Target = QStringLiteral("target");
inline const QString Strength = QStringLiteral("strength");
inline const QString Title = QStringLiteral("title");
inline const QString Kind = QStringLiteral("kind");
inline const QString Role = QStringLiteral("role");
inline const QString Participations = QStringLiteral("participations");
} // namespace field

/**
 * What is wrong with a draft, field by field, in the interface language. Empty when the draft can be saved.
 * For actors, duplicates lists the existing actors whose name or alias already matches the draft's.
 */
struct ValidationResult
{
    QMap<QString, QString> errors; ///< field (cb::field) -> message
    QList<ActorId> duplicates;

    bool isValid() const { return errors.isEmpty(); }
    bool has(const QString& fieldName) const { return errors.contains(fieldName); }
    QString message(const QString& fieldName) const { return errors.value(fieldName); }
    /** Records a problem; the first message for a field is kept. */
    void add(const QString& fieldName, const QString& message)
    {
        if (!errors.contains(fieldName))
            errors.insert(fieldName, message);
    }
    /** Every message, one per line, in field order. */
    QString summary() const { return QStringList(errors.values()).join(QLatin1Char('\n')); }
};

} // namespace cb
