// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class QIODevice;

namespace cb {

/** What one column of a survey holds. */
enum class ImportField
{
    Ignore,          ///< not imported
    ActorName,       ///< the responding city or institution
    Country,         ///< its country (ISO code or name in any language)
    Priority,        ///< a theme the actor wants to develop (see ColumnRule::themeKey)
    Offer,           ///< a theme the actor can share
    InterestActor,   ///< cities or institutions the actor wants to cooperate with
    InterestCountry, ///< countries the actor wants to cooperate with
    Contact,         ///< who answered; shown in the preview, never stored
    Date,            ///< when the row was answered
    FreeText,        ///< comments, kept as the note of the row's statements and interests
};

/** Stable JSON key of a field ("actor_name", "priority", ...). */
QString importFieldKey(ImportField field);
/** Parses a JSON key; unknown keys give Ignore. */
ImportField importFieldFromKey(const QString& key);
/** The field's name in the user interface language. */
QString importFieldLabel(ImportField field);
/** Every field, in the order a mapping editor lists them. */
QList<ImportField> allImportFields();

/**
 * How one column is read. For Priority and Offer, a column either names one theme itself (themeKey set: a cell
 * like "x", "sí", "是", "yes" or a score 1..5 means the row answered it) or holds theme names (themeKey empty:
 * "Turismo; Patrimonio"). rank (1 = first choice) turns into the statement's weight.
 */
struct ColumnRule
{
    int column = -1; ///< 0-based column of the file
    QString header;  ///< the header text, used to find the column again in the next survey of the same form
    ImportField field = ImportField::Ignore;
    QString themeKey; ///< Priority/Offer: the theme this column stands for, or empty
    int rank = 0;     ///< Priority/Offer: 1 = first choice; 0 = unranked

    /** The weight a statement from this column gets: 1.0 for rank 1 or unranked, 0.2 less per rank, at least 0.2. */
    double weight() const;
};

/**
 * A mapping of the columns of one survey form to fields, with the choices the officer confirmed for uncertain
 * names. Saved as JSON, so the next survey of the same form is imported with the same mapping.
 */
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(cb::ColumnMapping)

public:
    /** 1-based row holding the headers; data starts on the next row. */
    int headerRow = 1;
    /** Sheet of a workbook, 0-based. */
    int sheet = 0;
    /** Title of the survey Source the import creates; empty = the file name. */
    QString sourceTitle;
    /** Kind of actor created for a new name: "city" or "institution". */
    QString newActorKind = QStringLiteral("city");
    QList<ColumnRule> rules;
    /**
     * The officer's choices for names that did not resolve by themselves, by search key of the name:
     * "actor:<uid>", "geoname:<id>", "new" (create an actor with that name) or "skip".
     */
    QMap<QString, QString> choices;

    /** Rules for a field, in column order. */
    QList<ColumnRule> rulesFor(ImportField field) const;
    /** The rule of a column, or a rule with field Ignore. */
    ColumnRule ruleForColumn(int column) const;
    /** Sets (or replaces) the rule of rule.column. */
    void setRule(const ColumnRule& rule);

    /**
     * Points the rules at the columns of headers: a rule whose header is found (same search key) takes that
     * column, so a form whose columns moved still maps; a rule whose header is gone keeps its column number.
     */
    void alignTo(const QStringList& headers);

    /** Records the choice for a name (see choices). */
    void setChoice(const QString& name, const QString& choice);
    QString choiceFor(const QString& name) const;

    QJsonObject toJson() const;
    /** Reads a mapping; returns false with a translated error on a malformed document. */
    bool fromJson(const QJsonObject& json, QString* error);

    /** Writes the mapping as indented JSON through QSaveFile. */
    bool save(const QString& path, QString* error) const;
    /** Reads a mapping file. */
    bool load(const QString& path, QString* error);
};

} // namespace cb
