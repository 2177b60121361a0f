#pragma once

#include "domain/timeentry.h"
#include "domain/timerules.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// Time: logging, editing and deleting entries, the running timer and what the Time area,
/// a client's page and a contract show (docs/design.md, "Time"). Every write validates first
/// (TimeRules, and against the database: the person, account, contract of that account,
/// request of that account, 24 hours a day per person, an invoiced entry is locked) and
/// stores the entry's rate, value and converted value (RateTable) in one transaction.
/// Team mode: a person writes their own time; the server's policies decide what each reads.
class TimeService final
{
    Q_DECLARE_TR_FUNCTIONS(cd::TimeService)

public:
    explicit TimeService(Database &database) : m_db(database) { }

    /// The person whose time this app logs: the signed-in user on a server; on a file, the
    /// user chosen once as "this is me" (setting 'time.me'); empty when none is chosen yet.
    Result<std::optional<qint64>> currentUser() const;
    /// Chooses "this is me" on a file database (refused on a server: the sign-in decides).
    Status setCurrentUser(qint64 userId);

    /// The minutes a week the person works: their own capacity, else the firm's
    /// 'time.capacity_minutes' (SettingsService, 2400 by default). Utilisation is billable
    /// minutes ÷ capacity.
    Result<int> capacityMinutes(qint64 userId) const;

    /// Fills in the defaults: billable from the contract (TimeRules::defaultBillable: always
    /// set; a caller that lets the user choose sets it afterwards), the rate in force and its
    /// currency when entry.rate has no currency (an hourly contract's fee; a retainer's
    /// overage rate; else the person's default rate, or 0, in the firm's currency), minutes
    /// from start and end when both are given. Does not store.
    Result<TimeEntry> withDefaults(TimeEntry entry) const;
    /// The currency of the entry's rate: its contract's, else the firm's (an import reads a
    /// rate column in it, with TimeRules::parseRate).
    Result<QString> rateCurrency(const TimeEntry &entry) const;
    /// Why `entry` cannot be stored, one sentence naming the field; empty when it can.
    Result<QString> problem(const TimeEntry &entry) const;
    /// The ids of the same person's entries that overlap `entry` in time (start/end known):
    /// flagged to the user, who decides; not a refusal.
    Result<QList<qint64>> overlapping(const TimeEntry &entry) const;

    /// Stores a new entry as given (billable as set), after filling in the rate when it has
    /// no currency and the minutes from start and end; the value (TimeRules::value) and the
    /// converted value are worked out here. Refused with problem()'s sentence.
    Result<qint64> log(const TimeEntry &entry);
    Status update(const TimeEntry &entry); ///< refused for invoiced entries, stale rowVersion
    Status remove(qint64 id); ///< refused for invoiced entries
    Result<TimeEntry> get(qint64 id) const;
    /// Sets the minutes of one week-grid cell: the person's entries on that day for that
    /// account and contract become one entry of `minutes` (0 deletes them); refused when any
    /// of them is invoiced.
    Status setDayMinutes(qint64 userId, qint64 accountId, qint64 contractId, const QDate &day,
                         int minutes);
    /// Copies last week's rows (account/contract pairs, no minutes) into the week of `monday`.
    Result<QList<TimeWeekRow>> rowsOfPreviousWeek(qint64 userId, const QDate &monday) const;

    Result<QList<TimeEntryRow>> list(const TimeFilter &filter) const;
    Result<QList<TimeWeekRow>> week(qint64 userId, const QDate &monday) const;
    /// Used and allowed minutes per month of a contract, for `months` months up to `month`.
    Result<QList<ContractUsage>> usage(qint64 contractId, const QDate &month,
                                       int months = 12) const;
    /// Contracts at or over `percent` % of their included hours this month or of their budget
    /// (for the dashboard's attention list: 80 and 100).
    Result<QList<ContractUsage>> contractsOver(int percent, const QDate &today) const;

    /// The person's running timer, if any.
    Result<std::optional<RunningTimer>> timer(qint64 userId) const;
    /// Starts the person's timer (at timer.startedAt, now when null; refused when one runs).
    Status startTimer(const RunningTimer &timer);
    /// Changes what the running timer is for (account, contract, request, description);
    /// its start stays.
    Status updateTimer(const RunningTimer &timer);
    /// Stops it: stores the entry from its start to `now` (rounded to whole minutes, at
    /// least one; an entry crossing midnight is split by day) with `description` when the
    /// timer had none, and removes the timer. Refused without an account.
    Result<QList<qint64>> stopTimer(qint64 userId, const QDateTime &now,
                                    const QString &description = {});
    Status discardTimer(qint64 userId);

private:
    struct Context;
    Result<Context> context(const TimeEntry &entry) const;
    Result<TimeEntry> prepared(const TimeEntry &entry, bool fillRate) const;
    QString staticProblem(const TimeEntry &entry) const;
    Result<QString> databaseProblem(const TimeEntry &entry, const Context &context) const;
    /// Both checks, then the entry's value and its converted value (log and update).
    Status checkAndValue(TimeEntry &entry) const;
    Result<QList<ContractUsage>> usageOf(const Contract &contract, const QDate &month,
                                         int months) const;
    QString ownNameProblem(qint64 userId, const QString &userName) const;
    Status checkTimerReferences(const RunningTimer &timer) const;
    static QString referenceProblem(const TimeEntry &entry, const Context &context);

public:
    /// The entries stopping `timer` at `now` makes, before defaults: whole minutes (rounded
    /// to the nearest, at least one) from the start's minute, split at each midnight (a part
    /// that ends at midnight has a start and no end).
    static QList<TimeEntry> timerEntries(const RunningTimer &timer, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace cd
