// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafeFileName.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace cb::safefile {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::safefile", text);
}

bool forbidden(char32_t c)
{
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) // control characters, NUL included
        return true;
    switch (c) {
    case U'/':
    case U'\\':
    case U':':
    case U'*':
    case U'?':
    case U'"':
    case U'<':
    case U'>':
    case U'|':
    case 0x2028: // line and paragraph separators
    case 0x2029:
    case 0x202e: // right-to-left override: would make "gpj.exe" look like "exe.jpg"
    case 0xfeff:
        return true;
    default:
        return false;
    }
}

/** CON, PRN, AUX, NUL, COM1-9, LPT1-9, alone or before a dot (Windows opens the device for "con.txt" too). */
bool isWindowsDevice(const QString& name)
{
    static const QRegularExpression device(QStringLiteral("^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\\..*)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return device.match(name.trimmed()).hasMatch();
}

/** The longest prefix of text whose UTF-8 form fits in bytes, never cutting a surrogate pair. */
QString fitBytes(const QString& text, int bytes)
{
    QString out;
    int used = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const int size = int(text.mid(i, length).toUtf8().size());
        if (used + size > bytes)
            break;
        out += text.mid(i, length);
        used += size;
        i += length - 1;
    }
    return out;
}

QString clean(const QString& name, int maxBytes)
{
    QString out;
    bool dash = false;
    for (char32_t c : name.toUcs4()) {
        if (forbidden(c)) {
            dash = true;
            continue;
        }
        if (dash && !out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
        dash = false;
        out += QString::fromUcs4(&c, 1);
    }
    // No hidden files, no "." or "..", and Windows drops trailing dots and spaces on its own.
    while (!out.isEmpty() &&
           (out.front() == QLatin1Char('.') || out.front().isSpace() || out.front() == QLatin1Char('-')))
        out.remove(0, 1);
    while (!out.isEmpty() && (out.back() == QLatin1Char('.') || out.back().isSpace() || out.back() == QLatin1Char('-')))
        out.chop(1);
    if (isWindowsDevice(out))
        out.prepend(QLatin1Char('_'));
    if (out.toUtf8().size() > maxBytes) {
        // Keep a short suffix (".pdf") so that the file still opens with the right program.
        const qsizetype dot = out.lastIndexOf(QLatin1Char('.'));
        const QString suffix = dot > 0 && out.size() - dot <= 8 ? out.mid(dot) : QString();
        const int suffixBytes = int(suffix.toUtf8().size());
        out = fitBytes(out.left(out.size() - suffix.size()), maxBytes - suffixBytes);
        while (!out.isEmpty() && (out.back() == QLatin1Char('.') || out.back().isSpace()))
            out.chop(1);
        out += suffix;
    }
    return out;
}

} // namespace

QString safeFileName(const QString& name, const QString& fallback, int maxBytes)
{
    maxBytes = std::max(16, maxBytes);
    QString out = clean(name, maxBytes);
    if (out.isEmpty() && !fallback.isEmpty())
        out = clean(fallback, maxBytes);
    return out.isEmpty() ? QStringLiteral("unnamed") : out;
}

QString pathInFolder(const QString& folder, const QString& fileName, QString* error)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return QString();
    };
    const QString canonicalFolder = QFileInfo(folder).canonicalFilePath();
    if (canonicalFolder.isEmpty() || !QFileInfo(canonicalFolder).isDir())
        return fail(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    if (fileName.isEmpty() || fileName == QLatin1String(".") || fileName == QLatin1String("..") ||
        fileName.contains(QLatin1Char('/')) || fileName.contains(QLatin1Char('\\')) || fileName.contains(QChar(0)))
        return fail(
            tr("The file name “%1” would leave the folder %2.").arg(fileName, QDir::toNativeSeparators(folder)));
    const QString path = QDir(canonicalFolder).filePath(fileName);
    // The parent of the final path, with every symbolic link resolved, must be the chosen folder itself.
    const QFileInfo target(path);
    const QString parent = QFileInfo(target.absolutePath()).canonicalFilePath();
    // An existing symbolic link at that name would have the file written wherever it points.
    if (parent != canonicalFolder || target.isSymLink())
        return fail(
            tr("The file name “%1” would leave the folder %2.").arg(fileName, QDir::toNativeSeparators(folder)));
    return path;
}

} // namespace cb::safefile
