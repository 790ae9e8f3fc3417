// SPDX-License-Identifier: GPL-3.0-or-later
#include "BriefBatch.h"

#include "matching/MatchResult.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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
        const QString path = dir.filePath(name);
        QString error;
        if (!haveDir) {
            error = QCoreApplication::translate("cb::BriefBatch", "Cannot create the folder %1.")
                        .arg(QDir::toNativeSeparators(directory));
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
