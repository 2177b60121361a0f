#pragma once

#include "analytics/revenuecube.h"
#include "domain/enums.h"
#include "result.h"
#include "storage/timeanalyticsqueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace cd {

class Database;

/// What time's analytics read once, beside the revenue cube: the minutes per account and
/// month and per person and day (each one grouped read of time_entries), and the people who
/// log time with their capacity. Read-only once loaded: safe to share between threads.
struct TimeData
{
    std::vector<timerows::AccountMonth> accountMonths; ///< in month order
    std::vector<timerows::PersonDay> personDays; ///< in day order
    QList<timerows::Person> people; ///< by name
    int defaultCapacityMinutes = TimeAnalyticsQueries::kDefaultCapacityMinutes;

    bool isEmpty() const { return accountMonths.empty(); }
    static Result<TimeData> load(Database &database);
};

/// Revenue and hours side by side; the effective hourly rate is their ratio.
struct RateFigures
{
    qint64 revenueMinor = 0; ///< in the firm's currency
    qint64 minutes = 0;
    /// revenue ÷ hours in minor units, rounded half away from zero; none without minutes.
    std::optional<qint64> rateMinor() const;
};

struct RatePeriod
{
    QString key; ///< as RevenueAnalytics::periodKey()
    QDate start;
    RateFigures client; ///< of the accounts that are clients now
    RateFigures customer;
};

/// One account's hours and revenue over the filter.
struct AccountRate
{
    qint64 id = 0;
    QString name;
    AccountKind kind = AccountKind::Customer; ///< the account's kind now
    RateFigures figures;
    qint64 billableMinutes = 0;
};

/// What an hour earns (docs/design.md, "Time"): for the accounts a filter lets through that
/// have hours logged in its months, their converted revenue ÷ their hours, per period and kind
/// (clients vs customers, by their kind now) and per account. The revenue of accounts without
/// any hours in the months is left out (it would earn in no time) and added up apart.
struct EffectiveRates
{
    QString currency;
    QList<RatePeriod> periods; ///< every period of the filter, empty ones included
    RateFigures client; ///< over the whole filter
    RateFigures customer;
    QList<AccountRate> accounts; ///< every account with hours, most hours first
    KindAmounts withoutHours; ///< revenue of accounts with no hours in the months
    /// The filter keeps one product category: hours are not split by category, so there are
    /// no figures.
    bool byCategory = false;
};

enum class UtilisationGrouping { Week, Month };

/// One person's hours in one period (a week from Monday, or a month) against their capacity.
struct PersonPeriod
{
    QDate start;
    qint64 capacityMinutes = 0; ///< the weekdays of the period in the range × weekly ÷ 5
    qint64 minutes = 0;
    qint64 billableMinutes = 0;
    /// billable ÷ capacity in whole percent, rounded half away from zero; none without
    /// capacity.
    std::optional<int> percent() const;
    /// All minutes logged ÷ capacity, the same way (retainers' and fixed fees' hours too).
    std::optional<int> loggedPercent() const;
};

struct PersonUtilisation
{
    qint64 userId = 0;
    QString name;
    int weeklyCapacityMinutes = 0; ///< theirs, else the firm's
    QList<PersonPeriod> periods; ///< as Utilisation::periodStarts
    PersonPeriod total; ///< over the range
};

/// Utilisation per person and period (docs/design.md, "Time"): billable hours ÷ capacity.
struct Utilisation
{
    QDate from; ///< the range counted: from..to, both included
    QDate to;
    UtilisationGrouping grouping = UtilisationGrouping::Month;
    QList<QDate> periodStarts;
    QList<PersonUtilisation> people; ///< who logged time in the range, by name
};

/// The figures of time in Analytics, computed from TimeData (and the revenue cube) in memory.
class TimeAnalytics final
{
    Q_DECLARE_TR_FUNCTIONS(cd::TimeAnalytics)

public:
    /// revenue × 60 ÷ minutes, rounded half away from zero; none when minutes ≤ 0.
    static std::optional<qint64> hourlyRate(qint64 revenueMinor, qint64 minutes);
    /// The capacity of `from`..`to` (both included) for `weeklyMinutes` a week: the weekdays
    /// (Monday to Friday) in it × weekly ÷ 5, rounded half away from zero.
    static qint64 capacityMinutes(int weeklyMinutes, const QDate &from, const QDate &to);

    /// Effective rates for `filter` (its months, manager, segment value and grouping).
    static EffectiveRates effectiveRates(const TimeData &data, const RevenueCube &cube,
                                         const CubeFilter &filter);
    /// Utilisation of the whole months of `from`..`to` (invalid: every month with time),
    /// counted no later than `today`, by week or month.
    static Utilisation utilisation(const TimeData &data, const QDate &from, const QDate &to,
                                   const QDate &today, UtilisationGrouping grouping);
};

} // namespace cd
