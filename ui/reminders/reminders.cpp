#include "reminders/reminders.h"

#include "backgroundtask.h"
#include "domain/reminderdigest.h"
#include "reminders/notifier.h"
#include "services/calendarservice.h"
#include "services/workerconnection.h"
#include "storage/database.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kEnabledKey = u"reminders/enabled"_s;
const QString kTimeKey = u"reminders/time"_s;

} // namespace

Reminders::Reminders(Notifier &notifier, Clock clock, QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_clock(std::move(clock))
    , m_task(std::make_unique<BackgroundTask>())
{
    connect(m_task.get(), &BackgroundTask::finished, this, &Reminders::onRead);
    connect(&m_notifier, &Notifier::activated, this, &Reminders::openRequested);
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Reminders::checkTime);
    m_timer.start();
}

Reminders::~Reminders()
{
    m_task->disconnect(this);
}

bool Reminders::isEnabled()
{
    return QSettings().value(kEnabledKey, true).toBool();
}

void Reminders::setEnabled(bool enabled)
{
    QSettings().setValue(kEnabledKey, enabled);
}

QTime Reminders::timeOfDay()
{
    const QTime time = QTime::fromString(QSettings().value(kTimeKey).toString(), u"HH:mm"_s);
    return time.isValid() ? time : QTime(9, 0);
}

void Reminders::setTimeOfDay(const QTime &time)
{
    QSettings().setValue(kTimeKey, time.toString(u"HH:mm"_s));
}

void Reminders::setDatabase(Database *database)
{
    m_db = database;
    m_reading.reset(); // a read still going is of the database before
    if (!m_db || !isEnabled())
        return;
    // The reminder at opening stands for today's at the time of day when that has passed.
    const QDateTime now = m_clock();
    if (now.time() >= timeOfDay())
        m_remindedOn = now.date();
    remindNow();
}

void Reminders::checkTime()
{
    if (!m_db || !isEnabled())
        return;
    const QDateTime now = m_clock();
    if (now.time() < timeOfDay() || m_remindedOn == now.date())
        return;
    m_remindedOn = now.date();
    remindNow();
}

void Reminders::remindNow()
{
    if (!m_db)
        return;
    if (m_task->isRunning()) {
        m_readAgain = true;
        return;
    }
    read();
}

void Reminders::read()
{
    auto reading = std::make_shared<Result<QList<CalendarItem>>>(Error { QString() });
    m_reading = reading;
    // On a server, the signed-in person's accounts; in a file, everyone's.
    const std::optional<qint64> managerId = m_db->session().userId;
    const QDateTime now = m_clock();
    const WorkerConnection connection(*m_db);
    m_task->start([connection, reading, managerId, now](const BackgroundTask::Reporter &) {
        *reading = connection.run<QList<CalendarItem>>([&](Database &db) {
            return CalendarService(db).items(now, ReminderDigest::weekDays, managerId);
        });
    });
}

void Reminders::onRead()
{
    if (m_readAgain) {
        m_readAgain = false;
        remindNow();
        return;
    }
    if (!m_reading)
        return;
    const auto reading = std::move(m_reading);
    if (!*reading)
        return; // a reminder is a courtesy: a failed read is told where the data is shown
    const auto digest = ReminderDigest::of(**reading, m_clock());
    if (!digest) {
        emit reminded({}, {});
        return;
    }
    m_notifier.notify(digest->title, digest->body);
    emit reminded(digest->title, digest->body);
}

bool Reminders::waitForDone(int timeoutMs)
{
    return !m_task->isRunning() || m_task->waitForDone(timeoutMs);
}

} // namespace cd
