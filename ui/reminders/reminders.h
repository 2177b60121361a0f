#pragma once

#include "domain/calendaritem.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTime>
#include <QTimer>

#include <functional>
#include <memory>

namespace cd {

class BackgroundTask;
class Database;
class Notifier;

/// Reminders on the desktop (issue 29): once when a database opens and once a day at a time
/// of day the user chooses while the app runs, the missed items and those due today (and the
/// coming week's notice deadlines), grouped by kind (ReminderDigest), through a Notifier.
/// Clicking it asks to open the worklist. On a server each person is reminded of the accounts
/// they manage; in a file of every account. Whether to remind and when are this user's
/// preferences on this computer, not the database's. The items are read off the UI thread.
class Reminders final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reminders)

public:
    /// The time now; a test's clock in tests.
    using Clock = std::function<QDateTime()>;

    Reminders(Notifier &notifier, Clock clock, QObject *parent = nullptr);
    ~Reminders() override;

    /// The database to remind of (null: none). A database is reminded of when set, if on.
    void setDatabase(Database *database);

    /// Reminds when today's time of day has come and today's reminder at it has not been
    /// given yet (a minute timer calls it).
    void checkTime();
    /// Reads the items and notifies, if any need attention.
    void remindNow();
    /// Waits for a read still going (tests); false on the timeout.
    bool waitForDone(int timeoutMs);

    static bool isEnabled();
    static void setEnabled(bool enabled);
    static QTime timeOfDay();
    static void setTimeOfDay(const QTime &time);

signals:
    /// The user clicked a reminder: show the worklist.
    void openRequested();
    /// A reminder was given (`title`, `body`), or none was needed (empty texts).
    void reminded(const QString &title, const QString &body);

private:
    void read();
    void onRead();

    Notifier &m_notifier;
    Clock m_clock;
    Database *m_db = nullptr;
    std::unique_ptr<BackgroundTask> m_task;
    std::shared_ptr<Result<QList<CalendarItem>>> m_reading;
    bool m_readAgain = false;
    QDate m_remindedOn; ///< the day whose time-of-day reminder has been given
    QTimer m_timer;
};

} // namespace cd
