// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatrixExporter.h"

#include "MapExporter.h"
#include "MatrixPainter.h"

#include <cmath>

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace cb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::MatrixExporter", text);
}

} // namespace

MatrixExporter::MatrixExporter(const MatrixTable& table)
    : m_table(table)
{
}

QSize MatrixExporter::targetSize(const QSize& size) const
{
    if (size.isValid() && !size.isEmpty())
        return size;
    const QSizeF natural = MatrixPainter(m_table).naturalSize();
    return QSize(static_cast<int>(std::ceil(natural.width())), static_cast<int>(std::ceil(natural.height())));
}

QByteArray MatrixExporter::pngData(const QSize& size)
{
    m_error.clear();
    if (m_table.rows() == 0 || m_table.columns() == 0) {
        m_error = tr("The table is empty: no city has evidence under the current filter.");
        return QByteArray();
    }
    const QSize target = targetSize(size);
    QImage image(target, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        m_error = tr("The picture is too large to render.");
        return QByteArray();
    }
    image.fill(Qt::white);
    QPainter painter(&image);
    MatrixPainter(m_table).paint(&painter, QSizeF(target));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        m_error = tr("The table could not be rendered as PNG.");
        return QByteArray();
    }
    return bytes;
}

QByteArray MatrixExporter::svgData(const QSize& size)
{
    m_error.clear();
    if (m_table.rows() == 0 || m_table.columns() == 0) {
        m_error = tr("The table is empty: no city has evidence under the current filter.");
        return QByteArray();
    }
    const QSize target = targetSize(size);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(target);
    generator.setViewBox(QRect(QPoint(0, 0), target));
    generator.setTitle(m_table.title);
    generator.setDescription(m_table.attribution);
    QPainter painter;
    if (!painter.begin(&generator)) {
        m_error = tr("The SVG generator could not start.");
        return QByteArray();
    }
    MatrixPainter(m_table).paint(&painter, QSizeF(target));
    painter.end();
    return bytes;
}

bool MatrixExporter::exportFile(const QString& path, const QSize& size)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray data;
    if (suffix == QLatin1String("png")) {
        data = pngData(size);
    } else if (suffix == QLatin1String("svg")) {
        data = svgData(size);
    } else {
        m_error = tr("Cannot tell the format of %1: use a .png or .svg file name.").arg(path);
        return false;
    }
    if (data.isEmpty())
        return false;
    if (!MapExporter::saveFile(path, data, &m_error))
        return false;
    return true;
}

} // namespace cb
