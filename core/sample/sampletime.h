#pragma once

#include "domain/exchangerate.h"
#include "result.h"
#include "sample/samplegenerator.h"
#include "sample/sampleplanner.h"
#include "sample/samplerandom.h"

#include <atomic>

namespace cd {

class Database;

namespace sample {

/// The sample portfolio's time (docs/design.md, "Time"): after the accounts and contracts
/// are written, consultants (the account managers and consultants added here, each with a
/// default rate and a weekly capacity) log about 30 entries per account over the contracts'
/// terms, on weekdays, at most 10 hours a day each, none in their weeks off. Retainers get
/// included hours a month (some roll over) and an overage rate; most months stay within them,
/// a few retainers go over. Hourly engagements bill every hour (the months that ended are
/// invoiced by sampleinvoices.h). Fixed fees get an hour budget, most stay under it. No running
/// timer. Uses a random source of its own, so the rest of the portfolio is as it was without time.
class TimeSampler final
{
public:
    TimeSampler(const SampleOptions &options, BulkWriter &writer, Database &database,
                const RateTable &rates, const SamplePlanner &planner,
                const std::atomic_bool *cancel)
        : m_options(options)
        , m_writer(writer)
        , m_db(database)
        , m_rates(rates)
        , m_planner(planner)
        , m_cancel(cancel)
        , m_random(options.seed * 2654435761u + 26u)
    { }

    /// Writes the consultants, the contracts' hours and the entries; the entries written.
    Result<int> write();
    int consultants() const { return m_consultants; }

private:
    struct PersonRef
    {
        qint64 id = 0;
        QString name;
    };
    /// The people already there and the consultants the busiest month needs, written now.
    Result<QList<PersonRef>> team(qint64 peakMonthMinutes);

    const SampleOptions &m_options;
    BulkWriter &m_writer;
    Database &m_db;
    const RateTable &m_rates;
    const SamplePlanner &m_planner;
    const std::atomic_bool *m_cancel;
    SampleRandom m_random;
    int m_consultants = 0;
};

} // namespace sample
} // namespace cd
