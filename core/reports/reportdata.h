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
#include "domain/unconverted.h"
#include "result.h"
#include "services/invoiceservice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

class Database;

/// Who the reports and invoices come from: the firm's name, address and logo, its tax id and
/// the bank account invoices ask to be paid into, from the settings (firm_name, firm_address,
/// firm_logo: a PNG, base64; firm_tax_id, firm_bank_name, firm_bank_account_name,
/// firm_bank_account_number, firm_payment_note). The logo is data, never a file or an address
/// the report would load.
struct FirmProfile
{
    QString name;
    QString address; ///< lines separated by "\n"
    QByteArray logoPng;
    QString taxId; ///< NPWP in Indonesia
    QString bankName;
    QString bankAccountName; ///< the name the account is held in
    QString bankAccountNumber;
    /// Anything else a payer needs (SWIFT code, branch, "quote the invoice number"), lines
    /// separated by "\n"; printed under the bank details.
    QString paymentNote;

    /// The settings keys of the text fields, in the order `clientdesk settings` lists them.
    static constexpr const char *kNameKey = "firm_name";
    static constexpr const char *kAddressKey = "firm_address";
    static constexpr const char *kTaxIdKey = "firm_tax_id";
    static constexpr const char *kBankNameKey = "firm_bank_name";
    static constexpr const char *kBankAccountNameKey = "firm_bank_account_name";
    static constexpr const char *kBankAccountNumberKey = "firm_bank_account_number";
    static constexpr const char *kPaymentNoteKey = "firm_payment_note";
    static QStringList textKeys();
    /// The field a text key names (nullptr for another key).
    QString *field(const QString &key);
    const QString *field(const QString &key) const;
    /// True when an invoice has bank details to print.
    bool hasBankDetails() const;

    static Result<FirmProfile> load(Database &database);
    /// Stores every field at once (an empty one is removed); a logo over 1 MB is refused, and
    /// so are control characters (line breaks only in the address and the payment note).
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

/// Revenue of one category (or none) in the report's period and in the period before:
/// converted to the firm's currency, and the entries in the client's own currency in it.
struct CategoryRevenue
{
    QString category; ///< "" for entries without one
    qint64 currentMinor = 0;
    qint64 previousMinor = 0;
    /// The entries in ClientReportData::accountCurrency that converted, in that currency,
    /// and their part of currentMinor / previousMinor.
    qint64 currentOwnMinor = 0;
    qint64 previousOwnMinor = 0;
    qint64 currentOwnConvertedMinor = 0;
    qint64 previousOwnConvertedMinor = 0;
};

/// Everything a client report shows, read in one go. Amounts in minor units of `currency`
/// (the firm's), each entry converted by the conversion rule; entries without a rate on or
/// before their day are named in `unconverted`. A client with a currency of its own also
/// has its figures in that currency (the entries in it, before conversion).
struct ClientReportData
{
    FirmProfile firm;
    Account account;
    QString managerName; ///< "" when the account has none
    ReportPeriod period;
    QDate printedOn;
    QString currency; ///< the firm's
    QString accountCurrency; ///< the client's own; the firm's when it has none
    QList<Contact> contacts;
    QList<Contract> contracts; ///< active ones, by start
    /// Parallel to `contracts`: the fee in the firm's currency at the rate of `printedOn`;
    /// nullopt without a rate (or in the firm's currency already: see the fee).
    QList<std::optional<qint64>> convertedFees;
    QList<ServiceItem> servicePlan;
    QList<ServiceRequest> requests; ///< opened in the period, oldest first
    int requestsDue = 0; ///< of those, the ones whose due time has come (closed or breached)
    int requestsOnTime = 0; ///< of requestsDue, the ones closed in time
    QList<CategoryRevenue> revenue; ///< largest current amount first
    qint64 revenueMinor = 0; ///< the period's total
    qint64 previousRevenueMinor = 0;
    /// The period's entries in accountCurrency that converted, and their converted part.
    qint64 revenueOwnMinor = 0;
    qint64 previousRevenueOwnMinor = 0;
    qint64 revenueOwnConvertedMinor = 0;
    qint64 previousRevenueOwnConvertedMinor = 0;
    Unconverted unconverted; ///< of both periods
    /// True when the client has a currency of its own, not the firm's: show it first.
    bool showsOwnCurrency() const { return accountCurrency != currency; }
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
        /// In the firm's currency at the rate of the day printed; nullopt without a rate.
        std::optional<qint64> monthlyConverted;
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
    Unconverted unconverted; ///< the period's entries without a rate: in no figure
    QList<TopAccount> topClients; ///< the ten with the most revenue in the period
    QList<TopAccount> topCustomers;
    QList<Renewal> renewals; ///< active contracts ending within 90 days after printedOn
    QList<Conversion> conversions; ///< customers that became clients in the period
    PipelineFigures pipeline;
    /// What the clients and customers owe on `printedOn` (InvoiceService::aging), whatever the
    /// period: the amounts owed are those of the day printed (payments and credit notes so
    /// far), aged by days past due on that day. By currency (the firm's first, then the others
    /// by code), in each the largest total first, then by name.
    QList<InvoiceService::AgingRow> receivables;
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
