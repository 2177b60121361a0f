#pragma once

#include "domain/enums.h"
#include "domain/invoice.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

/// The rules of the billing run (issue 27; docs/design.md, "Billing"), pure: no database.
/// BillingRunService reads what they need and builds the drafts from what they say.
///
/// - The run's month: "YYYY-MM". Its invoices are dated its last day unless a date is given;
///   the date is never in the future and never before the month's first day. A month that
///   has not ended by today needs a date. Hours are billed up to the cut-off: the date, but
///   never after the month's last day.
/// - A retainer bills its fee for every month its billing term overlaps. The billing term
///   runs from the contract's start to its end; a terminated contract's ends on its
///   termination date when that comes first; an active contract that renews by itself has no
///   end. In the first and last months of the term the fee is pro rata by days:
///       fee × (days of the term in the month) ÷ (days of the month),
///   rounded half away from zero to the minor unit (3,100,000 IDR from 10 March: 22 of 31
///   days, 2,200,000 IDR).
/// - An instalment is billed once it is due on or before the month's last day, a milestone
///   once it is done on or before it — in any run from then on until a draft or an invoice
///   holds it.
/// - A retainer's overage in the month is its used minutes (its entries not billable
///   themselves) over its included minutes and those carried from the month before, by the
///   rule of `clientdesk time` (timeamounts::retainerMonths); it is billed once the month has
///   ended (a run dated within the month leaves it for a later run), at the contract's
///   overage rate: overage minutes × rate ÷ 60, rounded half away from zero. The entries
///   behind it are the month's last ones (by date, start, id) that carry the overage, as the
///   time report attributes it.
/// - Billable hours are billed per person and rate: quantity the sum of their minutes in
///   hours (thousandths, rounded half away from zero), amount the sum of the entries' values.
class BillingRules final
{
    Q_DECLARE_TR_FUNCTIONS(cd::BillingRules)

public:
    /// The first day of the month "YYYY-MM"; an error sentence for anything else.
    static Result<QDate> parsePeriod(const QString &text);
    /// "2026-03" for any day of March 2026.
    static QString periodCode(const QDate &anyDay);

    struct RunDates
    {
        QDate date; ///< the invoices' date
        QDate cutOff; ///< hours up to this day
        bool monthEnded = true; ///< the cut-off is the month's last day
    };
    /// The dates of a run for the month starting `monthStart`, dated `date` (empty: the
    /// month's last day) on `today`; refused with one sentence when the month has not ended
    /// and no date is given, or the date is in the future or before the month.
    static Result<RunDates> runDates(const QDate &monthStart, std::optional<QDate> date,
                                     const QDate &today);

    /// The last day a contract is billed for: its end, or its termination date when it is
    /// terminated and that comes first; null (open) for an active contract renewing by itself
    /// or one without an end.
    static QDate billingEnd(ContractStatus status, const QDate &end, const QDate &terminatedOn,
                            bool autoRenew);

    /// fee × days ÷ daysInMonth rounded half away from zero (daysInMonth > 0).
    static qint64 proRata(qint64 feeMinor, int days, int daysInMonth);

    /// A retainer's fee in one month.
    struct RetainerShare
    {
        qint64 amountMinor = 0;
        QDate from, to; ///< the days of the term in the month
        int days = 0;
        int daysInMonth = 0;
        bool partial() const { return days < daysInMonth; }
    };
    /// What a retainer of `feeMinor` a month bills for the month starting `monthStart`, its
    /// term `start`..`end` (end null: open); empty when the term does not overlap the month.
    static std::optional<RetainerShare> retainerShare(qint64 feeMinor, const QDate &start,
                                                      const QDate &end, const QDate &monthStart);

    /// Whether an instalment (due on or before `monthEnd`) or a milestone (done on or before
    /// it) is to be billed by a run of the month ending `monthEnd`.
    static bool instalmentDue(const Instalment &instalment, const QDate &monthEnd);

    /// A retainer's overage minutes in the month starting `monthStart`: the months from its
    /// start (or its first used month, when earlier) to that month through
    /// timeamounts::retainerMonths, months inside the term (start..end, end null: open)
    /// including `includedMinutes`. `usedPerMonth`: minutes used per month, keyed by
    /// monthIndex().
    static qint64 overageMinutes(const QDate &start, const QDate &end, int includedMinutes,
                                 bool rollover, const QHash<int, qint64> &usedPerMonth,
                                 const QDate &monthStart);
    /// year × 12 + month − 1.
    static int monthIndex(const QDate &date) { return date.year() * 12 + date.month() - 1; }

    /// One entry that may carry the overage, latest first (date, start, id).
    struct OverageCandidate
    {
        qint64 id = 0;
        int minutes = 0;
    };
    struct OverageShare
    {
        qint64 entryId = 0;
        qint64 minutes = 0;
    };
    /// The entries that carry `overageMinutes`: the latest first, each up to its minutes.
    static QList<OverageShare> overageEntries(const QList<OverageCandidate> &latestFirst,
                                              qint64 overageMinutes);

    /// Minutes as hours in thousandths, rounded half away from zero (90 → 1500, 100 → 1667).
    static qint64 hoursMilli(qint64 minutes);

    static QString retainerKey(qint64 contractId, const QString &period);
    static QString overageKey(qint64 contractId, const QString &period);
    static QString instalmentKey(qint64 instalmentId);

    /// "Retainer March 2026", with "(22 of 31 days, 10–31 March)" when the share is partial.
    static QString retainerDescription(const RetainerShare &share, const QDate &monthStart);
    /// "Overage March 2026: 2:30 hours above the included hours".
    static QString overageDescription(qint64 minutes, const QDate &monthStart);
    /// "Hours of Ana Putri, 2026-03-02 to 2026-03-27" (one date when they are the same).
    static QString hoursDescription(const QString &person, const QDate &first, const QDate &last);
};

} // namespace cd
