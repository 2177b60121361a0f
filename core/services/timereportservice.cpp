#include "services/timereportservice.h"

#include "domain/exchangerate.h"
#include "domain/timeamounts.h"
#include "domain/timerules.h"
#include "storage/exchangeratestore.h"
#include "storage/settingsrepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

using Queries = TimeReportQueries;

int monthIndex(const QDate &date)
{
    return date.year() * 12 + date.month() - 1;
}

int monthIndex(const QString &yyyyMm)
{
    return yyyyMm.left(4).toInt() * 12 + yyyyMm.mid(5, 2).toInt() - 1;
}

QDate monthStart(int index)
{
    return QDate(index / 12, index % 12 + 1, 1);
}

QString groupKey(TimeGrouping by, const Queries::OverageCandidate &entry, qint64 contractId)
{
    switch (by) {
    case TimeGrouping::Account:
        return QString::number(entry.accountId);
    case TimeGrouping::Contract:
        return QString::number(contractId);
    case TimeGrouping::Person:
        return QString::number(entry.userId);
    case TimeGrouping::Month:
        break;
    }
    return entry.date.toString(u"yyyy-MM"_s);
}

/// A retainer's months from its first (its start, or an earlier entry) to the last needed.
struct RetainerSpan
{
    int first = 0;
    QList<timeamounts::RetainerMonth> months;
};

RetainerSpan retainerSpan(const Queries::TrackedContract &c, const QHash<int, qint64> &use,
                          int lastNeeded)
{
    int first = c.start.isValid() ? monthIndex(c.start) : lastNeeded;
    int last = lastNeeded;
    for (auto it = use.cbegin(); it != use.cend(); ++it) {
        first = std::min(first, it.key());
        last = std::max(last, it.key());
    }
    const int startMonth = c.start.isValid() ? monthIndex(c.start) : first;
    const int endMonth = c.end.isValid() ? monthIndex(c.end) : last;
    QList<qint64> included, used;
    for (int m = first; m <= last; ++m) {
        included.append(m >= startMonth && m <= endMonth ? c.includedMinutes : 0);
        used.append(use.value(m));
    }
    return { first, timeamounts::retainerMonths(included, c.rollover, used) };
}

} // namespace

/// A retainer's month with minutes over its included and carried ones.
struct TimeReportService::OverageMonth
{
    const TimeReportQueries::TrackedContract *contract = nullptr;
    QDate first, last;
    qint64 minutes = 0;
};

Status TimeReportService::attributeOverage(const QList<OverageMonth> &overages,
                                           const RateTable &rates, const QDate &from,
                                           const QDate &to, const QHash<QString, qsizetype> &rowOf,
                                           TimeReport &report) const
{
    QList<Queries::MonthRange> months;
    months.reserve(overages.size());
    for (const OverageMonth &o : overages)
        months.append({ o.contract->id, o.first, o.last });
    const auto entries = Queries(m_db).retainerEntries(months);
    if (!entries)
        return Error { entries.error() };
    QHash<qint64, QList<Queries::OverageCandidate>> byContract; // latest first
    for (const Queries::OverageCandidate &e : *entries)
        byContract[e.contractId].append(e);
    for (const OverageMonth &o : overages) {
        const Queries::TrackedContract &c = *o.contract;
        qint64 overage = o.minutes;
        for (const Queries::OverageCandidate &e : byContract.value(c.id)) {
            if (overage <= 0 || e.date < o.first)
                break;
            if (e.date > o.last)
                continue;
            const qint64 share = std::min<qint64>(overage, e.minutes);
            overage -= share;
            if ((from.isValid() && e.date < from) || (to.isValid() && e.date > to))
                continue;
            const auto target = rowOf.constFind(groupKey(report.by, e, c.id));
            if (target == rowOf.cend())
                continue;
            TimeReportRow &r = report.rows[*target];
            r.billableMinutes += share;
            const qint64 value = TimeRules::value(int(share), c.overageRateMinor.value_or(0));
            const auto converted = rates.convert(value, c.currency, e.date);
            if (!converted) {
                report.unconverted.add(c.currency, 1, value);
                continue;
            }
            r.billableValueMinor += *converted;
            if (e.invoiced)
                r.invoicedValueMinor += *converted;
        }
    }
    return {};
}

Result<TimeGrouping> TimeReportService::parseGrouping(const QString &text)
{
    for (TimeGrouping by : { TimeGrouping::Account, TimeGrouping::Contract, TimeGrouping::Person,
                             TimeGrouping::Month }) {
        if (toCode(by) == text.trimmed().toLower())
            return by;
    }
    return Error { tr("%1 is not account, contract, person or month.").arg(text) };
}

QString TimeReportService::toCode(TimeGrouping by)
{
    switch (by) {
    case TimeGrouping::Account:
        return u"account"_s;
    case TimeGrouping::Contract:
        return u"contract"_s;
    case TimeGrouping::Person:
        return u"person"_s;
    case TimeGrouping::Month:
        break;
    }
    return u"month"_s;
}

Result<TimeReport> TimeReportService::report(const QDate &from, const QDate &to, TimeGrouping by,
                                             const QDate &today) const
{
    const Queries queries(m_db);
    TimeReport report;
    report.by = by;
    report.currency = SettingsRepository(m_db).firmCurrency();
    const auto scan = queries.scan(by, from, to);
    if (!scan)
        return Error { scan.error() };
    const QList<Queries::GroupSums> *groups = &scan->groups;
    QHash<QString, qsizetype> rowOf;
    for (const Queries::GroupSums &g : *groups) {
        rowOf.insert(g.key, report.rows.size());
        report.rows.append({ g.key, g.label, g.minutes, g.billableMinutes, g.billableConverted,
                             g.invoicedConverted, 0, std::nullopt, std::nullopt });
    }
    for (const Queries::UnconvertedSums &u : scan->unconverted)
        report.unconverted.add(u.currency, u.count, u.valueMinor);

    const auto tracked = queries.trackedContracts();
    if (!tracked)
        return Error { tracked.error() };
    QHash<qint64, QHash<int, qint64>> useOf; // contract → month → minutes
    for (const Queries::MonthUse &u : scan->use)
        useOf[u.contractId][monthIndex(u.month)] += u.minutes; // one row per group too
    const int lastNeeded = monthIndex(to.isValid() ? to : today);
    const int firstWanted = from.isValid() ? monthIndex(from) : 0;
    std::optional<RateTable> rates;
    QList<OverageMonth> overages;
    for (const Queries::TrackedContract &c : *tracked) {
        const auto row = rowOf.constFind(QString::number(c.id));
        const bool listed = by == TimeGrouping::Contract && row != rowOf.cend();
        if (c.includedMinutes <= 0) {
            if (listed && c.budgetMinutes > 0) {
                report.rows[*row].includedMinutes = c.budgetMinutes;
                report.rows[*row].usedMinutes = (*groups)[*row].minutes;
            }
            continue;
        }
        const RetainerSpan span = retainerSpan(c, useOf.value(c.id), lastNeeded);
        if (listed) {
            // The period's own included minutes, and what was carried into its first month
            // (carried minutes within the period are counted once, in their own month).
            qint64 included = 0;
            bool first = true;
            for (qsizetype i = 0; i < span.months.size(); ++i) {
                const int m = span.first + int(i);
                if (m < firstWanted || m > lastNeeded)
                    continue;
                included += span.months.at(i).included + (first ? span.months.at(i).carried : 0);
                first = false;
            }
            report.rows[*row].includedMinutes = included;
            report.rows[*row].usedMinutes = (*groups)[*row].nonBillableMinutes;
        }
        for (qsizetype i = 0; i < span.months.size(); ++i) {
            const QDate first = monthStart(span.first + int(i));
            const QDate last = first.addMonths(1).addDays(-1);
            if (span.months.at(i).overage <= 0 || (from.isValid() && last < from)
                || (to.isValid() && first > to))
                continue; // no overage, or none of its entries is in the period
            overages.append({ &c, first, last, span.months.at(i).overage });
        }
    }
    if (!overages.isEmpty()) {
        auto loaded = ExchangeRateStore(m_db).load();
        if (!loaded)
            return Error { loaded.error() };
        rates = std::move(*loaded);
        if (const Status ok = attributeOverage(overages, *rates, from, to, rowOf, report); !ok)
            return Error { ok.error() };
    }
    for (TimeReportRow &r : report.rows)
        r.uninvoicedValueMinor = r.billableValueMinor - r.invoicedValueMinor;
    if (!report.unconverted.isEmpty()) {
        if (!rates) {
            auto loaded = ExchangeRateStore(m_db).load();
            if (!loaded)
                return Error { loaded.error() };
            rates = std::move(*loaded);
        }
        for (const UnconvertedAmount &a : report.unconverted.amounts()) {
            const QDate firstRate = rates->firstDate(a.currency);
            if (firstRate.isValid())
                report.firstRates.insert(a.currency, firstRate);
        }
    }
    return report;
}

} // namespace cd
