#pragma once

#include "sample/samplegenerator.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;

namespace cd {

class Database;
class SampleWorker;

/// Creates a sample portfolio on a worker thread (a QThread with a SampleWorker), so the
/// UI thread never waits for it. One run at a time; cancel() may be called at any moment.
class SampleRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleRunner)

public:
    explicit SampleRunner(QObject *parent = nullptr);
    /// Cancels a run still going and waits for its thread.
    ~SampleRunner() override;

    /// Starts generating into the database `source` is connected to; `source` must stay
    /// alive until finished(). Returns false if a run is already going.
    bool start(const Database &source, const SampleOptions &options);
    void cancel();

    bool isRunning() const { return m_thread != nullptr; }
    bool wasCancelled() const { return m_cancel.load(); }
    /// The thread the last finished run generated in.
    QThread *lastWorkerThread() const { return m_lastWorkerThread; }

signals:
    void progressChanged(int percent, const QString &phase);
    /// The outcome: a summary of what was created, or the error (also after a cancel).
    void finished(bool ok, const QString &message);

private:
    void onWorkerFinished(bool ok, const QString &message);
    void stopThread();

    std::atomic_bool m_cancel = false;
    QThread *m_thread = nullptr;
    QPointer<SampleWorker> m_worker;
    QThread *m_lastWorkerThread = nullptr;
};

} // namespace cd
