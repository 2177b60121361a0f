#pragma once

#include "analytics/billinganalytics.h"
#include "analytics/contractoutlook.h"
#include "analytics/pipelineanalytics.h"
#include "analytics/revenuecube.h"
#include "analytics/timeanalytics.h"
#include "domain/user.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace cd {

class Database;

/// Everything the Analytics area shows, read at one time and not changed after: safe to
/// share between threads. The pipeline and the outlook may fail on their own (their error
/// is then shown in their charts, the revenue charts stay).
struct AnalyticsSnapshot
{
    RevenueCube cube;
    std::optional<PipelineFigures> pipeline;
    QString pipelineError;
    /// The outlook of all managers' active contracts.
    std::optional<ContractOutlook> outlook;
    QString outlookError;
    /// The managers a user may choose between; empty when the signed-in user sees only her
    /// own accounts (`ownOnly`).
    QList<User> managers;
    bool ownOnly = false;
};

/// What the Analytics area draws after the revenue charts (loadDetails()): the minutes logged
/// (effective rates, utilisation) and the contracts, invoices and payments (billing charts).
/// Each may fail on its own; its error is shown in its charts. Safe to share between threads.
struct AnalyticsDetails
{
    std::optional<TimeData> time;
    QString timeError;
    std::optional<BillingData> billing;
    QString billingError;
};

/// The Analytics area's use case: reads an AnalyticsSnapshot (the revenue rollup into a
/// RevenueCube and, on a second connection beside it, the pipeline's figures and the contract
/// outlook), then AnalyticsDetails (time and billing), and one manager's outlook on request.
/// load() and loadDetails() may run on any thread: they open connections of their own.
class AnalyticsService final
{
    struct Where;

public:
    /// How far ahead the outlook looks.
    static constexpr int outlookMonths = 12;

    /// Reads through `database` (on its thread); load() reaches the same database anew.
    explicit AnalyticsService(Database &database);
    ~AnalyticsService();
    Q_DISABLE_COPY_MOVE(AnalyticsService)

    /// Reads everything the area shows as of `today` on connections of its own, the rollup
    /// beside the pipeline and outlook; an error as a sentence when the rollup cannot be read.
    Result<AnalyticsSnapshot> load(const QDate &today) const;
    /// Reads the time and billing figures on a connection of its own; an error only when the
    /// database cannot be reached (each part's own failure is in its error field).
    Result<AnalyticsDetails> loadDetails() const;

    /// Whether the signed-in user sees every account (a manager, or a file of one's own).
    bool seesAll() const;
    /// The managers to choose between (see AnalyticsSnapshot::managers).
    QList<User> managers() const;
    /// The outlook of one manager's clients (all for nullopt), on the database's connection.
    Result<ContractOutlook> outlook(const QDate &today, std::optional<qint64> managerId) const;

private:
    Database &m_db;
    std::shared_ptr<const Where> m_where;
};

} // namespace cd
