// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cb::cli {

/** A plain-text table for the terminal; wide (CJK) characters count as two columns. */
class TextTable
{
public:
    explicit TextTable(QStringList headers);
    void addRow(const QStringList& cells);
    /** Marks columns to right-align (numbers). */
    void setRightAligned(int column);
    QString render() const;

    static int displayWidth(const QString& text);

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<int> m_right;
};

} // namespace cb::cli
