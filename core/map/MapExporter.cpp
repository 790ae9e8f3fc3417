// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapExporter.h"

#include "MapRenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace cb {

MapExporter::MapExporter(const MapRenderer &renderer)
    : m_renderer(renderer)
{
}

QByteArray MapExporter::pngData(const MapViewport &viewport)
{
    m_error.clear();
    const QImage image = m_renderer.renderToImage(viewport);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG")) {
        m_error = QCoreApplication::translate("cb::MapExporter", "The map could not be rendered as PNG.");
        return QByteArray();
    }
    return bytes;
}

QByteArray MapExporter::svgData(const MapViewport &viewport)
{
    m_error.clear();
    if (viewport.size().isEmpty()) {
        m_error = QCoreApplication::translate("cb::MapExporter", "The map size is empty.");
        return QByteArray();
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(viewport.size());
    generator.setViewBox(QRect(QPoint(0, 0), viewport.size()));
    generator.setTitle(m_renderer.scene().title.isEmpty()
                           ? QCoreApplication::translate("cb::MapExporter", "CityBridge map")
                           : m_renderer.scene().title);
    generator.setDescription(m_renderer.scene().attribution);
    QPainter painter;
    if (!painter.begin(&generator)) {
        m_error = QCoreApplication::translate("cb::MapExporter", "The SVG generator could not start.");
        return QByteArray();
    }
    m_renderer.render(&painter, viewport);
    painter.end();
    return bytes;
}

bool MapExporter::saveFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("cb::MapExporter", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("cb::MapExporter", "Cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool MapExporter::save(const QString &path, const QByteArray &data)
{
    return saveFile(path, data, &m_error);
}

bool MapExporter::exportFile(const QString &path, const MapViewport &viewport)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return exportPng(path, viewport);
    if (suffix == QLatin1String("svg"))
        return exportSvg(path, viewport);
    m_error = QCoreApplication::translate("cb::MapExporter", "Cannot tell the format of %1: use a .png or .svg file name.")
                  .arg(path);
    return false;
}

bool MapExporter::exportPng(const QString &path, const MapViewport &viewport)
{
    const QByteArray data = pngData(viewport);
    return !data.isEmpty() && save(path, data);
}

bool MapExporter::exportSvg(const QString &path, const MapViewport &viewport)
{
    const QByteArray data = svgData(viewport);
    return !data.isEmpty() && save(path, data);
}

} // namespace cb
