#include "analytics/revenueanalytics.h"

#include "domain/money.h"
#include "storage/database.h"
#include "storage/revenuequeries.h"
#include "storage/settingsrepository.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QDate monthStart(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

QDate monthEnd(const QDate &day)
{
    return monthStart(day).addMonths(1).addDays(-1);
}

struct Sums
{
    qint64 client = 0;
    qint64 customer = 0;
};

Error tooLarge(const QString &what)
{
    return Error { RevenueAnalytics::tr("%1: the revenue adds up to more than ClientDesk can "
                                        "count exactly; run 'clientdesk check' to find the "
                                        "amounts that are too large.")
                       .arg(what) };
}

/// What the rows of the rollups and the entries add up to, by month.
struct Collected
{
    QMap<QDate, Sums> converted;
    QMap<QString, QMap<QDate, Sums>> original; ///< by currency
};

/// Adds up sums of months into `into`, and what did not convert into `unconverted`.
Status collect(const Result<QList<RevenueSumRow>> &rows, Collected &into, Unconverted &unconverted,
               const QString &what)
{
    if (!rows)
        return Error { rows.error() };
    for (const RevenueSumRow &row : *rows) {
        const QDate start(row.month.left(4).toInt(), row.month.mid(5, 2).toInt(), 1);
        if (!start.isValid())
            continue; // not a date the entries' CHECK would let in
        if (!row.convertedMinor || !row.unconvertedMinor || !row.amountMinor
            || !unconverted.add(row.currency, row.unconverted, *row.unconvertedMinor))
            return tooLarge(what);
        Sums &sums = into.converted[start];
        qint64 &sum = row.client ? sums.client : sums.customer;
        Sums &own = into.original[row.currency][start];
        qint64 &ownSum = row.client ? own.client : own.customer;
        if (__builtin_add_overflow(sum, *row.convertedMinor, &sum)
            || __builtin_add_overflow(ownSum, *row.amountMinor, &ownSum))
            return tooLarge(what);
    }
    return {};
}

/// Adds the sums of months into the periods they fall in; false when a sum would not fit.
bool addMonths(const QMap<QDate, Sums> &months, PeriodGrouping grouping,
               QList<RevenuePeriod> &periods)
{
    for (auto it = months.cbegin(); it != months.cend(); ++it) {
        const QDate start = RevenueAnalytics::periodStart(it.key(), grouping);
        for (RevenuePeriod &period : periods) {
            if (period.start == start) {
                if (__builtin_add_overflow(period.clientMinor, it->client, &period.clientMinor)
                    || __builtin_add_overflow(period.customerMinor, it->customer,
                                              &period.customerMinor))
                    return false;
                break;
            }
        }
    }
    return true;
}

} // namespace

Result<PeriodGrouping> RevenueAnalytics::parseGrouping(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"month"_s)
        return PeriodGrouping::Month;
    if (t == u"quarter"_s)
        return PeriodGrouping::Quarter;
    if (t == u"year"_s)
        return PeriodGrouping::Year;
    return Error { tr("Revenue is grouped by month, quarter or year, not by “%1”.").arg(text) };
}

Status RevenueAnalytics::validate(const RevenueFilter &filter)
{
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        return Error { tr("The period ends on %1, before it starts on %2.")
                           .arg(filter.to.toString(Qt::ISODate),
                                filter.from.toString(Qt::ISODate)) };
    return {};
}

QDate RevenueAnalytics::periodStart(const QDate &day, PeriodGrouping grouping)
{
    switch (grouping) {
    case PeriodGrouping::Month:
        return monthStart(day);
    case PeriodGrouping::Quarter:
        return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    case PeriodGrouping::Year:
        return QDate(day.year(), 1, 1);
    }
    return {};
}

QString RevenueAnalytics::periodKey(const QDate &start, PeriodGrouping grouping)
{
    switch (grouping) {
    case PeriodGrouping::Month:
        return start.toString(u"yyyy-MM"_s);
    case PeriodGrouping::Quarter:
        return u"%1-Q%2"_s.arg(start.year()).arg((start.month() - 1) / 3 + 1);
    case PeriodGrouping::Year:
        return QString::number(start.year());
    }
    return {};
}

RevenueAnalytics::MonthSplit RevenueAnalytics::splitMonths(const QDate &from, const QDate &to)
{
    MonthSplit split { from.isValid() ? monthStart(from) : QDate(),
                       to.isValid() ? monthStart(to) : QDate(),
                       {} };
    if (from.isValid() && from.day() != 1) {
        QDate end = monthEnd(from);
        if (to.isValid() && to < end)
            end = to;
        split.cuts.append({ from, end });
        split.wholeFrom = split.wholeFrom.addMonths(1);
    }
    if (to.isValid() && to != monthEnd(to)) {
        // Unless the cut at the start already ends there, in the same month.
        if (split.cuts.isEmpty() || split.cuts.constFirst().second != to)
            split.cuts.append({ monthStart(to), to });
        split.wholeTo = split.wholeTo.addMonths(-1);
    }
    return split;
}

Result<QList<std::pair<qint64, qint64>>> RevenueAnalytics::topAccounts(Database &database,
                                                                       const RevenueFilter &filter,
                                                                       AccountKind kind, int limit)
{
    if (Status ok = validate(filter); !ok)
        return Error { ok.error() };
    if (!filter.from.isValid() || !filter.to.isValid())
        return Error { tr("The largest accounts need a first and a last day.") };
    const auto [wholeFrom, wholeTo, cuts] = splitMonths(filter.from, filter.to);
    return RevenueQueries(database).topAccounts(wholeFrom, wholeTo, cuts, kind, limit,
                                                tr("Finding the largest accounts failed"));
}

Result<RevenueSeries> RevenueAnalytics::byPeriod(Database &database, const RevenueFilter &filter,
                                                 PeriodGrouping grouping)
{
    if (Status ok = validate(filter); !ok)
        return Error { ok.error() };
    RevenueSeries series;
    series.currency = SettingsRepository(database).firmCurrency();
    const QString failed = tr("Adding up the revenue failed");

    // Whole months come from the rollup; a month the filter cuts comes from its entries.
    const auto [wholeFrom, wholeTo, cuts] = splitMonths(filter.from, filter.to);

    Collected months;
    const RevenueQueries queries(database);
    if (!(wholeFrom.isValid() && wholeTo.isValid() && wholeTo < wholeFrom)) {
        const auto rows = queries.wholeMonths(wholeFrom, wholeTo, filter.managerId, failed);
        if (Status ok = collect(rows, months, series.unconverted, failed); !ok)
            return Error { ok.error() };
    }
    for (const auto &[cutFrom, cutTo] : std::as_const(cuts)) {
        const auto rows = queries.days(cutFrom, cutTo, filter.managerId, failed);
        if (Status ok = collect(rows, months, series.unconverted, failed); !ok)
            return Error { ok.error() };
    }
    series.otherCurrencyEntries = series.unconverted.count();
    if (!series.unconverted.isEmpty()) {
        auto rates = queries.firstRates(failed);
        if (!rates)
            return Error { rates.error() };
        series.firstRates = std::move(rates).value();
    }

    // Every period from the first to the last, the empty ones too.
    const QDate first = filter.from.isValid()
        ? filter.from
        : (months.converted.isEmpty() ? QDate() : months.converted.firstKey());
    const QDate last = filter.to.isValid()
        ? filter.to
        : (months.converted.isEmpty() ? QDate() : months.converted.lastKey());
    if (!first.isValid() || !last.isValid())
        return series;
    const int step = grouping == PeriodGrouping::Month ? 1
        : grouping == PeriodGrouping::Quarter          ? 3
                                                       : 12;
    for (QDate start = periodStart(first, grouping); start <= last; start = start.addMonths(step))
        series.periods.append({ periodKey(start, grouping), start, 0, 0 });
    // The periods of each currency's own amounts, as many as the converted ones.
    const QList<RevenuePeriod> empty = series.periods;
    QList<RevenuePeriod> original;
    for (auto byCurrency = months.original.cbegin(); byCurrency != months.original.cend();
         ++byCurrency) {
        QList<RevenuePeriod> periods = empty;
        if (!addMonths(*byCurrency, grouping, periods))
            return tooLarge(failed);
        for (qsizetype i = 0; i < periods.size(); ++i) {
            const RevenuePeriod &p = periods.at(i);
            series.original.append(
                { p.key, p.start, byCurrency.key(), p.clientMinor, p.customerMinor });
        }
    }
    std::stable_sort(series.original.begin(), series.original.end(),
                     [](const RevenueCurrencyPeriod &a, const RevenueCurrencyPeriod &b) {
                         return a.start < b.start;
                     });
    if (!addMonths(months.converted, grouping, series.periods))
        return tooLarge(failed);
    for (const RevenueCurrencyPeriod &p : std::as_const(series.original)) {
        qint64 total = 0;
        if (__builtin_add_overflow(p.clientMinor, p.customerMinor, &total))
            return tooLarge(failed);
    }
    // RevenuePeriod::totalMinor() adds the two, and the series adds up every period: all of
    // it must fit as well.
    for (const RevenuePeriod &period : std::as_const(series.periods)) {
        qint64 total = 0;
        if (__builtin_add_overflow(period.clientMinor, period.customerMinor, &total)
            || __builtin_add_overflow(series.clientTotalMinor, period.clientMinor,
                                      &series.clientTotalMinor)
            || __builtin_add_overflow(series.customerTotalMinor, period.customerMinor,
                                      &series.customerTotalMinor))
            return tooLarge(failed);
    }
    qint64 total = 0;
    if (__builtin_add_overflow(series.clientTotalMinor, series.customerTotalMinor, &total))
        return tooLarge(failed);
    return series;
}

} // namespace cd
