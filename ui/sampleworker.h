#pragma once

#include "sample/samplegenerator.h"

#include <QObject>

#include <atomic>

class QThread;

namespace cd {

class Database;

/// Runs a SampleGenerator in the thread it lives in, on its own connection to the database,
/// and reports progress and the outcome through queued signals.
class SampleWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleWorker)

public:
    /// `source` is the UI's database: only reopen() is called on it, from the worker thread,
    /// and it must outlive the run. `cancel` is read while generating.
    SampleWorker(const Database &source, SampleOptions options, const std::atomic_bool &cancel);

    /// Generates; emits finished() once, whatever happens.
    void run();

    /// The thread run() ran in (valid once finished() was emitted).
    QThread *ranIn() const { return m_ranIn; }

signals:
    void progressChanged(int percent, const QString &phase);
    void finished(bool ok, const QString &message);

private:
    const Database &m_source;
    SampleOptions m_options;
    const std::atomic_bool &m_cancel;
    QThread *m_ranIn = nullptr;
};

} // namespace cd
