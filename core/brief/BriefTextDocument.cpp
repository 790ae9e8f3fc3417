// SPDX-License-Identifier: GPL-3.0-or-later
#include "BriefTextDocument.h"

#include "BriefDocument.h"
#include "BriefFonts.h"

#include <cmath>

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

namespace cb {

namespace {

const QColor kAccent(0x1f, 0x4e, 0x79);
constexpr int kHeadingProperty = QTextFormat::UserProperty + 1;

QTextCharFormat charFormat(double points, bool bold = false, const QColor& color = QColor(0x22, 0x22, 0x22))
{
    QTextCharFormat f;
    // Latin text and digits from DejaVu Sans: digits set in Noto Sans CJK can come out of Qt's PDF writer without
    // a ToUnicode entry and vanish from pdftotext. Han text falls through to Noto Sans CJK SC.
    f.setFontFamilies({QStringLiteral("DejaVu Sans"), BriefFonts::family()});
    f.setFontPointSize(points);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(color);
    return f;
}

} // namespace

std::unique_ptr<QTextDocument> BriefTextDocument::build(const BriefDocument& document, double textWidth)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont base(BriefFonts::family());
    base.setPointSizeF(10.0);
    doc->setDefaultFont(base);
    doc->setDocumentMargin(0);
    doc->setMetaInformation(QTextDocument::DocumentTitle, document.title);
    QTextCursor cursor(doc.get());
    bool first = true;
    bool breakBefore = false;
    int imageCount = 0;
    // Each block starts a new paragraph; the first one reuses the empty block a new document has.
    auto block = [&](double spaceBefore, double spaceAfter) {
        QTextBlockFormat f;
        f.setTopMargin(spaceBefore);
        f.setBottomMargin(spaceAfter);
        f.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
        if (breakBefore)
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        breakBefore = false;
        if (first)
            cursor.setBlockFormat(f);
        else
            cursor.insertBlock(f);
        first = false;
    };
    for (const BriefBlock& b : document.blocks) {
        switch (b.kind) {
        case BriefBlock::Kind::Title:
            block(0, 4);
            cursor.insertText(b.text, charFormat(18, true, kAccent));
            break;
        case BriefBlock::Kind::Subtitle:
            block(0, 6);
            cursor.insertText(b.text, charFormat(10, false, QColor(0x66, 0x66, 0x66)));
            break;
        case BriefBlock::Kind::Heading:
            block(14, 4);
            {
                QTextBlockFormat f = cursor.blockFormat();
                f.setProperty(kHeadingProperty, true);
                cursor.setBlockFormat(f);
            }
            cursor.insertText(b.text, charFormat(13, true, kAccent));
            break;
        case BriefBlock::Kind::Paragraph:
            block(2, 4);
            cursor.insertText(b.text, charFormat(10));
            break;
        case BriefBlock::Kind::Bullets: {
            QTextListFormat listFormat;
            listFormat.setStyle(QTextListFormat::ListDisc);
            listFormat.setIndent(1);
            QTextList* list = nullptr;
            for (const QString& item : b.items) {
                block(1, 2);
                if (list)
                    list->add(cursor.block());
                else
                    list = cursor.createList(listFormat);
                cursor.insertText(item, charFormat(10));
            }
            break;
        }
        case BriefBlock::Kind::Table: {
            if (b.rows.isEmpty())
                break;
            block(2, 2);
            int columns = 0;
            for (const QStringList& row : b.rows)
                columns = std::max(columns, int(row.size()));
            QTextTableFormat tf;
            tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            tf.setBorder(0.5);
            tf.setBorderBrush(QColor(0xc8, 0xd6, 0xe5));
            tf.setCellPadding(3);
            tf.setCellSpacing(0);
            tf.setBorderCollapse(true);
            tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            tf.setHeaderRowCount(1);
            // Row labels get a fixed share so that words such as "Complementariedad" never break mid-word.
            // The first column holds row labels ("Complementariedad"), which must not break inside a word.
            QList<QTextLength> widths{QTextLength(QTextLength::PercentageLength, columns > 3 ? 30 : 18)};
            for (int c = 1; c < columns; ++c)
                widths.append(QTextLength(QTextLength::PercentageLength, (columns > 3 ? 70.0 : 82.0) / (columns - 1)));
            tf.setColumnWidthConstraints(widths);
            QTextTable* table = cursor.insertTable(int(b.rows.size()), columns, tf);
            for (int r = 0; r < b.rows.size(); ++r) {
                for (int c = 0; c < columns; ++c) {
                    QTextTableCell cell = table->cellAt(r, c);
                    if (r == 0) {
                        QTextCharFormat shade = cell.format();
                        shade.setBackground(QColor(0xe8, 0xee, 0xf5));
                        cell.setFormat(shade);
                    }
                    QTextCursor cellCursor = cell.firstCursorPosition();
                    cellCursor.insertText(b.rows.at(r).value(c), charFormat(9, r == 0 || c == 0));
                }
            }
            cursor.movePosition(QTextCursor::End);
            break;
        }
        case BriefBlock::Kind::Image: {
            block(4, 2);
            auto centre = [&cursor] {
                QTextBlockFormat f = cursor.blockFormat();
                f.setAlignment(Qt::AlignHCenter);
                // Proportional spacing would add a fifth of the picture's height below it.
                f.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
                cursor.setBlockFormat(f);
            };
            centre();
            const QUrl name(QStringLiteral("brief-map-%1.png").arg(++imageCount));
            doc->addResource(QTextDocument::ImageResource, name, b.image);
            QTextImageFormat image;
            image.setName(name.toString());
            // Three quarters of the line: a locator, not a poster; it keeps the summary and map on page one.
            const double width = std::min(textWidth * 0.75, double(b.image.width()));
            image.setWidth(width);
            image.setHeight(width * b.image.height() / std::max(1, b.image.width()));
            cursor.insertImage(image);
            block(0, 4);
            centre();
            cursor.insertText(b.text, charFormat(8.5, false, QColor(0x66, 0x66, 0x66)));
            break;
        }
        case BriefBlock::Kind::PageBreak:
            breakBefore = true;
            break;
        }
    }
    return doc;
}

void BriefTextDocument::keepHeadingsWithText(QTextDocument* document, double minSpace)
{
    const double pageHeight = document->pageSize().height();
    if (pageHeight <= 0)
        return;
    // One heading at a time: each move shifts everything after it, so the layout is read again.
    for (int moves = 0; moves < 64; ++moves) {
        bool moved = false;
        for (QTextBlock b = document->begin(); b.isValid() && !moved; b = b.next()) {
            const QTextBlockFormat format = b.blockFormat();
            if (!format.boolProperty(kHeadingProperty) || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
                continue;
            const QRectF rect = document->documentLayout()->blockBoundingRect(b);
            const double top = std::fmod(rect.top(), pageHeight);
            if (top > 1.0 && pageHeight - top - rect.height() < minSpace) {
                QTextBlockFormat f = format;
                f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(b).setBlockFormat(f);
                moved = true;
            }
        }
        if (!moved)
            break;
    }
    // The incremental relayout after a format change can leave the page count short; lay everything out again.
    document->markContentsDirty(0, document->characterCount());
    document->pageCount();
}

} // namespace cb
