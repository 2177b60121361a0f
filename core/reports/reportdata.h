#pragma once

#include "analytics/pipelineanalytics.h"
#include "analytics/revenueanalytics.h"
#include "domain/account.h"
#include "domain/contact.h"
#include "domain/contract.h"
#include "domain/interaction.h"
#include "domain/money.h"
#include "domain/opportunity.h"
#include "domain/serviceitem.h"
#include "domain/servicerequest.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace cd {

class Database;

/// Who the reports come from: the firm's name, address and logo, from the settings
/// (firm_name, firm_address, firm_logo: a PNG, base64). The logo is data, never a file or an
/// address the report would load.
struct FirmProfile
{
    QString name;
    QString address; ///< lines separated by "\n"
    QByteArray logoPng;

    static Result<FirmProfile> load(Database &database);
    /// Stores all three at once (an empty one is removed); a logo over 1 MB is refused.
    Status save(Database &database) const;
};

/// A report's period: whole days from..to, both included. The previous period is as long and
/// ends the day before.
struct ReportPeriod
{
    QDate from;
    QDate to;

    QDate previousFrom() const;
    QDate previousTo() const { return from.addDays(-1); }
    /// A clear sentence when the period cannot be reported; empty when it can.
    QString problem() const;
    /// The last twelve months up to `today`, today included.
    static ReportPeriod lastTwelveMonths(const QDate &today);
};

/// Revenue of one category (or none) in the report's period and in the period before.
struct CategoryRevenue
{
    QString category; ///< "" for entries without one
    qint64 currentMinor = 0;
    qint64 previousMinor = 0;
};

/// Everything a client report shows, read in one go. Amounts in minor units of `currency`
/// (the firm's); entries in other currencies are counted in `otherCurrencyEntries`.
struct ClientReportData
{
    FirmProfile firm;
    Account account;
    QString managerName; ///< "" when the account has none
    ReportPeriod period;
    QDate printedOn;
    QString currency;
    QList<Contact> contacts;
    QList<Contract> contracts; ///< active ones, by start
    QList<ServiceItem> servicePlan;
    QList<ServiceRequest> requests; ///< opened in the period, oldest first
    int requestsDue = 0; ///< of those, the ones whose due time has come (closed or breached)
    int requestsOnTime = 0; ///< of requestsDue, the ones closed in time
    QList<CategoryRevenue> revenue; ///< largest current amount first
    qint64 revenueMinor = 0; ///< the period's total
    qint64 previousRevenueMinor = 0;
    int otherCurrencyEntries = 0;
    QList<Opportunity> openOpportunities; ///< by expected close
    QList<Interaction> interactions; ///< in the period, newest first, at most ten
    QList<Interaction> nextSteps; ///< follow-ups not done, the earliest first
    QHash<qint64, QString> contactNames; ///< by contact id, for interactions
};

/// The firm-wide report of a period.
struct PortfolioReportData
{
    struct TopAccount
    {
        qint64 id = 0;
        QString name;
        QString managerName;
        qint64 revenueMinor = 0;
    };
    struct Renewal
    {
        QString account;
        QString reference;
        QDate end;
        QDate noticeDeadline;
        bool autoRenew = false;
        Money monthly; ///< in the contract's own currency
    };
    struct Conversion
    {
        QString account;
        QDate convertedOn;
        QString managerName;
    };

    FirmProfile firm;
    ReportPeriod period;
    QDate printedOn;
    PeriodGrouping grouping = PeriodGrouping::Month;
    RevenueSeries revenue; ///< by period, clients and customers apart
    QList<TopAccount> topClients; ///< the ten with the most revenue in the period
    QList<TopAccount> topCustomers;
    QList<Renewal> renewals; ///< active contracts ending within 90 days after printedOn
    QList<Conversion> conversions; ///< customers that became clients in the period
    PipelineFigures pipeline;
};

/// Reads the data of the reports: repositories and analytics, never the UI.
class ReportData final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ReportData)

public:
    /// The account a user names: its id, or its name (case-insensitive, exact); several of
    /// the same name are refused with their ids.
    static Result<qint64> findClient(Database &database, const QString &idOrName);
    static Result<ClientReportData> client(Database &database, qint64 accountId,
                                           const ReportPeriod &period, const QDate &today);
    static Result<PortfolioReportData> portfolio(Database &database, const ReportPeriod &period,
                                                 const QDate &today);
    /// The active clients of a manager (all managers for nullopt), by name: a batch.
    static Result<QList<std::pair<qint64, QString>>> clientsOf(Database &database,
                                                               std::optional<qint64> managerId);
};

} // namespace cd
