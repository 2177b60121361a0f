#include "reminders/calendarfeed.h"

#include "backgroundtask.h"
#include "services/calendarservice.h"
#include "services/workerconnection.h"
#include "storage/database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kEnabledKey = u"calendar/keepFile"_s;

} // namespace

CalendarFeed::CalendarFeed(QObject *parent)
    : QObject(parent), m_task(std::make_unique<BackgroundTask>())
{
    connect(m_task.get(), &BackgroundTask::finished, this, &CalendarFeed::onWritten);
    m_timer.setInterval(intervalMinutes * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &CalendarFeed::writeNow);
    m_timer.start();
}

CalendarFeed::~CalendarFeed()
{
    m_task->disconnect(this);
}

bool CalendarFeed::isEnabled()
{
    return QSettings().value(kEnabledKey, false).toBool();
}

void CalendarFeed::setEnabled(bool enabled)
{
    QSettings().setValue(kEnabledKey, enabled);
}

QString CalendarFeed::path()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"deadlines.ics"_s);
}

void CalendarFeed::setDatabase(Database *database)
{
    m_db = database;
    m_writing.reset(); // a write still going is of the database before
    writeNow();
}

void CalendarFeed::writeNow()
{
    if (!m_db || !isEnabled())
        return;
    if (m_task->isRunning()) {
        m_writeAgain = true;
        return;
    }
    auto writing = std::make_shared<Status>();
    m_writing = writing;
    const std::optional<qint64> managerId = m_db->session().userId;
    const QString managerName = managerId ? m_db->session().userName : QString();
    const QString file = path();
    const WorkerConnection connection(*m_db);
    m_task->start(
        [connection, writing, managerId, managerName, file](const BackgroundTask::Reporter &) {
            QDir().mkpath(QFileInfo(file).absolutePath());
            const auto done = connection.run<CalendarService::Written>([&](Database &db) {
                return CalendarService(db).writeFile(file, QDateTime::currentDateTime(),
                                                     CalendarService::defaultDays, managerId,
                                                     managerName);
            });
            *writing = done ? Status() : Status(Error { done.error() });
        });
}

void CalendarFeed::onWritten()
{
    if (m_writeAgain) {
        m_writeAgain = false;
        writeNow();
        return;
    }
    if (!m_writing)
        return;
    const auto writing = std::move(m_writing);
    emit written(writing->ok() ? QString() : writing->error());
}

bool CalendarFeed::waitForDone(int timeoutMs)
{
    return !m_task->isRunning() || m_task->waitForDone(timeoutMs);
}

} // namespace cd
