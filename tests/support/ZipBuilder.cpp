// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipBuilder.h"

#include <QtEndian>

#include <zlib.h>

namespace cb::test {

namespace {

void put16(QByteArray& out, quint32 v)
{
    char b[2];
    qToLittleEndian<quint16>(quint16(v), b);
    out.append(b, 2);
}

void put32(QByteArray& out, quint32 v)
{
    char b[4];
    qToLittleEndian<quint32>(v, b);
    out.append(b, 4);
}

} // namespace

ZipBuilder& ZipBuilder::add(const QString& name, const QByteArray& data, bool deflate)
{
    Member m;
    m.name = name;
    m.data = data;
    m.deflate = deflate;
    return add(m);
}

ZipBuilder& ZipBuilder::add(const Member& member)
{
    m_members.append(member);
    return *this;
}

ZipBuilder& ZipBuilder::withZip64Locator(bool on)
{
    m_zip64Locator = on;
    return *this;
}

QByteArray ZipBuilder::rawDeflate(const QByteArray& data)
{
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

QByteArray ZipBuilder::build() const
{
    QByteArray out;
    QByteArray directory;
    for (const Member& m : m_members) {
        const QByteArray name = m.name.toUtf8();
        const QByteArray stored = m.deflate ? rawDeflate(m.data) : m.data;
        const quint16 method = m.method != 0xFFFF ? m.method : (m.deflate ? 8 : 0);
        const quint32 crc =
            m.crcOverride >= 0
                ? quint32(m.crcOverride)
                : quint32(crc32(0, reinterpret_cast<const Bytef*>(m.data.constData()), uInt(m.data.size())));
        const quint32 size = m.zip64Sizes ? 0xFFFFFFFFu : quint32(m.declaredSize >= 0 ? m.declaredSize : m.data.size());
        const quint32 compressed = m.zip64Sizes ? 0xFFFFFFFFu : quint32(stored.size());
        const quint32 offset = quint32(out.size());
        const quint16 flags = quint16(m.flags | 0x0800); // UTF-8 names

        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, flags);
        put16(out, method);
        put16(out, 0);
        put16(out, 0x5221);
        put32(out, crc);
        put32(out, compressed);
        put32(out, size);
        put16(out, quint32(name.size()));
        put16(out, 0);
        out.append(name);
        out.append(stored);

        put32(directory, 0x02014b50);
        put16(directory, 20);
        put16(directory, 20);
        put16(directory, flags);
        put16(directory, method);
        put16(directory, 0);
        put16(directory, 0x5221);
        put32(directory, crc);
        put32(directory, compressed);
        put32(directory, size);
        put16(directory, quint32(name.size()));
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, 0);
        put32(directory, offset);
        directory.append(name);
    }
    const quint32 directoryOffset = quint32(out.size());
    out.append(directory);
    if (m_zip64Locator) {
        put32(out, 0x07064b50);
        put32(out, 0);
        put32(out, 0);
        put32(out, 0);
        put32(out, 1);
    }
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(m_members.size()));
    put16(out, quint32(m_members.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

} // namespace cb::test
