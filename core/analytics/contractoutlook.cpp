#include "analytics/contractoutlook.h"

#include "domain/contract.h"
#include "domain/contractrules.h"
#include "storage/analyticsqueries.h"
#include "storage/contractrepository.h"
#include "storage/database.h"
#include "storage/exchangeratestore.h"
#include "storage/settingsrepository.h"

using namespace Qt::StringLiterals;

namespace cd {

namespace {

Error tooLarge()
{
    return Error { ContractOutlookAnalytics::tr(
        "The active contracts add up to more than ClientDesk can total exactly; run 'clientdesk "
        "check' to find the fees that are too large.") };
}

} // namespace

Result<ContractOutlook> ContractOutlookAnalytics::compute(Database &database, const QDate &today,
                                                          int months,
                                                          std::optional<qint64> managerId)
{
    ContractOutlook outlook;
    outlook.currency = SettingsRepository(database).firmCurrency();
    const QDate first(today.year(), today.month(), 1);
    for (int i = 0; i < months; ++i)
        outlook.months.append({ first.addMonths(i) });
    if (outlook.months.isEmpty())
        return outlook;
    const QDate windowEnd = first.addMonths(months).addDays(-1);

    const auto rows
        = activeContractRows(database, managerId, tr("Reading the active contracts failed"));
    if (!rows)
        return Error { rows.error() };
    const Result<RateTable> rates = ExchangeRateStore(database).load();
    if (!rates)
        return Error { rates.error() };
    for (const ActiveContractRow &row : *rows) {
        Contract c;
        c.billingModel = row.billingModel;
        c.fee = Money(row.feeMinor, row.currency);
        c.estimatedHours = row.estimatedHours;
        c.start = row.start;
        c.end = row.end;
        c.autoRenew = row.autoRenew;
        c.renewalMonths = row.renewalMonths;
        if (!c.start.isValid())
            continue;
        // A contract stored before the bounds (migration 6) may hold any fee: refuse to add it
        // rather than let the rate times the hours, or the sums, wrap.
        qint64 value = 0;
        if (!c.fee.isWithinBounds() || c.estimatedHours > ContractRepository::kMaxEstimatedHours
            || (c.billingModel == BillingModel::Hourly
                && (__builtin_mul_overflow(c.fee.minorUnits(), qint64(qMax(0, c.estimatedHours)),
                                           &value)
                    || !Money::isWithinBounds(value))))
            return tooLarge();
        // In the contract's currency, then at today's rate.
        const qint64 own = ContractRules::monthlyRecurringRevenue(c).minorUnits();
        const std::optional<qint64> converted = rates->convert(own, row.currency, today);
        if (!converted) {
            ++outlook.otherCurrency;
            if (!outlook.unconverted.add(row.currency, 1, own))
                return tooLarge();
            continue;
        }
        const qint64 monthly = *converted;
        // The ends falling in the window: the term's, then each renewal's.
        QList<QDate> ends;
        if (c.end.isValid()) {
            Contract term = c;
            while (term.end.isValid() && term.end <= windowEnd) {
                if (term.end >= first)
                    ends.append(term.end);
                if (!term.autoRenew)
                    break;
                const QDate next = ContractRules::renewedEnd(term);
                if (!next.isValid() || next <= term.end)
                    break;
                term.end = next;
            }
        }
        const bool runsOn = !c.end.isValid() || c.autoRenew;
        for (OutlookMonth &m : outlook.months) {
            const QDate monthEnd = m.month.addMonths(1).addDays(-1);
            if (c.start <= monthEnd && (runsOn || c.end >= m.month)) {
                if (__builtin_add_overflow(m.recurringMinor, monthly, &m.recurringMinor))
                    return tooLarge();
                ++m.contracts;
            }
            for (const QDate &end : std::as_const(ends)) {
                if (end >= m.month && end <= monthEnd) {
                    ++m.renewalsDue;
                    m.autoRenewing += c.autoRenew ? 1 : 0;
                    if (__builtin_add_overflow(m.renewalsMinor, monthly, &m.renewalsMinor))
                        return tooLarge();
                }
            }
        }
    }
    return outlook;
}

} // namespace cd
