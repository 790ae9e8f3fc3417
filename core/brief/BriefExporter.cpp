// SPDX-License-Identifier: GPL-3.0-or-later
#include "BriefExporter.h"

#include "BriefDocument.h"
#include "BriefFonts.h"
#include "BriefHtmlWriter.h"
#include "BriefPdfText.h"
#include "BriefTextDocument.h"
#include "io/SafeFileName.h"
#include "workspace/WorkspaceData.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace cb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::BriefExporter", text);
}

constexpr double kMarginMm = 18.0;

QByteArray renderPdf(const BriefDocument& document, QPageSize::PageSizeId paper)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(paper));
    writer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("CityBridge"));
    // QTextDocument::print() lays the document out in points over the printable area and scales to the device.
    const QRectF area = writer.pageLayout().paintRect(QPageLayout::Point);
    std::unique_ptr<QTextDocument> doc = BriefTextDocument::build(document, area.width());
    doc->setPageSize(area.size());
    BriefTextDocument::keepHeadingsWithText(doc.get(), 72.0);
    doc->print(&writer);
    buffer.close();
    return BriefPdfText::canonicalToUnicode(bytes);
}

QByteArray renderOdt(const BriefDocument& document, QString* error)
{
    // A4 text width in points: the editor reflows the document anyway.
    std::unique_ptr<QTextDocument> doc = BriefTextDocument::build(document, 480.0);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.get())) {
        *error = tr("The document could not be written as ODT.");
        return {};
    }
    buffer.close();
    return bytes;
}

} // namespace

std::optional<BriefFormat> BriefExporter::formatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("pdf"))
        return BriefFormat::Pdf;
    if (n == QLatin1String("odt"))
        return BriefFormat::Odt;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return BriefFormat::Html;
    return std::nullopt;
}

QString BriefExporter::suffix(BriefFormat format)
{
    switch (format) {
    case BriefFormat::Pdf:
        return QStringLiteral("pdf");
    case BriefFormat::Odt:
        return QStringLiteral("odt");
    case BriefFormat::Html:
        break;
    }
    return QStringLiteral("html");
}

QByteArray BriefExporter::render(const BriefDocument& document, BriefFormat format, QPageSize::PageSizeId paper,
                                 QString* error)
{
    QString ignored;
    QString* err = error ? error : &ignored;
    if (document.blocks.isEmpty()) {
        *err = tr("The brief is empty.");
        return {};
    }
    if (format == BriefFormat::Html)
        return BriefHtmlWriter::toHtml(document).toUtf8();
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        *err = tr("PDF and ODT briefs need the graphical libraries (fonts); use HTML here.");
        return {};
    }
    const QByteArray bytes = format == BriefFormat::Pdf ? renderPdf(document, paper) : renderOdt(document, err);
    if (bytes.isEmpty() && err->isEmpty())
        *err = tr("The document could not be rendered.");
    return bytes;
}

bool BriefExporter::writeFile(const QString& path, const BriefDocument& document, BriefFormat format,
                              QPageSize::PageSizeId paper, QString* error)
{
    QString ignored;
    QString* err = error ? error : &ignored;
    const QByteArray bytes = render(document, format, paper, err);
    if (bytes.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *err = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *err = tr("Cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

QString BriefExporter::slug(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    bool dash = false;
    for (const QChar c : decomposed) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            if (dash && !out.isEmpty())
                out += QLatin1Char('-');
            out += c.toLower();
            dash = false;
        } else if (!c.isMark()) {
            dash = true;
        }
    }
    return out.left(60);
}

QString BriefExporter::fileName(const WorkspaceData& data, ActorId a, ActorId b, const QString& language,
                                BriefFormat format)
{
    auto part = [&](ActorId id) {
        const Actor* actor = data.actor(id);
        QString s = actor ? slug(actor->names.exact(QStringLiteral("en"))) : QString();
        // A name without Latin letters (洛阳) stays readable: made safe, not dropped.
        if (s.isEmpty() && actor)
            s = safefile::safeFileName(actor->name(language).left(40), QString(), 60)
                    .replace(QLatin1Char('.'), QLatin1Char('-'));
        if ((s.isEmpty() || s == QLatin1String("unnamed")) && actor)
            s = slug(actor->uid);
        return s.isEmpty() ? QStringLiteral("actor-%1").arg(id) : s;
    };
    // The "brief-" prefix alone keeps names away from CON, NUL, COM1 and the like; dots never pass slug().
    return safefile::safeFileName(QStringLiteral("brief-") + part(a) + QLatin1Char('-') + part(b) + QLatin1Char('-') +
                                  slug(language) + QLatin1Char('.') + suffix(format));
}

} // namespace cb
