#include "reports/reportdata.h"

#include "domain/contractrules.h"
#include "domain/servicerules.h"
#include "domain/textrules.h"
#include "storage/accountrepository.h"
#include "storage/contactrepository.h"
#include "storage/contractrepository.h"
#include "storage/database.h"
#include "storage/exchangeratestore.h"
#include "storage/interactionrepository.h"
#include "storage/opportunityrepository.h"
#include "storage/reportquery.h"
#include "storage/revenuerepository.h"
#include "storage/serviceitemrepository.h"
#include "storage/servicerequestrepository.h"
#include "storage/settingsrepository.h"
#include "storage/transactionguard.h"
#include "storage/userrepository.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// The name of a user, "" for none or one that is gone.
QString userName(Database &database, std::optional<qint64> id)
{
    if (!id)
        return {};
    const Result<User> user = UserRepository(database).get(*id);
    return user ? user->name : QString();
}

/// The accounts with the most revenue of one kind at booking in a period, most first.
Result<QList<PortfolioReportData::TopAccount>> topAccounts(Database &database, AccountKind kind,
                                                           const ReportPeriod &period, int limit)
{
    const auto top
        = RevenueAnalytics::topAccounts(database, { period.from, period.to, {} }, kind, limit);
    if (!top)
        return Error { top.error() };
    QList<PortfolioReportData::TopAccount> out;
    AccountRepository accounts(database);
    for (const auto &[id, revenue] : *top) {
        const Result<Account> account = accounts.get(id);
        if (!account)
            return Error { account.error() };
        out.append({ id, account->name, userName(database, account->managerId), revenue });
    }
    return out;
}

} // namespace

QStringList FirmProfile::textKeys()
{
    QStringList keys;
    for (const char *key : { kNameKey, kAddressKey, kTaxIdKey, kBankNameKey, kBankAccountNameKey,
                             kBankAccountNumberKey, kPaymentNoteKey })
        keys.append(QString::fromLatin1(key));
    return keys;
}

const QString *FirmProfile::field(const QString &key) const
{
    return const_cast<FirmProfile *>(this)->field(key);
}

QString *FirmProfile::field(const QString &key)
{
    const std::pair<const char *, QString *> fields[] = {
        { kNameKey, &name },
        { kAddressKey, &address },
        { kTaxIdKey, &taxId },
        { kBankNameKey, &bankName },
        { kBankAccountNameKey, &bankAccountName },
        { kBankAccountNumberKey, &bankAccountNumber },
        { kPaymentNoteKey, &paymentNote },
    };
    for (const auto &[known, target] : fields) {
        if (key == QLatin1StringView(known))
            return target;
    }
    return nullptr;
}

bool FirmProfile::hasBankDetails() const
{
    return !bankName.isEmpty() || !bankAccountName.isEmpty() || !bankAccountNumber.isEmpty()
        || !paymentNote.isEmpty();
}

Result<FirmProfile> FirmProfile::load(Database &database)
{
    SettingsRepository settings(database);
    FirmProfile firm;
    for (const QString &key : textKeys()) {
        const Result<std::optional<QString>> value = settings.value(key);
        if (!value)
            return Error { value.error() };
        *firm.field(key) = value->value_or(QString()).trimmed();
    }
    const Result<std::optional<QString>> logo = settings.value(u"firm_logo"_s);
    if (!logo)
        return Error { logo.error() };
    if (logo->has_value())
        firm.logoPng = QByteArray::fromBase64((*logo)->toLatin1());
    return firm;
}

Status FirmProfile::save(Database &database) const
{
    if (logoPng.size() > 1024 * 1024)
        return Error { ReportData::tr("The logo is %1 KB; a logo for reports may be 1,024 KB at "
                                      "most. Choose a smaller picture.")
                           .arg(logoPng.size() / 1024) };
    if (const QStringList problems = controlCharacterProblems(
            { { ReportData::tr("The firm's name"), name },
              { ReportData::tr("The firm's address"), address, true },
              { ReportData::tr("The firm's tax id"), taxId },
              { ReportData::tr("The firm's bank"), bankName },
              { ReportData::tr("The name of the firm's bank account"), bankAccountName },
              { ReportData::tr("The firm's bank account number"), bankAccountNumber },
              { ReportData::tr("The firm's payment note"), paymentNote, true } });
        !problems.isEmpty())
        return Error { problems.join(u' ') };
    TransactionGuard transaction(database);
    if (Status ok = transaction.begin(); !ok)
        return ok;
    SettingsRepository settings(database);
    QList<std::pair<QString, QString>> values;
    for (const QString &key : textKeys())
        values.append({ key, field(key)->trimmed() });
    values.append({ u"firm_logo"_s, QString::fromLatin1(logoPng.toBase64()) });
    for (const auto &[key, value] : values) {
        if (Status ok = value.isEmpty() ? settings.remove(key) : settings.setValue(key, value); !ok)
            return ok;
    }
    return transaction.commit();
}

QDate ReportPeriod::previousFrom() const
{
    return from.addDays(-(from.daysTo(to) + 1));
}

QString ReportPeriod::problem() const
{
    if (!from.isValid() || !to.isValid())
        return ReportData::tr("The report needs a first and a last day.");
    if (to < from)
        return ReportData::tr("The period ends on %1, before it starts on %2.")
            .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate));
    return {};
}

ReportPeriod ReportPeriod::lastTwelveMonths(const QDate &today)
{
    return { today.addMonths(-12).addDays(1), today };
}

Result<qint64> ReportData::findClient(Database &database, const QString &idOrName)
{
    const QString wanted = idOrName.trimmed();
    if (wanted.isEmpty())
        return Error { tr("Name a client by its id or its name.") };
    AccountRepository accounts(database);
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber) {
        const Result<Account> account = accounts.get(id);
        if (account)
            return id;
        // Not an id: perhaps a name made of digits.
    }
    const Result<QList<Account>> found = accounts.findByName(wanted);
    if (!found)
        return Error { found.error() };
    if (found->isEmpty())
        return Error { isNumber ? tr("There is no account with the id or name %1.").arg(wanted)
                                : tr("There is no account named '%1'.").arg(wanted) };
    if (found->size() > 1) {
        QStringList ids;
        for (const Account &a : *found)
            ids.append(QString::number(a.id));
        return Error { tr("Several accounts are named '%1' (ids %2): name one by its id.")
                           .arg(wanted, ids.join(u", "_s)) };
    }
    return found->first().id;
}

namespace {

/// What every report starts with: a period that can be reported, the day and the firm.
template<typename Data>
Status startReport(Database &database, const ReportPeriod &period, const QDate &today, Data &d)
{
    if (const QString problem = period.problem(); !problem.isEmpty())
        return Error { problem };
    d.period = period;
    d.printedOn = today;
    auto firm = FirmProfile::load(database);
    if (!firm)
        return Error { firm.error() };
    d.firm = *firm;
    return {};
}

/// The client's contacts, and their names by id for the interactions.
Status readContacts(Database &database, ClientReportData &d)
{
    auto contacts = ContactRepository(database).listForAccount(d.account.id);
    if (!contacts)
        return Error { contacts.error() };
    d.contacts = *contacts;
    for (const Contact &c : std::as_const(d.contacts))
        d.contactNames.insert(c.id, c.name);
    return {};
}

/// The active contracts by start, and the service plan.
Status readContracts(Database &database, ClientReportData &d)
{
    auto contracts = ContractRepository(database).listForAccount(d.account.id);
    if (!contracts)
        return Error { contracts.error() };
    for (const Contract &c : std::as_const(*contracts)) {
        if (c.status == ContractStatus::Active)
            d.contracts.append(c);
    }
    std::sort(d.contracts.begin(), d.contracts.end(),
              [](const Contract &a, const Contract &b) { return a.start < b.start; });
    // Fees convert at the latest rate on the day printed.
    const ExchangeRateStore rates(database);
    for (const Contract &c : std::as_const(d.contracts)) {
        std::optional<qint64> converted;
        if (c.fee.currency() != d.currency) {
            const auto fee = rates.convert(c.fee.minorUnits(), c.fee.currency(), d.printedOn);
            if (!fee)
                return Error { fee.error() };
            converted = *fee;
        }
        d.convertedFees.append(converted);
    }

    auto plan = ServiceItemRepository(database).listForAccount(d.account.id);
    if (!plan)
        return Error { plan.error() };
    d.servicePlan = *plan;
    return {};
}

/// The requests opened in the period, oldest first, and how many of those due were on time.
Status readRequests(Database &database, ClientReportData &d, const QDate &today)
{
    auto requests = ServiceRequestRepository(database).listForAccount(d.account.id);
    if (!requests)
        return Error { requests.error() };
    const QDateTime now = today.endOfDay();
    for (const ServiceRequest &r : std::as_const(*requests)) {
        const QDate opened = r.openedAt.date();
        if (opened < d.period.from || opened > d.period.to)
            continue;
        d.requests.append(r);
        const bool closed = r.status == RequestStatus::Closed && r.closedAt.isValid();
        const bool breached = ServiceRules::isBreached(r, now);
        if (closed || breached) {
            ++d.requestsDue;
            d.requestsOnTime += closed && !breached;
        }
    }
    std::sort(
        d.requests.begin(), d.requests.end(),
        [](const ServiceRequest &a, const ServiceRequest &b) { return a.openedAt < b.openedAt; });
    return {};
}

/// Revenue by category, this period and the one before, converted (and in the client's own
/// currency), largest current amount first.
Status readRevenue(Database &database, ClientReportData &d)
{
    const ReportPeriod &period = d.period;
    const auto amounts = ReportQuery(database).revenueByCategory(
        d.account.id, period.previousFrom(), period.from, period.to);
    if (!amounts)
        return Error { amounts.error() };
    QHash<QString, qsizetype> byCategory;
    bool overflow = false;
    const auto add = [&overflow](qint64 &sum, qint64 value) {
        overflow = __builtin_add_overflow(sum, value, &sum) || overflow;
    };
    for (const ReportQuery::CategoryAmount &a : *amounts) {
        auto it = byCategory.find(a.category);
        if (it == byCategory.end()) {
            it = byCategory.insert(a.category, d.revenue.size());
            d.revenue.append({ a.category, 0, 0, 0, 0, 0, 0 });
        }
        CategoryRevenue &row = d.revenue[*it];
        add(a.current ? row.currentMinor : row.previousMinor, a.convertedMinor);
        add(a.current ? d.revenueMinor : d.previousRevenueMinor, a.convertedMinor);
        // The client's own currency: the entries that converted, beside what they came to.
        if (a.currency == d.accountCurrency) {
            const qint64 own = a.amountMinor - a.unconvertedMinor;
            add(a.current ? row.currentOwnMinor : row.previousOwnMinor, own);
            add(a.current ? d.revenueOwnMinor : d.previousRevenueOwnMinor, own);
            add(a.current ? row.currentOwnConvertedMinor : row.previousOwnConvertedMinor,
                a.convertedMinor);
            add(a.current ? d.revenueOwnConvertedMinor : d.previousRevenueOwnConvertedMinor,
                a.convertedMinor);
        }
        d.unconverted.add(a.currency, a.unconverted, a.unconvertedMinor);
    }
    if (overflow)
        return Error { ReportData::tr("The revenue of the report adds up to more than "
                                      "ClientDesk can count exactly; run 'clientdesk check' "
                                      "to find the amounts that are too large.") };
    std::sort(d.revenue.begin(), d.revenue.end(),
              [](const CategoryRevenue &a, const CategoryRevenue &b) {
                  if (a.currentMinor != b.currentMinor)
                      return a.currentMinor > b.currentMinor;
                  if (a.previousMinor != b.previousMinor)
                      return a.previousMinor > b.previousMinor;
                  return a.category < b.category;
              });
    return {};
}

/// The open opportunities by expected close, those without one last.
Status readOpportunities(Database &database, ClientReportData &d)
{
    auto opportunities = OpportunityRepository(database).listForAccount(d.account.id);
    if (!opportunities)
        return Error { opportunities.error() };
    for (const Opportunity &o : std::as_const(*opportunities)) {
        if (o.stage != OpportunityStage::Won && o.stage != OpportunityStage::Lost)
            d.openOpportunities.append(o);
    }
    std::sort(d.openOpportunities.begin(), d.openOpportunities.end(),
              [](const Opportunity &a, const Opportunity &b) {
                  // Without an expected close last.
                  if (a.expectedClose.isValid() != b.expectedClose.isValid())
                      return a.expectedClose.isValid();
                  return a.expectedClose < b.expectedClose;
              });
    return {};
}

/// The period's last ten interactions, newest first, and the follow-ups not done.
Status readInteractions(Database &database, ClientReportData &d)
{
    auto interactions = InteractionRepository(database).listForAccount(d.account.id);
    if (!interactions)
        return Error { interactions.error() };
    for (const Interaction &i : std::as_const(*interactions)) {
        const QDate day = i.occurredAt.date();
        if (day >= d.period.from && day <= d.period.to)
            d.interactions.append(i);
        if (i.followUpOn.isValid() && !i.followUpDone)
            d.nextSteps.append(i);
    }
    std::sort(
        d.interactions.begin(), d.interactions.end(),
        [](const Interaction &a, const Interaction &b) { return a.occurredAt > b.occurredAt; });
    if (d.interactions.size() > 10)
        d.interactions.resize(10);
    std::sort(
        d.nextSteps.begin(), d.nextSteps.end(),
        [](const Interaction &a, const Interaction &b) { return a.followUpOn < b.followUpOn; });
    return {};
}

} // namespace

Result<ClientReportData> ReportData::client(Database &database, qint64 accountId,
                                            const ReportPeriod &period, const QDate &today)
{
    ClientReportData d;
    if (Status ok = startReport(database, period, today, d); !ok)
        return Error { ok.error() };
    d.currency = SettingsRepository(database).firmCurrency();
    auto account = AccountRepository(database).get(accountId);
    if (!account)
        return Error { account.error() };
    // Contracts, service plan and health are a client's: a customer's report would be
    // labelled "Client" and mostly empty.
    if (account->kind != AccountKind::Client)
        return Error { tr("“%1” is a customer, not a client: the client report is written for "
                          "clients only.")
                           .arg(account->name) };
    d.account = *account;
    d.accountCurrency = account->currency.isEmpty() ? d.currency : account->currency;
    d.managerName = userName(database, d.account.managerId);

    if (Status ok = readContacts(database, d); !ok)
        return Error { ok.error() };
    if (Status ok = readContracts(database, d); !ok)
        return Error { ok.error() };
    if (Status ok = readRequests(database, d, today); !ok)
        return Error { ok.error() };
    if (Status ok = readRevenue(database, d); !ok)
        return Error { ok.error() };
    if (Status ok = readOpportunities(database, d); !ok)
        return Error { ok.error() };
    if (Status ok = readInteractions(database, d); !ok)
        return Error { ok.error() };
    return d;
}

namespace {

/// Renewals due: active contracts ending within 90 days of the day printed.
Status readRenewals(Database &database, const QDate &today, PortfolioReportData &d)
{
    const auto ids = ReportQuery(database).activeContractsEnding(today, today.addDays(90));
    if (!ids)
        return Error { ids.error() };
    ContractRepository contracts(database);
    AccountRepository accounts(database);
    const auto rates = ExchangeRateStore(database).load();
    if (!rates)
        return Error { rates.error() };
    for (const qint64 id : std::as_const(*ids)) {
        auto contract = contracts.get(id);
        if (!contract)
            return Error { contract.error() };
        auto account = accounts.get(contract->accountId);
        if (!account)
            return Error { account.error() };
        const Money monthly = ContractRules::monthlyRecurringRevenue(*contract);
        d.renewals.append({ account->name, contract->reference, contract->end,
                            ContractRules::noticeDeadline(*contract), contract->autoRenew, monthly,
                            rates->convert(monthly.minorUnits(), monthly.currency(), today) });
    }
    return {};
}

/// What is owed on the day printed, by currency (the firm's first), the largest first.
Status readReceivables(Database &database, const QDate &today, PortfolioReportData &d)
{
    auto rows = InvoiceService(database).aging(today);
    if (!rows)
        return Error { rows.error() };
    const QString firmCurrency = d.revenue.currency;
    std::stable_sort(
        rows->begin(), rows->end(),
        [&firmCurrency](const InvoiceService::AgingRow &a, const InvoiceService::AgingRow &b) {
            if (a.currency != b.currency) {
                if ((a.currency == firmCurrency) != (b.currency == firmCurrency))
                    return a.currency == firmCurrency;
                return a.currency < b.currency;
            }
            if (a.totalMinor != b.totalMinor)
                return a.totalMinor > b.totalMinor;
            const int byName = QString::localeAwareCompare(a.accountName, b.accountName);
            return byName != 0 ? byName < 0 : a.accountId < b.accountId;
        });
    d.receivables = *rows;
    return {};
}

} // namespace

Result<PortfolioReportData> ReportData::portfolio(Database &database, const ReportPeriod &period,
                                                  const QDate &today)
{
    PortfolioReportData d;
    if (Status ok = startReport(database, period, today, d); !ok)
        return Error { ok.error() };
    // Months for up to two years, quarters for up to six, years beyond.
    const qint64 days = period.from.daysTo(period.to);
    d.grouping = days <= 731 ? PeriodGrouping::Month
        : days <= 2192       ? PeriodGrouping::Quarter
                             : PeriodGrouping::Year;
    auto revenue = RevenueAnalytics::byPeriod(database, { period.from, period.to, std::nullopt },
                                              d.grouping);
    if (!revenue)
        return Error { revenue.error() };
    d.revenue = *revenue;

    for (const auto &[kind, target] : { std::pair { AccountKind::Client, &d.topClients },
                                        std::pair { AccountKind::Customer, &d.topCustomers } }) {
        auto top = topAccounts(database, kind, period, 10);
        if (!top)
            return Error { top.error() };
        *target = *top;
    }

    if (Status ok = readRenewals(database, today, d); !ok)
        return Error { ok.error() };
    auto unconverted = ReportQuery(database).unconverted(period.from, period.to);
    if (!unconverted)
        return Error { unconverted.error() };
    d.unconverted = *unconverted;

    // Conversions in the period.
    auto conversions = ReportQuery(database).conversions(period.from, period.to);
    if (!conversions)
        return Error { conversions.error() };
    for (const ReportQuery::Conversion &c : std::as_const(*conversions))
        d.conversions.append({ c.account, c.convertedOn, c.managerName });

    auto pipeline = PipelineAnalytics::compute(database, today);
    if (!pipeline)
        return Error { pipeline.error() };
    d.pipeline = *pipeline;
    if (Status ok = readReceivables(database, today, d); !ok)
        return Error { ok.error() };
    return d;
}

Result<QList<std::pair<qint64, QString>>> ReportData::clientsOf(Database &database,
                                                                std::optional<qint64> managerId)
{
    return ReportQuery(database).activeClients(managerId);
}

} // namespace cd
