// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ZipEntryDevice.h"

#include <zlib.h>

#include <algorithm>

namespace cb {

namespace {

constexpr qint64 kInputChunk = 64 * 1024;
constexpr qint64 kMaxStep = 1 << 20; // zlib counts in uInt; keep each step well inside it

} // namespace

ZipEntryDevice::ZipEntryDevice(QIODevice* source, const ZipEntry& entry, qint64 dataOffset, qint64* extracted,
                               qint64 maxTotal)
    : m_source(source), m_entry(entry), m_dataOffset(dataOffset), m_extracted(extracted), m_maxTotal(maxTotal),
      m_stream(std::make_unique<z_stream_s>())
{
}

ZipEntryDevice::~ZipEntryDevice()
{
    if (m_streamReady)
        inflateEnd(m_stream.get());
}

bool ZipEntryDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) != 0) {
        setErrorString(tr("A file inside an archive can only be read."));
        return false;
    }
    if (m_entry.method == 8 && !m_streamReady) {
        *m_stream = z_stream_s();
        // Negative window bits: raw deflate data, as ZIP stores it, without a zlib header.
        if (inflateInit2(m_stream.get(), -MAX_WBITS) != Z_OK) {
            setErrorString(tr("Cannot start decompressing %1.").arg(m_entry.name));
            return false;
        }
        m_streamReady = true;
    }
    m_crc = quint32(crc32(0, nullptr, 0));
    m_finished = m_entry.uncompressedSize == 0 && m_entry.method == 0;
    return QIODevice::open(mode);
}

qint64 ZipEntryDevice::bytesAvailable() const
{
    if (m_failed || m_finished)
        return QIODevice::bytesAvailable();
    return m_entry.uncompressedSize - m_produced + QIODevice::bytesAvailable();
}

qint64 ZipEntryDevice::writeData(const char*, qint64)
{
    return -1;
}

qint64 ZipEntryDevice::failWith(const QString& message)
{
    m_failed = true;
    setErrorString(message);
    return -1;
}

bool ZipEntryDevice::readInput()
{
    const qint64 want = std::min(kInputChunk, m_entry.compressedSize - m_consumed);
    if (!m_source->seek(m_dataOffset + m_consumed))
        return false;
    m_input = m_source->read(want);
    if (m_input.size() != want)
        return false;
    m_consumed += want;
    m_stream->next_in = reinterpret_cast<Bytef*>(m_input.data());
    m_stream->avail_in = uInt(m_input.size());
    return true;
}

qint64 ZipEntryDevice::inflateInto(char* data, qint64 room)
{
    z_stream_s& z = *m_stream;
    z.next_out = reinterpret_cast<Bytef*>(data);
    z.avail_out = uInt(room);
    for (;;) {
        if (z.avail_in == 0 && m_consumed < m_entry.compressedSize && !readInput())
            return failWith(tr("%1 in the archive is truncated.").arg(m_entry.name));
        const int rc = inflate(&z, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            m_finished = true;
            break;
        }
        // With room left for output, a buffer error means the compressed data ended early.
        if (rc == Z_BUF_ERROR)
            return failWith(tr("%1 in the archive is truncated.").arg(m_entry.name));
        if (rc != Z_OK)
            return failWith(tr("%1 in the archive is damaged (%2).")
                                .arg(m_entry.name, QString::fromLatin1(z.msg ? z.msg : "inflate error")));
        if (z.avail_out < room)
            break;
    }
    return room - qint64(z.avail_out);
}

qint64 ZipEntryDevice::readData(char* data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    if (m_finished || maxSize <= 0)
        return 0;
    // One byte more than declared may be asked for, so that a member longer than its header says is caught.
    const qint64 room = std::min({maxSize, kMaxStep, m_entry.uncompressedSize - m_produced + 1});
    qint64 produced = 0;
    if (m_entry.method == 0) {
        const qint64 want = std::min(room, m_entry.uncompressedSize - m_produced);
        if (!m_source->seek(m_dataOffset + m_consumed) || m_source->read(data, want) != want)
            return failWith(tr("%1 in the archive is truncated.").arg(m_entry.name));
        m_consumed += want;
        produced = want;
        m_finished = m_consumed == m_entry.compressedSize;
    } else {
        produced = inflateInto(data, room);
        if (produced < 0)
            return -1;
    }

    if (m_produced + produced > m_entry.uncompressedSize)
        return failWith(tr("%1 in the archive expands beyond the size its header declares; the archive is "
                           "damaged or hostile.")
                            .arg(m_entry.name));
    *m_extracted += produced;
    if (*m_extracted > m_maxTotal)
        return failWith(tr("Reading %1 exceeds the limit of %2 MiB extracted from one archive.")
                            .arg(m_entry.name)
                            .arg(m_maxTotal >> 20));
    m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef*>(data), uInt(produced)));
    m_produced += produced;
    if (m_finished) {
        if (m_produced != m_entry.uncompressedSize)
            return failWith(tr("%1 in the archive is shorter than its header declares.").arg(m_entry.name));
        if (m_crc != m_entry.crc32)
            return failWith(tr("%1 in the archive is damaged (CRC mismatch).").arg(m_entry.name));
    }
    return produced;
}

} // namespace cb
