// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/TableReader.h"

#include <functional>
#include <memory>

class QXmlStreamReader;

namespace cb {

class SheetRowCollector;
class ZipArchive;

/**
 * Reads the cell values of an OpenDocument spreadsheet (.ods, as LibreOffice and WPS write it) from its
 * content.xml, streamed.
 *
 * Cell values: text from the paragraphs (joined by "\n", with text:s spaces, tabs and line breaks);
 * numbers, percentages and currencies as their stored office:value ("42.0" becomes "42"); dates as the
 * stored ISO date ("2020-12-31", or "2020-12-31 10:30:00"); times as "HH:mm:ss"; booleans as TRUE or FALSE.
 * Comments (office:annotation) are left out. Repeated cells and rows (number-columns-repeated,
 * number-rows-repeated) are expanded only up to the last value and within the safety limits, so the
 * million empty rows LibreOffice writes after the data cost nothing.
 */
class OdsReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(cb::OdsReader)

public:
    explicit OdsReader(QIODevice* device, const TableReadOptions& options = TableReadOptions());
    ~OdsReader() override;

    /** The media type stored in an ODS file's "mimetype" member. */
    static QString mimeType() { return QStringLiteral("application/vnd.oasis.opendocument.spreadsheet"); }

    TableFormat format() const override { return TableFormat::Ods; }
    bool open() override;
    QStringList sheetNames() const override { return m_sheetNames; }
    bool read(int sheet, int maxRows, QList<QStringList>* rows) override;

private:
    bool parseContent(const std::function<bool(QXmlStreamReader&)>& parse);
    bool readTable(QXmlStreamReader& xml, SheetRowCollector& collector);
    bool readRow(QXmlStreamReader& xml, qint64 row, QStringList* cells);
    bool readCell(QXmlStreamReader& xml, qint64 row, qint64 column, QString* value);
    bool readText(QXmlStreamReader& xml, qint64 row, qint64 column, QString* text);

    std::unique_ptr<ZipArchive> m_zip;
    bool m_opened = false;
    QStringList m_sheetNames;
};

} // namespace cb
