#include "analytics/revenueanalytics.h"

#include "domain/money.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/sqlvalues.h"

#include <QMap>
#include <QSqlQuery>

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

/// Adds up what \a q returns (month 'YYYY-MM', kind, in the firm's currency 0/1, amount,
/// entries) into \a months.
Status collect(QSqlQuery &q, QMap<QDate, Sums> &months, qint64 &otherCurrency, const QString &what)
{
    q.setForwardOnly(true);
    if (Status ok = sql::exec(q, what); !ok)
        return ok;
    while (q.next()) {
        if (!q.value(2).toBool()) {
            otherCurrency += q.value(4).toLongLong();
            continue;
        }
        const QString month = q.value(0).toString();
        const QDate start(month.left(4).toInt(), month.mid(5, 2).toInt(), 1);
        if (!start.isValid())
            continue; // not a date the entries' CHECK would let in
        Sums &sums = months[start];
        qint64 &sum = q.value(1).toString() == u"client"_s ? sums.client : sums.customer;
        const std::optional<qint64> amount = sql::exactInteger(q.value(3));
        if (!amount || __builtin_add_overflow(sum, *amount, &sum))
            return tooLarge(what);
    }
    return {};
}

QString managerJoin(const RevenueFilter &filter, const QString &alias)
{
    return filter.managerId
        ? u" JOIN accounts a ON a.id = %1.account_id AND a.manager_id = :manager"_s.arg(alias)
        : QString();
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
    QStringList parts;
    if (wholeFrom <= wholeTo)
        parts.append(u"SELECT account_id, amount_minor FROM revenue_monthly WHERE month BETWEEN "
                     ":wholeFrom AND :wholeTo AND currency = :currency AND account_kind = :kind"_s);
    for (int i = 0; i < cuts.size(); ++i)
        parts.append(u"SELECT account_id, amount_minor FROM revenue_entries WHERE entry_date "
                     "BETWEEN :from%1 AND :to%1 AND currency = :currency AND account_kind = "
                     ":kind"_s.arg(i));
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT account_id, sum(amount_minor) AS total FROM ("_s
              + parts.join(u" UNION ALL "_s)
              + u") AS parts GROUP BY account_id HAVING sum(amount_minor) > 0 "
                "ORDER BY total DESC, account_id "
                "LIMIT :limit"_s);
    if (wholeFrom <= wholeTo) {
        q.bindValue(u":wholeFrom"_s, wholeFrom.toString(u"yyyy-MM"_s));
        q.bindValue(u":wholeTo"_s, wholeTo.toString(u"yyyy-MM"_s));
    }
    for (int i = 0; i < cuts.size(); ++i) {
        q.bindValue(u":from%1"_s.arg(i), sql::date(cuts.at(i).first));
        q.bindValue(u":to%1"_s.arg(i), sql::date(cuts.at(i).second));
    }
    q.bindValue(u":currency"_s, SettingsRepository(database).firmCurrency());
    q.bindValue(u":kind"_s, toCode(kind));
    q.bindValue(u":limit"_s, limit);
    if (Status ok = sql::exec(q, tr("Finding the largest accounts failed")); !ok)
        return Error { ok.error() };
    QList<std::pair<qint64, qint64>> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toLongLong() });
    return out;
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

    QMap<QDate, Sums> months;
    QSqlQuery q(database.connection());
    q.setNumericalPrecisionPolicy(QSql::HighPrecision); // exact sums (sql::exactInteger)
    if (!(wholeFrom.isValid() && wholeTo.isValid() && wholeTo < wholeFrom)) {
        // The firm's totals need no account; one manager's come from the rollup by account,
        // and so do an account manager's on a server, where they see only their accounts.
        const bool byAccount = filter.managerId || !database.session().seesAll;
        QString sql = u"SELECT r.month, r.account_kind, r.currency = :currency, "
                      "sum(r.amount_minor), sum(r.entries) FROM "_s
            + (byAccount ? u"revenue_monthly r"_s + managerJoin(filter, u"r"_s)
                         : u"revenue_totals r"_s)
            + u" WHERE 1 = 1"_s;
        if (wholeFrom.isValid())
            sql += u" AND r.month >= :from"_s;
        if (wholeTo.isValid())
            sql += u" AND r.month <= :to"_s;
        q.prepare(sql + u" GROUP BY 1, 2, 3"_s);
        q.bindValue(u":currency"_s, series.currency);
        if (filter.managerId)
            q.bindValue(u":manager"_s, *filter.managerId);
        if (wholeFrom.isValid())
            q.bindValue(u":from"_s, wholeFrom.toString(u"yyyy-MM"_s));
        if (wholeTo.isValid())
            q.bindValue(u":to"_s, wholeTo.toString(u"yyyy-MM"_s));
        if (Status ok = collect(q, months, series.otherCurrencyEntries, failed); !ok)
            return Error { ok.error() };
    }
    for (const auto &[cutFrom, cutTo] : std::as_const(cuts)) {
        q.prepare(u"SELECT substr(e.entry_date, 1, 7), e.account_kind, e.currency = :currency, "
                  "sum(e.amount_minor), count(*) FROM revenue_entries e"_s
                  + managerJoin(filter, u"e"_s)
                  + u" WHERE e.entry_date BETWEEN :from AND :to GROUP BY 1, 2, 3"_s);
        q.bindValue(u":currency"_s, series.currency);
        if (filter.managerId)
            q.bindValue(u":manager"_s, *filter.managerId);
        q.bindValue(u":from"_s, sql::date(cutFrom));
        q.bindValue(u":to"_s, sql::date(cutTo));
        if (Status ok = collect(q, months, series.otherCurrencyEntries, failed); !ok)
            return Error { ok.error() };
    }

    // Every period from the first to the last, the empty ones too.
    const QDate first
        = filter.from.isValid() ? filter.from : (months.isEmpty() ? QDate() : months.firstKey());
    const QDate last
        = filter.to.isValid() ? filter.to : (months.isEmpty() ? QDate() : months.lastKey());
    if (!first.isValid() || !last.isValid())
        return series;
    const int step = grouping == PeriodGrouping::Month ? 1
        : grouping == PeriodGrouping::Quarter          ? 3
                                                       : 12;
    for (QDate start = periodStart(first, grouping); start <= last; start = start.addMonths(step))
        series.periods.append({ periodKey(start, grouping), start, 0, 0 });
    for (auto it = months.cbegin(); it != months.cend(); ++it) {
        const QDate start = periodStart(it.key(), grouping);
        for (RevenuePeriod &period : series.periods) {
            if (period.start == start) {
                if (__builtin_add_overflow(period.clientMinor, it->client, &period.clientMinor)
                    || __builtin_add_overflow(period.customerMinor, it->customer,
                                              &period.customerMinor))
                    return tooLarge(failed);
                break;
            }
        }
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
