// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

class QXmlStreamReader;

namespace cb {

/**
 * The part of an XLSX styles.xml that tells which cell styles show numbers as dates or times, and the
 * conversion of Excel serial numbers to ISO 8601 text.
 */
class XlsxStyles
{
public:
    /** How a style displays a number. */
    enum class Kind
    {
        Number,
        Date,
        Time,
        DateTime
    };

    /** Reads numFmts and cellXfs from styles.xml. Returns false with the XML reader's error on bad XML. */
    bool load(QXmlStreamReader& xml);

    /** The display kind of cell style \a styleIndex (the `s` attribute); Number when unknown. */
    Kind kind(int styleIndex) const;

    /** The display kind of number format \a numFmtId with format code \a code (empty for built-in ones). */
    static Kind kindOfFormat(int numFmtId, const QString& code);

    /**
     * Formats Excel serial \a serial as "yyyy-MM-dd", "HH:mm:ss" or "yyyy-MM-dd HH:mm:ss" for \a kind, in the
     * 1900 system (with Excel's phantom 1900-02-29) or the 1904 system. Empty when \a serial is no date
     * (negative, the phantom day, past 9999-12-31, or not a number).
     */
    static QString formatSerial(const QString& serial, Kind kind, bool date1904);

private:
    QList<Kind> m_cellKinds;
};

} // namespace cb
