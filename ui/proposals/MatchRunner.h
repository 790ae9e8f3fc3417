// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MatchOutcome.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;

namespace cb::ui {

/**
 * Runs the matcher off the UI thread. start() cancels a run still going and begins a new one on a copy of the
 * workspace; only the latest run reports finished(). The window stays responsive throughout.
 */
class MatchRunner : public QObject
{
    Q_OBJECT

public:
    explicit MatchRunner(QObject* parent = nullptr);
    ~MatchRunner() override;

    void start(const WorkspaceData& data, const MatchSettings& settings);
    /** Asks the running computation to stop; it reports cancelled(). */
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void started();
    void progress(int percent);
    void finished(std::shared_ptr<const cb::ui::MatchOutcome> outcome);
    void failed(const QString& message);
    void cancelled();

private:
    void collect(int generation, std::shared_ptr<MatchOutcome> outcome);

    QThread* m_thread = nullptr;
    QList<QThread*> m_retired;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    int m_generation = 0;
};

} // namespace cb::ui
