#include "backgroundtask.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cd {

bool BackgroundTask::Reporter::report(int percent) const
{
    // Only changes cross to the UI thread: a worker may report thousands of times.
    if (m_task->m_lastPercent.exchange(percent) != percent) {
        QMetaObject::invokeMethod(
            m_task, [task = m_task, percent] { emit task->progressChanged(percent); },
            Qt::QueuedConnection);
    }
    return !m_task->m_cancel.load();
}

bool BackgroundTask::Reporter::report(int percent, const QString &phase) const
{
    const bool percentChanged = m_task->m_lastPercent.exchange(percent) != percent;
    const bool phaseChanged = m_task->m_lastPhase != phase;
    if (phaseChanged)
        m_task->m_lastPhase = phase;
    if (percentChanged || phaseChanged) {
        QMetaObject::invokeMethod(
            m_task,
            [task = m_task, percent, phase, percentChanged, phaseChanged] {
                if (percentChanged)
                    emit task->progressChanged(percent);
                if (phaseChanged)
                    emit task->phaseChanged(phase);
            },
            Qt::QueuedConnection);
    }
    return !m_task->m_cancel.load();
}

BackgroundTask::BackgroundTask(QObject *parent) : QObject(parent) { }

BackgroundTask::~BackgroundTask()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool BackgroundTask::waitForDone(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wake;
    wake.start(20);
    while (isRunning() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    QCoreApplication::processEvents();
    return !isRunning();
}

bool BackgroundTask::start(Work work)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_lastPercent = -1;
    m_lastPhase.clear();
    m_thread = QThread::create([this, work = std::move(work)] { work(Reporter(this)); });
    m_thread->setObjectName(u"BackgroundTask"_s);
    m_lastThread = m_thread;
    connect(m_thread, &QThread::finished, this, &BackgroundTask::onThreadFinished);
    m_thread->start();
    return true;
}

void BackgroundTask::onThreadFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    emit finished();
}

} // namespace cd
