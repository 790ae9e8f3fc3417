// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BriefBuilder.h"
#include "BriefExporter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace cb {

struct MatchResult;

/** What a batch export did: the files written and every failure, by file. */
struct BriefBatchResult
{
    struct Failure
    {
        QString file;  ///< the file name that could not be written
        QString error; ///< translated reason
    };
    QStringList written; ///< full paths, in pair order
    QList<Failure> failures;
    bool cancelled = false;

    bool ok() const { return failures.isEmpty() && !cancelled; }
};

/**
 * Writes the briefs of several pairs into one folder, one file per pair under BriefExporter::fileName(). Each
 * file is written atomically; a failure is recorded for its file and the batch goes on, so the caller can report
 * every one. Cancelling stops before the next file.
 */
class BriefBatch
{
public:
    using Progress = std::function<void(int done, int total, const QString& file)>;

    static BriefBatchResult run(const MatchResult& result, const QList<int>& pairIndices, const QString& directory,
                                const BriefOptions& options, BriefFormat format,
                                QPageSize::PageSizeId paper = QPageSize::A4, const Progress& progress = {},
                                const std::atomic<bool>* cancel = nullptr);
};

} // namespace cb
