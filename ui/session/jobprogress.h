#pragma once

#include "session/session.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace cd {

/// The progress dialogs of the session's jobs, window-modal over `window`: a sample portfolio
/// (progress with its phase, Cancel), an export (progress, Cancel) and a restore (busy, no
/// Cancel, as the swap must not stop half-way). A dialog stays up after Cancel until the
/// work has stopped.
class JobProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobProgress)

public:
    JobProgress(Session &session, QWidget *window);

    /// The dialog of a job going on, or null.
    QProgressDialog *dialog(Session::Job job) const;

private:
    void onStarted(Session::Job job, const QString &text);
    void onCancelling(Session::Job job);
    void onFinished(Session::Job job);
    QProgressDialog *createDialog(const QString &title, const QString &cancelName);

    Session &m_session;
    QWidget *m_window;
    QPointer<QProgressDialog> m_dialogs[3];
};

} // namespace cd
