// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityResolver.h"
#include "domain/Actor.h"
#include "domain/Interest.h"
#include "domain/Source.h"
#include "domain/Statement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cb {

/** A row that cannot be imported as it is, and why. The officer fixes the cell or skips the row. */
struct ImportIssue
{
    int row = 0;    ///< 1-based row of the file; 0 when about the whole file
    int column = 0; ///< 1-based column; 0 when about the whole row
    QString header; ///< the column's header
    QString message; ///< translated reason
};

/** A city or institution the import will add. */
struct PlannedActor
{
    Actor actor; ///< uid set, id 0
    int row = 0; ///< first row that names it
};

/** A priority or offer the import will add; the actor is named by uid (it may be new). */
struct PlannedStatement
{
    Statement statement; ///< themeId, weight, date, note set; actorId and sourceId are filled in when written
    QString actorUid;
    int row = 0;
};

/** An interest the import will add; from and to actors are named by uid. */
struct PlannedInterest
{
    Interest interest; ///< toCountry, strength, date, note set
    QString fromUid;
    QString toUid; ///< empty when the interest names a country
    int row = 0;
};

/** A name the officer must confirm, with the rows that use it. */
struct UncertainName
{
    QString name;
    QString countryCode;
    QList<int> rows;
    int column = 0; ///< 1-based column where it first appears
    Resolution resolution;
};

/**
 * Exactly what an import will write, computed without writing: the survey Source, the new actors, the priorities,
 * offers and interests, what is already in the workspace (and will not be added twice), the rows with problems,
 * and the names that need the officer's confirmation. ImportEdit writes it.
 */
struct ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(cb::ImportPlan)

public:
    QString fileName;
    QByteArray fileHash; ///< SHA-256 of the file's bytes
    Source source;       ///< uid derived from fileHash; id set when it exists already
    bool sourceExists = false;
    QList<PlannedActor> newActors;
    QList<PlannedStatement> statements;
    QList<PlannedInterest> interests;
    int existingStatements = 0; ///< statements of the file already in the workspace
    int existingInterests = 0;
    int dataRows = 0;    ///< non-empty rows after the header
    int skippedRows = 0; ///< rows the officer chose to skip
    QList<ImportIssue> issues;
    QList<UncertainName> uncertain;

    /** Nothing to write. */
    bool isEmpty() const { return newActors.isEmpty() && statements.isEmpty() && interests.isEmpty(); }
    /** Rows left out because of issues or uncertain names, counted once each. */
    int blockedRows() const;
    /** A few translated lines: what will be added, what exists already, what is left out. */
    QString summary() const;
    /** An issue as one translated sentence: "Row 4, column 2 (Ciudad): The name is longer than 200 characters." */
    static QString formatIssue(const ImportIssue& issue);
    /** The uid of the survey Source of a file with this SHA-256: the same file always gets the same source. */
    static QString sourceUidFor(const QByteArray& fileHash);
};

} // namespace cb
