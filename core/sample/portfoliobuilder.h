#pragma once

#include "result.h"
#include "sample/samplegenerator.h"
#include "sample/sampleplanner.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace cd::sample {

/// Writes a planned portfolio through BulkWriter: accounts one by one with everything that
/// hangs off them (contacts, contracts, service, pipeline, interactions, revenue).
class PortfolioBuilder final
{
public:
    PortfolioBuilder(const SampleOptions &options, BulkWriter &writer, SampleRandom &random,
                     const SamplePlanner &planner, Plan &plan,
                     const SampleGenerator::Progress &progress, const std::atomic_bool *cancel)
        : m_options(options)
        , m_writer(writer)
        , m_random(random)
        , m_planner(planner)
        , m_plan(plan)
        , m_progress(progress)
        , m_cancel(cancel)
        , m_total(qint64(plan.accounts.size()) + purchases(plan))
        // History ends as `today` begins, so nothing in it lies ahead of the clock,
        // whatever the time of day the sample is made.
        , m_now(options.today, QTime(0, 0))
    { }

    Status build();
    const SampleSummary &summary() const { return m_summary; }

private:
    static qint64 purchases(const Plan &plan)
    {
        qint64 count = 0;
        for (const PlannedAccount &a : plan.accounts)
            count += a.purchases;
        return count;
    }

    struct CatalogueEntry
    {
        qint64 id;
        QString name, category;
        qint64 priceMinor;
        qint64 rupiah; ///< the list price as the catalogue gives it, for other currencies
    };

    Status writeUsers();
    Status writeProducts();
    Status writeAccount(int index);
    Status writeContacts(const PlannedAccount &a, qint64 id);
    Status writeContracts(const PlannedAccount &a, qint64 id);
    Status writeService(const PlannedAccount &a, qint64 id);
    Status writeOpportunities(const PlannedAccount &a, qint64 id);
    Status writeInteractions(const PlannedAccount &a, qint64 id);
    Status writePurchases(const PlannedAccount &a, qint64 id);
    Status writeOpportunity(OpportunityRow row, OpportunityStage finalStage,
                            const QDate &lastChange);
    Status revenue(const RevenueRow &row);
    Status tick();

    std::optional<qint64> managerId(const PlannedAccount &a) const
    {
        return a.manager < 0 ? std::nullopt : std::optional<qint64>(m_managerIds.at(a.manager));
    }
    QDateTime during(const QDate &date)
    {
        return QDateTime(
            date, QTime(m_random.between(8, 17), m_random.pick(QList<int> { 0, 15, 30, 45 })));
    }

    const SampleOptions &m_options;
    BulkWriter &m_writer;
    SampleRandom &m_random;
    const SamplePlanner &m_planner;
    Plan &m_plan;
    const SampleGenerator::Progress &m_progress;
    const std::atomic_bool *m_cancel;
    const qint64 m_total;
    const QDateTime m_now;
    qint64 m_done = 0;
    int m_lastPercent = -1;
    SampleSummary m_summary;
    QList<qint64> m_managerIds;
    qint64 m_headId = 0;
    QList<CatalogueEntry> m_catalogue;
    QList<int> m_productWeights;
    QList<qint64> m_accountIds;
    QList<qint64> m_contactIds; // of the account being written
    QList<qint64> m_contractIds; // of the account being written
};

} // namespace cd::sample
