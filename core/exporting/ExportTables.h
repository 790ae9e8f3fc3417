// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportTable.h"

#include <QCoreApplication>
#include <QDate>

namespace cb {

struct MatchResult;
struct Partnership;
struct WorkspaceData;

/** What every export shares: the language of names (with the fallback chain) and the as-of date. */
struct ExportOptions
{
    QString language = QStringLiteral("en"); ///< en, zh or es: names, countries and themes
    QDate asOf; ///< invalid = everything; otherwise interests and partnership stages as they stood that day
};

/**
 * Builds the tables the exports write, from a workspace snapshot (and a matching run for proposals). Column
 * titles are translated with the installed translator; names follow ExportOptions::language.
 */
class ExportTables
{
    Q_DECLARE_TR_FUNCTIONS(cb::ExportTables)

public:
    static ExportTable cities(const WorkspaceData& data, const ExportOptions& options);
    static ExportTable institutions(const WorkspaceData& data, const ExportOptions& options);
    /** Interests dated up to the as-of date (undated ones always). */
    static ExportTable interests(const WorkspaceData& data, const ExportOptions& options);
    /** Partnerships started by the as-of date, at the stage they had on that day. */
    static ExportTable partnerships(const WorkspaceData& data, const ExportOptions& options);
    /** The global proposals of @p result, best first: pair, names, fused and directional scores, shared themes. */
    static ExportTable proposals(const MatchResult& result, const ExportOptions& options);

    /** The stage @p partnership had on @p day (its current stage for an invalid day); empty if not yet started. */
    static QString stageOn(const Partnership& partnership, const QDate& day);
    /** Whether an interest dated @p date is visible on @p asOf. */
    static bool visibleOn(const QDate& date, const QDate& asOf) { return !asOf.isValid() || !date.isValid() || date <= asOf; }
    /** Theme names joined with "; ". */
    static QString themeNames(const WorkspaceData& data, const QList<qint64>& themeIds, const QString& language);
};

} // namespace cb
