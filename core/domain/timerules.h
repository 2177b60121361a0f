#pragma once

#include "domain/contract.h"
#include "domain/timeentry.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace cd {

/// The rules of time, one place for the app, the command line and imports
/// (docs/design.md, "Time"). Pure functions: no database.
class TimeRules final
{
    Q_DECLARE_TR_FUNCTIONS(cd::TimeRules)

public:
    /// The most one person logs in one day: 24 hours.
    static constexpr int kMaxMinutesPerDay = 24 * 60;

    /// Parses a duration as typed in the week grid or an import: "1:30" (hours:minutes),
    /// "1.5" or "1,5" (decimal hours, the locale's decimal point also accepted), "90m",
    /// "2h", "2h 15m". Rounds decimal hours to whole minutes (half away from zero). Refuses
    /// zero, negative and more than 24 hours with one sentence.
    static Result<int> parseDuration(const QString &text, const QLocale &locale = QLocale());
    /// "1:30" for 90 minutes (hours may exceed 24 in totals: "37:05").
    static QString formatDuration(qint64 minutes);

    /// minutes × rate ÷ 60 in minor units, rounded half away from zero (exact, 128-bit).
    static qint64 value(int minutes, qint64 rateMinor);

    /// Parses an hourly rate as found in CSV files and on the command line ("120", "120.50")
    /// in `currency`: refused with one sentence when it is negative, has more decimals than
    /// the currency has (JPY none, USD two, KWD three) or is too large.
    static Result<Money> parseRate(const QString &text, const QString &currency);

    /// Why `date` is too far ahead to log time on, one sentence; empty when it is today or
    /// earlier. The app warns with it; imports refuse with it.
    static QString futureDateProblem(const QDate &date, const QDate &today);

    /// Whether an entry is billable by default under a contract (none: not billable):
    /// hourly → billable; retainer → not billable (it counts against the included hours;
    /// only the overage is billable, see RetainerMonth); fixed fee → not billable (it counts
    /// against the budget).
    static bool defaultBillable(const Contract *contract);

    /// One month of a retainer: included minutes (plus at most one month's unused minutes
    /// carried over when the contract rolls over), used minutes and the overage.
    struct RetainerMonth
    {
        int includedMinutes = 0; ///< the contract's included minutes this month
        int carriedMinutes = 0; ///< unused minutes of the previous month (rollover only)
        qint64 usedMinutes = 0;
        qint64 overageMinutes = 0; ///< max(0, used − included − carried)
    };
    /// The months of a retainer in order, from the minutes used per month (consecutive months,
    /// first to last). Unused minutes roll over one month at most, where the contract says so.
    /// The carried minutes of a month are min(included, max(0, included + carried − used) of
    /// the month before): the minutes carried in are used first, so what is carried never
    /// rolls over twice. The first month carries nothing.
    static QList<RetainerMonth> retainerMonths(int includedMinutes, bool rollover,
                                               const QList<qint64> &usedPerMonth);
};

} // namespace cd
