#include "services/reportservice.h"

#include "storage/database.h"

namespace cd {

/// Where the database is (its reopener), copied where the database is open and only read
/// after: safe to share between threads.
struct ReportService::Where
{
    Database::Reopener reopener;
};

Result<std::unique_ptr<ReportService>> ReportService::Source::open() const
{
    auto db = m_where->reopener.open();
    if (!db)
        return Error { db.error() };
    return std::unique_ptr<ReportService>(new ReportService(std::move(db).value()));
}

ReportService::ReportService(Database &database)
    : m_db(database), m_where(std::make_shared<const Where>(Where { database.reopener() }))
{ }

ReportService::ReportService(std::unique_ptr<Database> own)
    : m_own(std::move(own))
    , m_db(*m_own)
    , m_where(std::make_shared<const Where>(Where { m_own->reopener() }))
{ }

ReportService::~ReportService() = default;

ReportService::Source ReportService::source() const
{
    Source source;
    source.m_where = m_where;
    return source;
}

Result<qint64> ReportService::findClient(const QString &idOrName) const
{
    return ReportData::findClient(m_db, idOrName);
}

Result<ClientReportData> ReportService::client(qint64 clientId, const ReportPeriod &period,
                                               const QDate &today) const
{
    return ReportData::client(m_db, clientId, period, today);
}

Result<PortfolioReportData> ReportService::portfolio(const ReportPeriod &period,
                                                     const QDate &today) const
{
    return ReportData::portfolio(m_db, period, today);
}

Result<QList<std::pair<qint64, QString>>>
ReportService::clientsOf(std::optional<qint64> managerId) const
{
    return ReportData::clientsOf(m_db, managerId);
}

} // namespace cd
