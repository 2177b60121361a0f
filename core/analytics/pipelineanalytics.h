#pragma once

#include "domain/unconverted.h"
#include "domain/enums.h"
#include "result.h"
#include "storage/rowreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// How many days something took across a set of deals: count, median and quartiles (the
/// lower middle value for an even count, so every figure is a day that occurred), and how many
/// fall into each bucket of PipelineAnalytics::bucketLimits().
struct DayDistribution
{
    int count = 0;
    qint64 median = 0;
    qint64 lowerQuartile = 0;
    qint64 upperQuartile = 0;
    QList<int> buckets; ///< one more entry than bucketLimits(): the last holds the rest

    friend bool operator==(const DayDistribution &, const DayDistribution &) = default;
};

/// The sales-cycle figures of one kind of business.
struct KindPipeline
{
    DayDistribution cycle; ///< won deals: days from first contact to winning
    int won = 0;
    int lost = 0;
    /// Days spent in each open stage, over every deal that has been in it (an open deal's
    /// current stage counts up to today).
    QMap<OpportunityStage, DayDistribution> dwell;

    /// Won out of won and lost, in whole percent; none before anything has closed.
    std::optional<int> winRatePercent() const;
};

/// The open deals of one stage.
struct StageTotal
{
    OpportunityStage stage = OpportunityStage::Lead;
    int count = 0;
    qint64 valueMinor = 0;
    qint64 weightedMinor = 0; ///< Σ value × probability, each rounded down
};

/// The open deals expected to close in one month.
struct ForecastMonth
{
    QDate month; ///< its first day
    int count = 0;
    qint64 valueMinor = 0;
    qint64 weightedMinor = 0;
};

/// The pipeline's figures as of a day, in the firm's currency: a deal in another currency
/// converts at the latest rate on or before that day (RateTable); one without is counted in
/// `unconverted`.
struct PipelineFigures
{
    QDate today;
    QString currency;
    int staleDays = 30;
    QList<StageTotal> stages; ///< lead, qualified, proposal, negotiation
    /// From the current month on; deals whose expected close has passed count in the current
    /// month, since they are still expected.
    QList<ForecastMonth> forecast;
    int openCount = 0;
    int staleCount = 0;
    int withoutExpectedClose = 0; ///< open deals left out of the forecast
    int otherCurrency = 0; ///< open deals without a rate, left out of every sum
    Unconverted unconverted; ///< those deals by currency, with their values
    /// "2 USD deals, 5,000.00 USD, have no USD rate on or before today …"; "" for none.
    QString note(const QLocale &locale = QLocale()) const
    {
        return unconverted.note(Unconverted::What::Deals, {}, locale);
    }
    KindPipeline client; ///< engagements: client business
    KindPipeline customer; ///< sales: transactional customer business
};

/// Sales-cycle analytics over the whole pipeline (issue 6): cycle length from first contact
/// to won, days in each stage, win rate, by kind of business, as medians and distributions;
/// stale deals; the weighted forecast by month.
///
/// A deal's kind is its deal type: engagements are client business, sales customer business.
/// So a customer converted to a client later keeps its earlier quick sales as customer cycles,
/// as its revenue stays customer revenue.
class PipelineAnalytics final
{
    Q_DECLARE_TR_FUNCTIONS(cd::PipelineAnalytics)

public:
    /// The settings key of the days without a stage change or an interaction after which an
    /// open deal is stale, and its default.
    static const QString kStaleDaysKey;
    static constexpr int kDefaultStaleDays = 30;
    /// The stale days from the settings (1–365), or why they cannot be read.
    static Result<int> staleDays(Database &database);

    /// An open deal is stale when neither its last stage change nor the account's last
    /// interaction is within `staleDays` of today.
    static bool isStale(const QDate &lastStageChange, const QDate &lastInteraction,
                        const QDate &today, int staleDays);

    /// How many open deals are stale today, counted in the database (the dashboard's figure;
    /// the same rule as isStale()).
    static Result<qint64> staleCount(Database &database, const QDate &today);

    /// Upper limits (in days, inclusive) of the distribution buckets: 7, 30, 90, 180.
    static QList<int> bucketLimits();
    /// "Up to 7 days", "8–30 days", …, "More than 180 days".
    static QString bucketLabel(int bucket);
    static DayDistribution distribution(QList<qint64> days);

    /// `path` chooses how rows are read (RowReader); both give the same figures.
    static Result<PipelineFigures> compute(Database &database, const QDate &today,
                                           RowReader::Path path = RowReader::Path::Fastest);
};

} // namespace cd
