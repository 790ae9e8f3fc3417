// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace cb {

/** One column of an exported table: a stable key (machine use), a translated title and a width in characters. */
struct ExportColumn
{
    QString key;
    QString title;
    int width = 12;
};

/**
 * A table ready to be written as CSV or as an XLSX sheet. Cells are QVariants: numbers (int, qint64, double)
 * stay numbers in both formats, strings are text, a null QVariant is an empty cell.
 */
struct ExportTable
{
    QString key;   ///< stable name: cities, institutions, interests, partnerships, proposals
    QString title; ///< translated sheet name
    QList<ExportColumn> columns;
    QList<QVariantList> rows;
};

} // namespace cb
