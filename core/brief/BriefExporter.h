// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QByteArray>
#include <QPageSize>
#include <QString>

#include <optional>

namespace cb {

struct BriefDocument;
struct WorkspaceData;

/** The file formats of a brief. */
enum class BriefFormat { Pdf, Odt, Html };

/**
 * Renders a brief to PDF (QTextDocument + QPdfWriter, Noto Sans CJK SC embedded), ODT (QTextDocumentWriter "odf")
 * or HTML, and writes it through QSaveFile: a failed write leaves no file behind.
 */
class BriefExporter
{
public:
    /** pdf, odt or html (case-insensitive); nothing for anything else. */
    static std::optional<BriefFormat> formatFromName(const QString& name);
    static QString suffix(BriefFormat format);

    /** The file's bytes; empty with *error set on failure. @p paper matters for PDF only. */
    static QByteArray render(const BriefDocument& document, BriefFormat format,
                             QPageSize::PageSizeId paper = QPageSize::A4, QString* error = nullptr);
    /** Renders and writes @p path atomically; false with a translated *error. */
    static bool writeFile(const QString& path, const BriefDocument& document, BriefFormat format,
                          QPageSize::PageSizeId paper = QPageSize::A4, QString* error = nullptr);

    /**
     * A safe, deterministic file name for the brief of a pair: "brief-mexico-city-luoyang-zh.pdf". Only ASCII
     * letters, digits and dashes (accents dropped, other scripts fall back to the actor's id), never a separator,
     * "..", or a reserved device name; the same pair and language always give the same name.
     */
    static QString fileName(const WorkspaceData& data, ActorId a, ActorId b, const QString& language,
                            BriefFormat format);
    /** The name part made safe: lower-case ASCII words joined by dashes; empty when nothing is left. */
    static QString slug(const QString& text);
};

} // namespace cb
