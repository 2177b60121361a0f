#pragma once

#include "domain/exchangerate.h"
#include "result.h"
#include "storage/billinganalyticsqueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// What the billing charts of the Analytics area are computed from (issue 27): the signed
/// contracts with their terms, the invoices that count (issued, partly paid, paid; credit
/// notes below zero) and the payments allocated to them, with the rates. Read once, then
/// only read: safe to share between threads.
struct BillingData
{
    QString currency; ///< the firm's
    RateTable rates;
    QList<BillingAnalyticsQueries::ContractRow> contracts;
    QList<BillingAnalyticsQueries::InvoiceRow> invoices;
    QList<BillingAnalyticsQueries::PaymentRow> payments;

    static Result<BillingData> load(Database &database);
};

/// One month of monthly recurring revenue (MRR) in the firm's currency, minor units, and
/// how it moved from the month before, account by account.
struct MrrMonth
{
    QDate month; ///< its first day
    qint64 mrr = 0;
    qint64 added = 0; ///< new: accounts without MRR the month before
    qint64 expansion = 0; ///< accounts whose MRR grew
    qint64 contraction = 0; ///< accounts whose MRR shrank but stayed above zero (positive)
    qint64 churned = 0; ///< accounts whose MRR fell to zero (positive)
    /// What the change of rates alone moved (accounts billed in another currency): mrr − the
    /// month before's mrr − (added + expansion − contraction − churned).
    qint64 rateEffect = 0;
    int unconverted = 0; ///< contracts left out for want of a rate
};

/// What was billed and collected in one month (firm's currency, minor units, tax included).
struct BilledMonth
{
    QDate month;
    qint64 billed = 0;
    qint64 collected = 0;
    int unconverted = 0; ///< invoices and payments left out for want of a rate
};

/// Days sales outstanding at a month's end (or today, for the current month).
struct DsoMonth
{
    QDate month;
    QDate asOf; ///< the day it is measured on
    qint64 receivables = 0; ///< owed on asOf: invoices to that day less payments to that day
    qint64 billed90 = 0; ///< invoices of the 90 days up to asOf
    std::optional<qint64> tenthsOfDays; ///< DSO × 10, rounded; none when nothing was billed
    int unconverted = 0;
};

/// Which accounts the billing charts count: one account manager's or everyone's, and of those
/// only `accounts` when a segment filter chose some (RevenueCube::accountsOf).
struct BillingScope
{
    std::optional<qint64> managerId;
    std::optional<QSet<qint64>> accounts;

    bool keeps(qint64 accountId, std::optional<qint64> rowManager) const
    {
        return (!managerId || rowManager == managerId)
            && (!accounts || accounts->contains(accountId));
    }
};

/// The billing analytics (docs/design.md, "Billing"). Every amount is converted to the
/// firm's currency by the one rule (RateTable): a contract's monthly value at the rate of the
/// month's measuring day, an invoice at its date's, a payment at its date's, receivables at
/// the measuring day's. Months run from `from` to `to` (first days); `scope` keeps one account
/// manager's accounts, or a segment's.
class BillingAnalytics final
{
    Q_DECLARE_TR_FUNCTIONS(cd::BillingAnalytics)

public:
    /// The measuring day of `month` as of `today`: its last day, or today for this month.
    static QDate asOf(const QDate &month, const QDate &today);

    /// MRR of a month: the monthly value (ContractRules::monthlyRecurringRevenue: a
    /// retainer's fee, a fixed fee or an hourly estimate spread over the term) of every
    /// contract running on the measuring day (started on or before it, not ended or
    /// terminated before it). Movements compare each account's MRR with the month before,
    /// both at this month's rates: new (from zero), expansion (up), contraction (down, not to
    /// zero), churned (to zero).
    static QList<MrrMonth> mrr(const BillingData &data, const QDate &from, const QDate &to,
                               const QDate &today, const BillingScope &scope = {});
    /// Billed: the totals of the invoices dated in the month; collected: the payments dated
    /// in it.
    static QList<BilledMonth> billedCollected(const BillingData &data, const QDate &from,
                                              const QDate &to, const BillingScope &scope = {});
    /// DSO = receivables on the measuring day ÷ what was billed in the 90 days up to it × 90.
    static QList<DsoMonth> dso(const BillingData &data, const QDate &from, const QDate &to,
                               const QDate &today, const BillingScope &scope = {});
    /// The months the data covers up to `today`: the first invoice or contract start.
    static QDate firstMonth(const BillingData &data, const QDate &today);
};

} // namespace cd
