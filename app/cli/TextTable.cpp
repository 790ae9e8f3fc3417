// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextTable.h"

#include <algorithm>

namespace cb::cli {

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
{
}

void TextTable::addRow(const QStringList& cells)
{
    m_rows.append(cells);
}

void TextTable::setRightAligned(int column)
{
    m_right.append(column);
}

int TextTable::displayWidth(const QString& text)
{
    int width = 0;
    for (const uint c : text.toUcs4()) {
        // East Asian wide ranges: CJK, Hangul, full-width forms.
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                          || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                          || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

QString TextTable::render() const
{
    QList<int> widths;
    for (const QString& h : m_headers)
        widths.append(displayWidth(h));
    for (const QStringList& row : m_rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    }
    auto line = [&](const QStringList& cells) -> QString {
        QString out;
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = i < cells.size() ? cells[i] : QString();
            const QString pad(std::max(0, widths[i] - displayWidth(cell)), QLatin1Char(' '));
            if (i > 0)
                out += QStringLiteral("  ");
            out += m_right.contains(i) ? pad + cell : cell + (i + 1 < widths.size() ? pad : QString());
        }
        return out + QLatin1Char('\n');
    };
    QString out = line(m_headers);
    QStringList rules;
    for (int w : widths)
        rules.append(QString(w, QLatin1Char('-')));
    out += line(rules);
    for (const QStringList& row : m_rows)
        out += line(row);
    return out;
}

} // namespace cb::cli
