// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ZipArchive.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>

#include <memory>

struct z_stream_s;

namespace cb {

/**
 * A sequential read-only view of one ZIP member that inflates on demand (made by ZipArchive::openEntry).
 * It stops with an error, returning -1 from read(), as soon as the member produces more bytes than its
 * header declares or the archive's total budget is spent, and it checks the CRC-32 and size at the end.
 */
class ZipEntryDevice final : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(cb::ZipEntryDevice)

public:
    /** \a extracted is the archive's running total of extracted bytes, limited to \a maxTotal. */
    ZipEntryDevice(QIODevice* source, const ZipEntry& entry, qint64 dataOffset, qint64* extracted, qint64 maxTotal);
    ~ZipEntryDevice() override;

    bool open(OpenMode mode) override;
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_failed || m_finished; }
    qint64 bytesAvailable() const override;
    /** True once a read failed; errorString() says why. */
    bool hasFailed() const { return m_failed; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    qint64 failWith(const QString& message);
    bool readInput();
    qint64 inflateInto(char* data, qint64 room);

    QIODevice* m_source;
    ZipEntry m_entry;
    qint64 m_dataOffset;
    qint64* m_extracted;
    qint64 m_maxTotal;
    std::unique_ptr<z_stream_s> m_stream;
    bool m_streamReady = false;
    QByteArray m_input;
    qint64 m_consumed = 0; // compressed bytes read from the source
    qint64 m_produced = 0; // uncompressed bytes returned
    quint32 m_crc = 0;
    bool m_finished = false;
    bool m_failed = false;
};

} // namespace cb
