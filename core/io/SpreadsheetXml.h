// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QXmlStreamReader>

namespace cb {

/** Helpers shared by the XLSX and ODS readers. */
namespace spreadsheetxml {

/**
 * QXmlStreamReader::readNext() that refuses a document type declaration: spreadsheet parts never have one,
 * and refusing it rules out entity tricks.
 */
QXmlStreamReader::TokenType readNext(QXmlStreamReader& xml);

/** "42.0" and "42.000" become "42"; any other number text is returned as stored. */
QString trimIntegerFraction(const QString& number);

/** Decodes the _xHHHH_ escapes Excel writes for characters XML cannot hold (_x000D_ is a carriage return). */
QString decodeOoxmlEscapes(const QString& text);

/** Normalises a ZIP part path: "xl" + "../media/a.png" -> "media/a.png"; a leading "/" is from the root. */
QString resolvePartPath(const QString& baseFolder, const QString& target);

} // namespace spreadsheetxml

} // namespace cb
