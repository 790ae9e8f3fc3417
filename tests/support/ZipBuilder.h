// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace cb::test {

/**
 * Writes small ZIP archives in memory for tests, including deliberately broken ones: lying sizes, wrong
 * CRCs, encryption flags, unsupported methods, ZIP64 markers.
 */
class ZipBuilder
{
public:
    struct Member
    {
        QString name;
        QByteArray data;
        bool deflate = true;
        quint16 flags = 0;        ///< general purpose flags written to both headers
        quint16 method = 0xFFFF;  ///< overrides the method field when not 0xFFFF
        qint64 declaredSize = -1; ///< overrides the uncompressed size in the headers
        qint64 crcOverride = -1;  ///< overrides the CRC-32 in the headers
        bool zip64Sizes = false;  ///< writes 0xFFFFFFFF sizes, as ZIP64 archives do
    };

    /** Adds a member with default settings (deflated). */
    ZipBuilder& add(const QString& name, const QByteArray& data, bool deflate = true);
    /** Adds a member with full control. */
    ZipBuilder& add(const Member& member);
    /** Prepends a ZIP64 end-of-central-directory locator before the end record. */
    ZipBuilder& withZip64Locator(bool on = true);

    /** The archive bytes. */
    QByteArray build() const;

    /** Raw deflate (no zlib header) of \a data, as ZIP stores it. */
    static QByteArray rawDeflate(const QByteArray& data);

private:
    QList<Member> m_members;
    bool m_zip64Locator = false;
};

} // namespace cb::test
