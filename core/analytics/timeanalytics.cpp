#include "analytics/timeanalytics.h"

#include "analytics/revenueanalytics.h"
#include "storage/database.h"

#include <QHash>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

__extension__ typedef __int128 Wide; // products of two 64-bit values

int monthIndex(const QDate &day)
{
    return day.year() * 12 + day.month() - 1;
}

QDate monthOf(int index)
{
    return QDate(index / 12, index % 12 + 1, 1);
}

int stepOf(PeriodGrouping grouping)
{
    switch (grouping) {
    case PeriodGrouping::Month:
        return 1;
    case PeriodGrouping::Quarter:
        return 3;
    case PeriodGrouping::Year:
        return 12;
    }
    return 1;
}

/// a ÷ b rounded half away from zero, for b > 0.
qint64 divideRounded(qint64 a, qint64 b)
{
    const Wide twice = Wide(a) * 2;
    return qint64((twice + (a >= 0 ? b : -b)) / (Wide(b) * 2));
}

} // namespace

Result<TimeData> TimeData::load(Database &database)
{
    const TimeAnalyticsQueries queries(database);
    TimeData data;
    auto months = queries.minutesByAccountMonth();
    if (!months)
        return Error { months.error() };
    data.accountMonths = std::move(months).value();
    auto days = queries.minutesByPersonDay();
    if (!days)
        return Error { days.error() };
    data.personDays = std::move(days).value();
    auto people = queries.people();
    if (!people)
        return Error { people.error() };
    data.people = std::move(people).value();
    const auto capacity = queries.defaultCapacityMinutes();
    if (!capacity)
        return Error { capacity.error() };
    data.defaultCapacityMinutes = *capacity;
    return data;
}

std::optional<qint64> RateFigures::rateMinor() const
{
    return TimeAnalytics::hourlyRate(revenueMinor, minutes);
}

std::optional<int> PersonPeriod::percent() const
{
    if (capacityMinutes <= 0)
        return std::nullopt;
    return int(divideRounded(billableMinutes * 100, capacityMinutes));
}

std::optional<int> PersonPeriod::loggedPercent() const
{
    if (capacityMinutes <= 0)
        return std::nullopt;
    return int(divideRounded(minutes * 100, capacityMinutes));
}

std::optional<qint64> TimeAnalytics::hourlyRate(qint64 revenueMinor, qint64 minutes)
{
    if (minutes <= 0)
        return std::nullopt;
    const Wide twice = Wide(revenueMinor) * 60 * 2;
    return qint64((twice + (revenueMinor >= 0 ? minutes : -minutes)) / (Wide(minutes) * 2));
}

qint64 TimeAnalytics::capacityMinutes(int weeklyMinutes, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from || weeklyMinutes <= 0)
        return 0;
    // Whole weeks hold five weekdays each; the days left over are counted one by one.
    const qint64 days = from.daysTo(to) + 1;
    qint64 weekdays = days / 7 * 5;
    for (QDate d = from.addDays(days / 7 * 7); d <= to; d = d.addDays(1))
        weekdays += d.dayOfWeek() <= 5;
    return divideRounded(qint64(weeklyMinutes) * weekdays, 5);
}

EffectiveRates TimeAnalytics::effectiveRates(const TimeData &data, const RevenueCube &cube,
                                             const CubeFilter &filter)
{
    EffectiveRates out;
    out.currency = cube.currency();
    if (filter.segment == Dimension::Category) {
        out.byCategory = true;
        return out;
    }
    // The months: the filter's, else every month with time or revenue.
    QDate firstDay = filter.from;
    QDate lastDay = filter.to;
    if (!firstDay.isValid() || !lastDay.isValid()) {
        int first = data.accountMonths.empty() ? INT_MAX : data.accountMonths.front().month;
        int last = data.accountMonths.empty() ? INT_MIN : data.accountMonths.back().month;
        if (cube.firstMonth().isValid()) {
            first = std::min(first, monthIndex(cube.firstMonth()));
            last = std::max(last, monthIndex(cube.lastMonth()));
        }
        if (first > last)
            return out;
        firstDay = monthOf(first);
        lastDay = monthOf(last);
    }
    if (lastDay < firstDay)
        return out;
    const int from = monthIndex(firstDay);
    const int to = monthIndex(lastDay);
    const int firstPeriod = monthIndex(RevenueAnalytics::periodStart(firstDay, filter.grouping));
    const int step = stepOf(filter.grouping);
    for (int m = firstPeriod; m <= to; m += step) {
        const QDate start = monthOf(m);
        out.periods.append({ RevenueAnalytics::periodKey(start, filter.grouping), start, {}, {} });
    }

    // The accounts the filter lets through, and their hours in the months.
    QHash<qint64, qsizetype> byId;
    const QList<CubeAccount> accounts = cube.accountsOf(filter);
    for (qsizetype i = 0; i < accounts.size(); ++i)
        byId.insert(accounts.at(i).id, i);
    QHash<qint64, qsizetype> rateOf; // account id → index into out.accounts
    for (const timerows::AccountMonth &row : data.accountMonths) {
        if (row.month < from || row.month > to)
            continue;
        const auto at = byId.constFind(row.accountId);
        if (at == byId.cend())
            continue;
        const CubeAccount &account = accounts.at(*at);
        auto rate = rateOf.constFind(row.accountId);
        if (rate == rateOf.cend()) {
            out.accounts.append({ account.id, account.name, account.kind, {}, 0 });
            rate = rateOf.insert(row.accountId, out.accounts.size() - 1);
        }
        AccountRate &figures = out.accounts[*rate];
        figures.figures.minutes += row.minutes;
        figures.billableMinutes += row.billableMinutes;
        RatePeriod &period = out.periods[(row.month - firstPeriod) / step];
        (account.kind == AccountKind::Client ? period.client : period.customer).minutes
            += row.minutes;
    }

    // Their revenue; the revenue of accounts without hours is set apart.
    for (const CubeAccountMonth &row : cube.revenueByAccountMonth(filter)) {
        const auto rate = rateOf.constFind(row.accountId);
        if (rate == rateOf.cend()) {
            const auto at = byId.constFind(row.accountId);
            if (at == byId.cend())
                continue;
            (accounts.at(*at).kind == AccountKind::Client ? out.withoutHours.client
                                                          : out.withoutHours.customer)
                += row.amount;
            continue;
        }
        AccountRate &figures = out.accounts[*rate];
        figures.figures.revenueMinor += row.amount;
        RatePeriod &period = out.periods[(row.month - firstPeriod) / step];
        (figures.kind == AccountKind::Client ? period.client : period.customer).revenueMinor
            += row.amount;
    }
    for (const AccountRate &a : std::as_const(out.accounts)) {
        RateFigures &kind = a.kind == AccountKind::Client ? out.client : out.customer;
        kind.minutes += a.figures.minutes;
        kind.revenueMinor += a.figures.revenueMinor;
    }
    std::stable_sort(
        out.accounts.begin(), out.accounts.end(), [](const AccountRate &a, const AccountRate &b) {
            return a.figures.minutes != b.figures.minutes ? a.figures.minutes > b.figures.minutes
                                                          : a.id < b.id;
        });
    return out;
}

Utilisation TimeAnalytics::utilisation(const TimeData &data, const QDate &from, const QDate &to,
                                       const QDate &today, UtilisationGrouping grouping)
{
    Utilisation out;
    out.grouping = grouping;
    QDate first = from.isValid() ? QDate(from.year(), from.month(), 1) : QDate();
    QDate last = to.isValid() ? QDate(to.year(), to.month(), 1).addMonths(1).addDays(-1) : QDate();
    if (!first.isValid() || !last.isValid()) {
        if (data.personDays.empty())
            return out;
        const QDate a = data.personDays.front().day;
        const QDate b = data.personDays.back().day;
        first = QDate(a.year(), a.month(), 1);
        last = QDate(b.year(), b.month(), 1).addMonths(1).addDays(-1);
    }
    if (today.isValid() && last > today)
        last = today; // the days ahead have no hours yet: no capacity either
    if (last < first)
        return out;
    out.from = first;
    out.to = last;
    // The periods: weeks from their Monday, or months.
    QList<QDate> ends;
    QDate start
        = grouping == UtilisationGrouping::Week ? first.addDays(1 - first.dayOfWeek()) : first;
    while (start <= last) {
        const QDate next
            = grouping == UtilisationGrouping::Week ? start.addDays(7) : start.addMonths(1);
        out.periodStarts.append(start);
        ends.append(next.addDays(-1));
        start = next;
    }
    const auto periodOf = [&](const QDate &day) {
        const auto it = std::upper_bound(out.periodStarts.cbegin(), out.periodStarts.cend(), day);
        return qsizetype(it - out.periodStarts.cbegin()) - 1;
    };

    QHash<qint64, qsizetype> indexOf; // user id → index into out.people
    for (const timerows::PersonDay &row : data.personDays) {
        if (row.day < first || row.day > last)
            continue;
        auto at = indexOf.constFind(row.userId);
        if (at == indexOf.cend()) {
            PersonUtilisation person;
            person.userId = row.userId;
            at = indexOf.insert(row.userId, out.people.size());
            out.people.append(person);
        }
        PersonUtilisation &person = out.people[*at];
        if (person.periods.isEmpty())
            person.periods.resize(out.periodStarts.size());
        PersonPeriod &period = person.periods[periodOf(row.day)];
        period.minutes += row.minutes;
        period.billableMinutes += row.billableMinutes;
    }
    // Names and capacity; people are listed by name (as TimeData has them).
    QList<PersonUtilisation> named;
    for (const timerows::Person &p : data.people) {
        const auto at = indexOf.constFind(p.id);
        if (at == indexOf.cend())
            continue;
        PersonUtilisation person = out.people.at(*at);
        person.name = p.name;
        person.weeklyCapacityMinutes = p.capacityMinutes.value_or(data.defaultCapacityMinutes);
        person.total.start = first;
        for (qsizetype i = 0; i < person.periods.size(); ++i) {
            PersonPeriod &period = person.periods[i];
            period.start = out.periodStarts.at(i);
            period.capacityMinutes
                = capacityMinutes(person.weeklyCapacityMinutes, std::max(period.start, first),
                                  std::min(ends.at(i), last));
            person.total.capacityMinutes += period.capacityMinutes;
            person.total.minutes += period.minutes;
            person.total.billableMinutes += period.billableMinutes;
        }
        named.append(std::move(person));
    }
    out.people = std::move(named);
    return out;
}

} // namespace cd
