// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace cb {

/** One block of a brief: a title, a heading, a paragraph, a list, a table, a picture or a page break. */
struct BriefBlock
{
    enum class Kind { Title, Subtitle, Heading, Paragraph, Bullets, Table, Image, PageBreak };
    Kind kind = Kind::Paragraph;
    QString key;      ///< stable section key on headings (summary, score, interests, ...), for tests and styling
    QString language; ///< en, zh or es: selects the font and the HTML lang attribute
    QString text;     ///< title, heading, paragraph or picture caption
    QStringList items;      ///< bullet items
    QList<QStringList> rows; ///< table rows; the first row is the header row
    QImage image;
};

/**
 * A pairing brief as plain values, independent of any output format: what the HTML, PDF and ODT writers render and
 * what the golden tests compare. Every text is already in the brief's language; nothing is looked up later.
 */
struct BriefDocument
{
    QString title;         ///< the first title, for window titles and PDF metadata
    QStringList languages; ///< the brief languages in order (two for a bilingual brief)
    QList<BriefBlock> blocks;

    /** Section keys in order (the keys of the heading blocks). */
    QStringList sectionKeys() const;
    /** A plain-text dump, one block after another, stable for golden files (a picture as its caption and size). */
    QString toText() const;
};

} // namespace cb
