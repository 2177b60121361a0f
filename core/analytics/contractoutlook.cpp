#include "analytics/contractoutlook.h"

#include "domain/contract.h"
#include "domain/contractrules.h"
#include "storage/contractrepository.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

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

    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.billing_model, c.fee_minor, c.currency, c.estimated_hours, "
              "c.start_date, c.end_date, c.auto_renew, c.renewal_months FROM contracts c "
              "JOIN accounts a ON a.id = c.account_id WHERE c.status = 'active'"_s
              + (managerId ? u" AND a.manager_id = :manager"_s : QString()));
    if (managerId)
        q.bindValue(u":manager"_s, *managerId);
    if (Status ok = sql::exec(q, tr("Reading the active contracts failed")); !ok)
        return Error { ok.error() };
    while (q.next()) {
        if (q.value(2).toString() != outlook.currency) {
            ++outlook.otherCurrency;
            continue;
        }
        Contract c;
        c.billingModel
            = fromCode<BillingModel>(q.value(0).toString()).value_or(BillingModel::Retainer);
        c.fee = Money(q.value(1).toLongLong(), outlook.currency);
        c.estimatedHours = q.value(3).toInt();
        c.start = sql::toDate(q.value(4));
        c.end = sql::toDate(q.value(5));
        c.autoRenew = q.value(6).toBool();
        c.renewalMonths = q.value(7).toInt();
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
        const qint64 monthly = ContractRules::monthlyRecurringRevenue(c).minorUnits();
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
