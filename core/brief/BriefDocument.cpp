// SPDX-License-Identifier: GPL-3.0-or-later
#include "BriefDocument.h"

namespace cb {

QStringList BriefDocument::sectionKeys() const
{
    QStringList keys;
    for (const BriefBlock& b : blocks) {
        if (b.kind == BriefBlock::Kind::Heading)
            keys.append(b.key);
    }
    return keys;
}

QString BriefDocument::toText() const
{
    QString out;
    for (const BriefBlock& b : blocks) {
        switch (b.kind) {
        case BriefBlock::Kind::Title:
            out += QStringLiteral("= ") + b.text + QLatin1Char('\n');
            break;
        case BriefBlock::Kind::Subtitle:
            out += QStringLiteral("~ ") + b.text + QLatin1Char('\n');
            break;
        case BriefBlock::Kind::Heading:
            out += QStringLiteral("\n## [") + b.key + QStringLiteral("] ") + b.text + QLatin1Char('\n');
            break;
        case BriefBlock::Kind::Paragraph:
            out += b.text + QLatin1Char('\n');
            break;
        case BriefBlock::Kind::Bullets:
            for (const QString& item : b.items)
                out += QStringLiteral("- ") + item + QLatin1Char('\n');
            break;
        case BriefBlock::Kind::Table:
            for (const QStringList& row : b.rows)
                out += QStringLiteral("| ") + row.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
            break;
        case BriefBlock::Kind::Image:
            out += QStringLiteral("[image %1x%2] ").arg(b.image.width()).arg(b.image.height()) + b.text
                   + QLatin1Char('\n');
            break;
        case BriefBlock::Kind::PageBreak:
            out += QStringLiteral("\n----\n");
            break;
        }
    }
    return out;
}

} // namespace cb
