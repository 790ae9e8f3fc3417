// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MatrixTable.h"

#include <QByteArray>
#include <QSize>
#include <QString>

namespace cb {

/**
 * Writes a MatrixTable as a PNG or SVG picture (title, headers, heat cells, legend, attribution) through
 * QSaveFile. An empty size means the table's natural size; otherwise it is scaled to fit.
 */
class MatrixExporter
{
public:
    explicit MatrixExporter(const MatrixTable& table);

    QByteArray pngData(const QSize& size = QSize());
    QByteArray svgData(const QSize& size = QSize());
    /** Writes PNG or SVG by the file's suffix (.png, .svg); false with errorString() otherwise. */
    bool exportFile(const QString& path, const QSize& size = QSize());

    QString errorString() const { return m_error; }

private:
    QSize targetSize(const QSize& size) const;

    const MatrixTable& m_table;
    QString m_error;
};

} // namespace cb
