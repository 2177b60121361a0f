#include "analytics/billinganalytics.h"

#include "domain/contract.h"
#include "domain/contractrules.h"
#include "storage/exchangeratestore.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QDate firstDay(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

/// The contract's monthly value in its own currency (ContractRules).
qint64 monthlyValue(const BillingAnalyticsQueries::ContractRow &row)
{
    Contract c;
    c.billingModel = row.billingModel;
    c.fee = Money(row.feeMinor, row.currency);
    c.estimatedHours = row.estimatedHours;
    c.start = row.start;
    c.end = row.end;
    return ContractRules::monthlyRecurringRevenue(c).minorUnits();
}

/// Running on `day`: started on or before it, not ended or terminated before it.
bool runsOn(const BillingAnalyticsQueries::ContractRow &c, const QDate &day)
{
    if (c.start > day)
        return false;
    if (c.terminatedOn.isValid() && c.terminatedOn < day)
        return false;
    return !c.end.isValid() || c.end >= day;
}

/// numerator ÷ denominator rounded half away from zero (denominator > 0).
qint64 rounded(qint64 numerator, qint64 denominator)
{
    const qint64 magnitude = numerator < 0 ? -numerator : numerator;
    const qint64 r = (magnitude * 2 + denominator) / (denominator * 2);
    return numerator < 0 ? -r : r;
}

} // namespace

Result<BillingData> BillingData::load(Database &database)
{
    BillingData data;
    auto rates = ExchangeRateStore(database).load();
    if (!rates)
        return Error { rates.error() };
    data.rates = std::move(rates).value();
    data.currency = data.rates.firmCurrency();
    auto contracts = BillingAnalyticsQueries::contracts(
        database, data.currency, BillingAnalytics::tr("Reading the contracts"));
    if (!contracts)
        return Error { contracts.error() };
    data.contracts = std::move(contracts).value();
    auto invoices
        = BillingAnalyticsQueries::invoices(database, BillingAnalytics::tr("Reading the invoices"));
    if (!invoices)
        return Error { invoices.error() };
    data.invoices = std::move(invoices).value();
    auto payments
        = BillingAnalyticsQueries::payments(database, BillingAnalytics::tr("Reading the payments"));
    if (!payments)
        return Error { payments.error() };
    data.payments = std::move(payments).value();
    return data;
}

QDate BillingAnalytics::asOf(const QDate &month, const QDate &today)
{
    const QDate end(month.year(), month.month(), month.daysInMonth());
    return std::min(end, today);
}

QDate BillingAnalytics::firstMonth(const BillingData &data, const QDate &today)
{
    QDate first = firstDay(today);
    for (const auto &c : data.contracts)
        first = std::min(first, firstDay(c.start));
    if (!data.invoices.isEmpty())
        first = std::min(first, firstDay(data.invoices.constFirst().date));
    return first;
}

QList<MrrMonth> BillingAnalytics::mrr(const BillingData &data, const QDate &from, const QDate &to,
                                      const QDate &today, const BillingScope &scope)
{
    QList<MrrMonth> months;
    if (!from.isValid() || !to.isValid())
        return months;
    // Per account and currency: a movement is an account's, in its own currency.
    using Key = std::pair<qint64, QString>;
    const auto valuesOn = [&](const QDate &day) {
        QHash<Key, qint64> values;
        for (const auto &c : data.contracts) {
            if (scope.keeps(c.accountId, c.managerId) && runsOn(c, day))
                values[{ c.accountId, c.currency }] += monthlyValue(c);
        }
        return values;
    };
    QHash<Key, qint64> before = valuesOn(asOf(firstDay(from).addMonths(-1), today));
    for (QDate m = firstDay(from); m <= to && m <= today; m = m.addMonths(1)) {
        const QDate day = asOf(m, today);
        const QHash<Key, qint64> now = valuesOn(day);
        MrrMonth month;
        month.month = m;
        qint64 previous = 0;
        const auto convert = [&](qint64 minor, const QString &currency) -> std::optional<qint64> {
            return data.rates.convert(minor, currency, day);
        };
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            const auto value = convert(it.value(), it.key().second);
            if (!value) {
                ++month.unconverted;
                continue;
            }
            month.mrr += *value;
            const qint64 was = before.value(it.key());
            const auto wasConverted = convert(was, it.key().second).value_or(0);
            previous += wasConverted;
            if (was == 0)
                month.added += *value;
            else if (it.value() > was)
                month.expansion += *value - wasConverted;
            else if (it.value() < was)
                month.contraction += wasConverted - *value;
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (now.value(it.key()) != 0 || it.value() == 0)
                continue;
            const auto was = convert(it.value(), it.key().second);
            if (!was)
                continue;
            month.churned += *was;
            previous += *was;
        }
        // The month before at its own rates, against the same at this month's.
        qint64 lastMrr = 0;
        const QDate lastDay = asOf(m.addMonths(-1), today);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            lastMrr += data.rates.convert(it.value(), it.key().second, lastDay).value_or(0);
        month.rateEffect = previous - lastMrr;
        months.append(month);
        before = now;
    }
    return months;
}

QList<BilledMonth> BillingAnalytics::billedCollected(const BillingData &data, const QDate &from,
                                                     const QDate &to, const BillingScope &scope)
{
    QList<BilledMonth> months;
    if (!from.isValid() || !to.isValid())
        return months;
    QHash<QDate, qsizetype> index;
    for (QDate m = firstDay(from); m <= to; m = m.addMonths(1)) {
        index.insert(m, months.size());
        months.append({ m, 0, 0, 0 });
    }
    for (const auto &i : data.invoices) {
        const auto at = index.find(firstDay(i.date));
        if (at == index.end() || !scope.keeps(i.accountId, i.managerId))
            continue;
        BilledMonth &month = months[*at];
        if (const auto value = data.rates.convert(i.totalMinor, i.currency, i.date))
            month.billed += *value;
        else
            ++month.unconverted;
    }
    for (const auto &p : data.payments) {
        const auto at = index.find(firstDay(p.date));
        if (at == index.end() || !scope.keeps(p.accountId, p.managerId))
            continue;
        BilledMonth &month = months[*at];
        if (const auto value = data.rates.convert(p.amountMinor, p.currency, p.date))
            month.collected += *value;
        else
            ++month.unconverted;
    }
    return months;
}

QList<DsoMonth> BillingAnalytics::dso(const BillingData &data, const QDate &from, const QDate &to,
                                      const QDate &today, const BillingScope &scope)
{
    QList<DsoMonth> months;
    if (!from.isValid() || !to.isValid())
        return months;
    for (QDate m = firstDay(from); m <= to && m <= today; m = m.addMonths(1)) {
        DsoMonth month;
        month.month = m;
        month.asOf = asOf(m, today);
        const QDate windowStart = month.asOf.addDays(-89);
        // Owed on the day, per currency, converted at the day's rate.
        QHash<QString, qint64> owed;
        for (const auto &i : data.invoices) {
            if (i.date > month.asOf || !scope.keeps(i.accountId, i.managerId))
                continue;
            owed[i.currency] += i.totalMinor;
            if (i.date >= windowStart) {
                if (const auto value = data.rates.convert(i.totalMinor, i.currency, i.date))
                    month.billed90 += *value;
                else
                    ++month.unconverted;
            }
        }
        for (const auto &p : data.payments) {
            if (p.date <= month.asOf && scope.keeps(p.accountId, p.managerId))
                owed[p.currency] -= p.amountMinor;
        }
        for (auto it = owed.cbegin(); it != owed.cend(); ++it) {
            if (const auto value = data.rates.convert(it.value(), it.key(), month.asOf))
                month.receivables += *value;
            else if (it.value() != 0)
                ++month.unconverted;
        }
        if (month.billed90 > 0)
            month.tenthsOfDays = rounded(month.receivables * 900, month.billed90);
        months.append(month);
    }
    return months;
}

} // namespace cd
