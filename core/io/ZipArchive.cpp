// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ZipArchive.h"

#include "io/ZipEntryDevice.h"

#include <QIODevice>
#include <QtEndian>

namespace cb {

namespace {

constexpr quint32 kLocalHeaderSignature = 0x04034b50;
constexpr quint32 kCentralHeaderSignature = 0x02014b50;
constexpr quint32 kEndSignature = 0x06054b50;
constexpr quint32 kZip64LocatorSignature = 0x07064b50;
constexpr int kEndRecordSize = 22;
constexpr int kCentralHeaderSize = 46;
constexpr int kLocalHeaderSize = 30;
constexpr qint64 kMaxCentralDirectory = 64LL << 20;

quint16 u16(const QByteArray& data, qsizetype at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}

quint32 u32(const QByteArray& data, qsizetype at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / double(1 << 20), 'f', bytes % (1 << 20) == 0 ? 0 : 1);
}

} // namespace

ZipArchive::ZipArchive(QIODevice* device, const ZipLimits& limits) : m_device(device), m_limits(limits) {}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::hasZipSignature(QByteArrayView head)
{
    return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06");
}

bool ZipArchive::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool ZipArchive::open()
{
    m_entries.clear();
    m_byName.clear();
    m_byLowerName.clear();
    m_error.clear();
    if (!m_device || !m_device->isOpen() || !m_device->isReadable())
        return fail(tr("The archive is not open for reading."));
    if (m_device->isSequential())
        return fail(tr("A ZIP archive can only be read from a file, not from a stream."));

    const qint64 size = m_device->size();
    if (size < kEndRecordSize)
        return fail(tr("The file is too short to be a ZIP archive."));
    // The end record sits in the last 22 bytes plus an archive comment of at most 65535 bytes.
    const qint64 tailSize = std::min<qint64>(size, kEndRecordSize + 0xFFFF);
    if (!m_device->seek(size - tailSize))
        return fail(tr("Cannot read the ZIP archive: %1").arg(m_device->errorString()));
    const QByteArray tail = m_device->read(tailSize);
    if (tail.size() != tailSize)
        return fail(tr("Cannot read the ZIP archive: %1").arg(m_device->errorString()));

    qsizetype end = -1;
    for (qsizetype at = tail.size() - kEndRecordSize; at >= 0; --at) {
        if (u32(tail, at) == kEndSignature && at + kEndRecordSize + u16(tail, at + 20) <= tail.size()) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return fail(tr("The ZIP archive has no central directory; the file is damaged or truncated."));
    if (end >= 20 && u32(tail, end - 20) == kZip64LocatorSignature)
        return fail(tr("ZIP64 archives (over 4 GiB or 65,535 files) are not supported."));

    const quint16 disk = u16(tail, end + 4);
    const quint16 directoryDisk = u16(tail, end + 6);
    const quint16 entriesHere = u16(tail, end + 8);
    const quint16 entriesTotal = u16(tail, end + 10);
    const quint32 directorySize = u32(tail, end + 12);
    const quint32 directoryOffset = u32(tail, end + 16);
    if (entriesTotal == 0xFFFF || directorySize == 0xFFFFFFFFu || directoryOffset == 0xFFFFFFFFu)
        return fail(tr("ZIP64 archives (over 4 GiB or 65,535 files) are not supported."));
    if (disk != 0 || directoryDisk != 0 || entriesHere != entriesTotal)
        return fail(tr("Split (multi-volume) ZIP archives are not supported."));
    if (entriesTotal > m_limits.maxEntries)
        return fail(
            tr("The ZIP archive has %1 files, more than the limit of %2.").arg(entriesTotal).arg(m_limits.maxEntries));
    const qint64 endOffset = size - tailSize + end;
    if (qint64(directoryOffset) + qint64(directorySize) > endOffset)
        return fail(tr("The ZIP archive's central directory lies outside the file; the file is damaged."));
    if (qint64(directorySize) > kMaxCentralDirectory)
        return fail(tr("The ZIP archive's central directory is implausibly large."));
    return readCentralDirectory(directoryOffset, directorySize, entriesTotal);
}

bool ZipArchive::readCentralDirectory(qint64 offset, qint64 size, int count)
{
    if (!m_device->seek(offset))
        return fail(tr("Cannot read the ZIP archive: %1").arg(m_device->errorString()));
    const QByteArray directory = m_device->read(size);
    if (directory.size() != size)
        return fail(tr("Cannot read the ZIP archive's central directory."));
    const QString damaged = tr("The ZIP archive's central directory is damaged.");

    qsizetype at = 0;
    m_entries.reserve(count);
    for (int i = 0; i < count; ++i) {
        if (at + kCentralHeaderSize > directory.size() || u32(directory, at) != kCentralHeaderSignature)
            return fail(damaged);
        ZipEntry e;
        e.flags = u16(directory, at + 8);
        e.method = u16(directory, at + 10);
        e.crc32 = u32(directory, at + 16);
        const quint32 compressed = u32(directory, at + 20);
        const quint32 uncompressed = u32(directory, at + 24);
        const quint16 nameLength = u16(directory, at + 28);
        const quint16 extraLength = u16(directory, at + 30);
        const quint16 commentLength = u16(directory, at + 32);
        const quint16 startDisk = u16(directory, at + 34);
        const quint32 localOffset = u32(directory, at + 42);
        if (compressed == 0xFFFFFFFFu || uncompressed == 0xFFFFFFFFu || localOffset == 0xFFFFFFFFu ||
            startDisk == 0xFFFF)
            return fail(tr("ZIP64 archives (over 4 GiB or 65,535 files) are not supported."));
        const qsizetype next = at + kCentralHeaderSize + nameLength + extraLength + commentLength;
        if (next > directory.size())
            return fail(damaged);
        const QByteArray rawName = directory.mid(at + kCentralHeaderSize, nameLength);
        // Bit 11 marks UTF-8 names; the others are IBM 437, which agrees with ASCII for the names we look up.
        e.name = (e.flags & 0x0800) ? QString::fromUtf8(rawName) : QString::fromLatin1(rawName);
        e.compressedSize = compressed;
        e.uncompressedSize = uncompressed;
        e.localHeaderOffset = localOffset;
        at = next;

        const int index = int(m_entries.size());
        m_entries.append(e);
        if (!m_byName.contains(e.name))
            m_byName.insert(e.name, index);
        const QString lower = e.name.toLower();
        if (!m_byLowerName.contains(lower))
            m_byLowerName.insert(lower, index);
    }
    return true;
}

const ZipEntry* ZipArchive::entry(const QString& name) const
{
    auto it = m_byName.constFind(name);
    if (it == m_byName.cend()) {
        it = m_byLowerName.constFind(name.toLower());
        if (it == m_byLowerName.cend())
            return nullptr;
    }
    return &m_entries.at(it.value());
}

std::unique_ptr<QIODevice> ZipArchive::openEntry(const QString& name)
{
    m_error.clear();
    const ZipEntry* e = entry(name);
    if (!e) {
        fail(tr("The archive has no file %1.").arg(name));
        return nullptr;
    }
    if (e->isEncrypted()) {
        fail(tr("%1 in the archive is encrypted (password-protected); save the file without a password.").arg(e->name));
        return nullptr;
    }
    if (e->method != 0 && e->method != 8) {
        fail(tr("%1 in the archive uses compression method %2; only stored and deflated files can be read.")
                 .arg(e->name)
                 .arg(e->method));
        return nullptr;
    }
    if (e->uncompressedSize > m_limits.maxEntrySize) {
        fail(tr("%1 in the archive expands to %2 MiB, more than the limit of %3 MiB.")
                 .arg(e->name, mebibytes(e->uncompressedSize), mebibytes(m_limits.maxEntrySize)));
        return nullptr;
    }
    if (e->method == 0 && e->compressedSize != e->uncompressedSize) {
        fail(tr("%1 in the archive is damaged (its sizes disagree).").arg(e->name));
        return nullptr;
    }

    QByteArray header;
    if (m_device->seek(e->localHeaderOffset))
        header = m_device->read(kLocalHeaderSize);
    if (header.size() != kLocalHeaderSize || u32(header, 0) != kLocalHeaderSignature) {
        fail(tr("%1 in the archive is damaged (bad local header).").arg(e->name));
        return nullptr;
    }
    const qint64 dataOffset = e->localHeaderOffset + kLocalHeaderSize + u16(header, 26) + u16(header, 28);
    if (dataOffset + e->compressedSize > m_device->size()) {
        fail(tr("%1 in the archive is truncated.").arg(e->name));
        return nullptr;
    }

    auto device = std::make_unique<ZipEntryDevice>(m_device, *e, dataOffset, &m_extracted, m_limits.maxTotalSize);
    if (!device->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        fail(device->errorString());
        return nullptr;
    }
    return device;
}

bool ZipArchive::readEntry(const QString& name, QByteArray* data)
{
    data->clear();
    std::unique_ptr<QIODevice> device = openEntry(name);
    if (!device)
        return false;
    const ZipEntry* e = entry(name);
    data->reserve(qsizetype(e->uncompressedSize));
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = device->read(buffer, sizeof buffer);
        if (n < 0) {
            data->clear();
            return fail(device->errorString());
        }
        if (n == 0)
            break;
        data->append(buffer, qsizetype(n));
    }
    return true;
}

} // namespace cb
