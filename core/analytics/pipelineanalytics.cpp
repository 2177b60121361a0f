#include "analytics/pipelineanalytics.h"

#include "domain/opportunity.h"
#include "domain/opportunityrules.h"
#include "storage/database.h"
#include "storage/rowreader.h"
#include "storage/settingsrepository.h"
#include "storage/sqlvalues.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// `CASE column WHEN 'lead' THEN 0 … END`: the stage as its enum value, so that tens of
/// thousands of rows are read as integers rather than as text to convert and parse.
QString stageNumber(const QString &column)
{
    QString sql = u"CASE "_s + column;
    const QStringList codes = allCodes<OpportunityStage>();
    for (qsizetype i = 0; i < codes.size(); ++i)
        sql += u" WHEN '%1' THEN %2"_s.arg(codes.at(i)).arg(i);
    return sql + u" END"_s;
}

OpportunityStage toStage(qint64 stage)
{
    return stage >= 0 && stage <= int(OpportunityStage::Lost) ? OpportunityStage(stage)
                                                              : OpportunityStage::Lead;
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
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT count(*) FROM opportunities o WHERE o.stage NOT IN ('won', 'lost') "
              "AND coalesce((SELECT max(s.changed_on) FROM opportunity_stages s "
              "WHERE s.opportunity_id = o.id), o.first_contact) < :cutoff "
              "AND coalesce((SELECT substr(max(i.occurred_at), 1, 10) FROM interactions i "
              "WHERE i.account_id = o.account_id), '') < :cutoff"_s);
    q.bindValue(u":cutoff"_s, sql::date(today.addDays(-*days)));
    return sql::count(q, tr("Counting the stale opportunities failed"));
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
    const auto addExactly = [](qint64 &sum, qint64 value) {
        return !__builtin_add_overflow(sum, value, &sum);
    };
    const auto tooLarge = [] {
        return Error { tr("Adding up the pipeline failed: the expected values add up to more "
                          "than ClientDesk can count exactly.") };
    };
    const Result<int> stale = staleDays(database);
    if (!stale)
        return Error { stale.error() };
    figures.staleDays = *stale;
    for (OpportunityStage stage : { OpportunityStage::Lead, OpportunityStage::Qualified,
                                    OpportunityStage::Proposal, OpportunityStage::Negotiation })
        figures.stages.append({ stage, 0, 0, 0 });

    // Two ordered scans merged by id: the deals, and every stage change. The last
    // interaction of the account, for open deals only: in a file one seek each in the
    // (account_id, occurred_at) index; on a server grouped once, since row-level security
    // would check every seek against the accounts again (390 ms for an account manager on the
    // large sample, 5 ms grouped).
    const QString deals = u"SELECT o.id, CASE o.deal_type WHEN 'sale' THEN 1 ELSE 0 END, "_s
        + stageNumber(u"o.stage"_s)
        + u", o.first_contact, o.closed_on, o.expected_close, o.expected_value_minor, "
          "o.currency, o.probability, CASE WHEN o.stage IN ('won', 'lost') THEN NULL ELSE "_s;
    RowReader q(database, path);
    if (Status ok
        = q.exec(database.dialect() == Dialect::PostgreSQL ? deals
                         + u"i.last END FROM opportunities o LEFT JOIN (SELECT account_id, "
                           "max(occurred_at) AS last FROM interactions GROUP BY account_id) i ON "
                           "i.account_id = o.account_id ORDER BY o.id"_s
                                                           : deals
                         + u"(SELECT max(i.occurred_at) FROM interactions i WHERE i.account_id = "
                           "o.account_id) END FROM opportunities o ORDER BY o.id"_s,
                 tr("Reading the pipeline"));
        !ok) {
        return Error { ok.error() };
    }
    RowReader s(database, path);
    if (Status ok = s.exec(u"SELECT opportunity_id, "_s + stageNumber(u"stage"_s)
                               + u", changed_on FROM opportunity_stages "
                                 "ORDER BY opportunity_id, changed_on, id"_s,
                           tr("Reading the stage history"));
        !ok) {
        return Error { ok.error() };
    }
    bool haveStage = s.next();

    struct Days
    {
        QList<qint64> cycle;
        QMap<OpportunityStage, QList<qint64>> dwell;
    };
    Days clientDays;
    Days customerDays;
    QMap<QDate, ForecastMonth> forecast;
    const QDate thisMonth(today.year(), today.month(), 1);
    while (q.next()) {
        Opportunity o;
        o.id = q.integer(0);
        o.dealType = q.integer(1) == 1 ? DealType::Sale : DealType::Engagement;
        o.stage = toStage(q.integer(2));
        o.firstContact = q.date(3);
        o.closedOn = q.date(4);
        o.expectedClose = q.date(5);
        o.expectedValue = Money(q.integer(6), q.text(7));
        o.probability = int(q.integer(8));
        while (haveStage && s.integer(0) < o.id)
            haveStage = s.next();
        while (haveStage && s.integer(0) == o.id) {
            o.history.append({ toStage(s.integer(1)), s.date(2) });
            haveStage = s.next();
        }

        KindPipeline &kind = o.dealType == DealType::Engagement ? figures.client : figures.customer;
        Days &days = o.dealType == DealType::Engagement ? clientDays : customerDays;
        if (o.stage == OpportunityStage::Won)
            ++kind.won;
        else if (o.stage == OpportunityStage::Lost)
            ++kind.lost;
        if (const auto cycle = OpportunityRules::cycleDays(o))
            days.cycle.append(*cycle);
        const auto dwell = OpportunityRules::daysInStage(o, today);
        for (auto it = dwell.begin(); it != dwell.end(); ++it)
            days.dwell[it.key()].append(it.value());

        if (OpportunityRules::isClosed(o.stage))
            continue;
        ++figures.openCount;
        const QDate lastChange
            = o.history.isEmpty() ? o.firstContact : o.history.constLast().changedOn;
        const QDate lastInteraction = q.date(9);
        if (isStale(lastChange, lastInteraction, today, figures.staleDays))
            ++figures.staleCount;
        if (o.expectedValue.currency() != figures.currency) {
            ++figures.otherCurrency;
            continue;
        }
        const qint64 weighted = OpportunityRules::weightedValue(o).minorUnits();
        StageTotal &total = figures.stages[int(o.stage)];
        ++total.count;
        if (!addExactly(total.valueMinor, o.expectedValue.minorUnits())
            || !addExactly(total.weightedMinor, weighted))
            return tooLarge();
        if (!o.expectedClose.isValid()) {
            ++figures.withoutExpectedClose;
            continue;
        }
        const QDate month
            = std::max(thisMonth, QDate(o.expectedClose.year(), o.expectedClose.month(), 1));
        ForecastMonth &m = forecast[month];
        m.month = month;
        ++m.count;
        if (!addExactly(m.valueMinor, o.expectedValue.minorUnits())
            || !addExactly(m.weightedMinor, weighted))
            return tooLarge();
    }
    for (const RowReader *reader : { &q, &s }) {
        if (Status ok = reader->status(); !ok)
            return Error { ok.error() };
    }
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
