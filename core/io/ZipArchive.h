// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class QIODevice;

namespace cb {

/** One member of a ZIP archive, as its central directory describes it. */
struct ZipEntry
{
    QString name;
    quint16 flags = 0;  ///< general purpose bit flags
    quint16 method = 0; ///< 0 stored, 8 deflate; others are refused
    quint32 crc32 = 0;
    qint64 compressedSize = 0;
    qint64 uncompressedSize = 0;
    qint64 localHeaderOffset = 0;

    /** Bit 0 (traditional or AES encryption) or bit 6 (strong encryption). */
    bool isEncrypted() const { return (flags & 0x0041) != 0; }
};

/** Bounds that keep a hostile archive (a "zip bomb") from exhausting memory. */
struct ZipLimits
{
    qint64 maxEntrySize = 200LL << 20; ///< uncompressed bytes of one member
    qint64 maxTotalSize = 1LL << 30;   ///< uncompressed bytes extracted from the archive, all reads together
    int maxEntries = 65535;            ///< members in the central directory
};

/**
 * A minimal, defensive ZIP reader for the containers of XLSX, ODS and ODT files and workspace packages.
 *
 * It reads the central directory of a random-access device and extracts members that are stored or
 * deflated (zlib raw inflate), checking each member's CRC-32 and size. It refuses ZIP64 archives,
 * split archives, encrypted members and other compression methods with a clear message, and it enforces
 * ZipLimits while inflating: a member that inflates beyond its declared size, or past the limits, fails
 * as soon as it does, whatever its headers claim.
 */
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(cb::ZipArchive)

public:
    /** \a device must stay open and outlive the archive and every device openEntry() returns. */
    explicit ZipArchive(QIODevice* device, const ZipLimits& limits = ZipLimits());
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    /** True when \a head starts with a ZIP local file header or an empty archive's end record. */
    static bool hasZipSignature(QByteArrayView head);

    /** Reads the central directory. Returns false with errorString() when the data is not a usable ZIP. */
    bool open();

    /** The members in central directory order. */
    const QList<ZipEntry>& entries() const { return m_entries; }

    /** The member called \a name (exact match first, then ignoring case), or nullptr. */
    const ZipEntry* entry(const QString& name) const;
    bool contains(const QString& name) const { return entry(name) != nullptr; }

    /**
     * A sequential, read-only device that inflates member \a name while it is read (for QXmlStreamReader).
     * Returns nullptr with errorString() when the member is missing or cannot be extracted. A read that
     * fails (corrupt data, CRC mismatch, a limit reached) returns -1; the device's errorString() says why.
     */
    std::unique_ptr<QIODevice> openEntry(const QString& name);

    /** Extracts member \a name whole into \a data. Returns false with errorString() on failure. */
    bool readEntry(const QString& name, QByteArray* data);

    /** Uncompressed bytes extracted so far, counted against ZipLimits::maxTotalSize. */
    qint64 extractedBytes() const { return m_extracted; }

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    bool readCentralDirectory(qint64 offset, qint64 size, int count);

    QIODevice* m_device;
    ZipLimits m_limits;
    QList<ZipEntry> m_entries;
    QHash<QString, int> m_byName;
    QHash<QString, int> m_byLowerName;
    qint64 m_extracted = 0;
    QString m_error;
};

} // namespace cb
