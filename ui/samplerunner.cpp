#include "samplerunner.h"

#include "sampleworker.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace cd {

SampleRunner::SampleRunner(QObject *parent) : QObject(parent) { }

SampleRunner::~SampleRunner()
{
    m_cancel = true;
    stopThread();
}

bool SampleRunner::start(const Database &source, const SampleOptions &options)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_thread = new QThread;
    m_thread->setObjectName(u"SampleGenerator"_s);
    auto *worker = new SampleWorker(source, options, m_cancel);
    worker->moveToThread(m_thread);
    m_worker = worker;
    // started is emitted in the new thread, where the worker lives: run() executes there.
    connect(m_thread, &QThread::started, worker, &SampleWorker::run);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SampleWorker::progressChanged, this, &SampleRunner::progressChanged);
    connect(worker, &SampleWorker::finished, this, &SampleRunner::onWorkerFinished);
    m_thread->start();
    return true;
}

void SampleRunner::cancel()
{
    m_cancel = true;
}

void SampleRunner::onWorkerFinished(bool ok, const QString &message)
{
    if (m_worker)
        m_lastWorkerThread = m_worker->ranIn();
    stopThread();
    emit finished(ok, message);
}

void SampleRunner::stopThread()
{
    if (!m_thread)
        return;
    // run() has returned or will soon (cancel is set); the thread then leaves its event loop.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace cd
