#include "models/portfoliosummary.h"

#include "analytics/pipelineanalytics.h"
#include "analytics/revenueanalytics.h"
#include "domain/enums.h"
#include "storage/portfolioquery.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace cd {

Result<PortfolioSummary> PortfolioSummary::load(Database &db, QDate today)
{
    return load(db, QDateTime(today, QTime::currentTime()));
}

Result<PortfolioSummary> PortfolioSummary::load(Database &db, const QDateTime &now)
{
    if (!now.isValid())
        return Error { tr("The dashboard needs a valid date to count from.") };

    PortfolioSummary summary;
    summary.m_asOf = now;
    const QDate today = now.date();
    const PortfolioQuery query(db);

    const auto accounts = query.accountsByKindAndStatus();
    if (!accounts)
        return Error { accounts.error() };
    for (const PortfolioQuery::AccountCount &row : *accounts) {
        summary.m_accounts += row.count;
        if (row.status == AccountStatus::Prospect)
            summary.m_prospects += row.count;
        else if (row.status == AccountStatus::Active || row.status == AccountStatus::Dormant)
            (row.kind == AccountKind::Client ? summary.m_clients : summary.m_customers)
                += row.count;
    }

    const auto contracts = query.activeContracts();
    if (!contracts)
        return Error { contracts.error() };
    summary.m_activeContracts = *contracts;

    const auto requests = query.openRequests(now);
    if (!requests)
        return Error { requests.error() };
    summary.m_openRequests = requests->open;
    summary.m_overdueRequests = requests->pastDue;

    const auto followUps = query.followUpsDue(today);
    if (!followUps)
        return Error { followUps.error() };
    summary.m_followUpsDue = *followUps;

    const Result<qint64> stale = PipelineAnalytics::staleCount(db, today);
    if (!stale)
        return Error { stale.error() };
    summary.m_staleOpportunities = *stale;

    if (Status ok = summary.readRevenue(db, today); !ok)
        return Error { ok.error() };
    return summary;
}

Status PortfolioSummary::readRevenue(Database &db, const QDate &today)
{
    m_revenueTo = today;
    m_revenueFrom = today.addYears(-1).addDays(1);
    const auto revenue
        = RevenueAnalytics::byPeriod(db, { m_revenueFrom, m_revenueTo, {} }, PeriodGrouping::Year);
    if (!revenue)
        return Error {
            tr("Reading the revenue of the last 12 months failed: %1").arg(revenue.error())
        };
    m_currency = revenue->currency;
    m_clientRevenueMinor = revenue->clientTotalMinor;
    m_customerRevenueMinor = revenue->customerTotalMinor;
    m_unconverted = revenue->unconverted;
    m_firstRates = revenue->firstRates;
    if (__builtin_add_overflow(m_clientRevenueMinor, m_customerRevenueMinor, &m_totalRevenueMinor))
        return Error { tr("The revenue of the last 12 months is too large to add up.") };
    return {};
}

QList<PortfolioSummary::Figure> PortfolioSummary::allFigures()
{
    return { Figure::Clients,         Figure::Customers,          Figure::Prospects,
             Figure::ActiveContracts, Figure::OpenRequests,       Figure::OverdueRequests,
             Figure::FollowUpsDue,    Figure::StaleOpportunities, Figure::ClientRevenue,
             Figure::CustomerRevenue, Figure::TotalRevenue };
}

QString PortfolioSummary::label(Figure figure)
{
    switch (figure) {
    case Figure::Clients:
        return tr("Clients");
    case Figure::Customers:
        return tr("Customers");
    case Figure::Prospects:
        return tr("Prospects");
    case Figure::ActiveContracts:
        return tr("Active contracts");
    case Figure::OpenRequests:
        return tr("Open service requests");
    case Figure::OverdueRequests:
        return tr("Requests past due");
    case Figure::FollowUpsDue:
        return tr("Follow-ups due");
    case Figure::StaleOpportunities:
        return tr("Stale opportunities");
    case Figure::ClientRevenue:
        return tr("From clients");
    case Figure::CustomerRevenue:
        return tr("From customers");
    case Figure::TotalRevenue:
        return tr("Total");
    }
    return {};
}

bool PortfolioSummary::isMoney(Figure figure)
{
    return figure == Figure::ClientRevenue || figure == Figure::CustomerRevenue
        || figure == Figure::TotalRevenue;
}

qint64 PortfolioSummary::count(Figure figure) const
{
    switch (figure) {
    case Figure::Clients:
        return m_clients;
    case Figure::Customers:
        return m_customers;
    case Figure::Prospects:
        return m_prospects;
    case Figure::ActiveContracts:
        return m_activeContracts;
    case Figure::OpenRequests:
        return m_openRequests;
    case Figure::OverdueRequests:
        return m_overdueRequests;
    case Figure::FollowUpsDue:
        return m_followUpsDue;
    case Figure::StaleOpportunities:
        return m_staleOpportunities;
    case Figure::ClientRevenue:
    case Figure::CustomerRevenue:
    case Figure::TotalRevenue:
        break;
    }
    return 0;
}

Money PortfolioSummary::money(Figure figure) const
{
    switch (figure) {
    case Figure::ClientRevenue:
        return Money(m_clientRevenueMinor, m_currency);
    case Figure::CustomerRevenue:
        return Money(m_customerRevenueMinor, m_currency);
    case Figure::TotalRevenue:
        return Money(m_totalRevenueMinor, m_currency);
    default:
        break;
    }
    return Money(0, m_currency);
}

QString PortfolioSummary::formattedValue(Figure figure, const QLocale &locale) const
{
    if (!isMoney(figure))
        return locale.toString(count(figure));
    const Money amount = money(figure);
    // Without any currency (no setting, no revenue, a locale without one) show the digits.
    return m_currency.isEmpty() ? amount.formatNumber(locale) : amount.format(locale);
}

} // namespace cd
