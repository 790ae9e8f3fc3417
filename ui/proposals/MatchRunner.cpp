// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchRunner.h"

#include "matching/Matcher.h"

#include <QDate>
#include <QElapsedTimer>
#include <QMetaObject>
#include <QThread>

namespace cb::ui {

MatchRunner::MatchRunner(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const MatchOutcome>>("std::shared_ptr<const cb::ui::MatchOutcome>");
}

MatchRunner::~MatchRunner()
{
    cancel();
    m_retired.append(m_thread);
    for (QThread* thread : std::as_const(m_retired)) {
        if (thread) {
            thread->wait();
            delete thread;
        }
    }
}

void MatchRunner::start(const WorkspaceData& data, const MatchSettings& settings)
{
    cancel();
    const int generation = ++m_generation;
    auto cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelFlag;
    auto snapshot = std::make_shared<const WorkspaceData>(data);
    QPointer<MatchRunner> self(this);
    QThread* thread = QThread::create([self, generation, cancelFlag, snapshot, settings] {
        QElapsedTimer timer;
        timer.start();
        auto outcome = std::make_shared<MatchOutcome>();
        outcome->data = snapshot;
        outcome->settings = settings;
        auto report = [self, generation](int percent) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, percent] {
                    if (self && generation == self->m_generation)
                        emit self->progress(percent);
                },
                Qt::QueuedConnection);
        };
        outcome->result = Matcher::run(*snapshot, settings, QDate::currentDate(), cancelFlag.get(), report);
        if (!outcome->result.cancelled && outcome->result.error.isEmpty()) {
            for (int index : outcome->result.proposals) {
                if (cancelFlag->load()) {
                    outcome->result.cancelled = true;
                    break;
                }
                outcome->proposals.append(summarisePair(outcome->result, index));
            }
        }
        outcome->elapsedMs = timer.elapsed();
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, outcome] {
                if (self)
                    self->collect(generation, outcome);
            },
            Qt::QueuedConnection);
    });
    // A superseded run was told to stop; its thread is collected when it ends, or at the latest on destruction.
    if (m_thread)
        m_retired.append(m_thread);
    for (auto it = m_retired.begin(); it != m_retired.end();) {
        if ((*it)->isFinished()) {
            delete *it;
            it = m_retired.erase(it);
        } else {
            ++it;
        }
    }
    m_thread = thread;
    thread->start();
    emit started();
}

void MatchRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void MatchRunner::collect(int generation, std::shared_ptr<MatchOutcome> outcome)
{
    if (generation != m_generation)
        return; // a newer run is under way
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    if (outcome->result.cancelled) {
        emit cancelled();
        return;
    }
    if (!outcome->result.error.isEmpty()) {
        emit failed(outcome->result.error);
        return;
    }
    emit finished(outcome);
}

} // namespace cb::ui
