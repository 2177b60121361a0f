#pragma once

#include "domain/unconverted.h"
#include "domain/enums.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// How revenue is grouped in time.
enum class PeriodGrouping { Month, Quarter, Year };

/// Which revenue to add up: entries dated from..to (both included; an invalid date leaves
/// that end open), of accounts of one manager when given; in the firm's currency, every
/// entry converted by the one rule (RateTable), what has no rate counted apart.
struct RevenueFilter
{
    QDate from;
    QDate to;
    std::optional<qint64> managerId;
};

/// The revenue of one period, by the kind of account at booking.
struct RevenuePeriod
{
    QString key; ///< "2024-03", "2024-Q1" or "2024", as docs/design.md's revenue command prints
    QDate start; ///< the period's first day
    qint64 clientMinor = 0;
    qint64 customerMinor = 0;

    /// Fits: RevenueAnalytics::byPeriod() refuses periods whose total would not.
    qint64 totalMinor() const { return clientMinor + customerMinor; }
    friend bool operator==(const RevenuePeriod &, const RevenuePeriod &) = default;
};

/// The revenue of one period in one currency, the entries' own amounts.
struct RevenueCurrencyPeriod
{
    QString key;
    QDate start;
    QString currency;
    qint64 clientMinor = 0;
    qint64 customerMinor = 0;

    qint64 totalMinor() const { return clientMinor + customerMinor; }
    friend bool operator==(const RevenueCurrencyPeriod &, const RevenueCurrencyPeriod &) = default;
};

/// Revenue by period: every period from the first to the last, empty ones included.
struct RevenueSeries
{
    QString currency; ///< the firm's
    /// Converted to the firm's currency (each entry at the latest rate on or before its date,
    /// rounded per entry); the entries without such a rate are in `unconverted`.
    QList<RevenuePeriod> periods;
    /// The entries of the filter that could not be converted, by currency.
    Unconverted unconverted;
    /// The first day each currency has a rate, for the note (Unconverted::sentences()).
    QHash<QString, QDate> firstRates;
    /// How many entries `unconverted` counts (kept for callers that only count them).
    qint64 otherCurrencyEntries = 0;
    /// Every period's figures added up; RevenueAnalytics::byPeriod() refuses a series whose
    /// totals would not fit, so these and totalMinor() are exact.
    qint64 clientTotalMinor = 0;
    qint64 customerTotalMinor = 0;
    qint64 totalMinor() const { return clientTotalMinor + customerTotalMinor; }
    /// The entries' own amounts, not converted: every period for each currency that occurs in
    /// the filter, by period, then currency.
    QList<RevenueCurrencyPeriod> original;

    /// "3 USD entries from before the first USD rate, 12,000.00 USD, are not in these figures
    /// — add rates in Settings.", one sentence per currency; "" when every entry converted.
    QString note(const QLocale &locale = QLocale()) const
    {
        return unconverted.note(Unconverted::What::Entries, firstRates, locale);
    }
};

/// Revenue figures for the analytics and `clientdesk revenue`, read from the monthly rollups
/// (revenue_totals, or revenue_monthly for one manager; kept by triggers) for whole months and
/// from the entries only for the days of a month cut by the filter.
class RevenueAnalytics final
{
    Q_DECLARE_TR_FUNCTIONS(cd::RevenueAnalytics)

public:
    /// "month", "quarter" or "year"; a sentence naming the choices otherwise.
    static Result<PeriodGrouping> parseGrouping(const QString &text);
    /// A sentence when the filter cannot be answered (a period that ends before it starts).
    static Status validate(const RevenueFilter &filter);
    /// The period a day falls in, and that period's key.
    static QDate periodStart(const QDate &day, PeriodGrouping grouping);
    static QString periodKey(const QDate &start, PeriodGrouping grouping);

    static Result<RevenueSeries> byPeriod(Database &database, const RevenueFilter &filter,
                                          PeriodGrouping grouping);

    /// The accounts with the most revenue of one kind at booking, converted, from
    /// filter.from to filter.to (both needed), most first, the first `limit`: whole months
    /// from the rollup by account, cut months from their entries.
    static Result<QList<std::pair<qint64, qint64>>>
    topAccounts(Database &database, const RevenueFilter &filter, AccountKind kind, int limit);

private:
    /// A period as whole months (from..to, first days; invalid for an open end, and
    /// to < from when there are none) and the days of months it cuts.
    struct MonthSplit
    {
        QDate wholeFrom;
        QDate wholeTo;
        QList<std::pair<QDate, QDate>> cuts;
    };
    static MonthSplit splitMonths(const QDate &from, const QDate &to);
};

} // namespace cd
