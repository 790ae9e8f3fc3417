// SPDX-License-Identifier: GPL-3.0-or-later
#include "BriefBatch.h"

#include "io/SafeFileName.h"
#include "matching/MatchResult.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace cb {

BriefBatchResult BriefBatch::run(const MatchResult& result, const QList<int>& pairIndices, const QString& directory,
                                 const BriefOptions& options, BriefFormat format, QPageSize::PageSizeId paper,
                                 const Progress& progress, const std::atomic<bool>* cancel)
{
    BriefBatchResult out;
    const QDir dir(directory);
    // A folder that cannot be made fails every file below; each is still reported by name.
    const bool haveDir = QDir().mkpath(directory) && QFileInfo(directory).isDir();
    int done = 0;
    QSet<QString> taken;
    for (int index : pairIndices) {
        if (cancel && cancel->load()) {
            out.cancelled = true;
            break;
        }
        QString name;
        if (result.context && index >= 0 && index < int(result.pairs.size())) {
            const ScoredPair& pair = result.pairs[std::size_t(index)];
            name = BriefExporter::fileName(result.context->data(), pair.actorA, pair.actorB, options.language, format);
        } else {
            name = QStringLiteral("pair-%1").arg(index);
        }
        QString error;
        // Every name is made safe and must land in the chosen folder itself, never above or beside it.
        name = safefile::safeFileName(name, QStringLiteral("pair-%1").arg(index));
        // Two pairs whose names read the same (or only differ in case) must not overwrite each other's brief.
        if (taken.contains(name.toLower())) {
            const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
            const QString stem = dot > 0 ? name.left(dot) : name;
            const QString suffix = dot > 0 ? name.mid(dot) : QString();
            for (int n = 2; taken.contains(name.toLower()); ++n)
                name = stem + QLatin1Char('-') + QString::number(n) + suffix;
        }
        taken.insert(name.toLower());
        QString path = haveDir ? safefile::pathInFolder(directory, name, &error) : dir.filePath(name);
        if (!haveDir) {
            error = QCoreApplication::translate("cb::BriefBatch", "Cannot create the folder %1.")
                        .arg(QDir::toNativeSeparators(directory));
        } else if (path.isEmpty()) {
            path = dir.filePath(name); // reported by name below, never written
        } else {
            const BriefDocument document = BriefBuilder::build(result, index, options, &error);
            if (!document.blocks.isEmpty() && BriefExporter::writeFile(path, document, format, paper, &error))
                out.written.append(path);
        }
        if (!out.written.contains(path))
            out.failures.append({name, error});
        ++done;
        if (progress)
            progress(done, int(pairIndices.size()), name);
    }
    return out;
}

} // namespace cb
