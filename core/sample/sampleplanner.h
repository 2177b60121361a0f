#pragma once

#include "sample/samplecatalogue.h"
#include "sample/samplegenerator.h"
#include "sample/samplerandom.h"
#include "storage/bulkwriter.h"

#include <QList>
#include <QSet>
#include <QString>

namespace cd::sample {

using bulk::AccountRow;
using bulk::BulkWriter;
using bulk::ContractRow;
using bulk::OpportunityRow;
using bulk::RevenueRow;

/// What an account is in the story of the portfolio; decides its kind, status, contracts,
/// purchase history (and so the behaviour tags it will earn), interactions and pipeline.
enum class Profile {
    Client, ///< under contract now
    ConvertedClient, ///< bought as a customer first, then signed a contract
    FormerClient, ///< contracts ended: dormant or former
    ClientProspect, ///< an engagement in the pipeline, no contract yet
    Potential, ///< a customer prospect: no purchase yet
    New, ///< first purchase within the last 90 days
    Returning, ///< two or more purchases
    Loyal, ///< purchases in most quarters for more than a year
    PromoDriven, ///< most purchases under a promotion
    Impulsive, ///< one unplanned purchase, no interaction before it
    Reseller, ///< buys to resell, in volume, at a channel discount
    Internal, ///< a company of the firm's own group
};

/// What a contract bills in one month (issue 27): an invoice with one line, dated the
/// month's last day, as a billing run would propose it (sampleinvoices.h). Its revenue comes
/// from issuing it; an hours invoice's amount and a retainer's overage follow from the time
/// logged.
struct PlannedInvoice
{
    enum class Kind { Retainer, Instalment, Hours };
    QDate date; ///< the last day of the billed month
    qint64 amountMinor = 0; ///< before tax; 0 for hours (from the time)
    int contract = 0; ///< index into PlannedAccount::contracts
    QString description;
    Kind kind = Kind::Retainer;
    int instalment = -1; ///< index into PlannedAccount::instalments
};

/// One instalment of a fixed fee's schedule (contract_instalments).
struct PlannedInstalment
{
    int contract = 0; ///< index into PlannedAccount::contracts
    QDate dueDate;
    qint64 amountMinor = 0;
    QString description;
};

struct PlannedAccount
{
    Profile profile = Profile::Client;
    AccountRow row;
    int manager = -1; ///< index into the planned managers, -1 for none
    int referredBy = -1; ///< index of an earlier planned account, -1 for none
    bool advocate = false;
    /// An active client the firm has let slide: no contact for months, requests past due.
    bool neglected = false;
    bool international = false;
    /// The currency the account is billed in when it is not the firm's (accounts.currency):
    /// its contracts, deals and revenue are in it. Empty: the firm's currency.
    QString currency;
    QString practice; ///< the practice area that serves a client
    QString domain; ///< for e-mail addresses of its contacts
    QList<ContractRow> contracts;
    QList<PlannedInvoice> invoices;
    QList<PlannedInstalment> instalments;
    /// Set as written: the account's id and its contracts' ids (in the order above).
    qint64 id = 0;
    QList<qint64> contractIds;
    /// Catalogue purchases to book between purchaseFrom and purchaseTo.
    int purchases = 0;
    QDate purchaseFrom, purchaseTo;
};

struct Plan
{
    QList<PlannedAccount> accounts;
    QStringList managers; ///< account managers; the first user is their manager
    QString headOfAccounts;
};

/// Decides every account of the sample portfolio, its contracts and how many revenue
/// entries it gets, before anything is written. Uses only the given random source, so the
/// same seed and options give the same plan.
class SamplePlanner final
{
public:
    SamplePlanner(const SampleOptions &options, SampleRandom &random);

    Plan plan();

    /// An amount given in rupiah, in minor units of the portfolio's currency.
    qint64 money(qint64 rupiah) const { return money(rupiah, m_options.currency); }
    /// The same in minor units of `currency`: whole units at about the rupiah's worth of
    /// US and Singapore dollars (samplerates.h); other currencies get the amount divided by
    /// 10,000, which keeps fees believable.
    qint64 money(qint64 rupiah, const QString &currency) const;
    /// Minor units per major unit of `currency` (100 for two decimals).
    static qint64 unitOf(const QString &currency);
    /// The first day of the five years of history.
    QDate historyStart() const { return m_start; }

private:
    Profile pickProfile(int index);
    void planIdentity(PlannedAccount &account);
    void planCurrency(PlannedAccount &account);
    QString uniqueName(const PlannedAccount &account);
    QString personName(bool international);
    void planClient(PlannedAccount &account);
    void planCustomer(PlannedAccount &account);
    void planContracts(PlannedAccount &account, QDate from, QDate stop, bool terminate);
    void planInvoices(PlannedAccount &account, int contractIndex, const QDate &cutoff);
    void planDraftContract(PlannedAccount &account, const QDate &start);
    ContractRow newContract(PlannedAccount &account, const QDate &start, BillingModel model);
    void allocateRevenue(QList<PlannedAccount> &accounts) const;

    const SampleOptions &m_options;
    SampleRandom &m_random;
    QDate m_today;
    QDate m_start;
    qint64 m_unit = 1; ///< minor units per major unit of the currency
    int m_contractCounter = 0;
    QStringList m_foreign; ///< the currencies some accounts are billed in (samplerates.h)
    int m_billedClients = 0, m_billedCustomers = 0, m_foreignAccounts = 0;
    bool m_firstClientPending = true;
    QSet<QString> m_names;
    QStringList m_managers;
};

} // namespace cd::sample
