#include "models/portfoliosummary.h"

#include "analytics/pipelineanalytics.h"
#include "domain/enums.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kIsoDate = u"yyyy-MM-dd"_s;
const QString kIsoTimestamp = u"yyyy-MM-ddTHH:mm:ss"_s;

// Runs a prepared statement with its bound values; the error names what was being read.
Status run(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return Database::sqlError(what, query);
    return {};
}

} // namespace

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
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);

    // Accounts by kind and status: the (kind, status) index answers this on its own.
    query.prepare(u"SELECT kind, status, COUNT(*) FROM accounts GROUP BY kind, status"_s);
    if (const Status ok = run(query, tr("Reading the number of accounts")); !ok)
        return Error { ok.error() };
    while (query.next()) {
        const auto kind = fromCode<AccountKind>(query.value(0).toString());
        const auto status = fromCode<AccountStatus>(query.value(1).toString());
        const qint64 n = query.value(2).toLongLong();
        summary.m_accounts += n;
        if (status == AccountStatus::Prospect)
            summary.m_prospects += n;
        else if (status == AccountStatus::Active || status == AccountStatus::Dormant)
            (kind == AccountKind::Client ? summary.m_clients : summary.m_customers) += n;
    }

    query.prepare(u"SELECT COUNT(*) FROM contracts WHERE status = :status"_s);
    query.bindValue(u":status"_s, toCode(ContractStatus::Active));
    if (const Status ok = run(query, tr("Reading the number of active contracts")); !ok)
        return Error { ok.error() };
    if (query.next())
        summary.m_activeContracts = query.value(0).toLongLong();

    // Listing the open statuses (rather than status <> 'closed') lets the (status, due_at)
    // index cover the query.
    query.prepare(u"SELECT COUNT(*), COALESCE(SUM(CASE WHEN due_at < :now THEN 1 ELSE 0 END), 0) "
                  "FROM service_requests WHERE status IN (:open, :inProgress)"_s);
    query.bindValue(u":now"_s, now.toString(kIsoTimestamp));
    query.bindValue(u":open"_s, toCode(RequestStatus::Open));
    query.bindValue(u":inProgress"_s, toCode(RequestStatus::InProgress));
    if (const Status ok = run(query, tr("Reading the open service requests")); !ok)
        return Error { ok.error() };
    if (query.next()) {
        summary.m_openRequests = query.value(0).toLongLong();
        summary.m_overdueRequests = query.value(1).toLongLong();
    }

    query.prepare(u"SELECT COUNT(*) FROM interactions WHERE follow_up_done = 0 "
                  "AND follow_up_on IS NOT NULL AND follow_up_on <= :today"_s);
    query.bindValue(u":today"_s, today.toString(kIsoDate));
    if (const Status ok = run(query, tr("Reading the follow-ups that are due")); !ok)
        return Error { ok.error() };
    if (query.next())
        summary.m_followUpsDue = query.value(0).toLongLong();

    const Result<qint64> stale = PipelineAnalytics::staleCount(db, today);
    if (!stale)
        return Error { stale.error() };
    summary.m_staleOpportunities = *stale;

    query.prepare(u"SELECT value FROM settings WHERE key = :key"_s);
    query.bindValue(u":key"_s, u"currency"_s);
    if (const Status ok = run(query, tr("Reading the currency setting")); !ok)
        return Error { ok.error() };
    if (query.next())
        summary.m_currency = query.value(0).toString().trimmed().toUpper();
    if (!Money::isValidCurrency(summary.m_currency)) {
        summary.m_currency.clear();
        query.prepare(u"SELECT currency FROM revenue_entries ORDER BY id LIMIT 1"_s);
        if (const Status ok = run(query, tr("Reading the currency of the revenue")); !ok)
            return Error { ok.error() };
        if (query.next())
            summary.m_currency = query.value(0).toString();
    }
    if (!Money::isValidCurrency(summary.m_currency)) {
        const QString fromLocale = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
        summary.m_currency = Money::isValidCurrency(fromLocale) ? fromLocale : QString();
    }

    // One year of dates through the covering index (entry_date, account_kind, amount_minor):
    // the table itself is never read, so a million rows of history cost only the last year.
    summary.m_revenueTo = today;
    summary.m_revenueFrom = today.addYears(-1).addDays(1);
    query.prepare(u"SELECT account_kind, SUM(amount_minor) FROM revenue_entries "
                  "WHERE entry_date >= :from AND entry_date <= :to GROUP BY account_kind"_s);
    query.bindValue(u":from"_s, summary.m_revenueFrom.toString(kIsoDate));
    query.bindValue(u":to"_s, summary.m_revenueTo.toString(kIsoDate));
    if (const Status ok = run(query, tr("Reading the revenue of the last 12 months")); !ok)
        return Error { ok.error() };
    while (query.next()) {
        const auto kind = fromCode<AccountKind>(query.value(0).toString());
        const qint64 amount = query.value(1).toLongLong();
        if (kind == AccountKind::Client)
            summary.m_clientRevenueMinor = amount;
        else if (kind == AccountKind::Customer)
            summary.m_customerRevenueMinor = amount;
    }
    if (__builtin_add_overflow(summary.m_clientRevenueMinor, summary.m_customerRevenueMinor,
                               &summary.m_totalRevenueMinor))
        return Error { tr("The revenue of the last 12 months is too large to add up.") };
    return summary;
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
