#pragma once

#include "result.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace cd {

class BackgroundTask;
class Database;

/// The calendar file kept up to date (issue 29): when it is on, ClientDesk writes the deadlines
/// (CalendarService: 180 days ahead and the missed ones) to one file in its data folder when a
/// database opens and every 15 minutes while it runs, so a calendar program (Thunderbird,
/// Evolution, GNOME Calendar) subscribes to that file once. On a server, the accounts the
/// signed-in person manages; in a file, every account. On/off is this user's preference on
/// this computer. Written off the UI thread, whole or not at all.
class CalendarFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarFeed)

public:
    static constexpr int intervalMinutes = 15;

    explicit CalendarFeed(QObject *parent = nullptr);
    ~CalendarFeed() override;

    /// The database to write of (null: none); written at once when on.
    void setDatabase(Database *database);
    /// Writes the file now, if on and a database is open.
    void writeNow();
    /// Waits for a write still going (tests); false on the timeout.
    bool waitForDone(int timeoutMs);

    static bool isEnabled();
    static void setEnabled(bool enabled);
    /// Where the file is kept: deadlines.ics in ClientDesk's data folder.
    static QString path();

signals:
    /// A write ended: `error` is empty when the file was written.
    void written(const QString &error);

private:
    void onWritten();

    Database *m_db = nullptr;
    std::unique_ptr<BackgroundTask> m_task;
    std::shared_ptr<Status> m_writing;
    bool m_writeAgain = false;
    QTimer m_timer;
};

} // namespace cd
