// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/TableReader.h"

#include <QByteArray>
#include <QStringDecoder>

#include <optional>

namespace cb {

/**
 * Reads RFC 4180 delimited text as Excel and LibreOffice write it: quoted fields with doubled quotes and
 * line breaks inside, CRLF, LF or CR line ends, a byte order mark, the delimiters `,` `;` or tab (detected
 * from the first lines, or forced), an Excel `sep=;` first line, and the encodings UTF-8, UTF-16 LE/BE,
 * GB18030 (GBK) and Windows-1252 (detected, or forced).
 *
 * It streams: open() looks at the first TableReadOptions::sniffSize bytes only, readRow() decodes as it
 * goes, and read() with a row limit stops there, so a preview of a file of any size costs a few
 * milliseconds. Memory grows only with the rows kept.
 *
 * Leniency, as Excel: a quote inside an unquoted field is kept as text; text after a closing quote is
 * appended to the field. Line breaks inside quoted fields become "\n". A blank line is an empty row.
 *
 * Errors (row and column are 1-based): a quoted field still open at the end of the file; a field longer
 * than maxFieldLength; a row wider than maxColumns; NUL bytes in the first KiB of 8-bit text (a binary
 * file); and bytes that are invalid in the encoding, unless replaceInvalidBytes turns them into U+FFFD.
 * When the encoding was detected from the sample and a later byte does not fit it, the error asks the
 * user to choose the encoding.
 */
class CsvReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(cb::CsvReader)

public:
    explicit CsvReader(QIODevice* device, const TableReadOptions& options = TableReadOptions());
    ~CsvReader() override;

    TableFormat format() const override { return TableFormat::Csv; }
    bool open() override;
    QStringList sheetNames() const override;
    bool read(int sheet, int maxRows, QList<QStringList>* rows) override;

    /** The name sheetNames() gives the one sheet (openTable uses the file's base name). */
    void setSheetName(const QString& name) { m_sheetName = name; }

    /**
     * Goes back to the first row. Always possible on a random-access device; on a sequential one only while
     * no byte past the sniffed sample has been read. read() rewinds by itself.
     */
    bool rewind();

    /**
     * Streams the next row into \a fields. Returns false at the end of the data, or on an error
     * (hasError() tells which).
     */
    bool readRow(QStringList* fields);

    /** 1-based number of the row readRow() returned last; 0 before the first. */
    int rowNumber() const { return m_row; }

    /** The encoding in use after open(), detected or forced. */
    TextEncoding encoding() const { return m_encoding; }
    /** The delimiter in use after open(), detected or forced. */
    QChar delimiter() const { return m_delimiter; }
    /** True when the data began with a byte order mark (skipped). */
    bool hasByteOrderMark() const { return m_bomLength > 0; }

    /**
     * Picks the delimiter among `,` `;` and tab that splits the first lines of \a text into the most
     * consistent, then the largest, number of fields; ties prefer comma, then semicolon. Quoted text is
     * ignored. \a complete says \a text ends at the end of the file (otherwise its last line is ignored).
     */
    static QChar detectDelimiter(QStringView text, bool complete);

private:
    void resetParser();
    bool refill();
    void takeDecoded(QString text);
    QString invalidBytesMessage() const;
    bool parseRecord(QStringList* fields);

    QString m_sheetName;
    bool m_opened = false;
    TextEncoding m_encoding = TextEncoding::Utf8;
    bool m_encodingDetected = false;
    int m_bomLength = 0;
    QChar m_delimiter = QLatin1Char(',');
    bool m_hasSepLine = false;

    qint64 m_origin = 0; // device position of the first byte
    QByteArray m_sample; // the first sniffSize bytes, parsed first
    bool m_sampleUsed = false;
    bool m_readPastSample = false;
    qint64 m_rawBytes = 0; // bytes fed to the decoder since the start (BOM excluded)
    QByteArray m_carry;    // UTF-8: the start of a sequence cut by the end of the last chunk

    std::optional<QStringDecoder> m_decoder;
    bool m_decodeErrorSeen = false;    // the decoder reported a bad byte (its flag is sticky)
    bool m_decodeErrorPending = false; // m_buf stops just before that byte
    QString m_buf;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_finished = false;
    bool m_skipLF = false; // the last line break was a CR: an LF right after it belongs to it
    bool m_skipSepLine = false;
    int m_row = 0;
    int m_line = 1;
};

} // namespace cb
