#pragma once

#include "analytics/revenueanalytics.h"
#include "domain/enums.h"
#include "domain/unconverted.h"
#include "result.h"
#include "storage/rowreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cd {

class Database;
namespace cuberows {
struct FactRange;
}

/// The dimensions revenue is split by on the segment chart and filtered by.
enum class Dimension { Industry, Region, Category, Channel };

/// Revenue of clients and customers side by side.
struct KindAmounts
{
    qint64 client = 0;
    qint64 customer = 0;
    qint64 total() const { return client + customer; }
    friend bool operator==(const KindAmounts &, const KindAmounts &) = default;
};

/// What the analytics look at: whole months from..to (both included), one account manager
/// or all, one value of one segment or all; periods grouped by month, quarter or year;
/// `breakdown` is the dimension of the segment chart.
struct CubeFilter
{
    QDate from; ///< any day of the first month
    QDate to; ///< any day of the last month
    std::optional<qint64> managerId;
    std::optional<Dimension> segment;
    QString segmentValue; ///< with `segment`; "" is the entries or accounts without one
    PeriodGrouping grouping = PeriodGrouping::Month;
    Dimension breakdown = Dimension::Industry;
};

struct CubePeriod
{
    QString key; ///< as RevenueAnalytics::periodKey()
    QDate start;
    KindAmounts revenue;
    int clientPayers = 0; ///< accounts whose client revenue in the period is above 0
    int customerPayers = 0;
};

struct CubeSlice
{
    QString value; ///< a segment value or a behaviour code; "" when there is none
    KindAmounts revenue;
};

struct CubeAccount
{
    qint64 id = 0;
    QString name;
    AccountKind kind = AccountKind::Customer; ///< the account's kind now
    qint64 revenue = 0;
};

/// Every figure the revenue charts show, for one filter. Amounts in minor units of the
/// firm's currency: each entry converted by the one rule (RateTable, stored on the entry and
/// summed in the rollup); the entries without a rate are counted in `unconverted`.
struct RevenueFigures
{
    QString currency;
    /// The entries of the filter that could not be converted, by currency.
    Unconverted unconverted;
    /// The first day each currency has a rate, for the note.
    QHash<QString, QDate> firstRates;
    /// The sentence per currency naming what is left out; "" when nothing is.
    QString note(const QLocale &locale = QLocale()) const
    {
        return unconverted.note(Unconverted::What::Entries, firstRates, locale);
    }
    QList<CubePeriod> periods; ///< every period of the filter, empty ones included
    KindAmounts total;
    int clientPayers = 0; ///< over the whole filter
    int customerPayers = 0;
    /// Customer revenue by the customer's behaviour now: loyal, returning, new, other (in
    /// that order; a customer counts under the first of its tags in that order).
    QList<CubeSlice> behaviour;
    qint64 customerPromoted = 0; ///< customer revenue of entries with a promotion
    QList<CubeSlice> segments; ///< by `breakdown`, largest total first
    QList<CubeAccount> top; ///< the ten accounts with the most revenue, most first
    /// Every account's revenue in the filter above 0, most first: the Pareto curve.
    QList<qint64> accountRevenue;
};

/// One account's converted revenue in one month (RevenueCube::revenueByAccountMonth).
struct CubeAccountMonth
{
    int month = 0; ///< year × 12 + month − 1
    qint64 accountId = 0;
    qint64 amount = 0; ///< in the firm's currency
};

/// The monthly revenue rollup by account (revenue_monthly) held in memory with the accounts'
/// attributes, so that every chart's figures for any filter come from one pass over it in a
/// few milliseconds. Loaded once when the analytics open and again after changes, off the UI
/// thread; a loaded cube is read-only and can be shared.
class RevenueCube final
{
    Q_DECLARE_TR_FUNCTIONS(cd::RevenueCube)

public:
    static Result<RevenueCube> load(Database &database,
                                    RowReader::Path path = RowReader::Path::Fastest);

    RevenueFigures compute(const CubeFilter &filter) const;

    QString currency() const { return m_currency; }
    /// The first and last month with revenue; invalid when there is none.
    QDate firstMonth() const;
    QDate lastMonth() const;
    /// The values a segment takes, sorted, "" (none) last when it occurs.
    QStringList values(Dimension segment) const;
    qsizetype factCount() const { return qsizetype(m_facts.size()); }

    /// The accounts a filter lets through (its manager and segment value, not its months),
    /// with their name and kind now (`revenue` 0): what figures that set revenue beside
    /// something else per account (time's effective rate) go by.
    QList<CubeAccount> accountsOf(const CubeFilter &filter) const;
    /// The converted revenue of those accounts in each month of the filter's months (a
    /// category filter keeps that category's revenue only), in month order, one row per
    /// account and month with revenue.
    std::vector<CubeAccountMonth> revenueByAccountMonth(const CubeFilter &filter) const;

private:
    struct Fact
    {
        int month; ///< year × 12 + month − 1
        int account; ///< index into m_accounts
        int category; ///< index into m_names[Category]
        bool client;
        bool promoted;
        qint64 amount;
    };
    struct Sums;
    /// What of a fact did not convert (few facts have any).
    struct Gap
    {
        size_t fact; ///< index into m_facts
        int currency; ///< index into m_currencies
        qint64 entries;
        qint64 amount; ///< in the currency's own minor units
    };
    struct Account
    {
        qint64 id;
        QString name;
        AccountKind kind;
        std::optional<qint64> managerId;
        int industry, region, channel; ///< indexes into m_names
        int behaviour; ///< 0 loyal, 1 returning, 2 new, 3 other
    };

    Status readAccounts(Database &database, RowReader::Path path);
    /// The facts of both ranges (`early` may be null) mapped to the cube's accounts and
    /// categories; accounts added while the cube was read are left for the next load.
    Status addFacts(const cuberows::FactRange *early, const cuberows::FactRange &late);
    /// By account: whether the filter lets it through.
    std::vector<char> accepted(const CubeFilter &filter, int wantedValue) const;
    /// One pass over the facts of the filter's months.
    void addUp(const CubeFilter &filter, Sums &sums, RevenueFigures &f) const;
    /// The totals, payers, the Pareto curve and the top ten from the sums by account.
    void rankAccounts(const Sums &sums, RevenueFigures &f) const;
    /// What the filter leaves out for want of a rate.
    void addGaps(const CubeFilter &filter, const Sums &sums, RevenueFigures &f) const;

    QString m_currency;
    std::vector<Fact> m_facts; ///< in month order
    std::vector<Gap> m_gaps; ///< in fact order
    QStringList m_currencies; ///< what the gaps' currency indexes refer to
    QHash<QString, QDate> m_firstRates;
    std::vector<Account> m_accounts;
    QStringList m_names[4]; ///< per Dimension, the distinct values
};

} // namespace cd
