#pragma once

#include "domain/exchangerate.h"
#include "domain/timeentry.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// The time_entries and running_timers tables (resources/sql/0009_time.sql): every statement
/// of time. Writes use the caller's transaction and check no rule (TimeService does); reads
/// are grouped in the database, one statement each, so a week, a month or every contract's
/// usage costs one query, never one per row.
class TimeStore final
{
    Q_DECLARE_TR_FUNCTIONS(cd::TimeStore)

public:
    explicit TimeStore(Database &database) : m_db(database) { }

    /// Stores a new entry as it is (minutes, rate, value and converted value included).
    Result<qint64> insert(const TimeEntry &entry);
    /// Stores the entry's fields when the row still has entry.rowVersion (a conflict error
    /// otherwise); the version goes up by one.
    Status update(const TimeEntry &entry);
    /// Deletes an entry (dated `date`, for the sentence when it is invoiced); false when there
    /// was none.
    Result<bool> remove(qint64 id, const QDate &date = {});
    Result<TimeEntry> get(qint64 id) const;
    /// Sets the state (and invoice) of entries: what the billing issue does.
    Status setState(const QList<qint64> &ids, TimeState state, qint64 invoiceId);

    /// The entries `filter` selects, by date, person and start, with the names beside them
    /// and each one's overlap flag.
    Result<QList<TimeEntryRow>> list(const TimeFilter &filter) const;
    /// The person's minutes per account and contract on each day of the week from `monday`.
    Result<QList<TimeWeekRow>> week(qint64 userId, const QDate &monday) const;
    /// The person's entries on `day` (every account), by start.
    Result<QList<TimeEntry>> dayEntries(qint64 userId, const QDate &day) const;
    /// The person's minutes on `day`, leaving out the entry `exceptId` (0: none).
    Result<qint64> dayMinutes(qint64 userId, const QDate &day, qint64 exceptId = 0) const;

    /// The minutes of a contract per month from `fromMonth` to `toMonth` (first days,
    /// inclusive): month → minutes; months without time are absent.
    Result<QHash<QDate, qint64>> contractMinutesPerMonth(qint64 contractId, const QDate &fromMonth,
                                                         const QDate &toMonth) const;
    /// The minutes of a contract up to and including `until`.
    Result<qint64> contractMinutesUntil(qint64 contractId, const QDate &until) const;

    /// What contractsOver needs in one read: every active contract with included minutes or a
    /// budget, and its minutes per month (retainers: every month up to `lastMonth`; budgets:
    /// one total under the null month).
    struct ContractTime
    {
        qint64 contractId = 0;
        qint64 accountId = 0;
        QString accountName;
        QString reference;
        bool retainer = false;
        int includedMinutes = 0;
        bool rollover = false;
        int budgetMinutes = 0;
        QDate start;
        QHash<QDate, qint64> minutesPerMonth; ///< first day of month → minutes
        qint64 totalMinutes = 0; ///< every minute up to the end of `lastMonth`
    };
    Result<QList<ContractTime>> trackedContracts(const QDate &lastMonth) const;

    /// The person's running timer, if any.
    Result<std::optional<RunningTimer>> timer(qint64 userId) const;
    /// Stores the timer (one per person: refused by the database when one runs).
    Status insertTimer(const RunningTimer &timer);
    Result<bool> removeTimer(qint64 userId);

    /// Writes converted_minor again, by `rates`, for the entries in `currency` (empty: every
    /// currency) dated on or after `from` and before `toExclusive` (null: no bound); only
    /// those that change. The same arguments as ExchangeRateStore::reconvert.
    /// Returns how many were written. Call it in the transaction that changed the rates.
    Result<qint64> reconvert(const QString &currency, const QDate &from, const QDate &toExclusive,
                             const RateTable &rates);
    /// The same for every entry (after the firm's currency changed).
    Result<qint64> reconvertAll(const RateTable &rates);

    /// For CurrencyService: whether an entry is in `currency`; the date of the first one
    /// (null when none); relabelling every entry stored in `from` as `to`, digits unchanged
    /// (refused, naming how many, while invoiced entries are in `from`: they are locked).
    /// Returns the number relabelled.
    Result<bool> isUsed(const QString &currency) const;
    Result<QDate> firstEntryDate(const QString &currency) const;
    Result<qint64> relabel(const QString &from, const QString &to);

    /// Entries whose stored converted amount is not what `rates` give (IntegrityCheck).
    struct Mismatch
    {
        qint64 id = 0;
        QString accountName;
        QDate date;
        Money value;
        std::optional<qint64> stored;
        std::optional<qint64> expected;
    };
    Result<QList<Mismatch>> conversionMismatches(const RateTable &rates) const;

    /// Whether a driver's text is the database's refusal of a locked (invoiced) entry.
    static bool isLockedError(const QString &driverText);
    /// What update() and remove() say when the database refuses an invoiced entry.
    static QString lockedSentence(const QDate &date);

private:
    Result<qint64> reconvertWhere(const QString &where, const QVariantMap &values,
                                  const RateTable &rates);

    Database &m_db;
};

} // namespace cd
