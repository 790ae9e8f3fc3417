// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvReader.h"

#include <QIODevice>

#include <QMap>

#include <algorithm>
#include <array>

namespace cb {

namespace {

constexpr qint64 kChunkSize = 64 * 1024;
constexpr int kMinimumSniff = 4 * 1024;
constexpr int kDelimiterSampleLines = 50;

std::optional<QStringDecoder> makeDecoder(TextEncoding encoding)
{
    std::optional<QStringDecoder> decoder;
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Auto:
        decoder.emplace(QStringConverter::Utf8);
        break;
    case TextEncoding::Utf16LE:
        decoder.emplace(QStringConverter::Utf16LE);
        break;
    case TextEncoding::Utf16BE:
        decoder.emplace(QStringConverter::Utf16BE);
        break;
    case TextEncoding::Gb18030:
    case TextEncoding::Windows1252:
        // Named decoders come from ICU; a Qt built without ICU has neither.
        decoder.emplace(textEncodingName(encoding).toLatin1().constData());
        break;
    }
    if (!decoder->isValid())
        decoder.reset();
    return decoder;
}

// Bytes at the end of \a data that begin a UTF-8 sequence the data does not complete.
int incompleteUtf8Tail(QByteArrayView data)
{
    for (int k = 1; k <= 3 && k <= data.size(); ++k) {
        const uchar c = static_cast<uchar>(data[data.size() - k]);
        if ((c & 0xC0) == 0x80)
            continue;
        if (c < 0xC0)
            return 0;
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        return length > k ? k : 0;
    }
    return 0;
}

bool isUtf16(TextEncoding encoding)
{
    return encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE;
}

} // namespace

CsvReader::CsvReader(QIODevice* device, const TableReadOptions& options) : TableReader(device, options) {}

CsvReader::~CsvReader() = default;

bool CsvReader::open()
{
    clearError();
    m_opened = false;
    QIODevice* dev = device();
    if (!dev || !dev->isOpen() || !dev->isReadable())
        return fail(tr("The file is not open for reading."));

    m_origin = dev->isSequential() ? 0 : dev->pos();
    m_sample = dev->read(std::max(options().sniffSize, kMinimumSniff));
    m_readPastSample = false;
    const bool wholeFile = dev->atEnd();

    m_encodingDetected = options().encoding == TextEncoding::Auto;
    if (m_encodingDetected) {
        const EncodingGuess guess = detectTextEncoding(m_sample, wholeFile);
        m_encoding = guess.encoding;
        m_bomLength = guess.bomLength;
    } else {
        m_encoding = options().encoding;
        m_bomLength = byteOrderMarkLength(m_sample, m_encoding);
    }

    if (!isUtf16(m_encoding) && m_sample.left(1024).contains('\0'))
        return fail(tr("The file contains NUL bytes: it looks like a binary file, not CSV text."));

    std::optional<QStringDecoder> sampleDecoder = makeDecoder(m_encoding);
    if (!sampleDecoder)
        return fail(tr("This build of CityBridge cannot decode %1 text.").arg(textEncodingName(m_encoding)));
    const QString text = (*sampleDecoder)(QByteArrayView(m_sample).sliced(m_bomLength));

    // Excel reads and writes a first line "sep=;" that names the delimiter; it is not a row.
    QStringView body(text);
    m_hasSepLine = false;
    if (text.size() >= 5 && text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) &&
        (text.size() == 5 || text.at(5) == u'\r' || text.at(5) == u'\n') && text.at(4) != u'"' && text.at(4) != u'\r' &&
        text.at(4) != u'\n') {
        m_hasSepLine = true;
        m_delimiter = text.at(4);
        body = body.mid(5);
    }
    if (!options().delimiter.isNull())
        m_delimiter = options().delimiter;
    else if (!m_hasSepLine)
        m_delimiter = detectDelimiter(body, wholeFile);
    if (m_delimiter == u'"' || m_delimiter == u'\r' || m_delimiter == u'\n')
        return fail(tr("The delimiter cannot be a quote or a line break."));

    m_opened = true;
    resetParser();
    return true;
}

QStringList CsvReader::sheetNames() const
{
    if (!m_opened)
        return {};
    return {m_sheetName.isEmpty() ? tr("Sheet1") : m_sheetName};
}

void CsvReader::resetParser()
{
    m_sampleUsed = false;
    m_rawBytes = 0;
    m_carry.clear();
    m_decoder = makeDecoder(m_encoding);
    m_decodeErrorSeen = false;
    m_decodeErrorPending = false;
    m_buf.clear();
    m_pos = 0;
    m_eof = false;
    m_finished = false;
    m_skipLF = false;
    m_skipSepLine = m_hasSepLine;
    m_row = 0;
    m_line = 1;
}

bool CsvReader::rewind()
{
    if (!m_opened)
        return fail(tr("The CSV file was not opened."));
    clearError();
    QIODevice* dev = device();
    if (dev->isSequential()) {
        if (m_readPastSample)
            return fail(tr("This stream cannot go back to its first row; open the file again."));
    } else if (!dev->seek(m_origin + m_sample.size())) {
        return fail(tr("Cannot go back to the start of the file: %1").arg(dev->errorString()));
    }
    m_readPastSample = false;
    resetParser();
    return true;
}

bool CsvReader::read(int sheet, int maxRows, QList<QStringList>* rows)
{
    rows->clear();
    if (sheet != 0)
        return fail(tr("A CSV file has one sheet; there is no sheet %1.").arg(sheet + 1));
    if (!rewind())
        return false;
    qint64 cells = 0;
    QStringList fields;
    while ((maxRows < 0 || rows->size() < maxRows) && readRow(&fields)) {
        cells += std::max<qsizetype>(1, fields.size()); // a blank line costs memory too
        if (cells > options().maxCells)
            return fail(
                m_row, 0,
                tr("The table has more than %1 cells; read fewer rows or split the file.").arg(options().maxCells));
        rows->append(fields);
    }
    return !hasError();
}

void CsvReader::takeDecoded(QString text)
{
    m_buf = std::move(text);
    m_pos = 0;
    if (options().replaceInvalidBytes || m_decodeErrorSeen || !m_decoder->hasError())
        return;
    // The decoder marks each bad sequence with U+FFFD; stop the buffer there so the parser can say where.
    m_decodeErrorSeen = true;
    m_decodeErrorPending = true;
    const qsizetype bad = m_buf.indexOf(QChar(QChar::ReplacementCharacter));
    m_buf.truncate(bad < 0 ? 0 : bad);
}

bool CsvReader::refill()
{
    if (m_eof || m_decodeErrorPending)
        return false;
    QByteArray raw;
    if (!m_sampleUsed) {
        raw = m_sample.mid(m_bomLength);
        m_sampleUsed = true;
    } else {
        raw = device()->read(kChunkSize);
        m_readPastSample = m_readPastSample || !raw.isEmpty();
    }
    if (!raw.isEmpty()) {
        m_rawBytes += raw.size();
        if (m_encoding == TextEncoding::Utf8) {
            // Qt 6.4's UTF-8 decoder drops the ASCII byte that follows a bad sequence cut by a chunk boundary;
            // so never end a chunk inside a sequence: carry its bytes over to the next one.
            raw.prepend(m_carry);
            const int cut = incompleteUtf8Tail(raw);
            m_carry = raw.right(cut);
            raw.chop(cut);
        }
        takeDecoded((*m_decoder)(raw));
        return true;
    }

    // End of the data: make the decoder give up a multi-byte sequence cut short by the end of the file.
    m_eof = true;
    QString tail;
    if (isUtf16(m_encoding)) {
        if (m_rawBytes % 2 != 0) {
            if (!options().replaceInvalidBytes) {
                m_decodeErrorPending = true;
                return false;
            }
            tail = QString(QChar(QChar::ReplacementCharacter));
        }
    } else {
        // An ASCII byte ends any pending sequence; an incomplete one then decodes as U+FFFD.
        tail = (*m_decoder)(m_carry + '\n');
        m_carry.clear();
        if (tail.endsWith(u'\n'))
            tail.chop(1);
    }
    takeDecoded(tail);
    return !m_buf.isEmpty();
}

QString CsvReader::invalidBytesMessage() const
{
    if (m_encodingDetected)
        return tr("The file is not valid %1 text here (the encoding was detected from its beginning); choose "
                  "the file's encoding, or allow replacement characters.")
            .arg(textEncodingName(m_encoding));
    return tr("The file is not valid %1 text here; choose another encoding, or allow replacement characters.")
        .arg(textEncodingName(m_encoding));
}

bool CsvReader::readRow(QStringList* fields)
{
    fields->clear();
    if (!m_opened)
        return fail(tr("The CSV file was not opened."));
    if (hasError() || m_finished)
        return false;
    if (m_skipSepLine) {
        m_skipSepLine = false;
        QStringList sepLine;
        if (!parseRecord(&sepLine))
            return false;
    }
    if (!parseRecord(fields))
        return false;
    ++m_row;
    return true;
}

bool CsvReader::parseRecord(QStringList* fields)
{
    const QChar delimiter = m_delimiter;
    const int maxField = options().maxFieldLength;
    const int maxColumns = options().maxColumns;
    const int row = m_row + 1;
    QString field;
    bool inQuotes = false;
    bool quotePending = false; // a quote inside a quoted field: the closing one, or the first of a pair
    bool fieldQuoted = false;
    bool started = false;
    int quoteLine = 0;
    const auto column = [&] { return int(fields->size()) + 1; };
    const auto tooLong = [&] { return fail(row, column(), tr("A field is longer than %1 characters.").arg(maxField)); };
    const auto endField = [&] {
        if (fields->size() >= maxColumns)
            return fail(row, column(), tr("A row has more than %1 columns.").arg(maxColumns));
        fields->append(field);
        field.clear();
        fieldQuoted = false;
        return true;
    };

    for (;;) {
        if (m_pos >= m_buf.size()) {
            if (m_decodeErrorPending)
                return fail(row, column(), invalidBytesMessage());
            if (refill())
                continue;
            if (m_decodeErrorPending)
                return fail(row, column(), invalidBytesMessage());
            if (hasError())
                return false;
            m_finished = true;
            if (inQuotes && !quotePending)
                return fail(
                    row, column(),
                    tr("A quoted field opened on line %1 is not closed before the end of the file.").arg(quoteLine));
            return started && endField();
        }
        const QChar c = m_buf.at(m_pos);
        if (m_skipLF) {
            m_skipLF = false;
            if (c == u'\n') {
                ++m_pos;
                continue;
            }
        }
        if (quotePending) {
            quotePending = false;
            if (c == u'"') {
                field.append(c);
                ++m_pos;
                continue;
            }
            inQuotes = false; // c follows the closing quote: handle it as unquoted text below
        }
        if (inQuotes) {
            qsizetype end = m_pos;
            while (end < m_buf.size()) {
                const char16_t u = m_buf.at(end).unicode();
                if (u == u'"' || u == u'\r' || u == u'\n')
                    break;
                ++end;
            }
            if (end > m_pos) {
                field.append(QStringView(m_buf).mid(m_pos, end - m_pos));
                m_pos = end;
                if (field.size() > maxField)
                    return tooLong();
                continue;
            }
            ++m_pos;
            if (c == u'"') {
                quotePending = true;
            } else {
                field.append(QLatin1Char('\n'));
                ++m_line;
                m_skipLF = c == u'\r';
            }
            continue;
        }
        if (c == delimiter) {
            ++m_pos;
            started = true;
            if (!endField())
                return false;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            ++m_pos;
            ++m_line;
            m_skipLF = c == u'\r';
            return !started || endField();
        }
        if (c == u'"' && field.isEmpty() && !fieldQuoted) {
            ++m_pos;
            inQuotes = true;
            fieldQuoted = true;
            started = true;
            quoteLine = m_line;
            continue;
        }
        qsizetype end = m_pos + 1;
        while (end < m_buf.size()) {
            const QChar u = m_buf.at(end);
            if (u == delimiter || u == u'\r' || u == u'\n' || u == u'"')
                break;
            ++end;
        }
        field.append(QStringView(m_buf).mid(m_pos, end - m_pos));
        m_pos = end;
        started = true;
        if (field.size() > maxField)
            return tooLong();
    }
}

QChar CsvReader::detectDelimiter(QStringView text, bool complete)
{
    static const std::array<QChar, 3> candidates = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    QList<std::array<int, 3>> lines;
    std::array<int, 3> current = {0, 0, 0};
    bool inQuotes = false;
    bool content = false;
    for (qsizetype i = 0; i < text.size() && lines.size() < kDelimiterSampleLines; ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            inQuotes = !inQuotes; // a doubled quote toggles twice
            content = true;
        } else if (!inQuotes && (c == u'\r' || c == u'\n')) {
            if (content)
                lines.append(current);
            current = {0, 0, 0};
            content = false;
        } else if (!inQuotes) {
            content = true;
            for (size_t k = 0; k < candidates.size(); ++k)
                current[k] += c == candidates[k] ? 1 : 0;
        }
    }
    if (complete && content && lines.size() < kDelimiterSampleLines)
        lines.append(current);

    QChar best = candidates[0];
    double bestConsistency = 0.0;
    int bestMode = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        // The most frequent count per line, and the share of lines that have exactly it.
        QMap<int, int> frequency;
        for (const auto& counts : lines)
            ++frequency[counts[k]];
        int mode = 0;
        int modeLines = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.key() > 0 && it.value() > modeLines) {
                mode = it.key();
                modeLines = it.value();
            }
        }
        if (mode == 0)
            continue;
        const double consistency = double(modeLines) / double(lines.size());
        if (consistency > bestConsistency + 1e-9 || (consistency > bestConsistency - 1e-9 && mode > bestMode)) {
            best = candidates[k];
            bestConsistency = consistency;
            bestMode = mode;
        }
    }
    return best;
}

} // namespace cb
