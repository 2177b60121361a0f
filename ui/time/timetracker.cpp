#include "timetracker.h"

#include "services/timeservice.h"
#include "time/stoptimerdialog.h"
#include "time/thisismedialog.h"
#include "userprompts.h"

#include <QDateTime>

namespace cd {

TimeTracker::TimeTracker(UserPrompts &prompts, QObject *parent)
    : QObject(parent), m_prompts(&prompts)
{
    m_askUser = [](Database &database, QWidget *owner) {
        ThisIsMeDialog dialog(database, owner);
        return dialog.exec() == QDialog::Accepted ? dialog.chosenId() : qint64(0);
    };
    m_askStop = [](Database &database, RunningTimer &timer, QString &description, QWidget *owner) {
        StopTimerDialog dialog(database, timer, owner);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        timer.accountId = dialog.accountId();
        timer.contractId = dialog.contractId();
        timer.serviceRequestId = dialog.requestId();
        description = dialog.description();
        return true;
    };
}

TimeTracker::~TimeTracker() = default;

void TimeTracker::setDatabase(Database *database, bool server)
{
    m_db = database;
    m_server = server;
    reload();
}

void TimeTracker::reload()
{
    m_userId = 0;
    m_timer.reset();
    if (m_db) {
        // Two small reads by key: the person and their timer.
        const auto me = TimeService(*m_db).currentUser();
        if (me && *me)
            m_userId = **me;
        if (m_userId != 0) {
            if (const auto timer = TimeService(*m_db).timer(m_userId); timer)
                m_timer = *timer;
        }
    }
    emit userChanged();
    emit timerChanged();
}

void TimeTracker::fail(const QString &text)
{
    m_prompts->message(QMessageBox::Warning, tr("Time"), text);
}

bool TimeTracker::ensureUser(QWidget *parent)
{
    if (!m_db)
        return false;
    if (m_userId != 0)
        return true;
    if (m_server) {
        fail(tr("The signed-in user is not one of the users of this database; ask a manager "
                "to add your login to a user (clientdesk users) before logging time."));
        return false;
    }
    const qint64 chosen = m_askUser(*m_db, parent);
    if (chosen == 0)
        return false;
    if (const Status ok = TimeService(*m_db).setCurrentUser(chosen); !ok) {
        fail(ok.error());
        return false;
    }
    reload();
    return m_userId != 0;
}

qint64 TimeTracker::elapsedSeconds(const QDateTime &now) const
{
    return m_timer ? std::max<qint64>(0, m_timer->startedAt.secsTo(now)) : 0;
}

bool TimeTracker::start(QWidget *parent, qint64 accountId, qint64 contractId, qint64 requestId)
{
    if (!ensureUser(parent))
        return false;
    if (m_timer) {
        fail(tr("A timer is already running; stop it before starting another."));
        return false;
    }
    RunningTimer timer;
    timer.userId = m_userId;
    const QDateTime now = QDateTime::currentDateTime();
    timer.startedAt = now.addMSecs(-now.time().msec()); // whole seconds, as stored
    timer.accountId = accountId;
    timer.contractId = contractId;
    timer.serviceRequestId = requestId;
    if (const Status ok = TimeService(*m_db).startTimer(timer); !ok) {
        fail(ok.error());
        reload(); // another window may have started one
        return false;
    }
    m_timer = timer;
    emit timerChanged();
    return true;
}

bool TimeTracker::stop(QWidget *parent)
{
    if (!m_db || !m_timer)
        return false;
    RunningTimer timer = *m_timer;
    QString description;
    if (timer.accountId == 0 || timer.description.trimmed().isEmpty()) {
        if (!m_askStop(*m_db, timer, description, parent))
            return false;
        if (timer.accountId == 0) {
            fail(tr("Choose the account the time was spent on."));
            return false;
        }
    }
    TimeService service(*m_db);
    if (timer.accountId != m_timer->accountId || timer.contractId != m_timer->contractId
        || timer.serviceRequestId != m_timer->serviceRequestId) {
        // What was chosen now goes with the stored timer; its start stays.
        if (const Status ok = service.updateTimer(timer); !ok) {
            fail(ok.error());
            reload();
            return false;
        }
    }
    const auto stored = service.stopTimer(m_userId, QDateTime::currentDateTime(), description);
    if (!stored) {
        fail(stored.error());
        reload();
        return false;
    }
    m_timer.reset();
    emit timerChanged();
    emit entriesChanged();
    return true;
}

} // namespace cd
