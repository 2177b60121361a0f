#include "analytics/pipelineanalytics.h"

#include "domain/opportunity.h"
#include "domain/opportunityrules.h"
#include "storage/analyticsqueries.h"
#include "storage/database.h"
#include "storage/exchangeratestore.h"
#include "storage/settingsrepository.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// The days a kind of business took, before they become distributions.
struct Days
{
    QList<qint64> cycle;
    QMap<OpportunityStage, QList<qint64>> dwell;
};

bool addExactly(qint64 &sum, qint64 value)
{
    return !__builtin_add_overflow(sum, value, &sum);
}

/// Counts a deal's outcome, cycle and days in each stage under its kind of business.
void addHistory(KindPipeline &kind, Days &days, const Opportunity &o, const QDate &today)
{
    if (o.stage == OpportunityStage::Won)
        ++kind.won;
    else if (o.stage == OpportunityStage::Lost)
        ++kind.lost;
    if (const auto cycle = OpportunityRules::cycleDays(o))
        days.cycle.append(*cycle);
    const auto dwell = OpportunityRules::daysInStage(o, today);
    for (auto it = dwell.begin(); it != dwell.end(); ++it)
        days.dwell[it.key()].append(it.value());
}

/// Adds an open deal to the stale count, its stage's totals and the forecast; false when a
/// sum would not fit.
bool addOpen(PipelineFigures &figures, QMap<QDate, ForecastMonth> &forecast, const Opportunity &o,
             const QDate &lastInteraction, const RateTable &rates)
{
    ++figures.openCount;
    const QDate lastChange = o.history.isEmpty() ? o.firstContact : o.history.constLast().changedOn;
    if (PipelineAnalytics::isStale(lastChange, lastInteraction, figures.today, figures.staleDays))
        ++figures.staleCount;
    // Another currency converts at today's rate, the value and the weighted value each by
    // the one rule.
    const QString &currency = o.expectedValue.currency();
    const std::optional<qint64> value
        = rates.convert(o.expectedValue.minorUnits(), currency, figures.today);
    const std::optional<qint64> weighted
        = rates.convert(OpportunityRules::weightedValue(o).minorUnits(), currency, figures.today);
    if (!value || !weighted) {
        ++figures.otherCurrency;
        return figures.unconverted.add(currency, 1, o.expectedValue.minorUnits());
    }
    StageTotal &total = figures.stages[int(o.stage)];
    ++total.count;
    if (!addExactly(total.valueMinor, *value) || !addExactly(total.weightedMinor, *weighted))
        return false;
    if (!o.expectedClose.isValid()) {
        ++figures.withoutExpectedClose;
        return true;
    }
    const QDate thisMonth(figures.today.year(), figures.today.month(), 1);
    const QDate month
        = std::max(thisMonth, QDate(o.expectedClose.year(), o.expectedClose.month(), 1));
    ForecastMonth &m = forecast[month];
    m.month = month;
    ++m.count;
    return addExactly(m.valueMinor, *value) && addExactly(m.weightedMinor, *weighted);
}

} // namespace

const QString PipelineAnalytics::kStaleDaysKey = u"pipeline_stale_days"_s;

std::optional<int> KindPipeline::winRatePercent() const
{
    const int closed = won + lost;
    if (closed == 0)
        return std::nullopt;
    return int((qint64(won) * 200 + closed) / (2 * closed)); // rounded half up
}

Result<int> PipelineAnalytics::staleDays(Database &database)
{
    const Result<qint64> days
        = SettingsRepository(database).intValue(kStaleDaysKey, kDefaultStaleDays);
    if (!days)
        return Error { days.error() };
    if (*days < 1 || *days > 365)
        return Error { tr("The days after which a deal is stale must be from 1 to 365, not %1 "
                          "(setting %2).")
                           .arg(*days)
                           .arg(kStaleDaysKey) };
    return int(*days);
}

bool PipelineAnalytics::isStale(const QDate &lastStageChange, const QDate &lastInteraction,
                                const QDate &today, int staleDays)
{
    QDate last = lastStageChange;
    if (lastInteraction.isValid() && (!last.isValid() || lastInteraction > last))
        last = lastInteraction;
    return !last.isValid() || last.daysTo(today) > staleDays;
}

Result<qint64> PipelineAnalytics::staleCount(Database &database, const QDate &today)
{
    const Result<int> days = staleDays(database);
    if (!days)
        return Error { days.error() };
    // Stale when the later of the last stage change and the last interaction is more than
    // `days` before today, i.e. before the cutoff.
    return PipelineRows::staleCount(database, today.addDays(-*days),
                                    tr("Counting the stale opportunities failed"));
}

QList<int> PipelineAnalytics::bucketLimits()
{
    return { 7, 30, 90, 180 };
}

QString PipelineAnalytics::bucketLabel(int bucket)
{
    const QList<int> limits = bucketLimits();
    const QLocale locale;
    if (bucket <= 0)
        return tr("Up to %1 days").arg(locale.toString(limits.first()));
    if (bucket >= limits.size())
        return tr("More than %1 days").arg(locale.toString(limits.last()));
    return tr("%1–%2 days")
        .arg(locale.toString(limits.at(bucket - 1) + 1), locale.toString(limits.at(bucket)));
}

DayDistribution PipelineAnalytics::distribution(QList<qint64> days)
{
    DayDistribution d;
    const QList<int> limits = bucketLimits();
    d.buckets.fill(0, limits.size() + 1);
    if (days.isEmpty())
        return d;
    std::sort(days.begin(), days.end());
    d.count = int(days.size());
    const auto at = [&days](qsizetype numerator, qsizetype denominator) {
        // The value at the given fraction of the sorted list, the lower one between two.
        return days.at((days.size() - 1) * numerator / denominator);
    };
    d.median = at(1, 2);
    d.lowerQuartile = at(1, 4);
    d.upperQuartile = at(3, 4);
    for (qint64 value : std::as_const(days)) {
        const auto bucket = std::find_if(limits.begin(), limits.end(),
                                         [value](int limit) { return value <= limit; });
        ++d.buckets[bucket - limits.begin()];
    }
    return d;
}

Result<PipelineFigures> PipelineAnalytics::compute(Database &database, const QDate &today,
                                                   RowReader::Path path)
{
    PipelineFigures figures;
    figures.today = today;
    figures.currency = SettingsRepository(database).firmCurrency();
    const Result<int> stale = staleDays(database);
    if (!stale)
        return Error { stale.error() };
    figures.staleDays = *stale;
    for (OpportunityStage stage : { OpportunityStage::Lead, OpportunityStage::Qualified,
                                    OpportunityStage::Proposal, OpportunityStage::Negotiation })
        figures.stages.append({ stage, 0, 0, 0 });

    const Result<RateTable> rates = ExchangeRateStore(database).load();
    if (!rates)
        return Error { rates.error() };
    PipelineRows rows(database, path);
    if (Status ok = rows.open(tr("Reading the pipeline"), tr("Reading the stage history")); !ok)
        return Error { ok.error() };
    Days clientDays;
    Days customerDays;
    QMap<QDate, ForecastMonth> forecast;
    Opportunity o;
    QDate lastInteraction;
    while (rows.next(o, lastInteraction)) {
        const bool client = o.dealType == DealType::Engagement;
        addHistory(client ? figures.client : figures.customer, client ? clientDays : customerDays,
                   o, today);
        if (!OpportunityRules::isClosed(o.stage)
            && !addOpen(figures, forecast, o, lastInteraction, *rates))
            return Error { tr("Adding up the pipeline failed: the expected values add up to more "
                              "than ClientDesk can count exactly.") };
    }
    if (Status ok = rows.status(); !ok)
        return Error { ok.error() };
    figures.forecast = forecast.values();

    for (auto [kind, days] : { std::pair { &figures.client, &clientDays },
                               std::pair { &figures.customer, &customerDays } }) {
        kind->cycle = distribution(days->cycle);
        for (auto it = days->dwell.begin(); it != days->dwell.end(); ++it)
            kind->dwell.insert(it.key(), distribution(it.value()));
    }
    return figures;
}

} // namespace cd
