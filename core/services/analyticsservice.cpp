#include "services/analyticsservice.h"

#include "services/userservice.h"
#include "storage/database.h"

#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// The managers `database`'s user may choose between.
QList<User> managersOf(Database &database)
{
    if (!database.session().seesAll)
        return {};
    auto users = UserService(database).list();
    return users ? *users : QList<User>();
}

} // namespace

/// Where the database is (its reopener), copied on the database's thread and only read
/// after: safe to share between threads.
struct AnalyticsService::Where
{
    Database::Reopener reopener;
};

AnalyticsService::AnalyticsService(Database &database)
    : m_db(database), m_where(std::make_shared<const Where>(Where { database.reopener() }))
{ }

AnalyticsService::~AnalyticsService() = default;

bool AnalyticsService::seesAll() const
{
    return m_db.session().seesAll;
}

QList<User> AnalyticsService::managers() const
{
    return managersOf(m_db);
}

Result<ContractOutlook> AnalyticsService::outlook(const QDate &today,
                                                  std::optional<qint64> managerId) const
{
    return ContractOutlookAnalytics::compute(m_db, today, outlookMonths, managerId);
}

Result<AnalyticsSnapshot> AnalyticsService::load(const QDate &today) const
{
    // Its own connection: Qt SQL connections belong to the thread that opened them.
    auto db = m_where->reopener.open();
    if (!db)
        return Error { db.error() };
    AnalyticsSnapshot snapshot;
    // The pipeline and the outlook do not depend on the revenue filter: read once, on a
    // second connection beside the rollup, on a thread Qt knows.
    const std::unique_ptr<QThread> side(QThread::create([&db, &snapshot, today] {
        auto own = (*db)->reopen();
        if (!own) {
            snapshot.pipelineError = snapshot.outlookError = own.error();
            return;
        }
        if (auto figures = PipelineAnalytics::compute(**own, today))
            snapshot.pipeline = std::move(figures).value();
        else
            snapshot.pipelineError = figures.error();
        if (auto months
            = ContractOutlookAnalytics::compute(**own, today, outlookMonths, std::nullopt))
            snapshot.outlook = std::move(months).value();
        else
            snapshot.outlookError = months.error();
    }));
    side->setObjectName(u"AnalyticsSide"_s);
    side->start();
    auto cube = RevenueCube::load(**db);
    side->wait();
    if (!cube)
        return Error { cube.error() };
    snapshot.cube = std::move(cube).value();
    snapshot.ownOnly = !(*db)->session().seesAll;
    snapshot.managers = managersOf(**db);
    return snapshot;
}

Result<AnalyticsDetails> AnalyticsService::loadDetails() const
{
    auto db = m_where->reopener.open();
    if (!db)
        return Error { db.error() };
    AnalyticsDetails details;
    if (auto time = TimeData::load(**db))
        details.time = std::move(time).value();
    else
        details.timeError = time.error();
    if (auto billing = BillingData::load(**db))
        details.billing = std::move(billing).value();
    else
        details.billingError = billing.error();
    return details;
}

} // namespace cd
