#pragma once

#include "domain/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <array>
#include <optional>

namespace cd {

/// Whether an invoice holds a time entry. An invoiced entry is locked: it cannot be changed
/// or deleted (the database refuses it too, migration 9).
enum class TimeState { Open, Invoiced };

/// "open" / "invoiced": the codes stored in time_entries.state and used in CSV and JSON.
QString timeStateCode(TimeState state);
std::optional<TimeState> timeStateFromCode(const QString &code);

/// One entry of time: a person's minutes on an account's work on a day (docs/design.md,
/// "Time"). A plain value: TimeService validates, defaults and stores it.
struct TimeEntry
{
    qint64 id = 0; ///< 0 for an entry not stored yet
    QDate date;
    qint64 userId = 0; ///< the person (a row of users)
    qint64 accountId = 0; ///< a client or a customer
    qint64 contractId = 0; ///< 0: none; else a contract of accountId
    qint64 serviceRequestId = 0; ///< 0: none; else a request of accountId
    QTime start; ///< invalid when only a duration was given
    QTime end; ///< invalid unless start is valid; after start, same day
    int minutes = 0; ///< 1…1440; from start and end when both are given
    QString description;
    bool billable = false;
    /// The hourly rate in force when logged, in the entry's currency (its contract's, else the
    /// firm's), stored so that later rate changes do not rewrite history.
    Money rate;
    /// minutes × rate ÷ 60, rounded half away from zero (TimeRules::value).
    qint64 valueMinor = 0;
    /// valueMinor in the firm's currency by the one conversion rule (RateTable); empty when no
    /// rate on or before date exists.
    std::optional<qint64> convertedMinor;
    TimeState state = TimeState::Open;
    qint64 invoiceId = 0; ///< 0: none (the billing issue sets it)
    QDateTime createdAt;
    QDateTime updatedAt;
    int rowVersion = 0;

    friend bool operator==(const TimeEntry &, const TimeEntry &) = default;
};

/// A person's running timer (one at most): its start is stored, so it survives closing the
/// app and a crash. Stopping it makes a TimeEntry.
struct RunningTimer
{
    qint64 userId = 0;
    QDateTime startedAt; ///< local time, seconds
    qint64 accountId = 0; ///< 0: not chosen yet (asked when stopping)
    qint64 contractId = 0;
    qint64 serviceRequestId = 0;
    QString description; ///< asked when stopping if empty

    friend bool operator==(const RunningTimer &, const RunningTimer &) = default;
};

/// What filters a list of time entries (every field optional; empty/0 = any).
struct TimeFilter
{
    QDate from; ///< inclusive
    QDate to; ///< inclusive
    qint64 userId = 0;
    qint64 accountId = 0;
    qint64 contractId = 0;
    std::optional<bool> billable;
    std::optional<TimeState> state;
};

/// A time entry with the names a list shows beside it.
struct TimeEntryRow
{
    TimeEntry entry;
    QString userName;
    QString accountName;
    QString contractReference; ///< empty without a contract
    QString serviceRequestTitle; ///< empty without a request
    /// Another entry of the same person on the same day overlaps it in time (each known by
    /// its start and its minutes: [start, start + minutes)).
    bool overlaps = false;
};

/// One row of the week grid: a person's minutes per day on one account (and contract).
struct TimeWeekRow
{
    qint64 accountId = 0;
    QString accountName;
    qint64 contractId = 0; ///< 0: no contract
    QString contractReference;
    std::array<int, 7> minutes {}; ///< Monday…Sunday
};

/// A contract's hours in one month. A retainer: the minutes used in that month against the
/// included minutes plus those carried over from the month before. A fixed fee (`budget`):
/// every minute used from the start up to the end of that month against the hour budget.
struct ContractUsage
{
    qint64 contractId = 0;
    QDate month; ///< the first day of the month
    qint64 usedMinutes = 0;
    qint64 allowedMinutes = 0; ///< included + carried this month (retainer), or the budget
    qint64 includedMinutes = 0; ///< the retainer's included minutes (0 for a budget)
    qint64 carriedMinutes = 0; ///< carried over from the month before (retainer, rollover)
    qint64 overageMinutes = 0; ///< max(0, used − allowed)
    bool budget = false; ///< a fixed fee's hour budget rather than a retainer's month
    qint64 accountId = 0;
    QString accountName; ///< filled by contractsOver()
    QString contractReference; ///< filled by contractsOver()

    /// used ÷ allowed in whole per cent, rounded down; 0 when nothing is allowed.
    int percent() const { return allowedMinutes > 0 ? int(usedMinutes * 100 / allowedMinutes) : 0; }
};

} // namespace cd
