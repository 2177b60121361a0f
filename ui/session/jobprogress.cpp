#include "session/jobprogress.h"

#include "backgroundtask.h"
#include "windowtexts.h"

#include <QProgressDialog>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace cd {

JobProgress::JobProgress(Session &session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
    connect(&session, &Session::jobStarted, this, &JobProgress::onStarted);
    connect(&session, &Session::jobCancelling, this, &JobProgress::onCancelling);
    connect(&session, &Session::jobFinished, this, &JobProgress::onFinished);
}

QProgressDialog *JobProgress::dialog(Session::Job job) const
{
    return m_dialogs[int(job)];
}

QProgressDialog *JobProgress::createDialog(const QString &title, const QString &cancelName)
{
    auto *progress
        = new QProgressDialog(WindowTexts::tr("Preparing…"), QString(), 0, 100, m_window);
    // Our own button, so that it can be disabled (not deleted) once pressed.
    auto *cancel = new QPushButton(WindowTexts::tr("Cancel"), progress);
    cancel->setObjectName(cancelName);
    progress->setCancelButton(cancel);
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumWidth(progress->fontMetrics().averageCharWidth() * 60);
    // Keep the dialog up after Cancel until the worker has actually stopped. QProgressDialog
    // ties canceled() to its own cancel() (which hides it) with a string-based connect, which
    // only a string-based disconnect undoes.
    disconnect(progress, SIGNAL(canceled()), progress, SLOT(cancel()));
    return progress;
}

void JobProgress::onStarted(Session::Job job, const QString &text)
{
    QProgressDialog *progress = nullptr;
    switch (job) {
    case Session::Job::Sample: {
        progress
            = createDialog(WindowTexts::tr("Creating Sample Portfolio"), u"cancelSampleButton"_s);
        const auto cancel = [this] {
            m_session.cancelSampleGeneration();
        };
        connect(progress, &QProgressDialog::canceled, this, cancel);
        connect(progress, &QDialog::rejected, this, cancel);
        BackgroundTask *task = m_session.sampleTask();
        connect(task, &BackgroundTask::progressChanged, progress, [progress, task](int percent) {
            if (!task->wasCancelled())
                progress->setValue(std::clamp(percent, 0, 100));
        });
        connect(task, &BackgroundTask::phaseChanged, progress,
                [progress, task](const QString &phase) {
                    if (!task->wasCancelled() && !phase.isEmpty())
                        progress->setLabelText(phase);
                });
        break;
    }
    case Session::Job::Export: {
        progress = createDialog(WindowTexts::tr("Exporting"), u"cancelExportButton"_s);
        progress->setLabelText(text);
        const auto cancel = [this] {
            m_session.cancelExport();
        };
        connect(progress, &QProgressDialog::canceled, this, cancel);
        connect(progress, &QDialog::rejected, this, cancel);
        connect(m_session.exportTask(), &BackgroundTask::progressChanged, progress,
                &QProgressDialog::setValue);
        break;
    }
    case Session::Job::Restore:
        progress = new QProgressDialog(text, QString(), 0, 0, m_window);
        progress->setWindowTitle(WindowTexts::tr("Restore from Backup"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(0);
        progress->show();
        m_dialogs[int(job)] = progress;
        return;
    }
    progress->setValue(0);
    progress->show();
    m_dialogs[int(job)] = progress;
}

void JobProgress::onCancelling(Session::Job job)
{
    QProgressDialog *progress = m_dialogs[int(job)];
    if (!progress)
        return;
    progress->setLabelText(WindowTexts::tr("Cancelling…"));
    if (job == Session::Job::Sample) {
        if (auto *cancel = progress->findChild<QPushButton *>(u"cancelSampleButton"_s))
            cancel->setEnabled(false); // nothing more to press
    }
    progress->show(); // Escape hides it; the run is not over yet
}

void JobProgress::onFinished(Session::Job job)
{
    if (QProgressDialog *progress = m_dialogs[int(job)]) {
        progress->hide();
        progress->deleteLater();
    }
}

} // namespace cd
