// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ColumnMapping.h"
#include "ImportPlan.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace cb {

class Gazetteer;
struct WorkspaceData;

/**
 * Turns the rows of a survey into an ImportPlan: resolves each row's city or institution and its partners,
 * translates answers into priorities, offers and interests citing one survey Source per file, leaves out what
 * the workspace already holds, and reports bad rows with their row, column and reason. Writes nothing.
 */
class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(cb::ImportPlanner)

public:
    /** Longest name accepted for a city or institution. */
    static constexpr int MaxNameLength = 200;

    ImportPlanner(const WorkspaceData& data, const Gazetteer& gazetteer);

    /**
     * Plans the import of rows (the whole sheet, header row included) read from fileName with SHA-256 fileHash.
     * sourceDate dates the survey when rows carry no date column (invalid = the latest row date, if any).
     */
    ImportPlan plan(const QList<QStringList>& rows, const ColumnMapping& mapping, const QString& fileName,
                    const QByteArray& fileHash, const QDate& sourceDate = QDate()) const;

    /** The ISO code of a country named by code or by name in any language; empty when unknown. */
    QString countryCode(const QString& text) const;

    /** Reads a survey date: ISO 8601 (also with a time), d/m/yyyy, yyyy/m/d or 2020年12月3日. */
    static QDate parseDate(const QString& text);

    /** Splits a cell that lists several answers: "Turismo; Patrimonio", "旅游、遗产", one per line. */
    static QStringList splitList(const QString& cell);

private:
    const WorkspaceData& m_data;
    const Gazetteer& m_gazetteer;
};

} // namespace cb
