#pragma once

#include "domain/timeentry.h"

#include <QObject>

#include <functional>
#include <optional>

class QWidget;

namespace cd {

class Database;
class UserPrompts;

/// The app's side of time for the person using it: who that is ("this is me" on a file, the
/// signed-in user on a server, TimeService::currentUser) and their running timer, read once
/// when a database opens (the timer's start is stored, so it survives closing the app and a
/// crash). Start and stop come from the Time area, a client's page and the status bar; stopping
/// asks for the description when the timer has none, and the account when it has none.
class TimeTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeTracker)

public:
    /// Messages go to `prompts` (which must outlive the tracker).
    explicit TimeTracker(UserPrompts &prompts, QObject *parent = nullptr);
    ~TimeTracker() override;

    void setPrompts(UserPrompts &prompts) { m_prompts = &prompts; }
    UserPrompts &prompts() const { return *m_prompts; }
    /// The database in use (on a server: the signed-in user is the person), or none: reads the
    /// person and their running timer.
    void setDatabase(Database *database, bool server = false);
    Database *database() const { return m_db; }

    /// The person whose time this app logs; 0 while none is chosen.
    qint64 userId() const { return m_userId; }
    /// Makes sure the person is known: on a file database without one, asks once which user
    /// you are (or to add one). False when none is chosen (a sentence was shown).
    bool ensureUser(QWidget *parent);

    const std::optional<RunningTimer> &timer() const { return m_timer; }
    bool isRunning() const { return m_timer.has_value(); }
    /// Seconds the timer has run at `now` (0 when none runs).
    qint64 elapsedSeconds(const QDateTime &now) const;

    /// Starts a timer on this work (0: not chosen yet, asked when stopping). One runs at most:
    /// refused with a sentence while one runs.
    bool start(QWidget *parent, qint64 accountId = 0, qint64 contractId = 0, qint64 requestId = 0);
    /// Stops the running timer: asks for what is missing, then stores the entry. False when
    /// cancelled or refused (the timer keeps running).
    bool stop(QWidget *parent);

    /// Asks who "me" is: a user id, or 0 when cancelled. Replaceable for tests.
    using UserAsker = std::function<qint64(Database &, QWidget *)>;
    void setUserAsker(UserAsker asker) { m_askUser = std::move(asker); }
    /// Completes the timer before it stops (its account; its description, returned in
    /// `description`); false when cancelled. Replaceable for tests.
    using StopAsker
        = std::function<bool(Database &, RunningTimer &timer, QString &description, QWidget *)>;
    void setStopAsker(StopAsker asker) { m_askStop = std::move(asker); }

signals:
    /// A timer started or stopped (or the database changed).
    void timerChanged();
    /// The person changed.
    void userChanged();
    /// Entries were stored (by stopping a timer).
    void entriesChanged();

private:
    void reload();
    void fail(const QString &text);

    UserPrompts *m_prompts;
    Database *m_db = nullptr;
    bool m_server = false;
    qint64 m_userId = 0;
    std::optional<RunningTimer> m_timer;
    UserAsker m_askUser;
    StopAsker m_askStop;
};

} // namespace cd
