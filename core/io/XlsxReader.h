// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/TableReader.h"
#include "io/XlsxStyles.h"

#include <functional>
#include <memory>

class QXmlStreamReader;

namespace cb {

class SheetRowCollector;
class ZipArchive;

/**
 * Reads the cell values of an Office Open XML workbook (.xlsx, .xlsm) without any spreadsheet library:
 * ZipArchive for the container, QXmlStreamReader for xl/workbook.xml and its relationships (sheet names and
 * order), xl/sharedStrings.xml (rich text runs joined, phonetic guides dropped), xl/styles.xml (which
 * styles are dates) and each worksheet, streamed so a preview stops after the rows it needs.
 *
 * Cell values: shared strings, inline strings and formula strings as text; numbers as Excel stores them,
 * except that "42.0" becomes "42"; date-styled numbers as ISO 8601 (see TableReadOptions::convertDates);
 * booleans as TRUE or FALSE; error values as written (#N/A). Formulas are never evaluated: the value
 * Excel cached is returned. Missing cells are empty strings.
 */
class XlsxReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(cb::XlsxReader)

public:
    explicit XlsxReader(QIODevice* device, const TableReadOptions& options = TableReadOptions());
    ~XlsxReader() override;

    TableFormat format() const override { return TableFormat::Xlsx; }
    bool open() override;
    QStringList sheetNames() const override;
    bool read(int sheet, int maxRows, QList<QStringList>* rows) override;

    /**
     * Parses an A1-style reference ("B7", "AA10", "XFD1048576") into a 1-based \a row and \a column.
     * Returns false unless it is one cell within Excel's 16,384 columns and 1,048,576 rows.
     */
    static bool parseCellReference(QStringView reference, int* row, int* column);

private:
    struct Sheet
    {
        QString name;
        QString path;
    };

    bool parsePart(const QString& path, const std::function<bool(QXmlStreamReader&)>& parse);
    bool readWorkbook(const QString& workbookPath);
    bool loadSharedStrings();
    bool loadStyles();
    bool parseSheet(QXmlStreamReader& xml, SheetRowCollector& collector);
    bool readCell(QXmlStreamReader& xml, int row, int column, QString* value);

    std::unique_ptr<ZipArchive> m_zip;
    bool m_opened = false;
    QList<Sheet> m_sheets;
    QString m_sharedStringsPath;
    QString m_stylesPath;
    bool m_date1904 = false;
    bool m_sharedStringsLoaded = false;
    QStringList m_sharedStrings;
    bool m_stylesLoaded = false;
    XlsxStyles m_styles;
};

} // namespace cb
