// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapViewport.h"

#include <QByteArray>
#include <QString>

namespace cb {

class MapRenderer;

/** Writes what a MapRenderer draws to PNG or SVG files (through QSaveFile: all or nothing). */
class MapExporter
{
public:
    explicit MapExporter(const MapRenderer &renderer);

    /** Renders @p viewport and writes a PNG; false with errorString() on failure. */
    bool exportPng(const QString &path, const MapViewport &viewport);
    /** Renders @p viewport as SVG (vector: paths and text) and writes it. */
    bool exportSvg(const QString &path, const MapViewport &viewport);
    /** The SVG document for @p viewport; empty with errorString() on failure. */
    QByteArray svgData(const MapViewport &viewport);
    /** The PNG bytes for @p viewport; empty with errorString() on failure. */
    QByteArray pngData(const MapViewport &viewport);
    /**
     * Writes PNG or SVG by the file's suffix (.png, .svg) at the viewport's size; false with errorString()
     * for any other suffix or a failed write.
     */
    bool exportFile(const QString &path, const MapViewport &viewport);

    /** Writes @p data to @p path through QSaveFile (all or nothing); false with a translated *error. */
    static bool saveFile(const QString &path, const QByteArray &data, QString *error);

    QString errorString() const { return m_error; }

private:
    bool save(const QString &path, const QByteArray &data);

    const MapRenderer &m_renderer;
    QString m_error;
};

} // namespace cb
