#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace cd {

/// Runs one function on its own thread so the UI thread never waits, with progress and
/// Cancel. The function gets a Reporter: report() passes progress to the UI thread (queued)
/// and returns false once cancel() was called. finished() comes on the UI thread after the
/// function has returned; the task can then be deleted.
///
/// Work that touches the database opens its own connection in the function
/// (Database::reopen()), as Qt SQL connections belong to the thread that opened them.
class BackgroundTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundTask)

public:
    class Reporter
    {
    public:
        /// Progress from 0 to 100; false when the user asked to cancel.
        bool report(int percent) const;
        /// The same with a sentence saying what is being done (e.g. a progress dialog's
        /// label); only changes cross to the UI thread, as phaseChanged().
        bool report(int percent, const QString &phase) const;
        bool cancelled() const { return m_task->m_cancel.load(); }
        /// The cancel flag itself, for work that reads one (SampleGenerator::generate).
        const std::atomic_bool *cancelFlag() const { return &m_task->m_cancel; }

    private:
        friend class BackgroundTask;
        explicit Reporter(BackgroundTask *task) : m_task(task) { }
        BackgroundTask *m_task;
    };

    using Work = std::function<void(const Reporter &)>;

    explicit BackgroundTask(QObject *parent = nullptr);
    /// Cancels work still going and waits for it.
    ~BackgroundTask() override;

    /// Starts `work`; false when a run is still going.
    bool start(Work work);
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread != nullptr; }
    bool wasCancelled() const { return m_cancel.load(); }
    /// The thread the last run ran in; only to compare (it is gone once finished() came).
    const QThread *lastThread() const { return m_lastThread; }
    /// Handles events until the run has finished and finished() has been delivered, or
    /// `timeoutMs` have passed (tests and benchmarks); false on the timeout. Sleeps between
    /// events: a busy wait would take a core from the work.
    bool waitForDone(int timeoutMs);

signals:
    void progressChanged(int percent);
    /// The phase of Reporter::report(percent, phase) when it changed (after progressChanged).
    void phaseChanged(const QString &phase);
    void finished();

private:
    void onThreadFinished();

    std::atomic_bool m_cancel = false;
    std::atomic_int m_lastPercent = -1;
    QThread *m_thread = nullptr;
    const QThread *m_lastThread = nullptr;
    QString m_lastPhase; ///< touched only by the running work's thread
};

} // namespace cd
