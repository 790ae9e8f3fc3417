// SPDX-License-Identifier: GPL-3.0-or-later
#include "BriefHtmlWriter.h"

#include "BriefDocument.h"

#include <QBuffer>

namespace cb {

namespace {

QString langAttr(const BriefBlock& b)
{
    const QString code = b.language == QLatin1String("zh") ? QStringLiteral("zh-Hans") : b.language;
    return code.isEmpty() ? QString() : QStringLiteral(" lang=\"") + BriefHtmlWriter::escape(code) + QLatin1Char('"');
}

QString imageUri(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(bytes.toBase64());
}

} // namespace

QString BriefHtmlWriter::escape(const QString& text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    return out;
}

QString BriefHtmlWriter::toHtml(const BriefDocument& document)
{
    const QString lang = document.languages.value(0) == QLatin1String("zh") ? QStringLiteral("zh-Hans")
                                                                          : document.languages.value(0);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + escape(lang)
                   + QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n<title>") + escape(document.title)
                   + QStringLiteral("</title>\n<style>\n"
                                    "body{font-family:'Noto Sans CJK SC','Noto Sans',sans-serif;max-width:52em;"
                                    "margin:2em auto;padding:0 1em;line-height:1.5;color:#222}\n"
                                    "h1{color:#1f4e79;margin-bottom:.2em}.subtitle{color:#666}\n"
                                    "h2{color:#1f4e79;border-bottom:1px solid #c8d6e5;margin-top:1.6em}\n"
                                    "table{border-collapse:collapse;width:100%}td,th{border:1px solid #c8d6e5;"
                                    "padding:.3em .5em;vertical-align:top;text-align:left}th{background:#e8eef5}\n"
                                    "img{max-width:100%}.caption{color:#666;font-size:.9em}\n"
                                    "hr.page{margin:3em 0;border:0;border-top:2px solid #1f4e79}\n"
                                    "</style>\n</head>\n<body>\n");
    for (const BriefBlock& b : document.blocks) {
        switch (b.kind) {
        case BriefBlock::Kind::Title:
            html += QStringLiteral("<h1") + langAttr(b) + QLatin1Char('>') + escape(b.text) + QStringLiteral("</h1>\n");
            break;
        case BriefBlock::Kind::Subtitle:
            html += QStringLiteral("<p class=\"subtitle\"") + langAttr(b) + QLatin1Char('>') + escape(b.text)
                    + QStringLiteral("</p>\n");
            break;
        case BriefBlock::Kind::Heading:
            html += QStringLiteral("<h2 id=\"") + escape(b.key) + QLatin1Char('"') + langAttr(b) + QLatin1Char('>')
                    + escape(b.text) + QStringLiteral("</h2>\n");
            break;
        case BriefBlock::Kind::Paragraph:
            html += QStringLiteral("<p") + langAttr(b) + QLatin1Char('>') + escape(b.text) + QStringLiteral("</p>\n");
            break;
        case BriefBlock::Kind::Bullets:
            html += QStringLiteral("<ul") + langAttr(b) + QStringLiteral(">\n");
            for (const QString& item : b.items)
                html += QStringLiteral("<li>") + escape(item) + QStringLiteral("</li>\n");
            html += QStringLiteral("</ul>\n");
            break;
        case BriefBlock::Kind::Table:
            html += QStringLiteral("<table") + langAttr(b) + QStringLiteral(">\n");
            for (int r = 0; r < b.rows.size(); ++r) {
                const QString cell = r == 0 ? QStringLiteral("th") : QStringLiteral("td");
                html += QStringLiteral("<tr>");
                for (const QString& text : b.rows.at(r))
                    html += QLatin1Char('<') + cell + QLatin1Char('>') + escape(text) + QStringLiteral("</") + cell
                            + QLatin1Char('>');
                html += QStringLiteral("</tr>\n");
            }
            html += QStringLiteral("</table>\n");
            break;
        case BriefBlock::Kind::Image:
            html += QStringLiteral("<figure") + langAttr(b) + QStringLiteral("><img src=\"") + imageUri(b.image)
                    + QStringLiteral("\" alt=\"") + escape(b.text) + QStringLiteral("\"><figcaption class=\"caption\">")
                    + escape(b.text) + QStringLiteral("</figcaption></figure>\n");
            break;
        case BriefBlock::Kind::PageBreak:
            html += QStringLiteral("<hr class=\"page\">\n");
            break;
        }
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

} // namespace cb
