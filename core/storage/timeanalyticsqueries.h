#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

// The reads of time's analytics (core/analytics/timeanalytics.h): the minutes logged, grouped
// in the database (one pass over time_entries each), and the people with their capacity.
namespace cd {

class Database;

namespace timerows {

/// The minutes logged on one account in one month.
struct AccountMonth
{
    int month = 0; ///< year × 12 + month − 1
    qint64 accountId = 0;
    qint64 minutes = 0;
    qint64 billableMinutes = 0;
};

/// The minutes one person logged on one day.
struct PersonDay
{
    QDate day;
    qint64 userId = 0;
    qint64 minutes = 0;
    qint64 billableMinutes = 0;
};

/// A person who logged time, with the hours a week they work (in minutes; none: the firm's).
struct Person
{
    qint64 id = 0;
    QString name;
    std::optional<int> capacityMinutes;
};

} // namespace timerows

class TimeAnalyticsQueries final
{
    Q_DECLARE_TR_FUNCTIONS(cd::TimeAnalyticsQueries)

public:
    /// The hours a week a person works when neither they nor Settings say: 40.
    static constexpr int kDefaultCapacityMinutes = 2400;

    explicit TimeAnalyticsQueries(Database &database) : m_db(database) { }

    /// Every account's minutes per month, in month order.
    Result<std::vector<timerows::AccountMonth>> minutesByAccountMonth() const;
    /// Every person's minutes per day, in day order.
    Result<std::vector<timerows::PersonDay>> minutesByPersonDay() const;
    /// The people who logged time, by name.
    Result<QList<timerows::Person>> people() const;
    /// The firm's hours a week per person ('time.capacity_minutes'), else 40 hours; an error
    /// names a stored value that is not a number of minutes in a week.
    Result<int> defaultCapacityMinutes() const;

private:
    Database &m_db;
};

} // namespace cd
