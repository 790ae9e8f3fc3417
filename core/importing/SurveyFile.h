// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/TableReadOptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace cb {

/** The rows of one sheet of a survey file, with what identifies the file. */
struct SurveyFile
{
    Q_DECLARE_TR_FUNCTIONS(cb::SurveyFile)

public:
    QString path;
    QStringList sheetNames;
    QList<QStringList> rows;
    QByteArray sha256; ///< of the file's bytes: the same file gives the same survey Source

    /**
     * Reads sheet (0-based) of the CSV, XLSX or ODS file at path, at most maxRows rows (< 0: all). Returns false
     * with a translated error (file, row, column and reason) when the file cannot be read.
     */
    bool read(const QString& path, const TableReadOptions& options, int sheet, int maxRows, QString* error);
};

} // namespace cb
