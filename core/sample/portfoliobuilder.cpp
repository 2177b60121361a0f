#include "sample/portfoliobuilder.h"

#include "domain/money.h"
#include "domain/opportunityrules.h"
#include "storage/bulkwriter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::sample {

namespace {

const QList<int> kResponseHours { 4, 8, 24, 48, 72 };

qint64 contractValue(const ContractRow &c)
{
    switch (c.billingModel) {
    case BillingModel::Retainer: {
        const int months = int(c.start.daysTo(c.end) / 30) + 1;
        return c.feeMinor * std::max(1, months);
    }
    case BillingModel::Fixed:
        return c.feeMinor;
    case BillingModel::Hourly:
        return c.feeMinor * c.estimatedHours;
    }
    return 0;
}

bool isClientProfile(Profile p)
{
    return p == Profile::Client || p == Profile::ConvertedClient || p == Profile::FormerClient
        || p == Profile::ClientProspect;
}

} // namespace

Status PortfolioBuilder::tick()
{
    ++m_done;
    if ((m_done & 255) != 0 && m_done != m_total)
        return {};
    if (m_cancel && m_cancel->load(std::memory_order_relaxed))
        return Error { SampleGenerator::tr("Creating the sample portfolio was cancelled; nothing "
                                           "was written.") };
    const int percent = int(m_done * 96 / std::max<qint64>(1, m_total)); // tagging follows
    if (m_progress && percent != m_lastPercent) {
        m_lastPercent = percent;
        m_progress(percent, SampleGenerator::tr("Writing accounts, contracts and revenue"));
    }
    return {};
}

Status PortfolioBuilder::build()
{
    if (Status ok = writeUsers(); !ok)
        return ok;
    if (Status ok = writeProducts(); !ok)
        return ok;
    m_accountIds.reserve(m_plan.accounts.size());
    for (int i = 0; i < m_plan.accounts.size(); ++i) {
        if (Status ok = writeAccount(i); !ok)
            return ok;
    }
    return {};
}

Status PortfolioBuilder::writeUsers()
{
    const QDate since = m_planner.historyStart();
    auto email = [](const QString &name) {
        return name.toLower().replace(u' ', u'.').remove(u'\'') + u"@arunika-advisory.co.id"_s;
    };
    const auto head = m_writer.user(m_plan.headOfAccounts, email(m_plan.headOfAccounts),
                                    UserRole::Manager, since);
    if (!head)
        return Error { head.error() };
    m_headId = *head;
    for (const QString &name : std::as_const(m_plan.managers)) {
        const auto id = m_writer.user(name, email(name), UserRole::AccountManager, since);
        if (!id)
            return Error { id.error() };
        m_managerIds.append(*id);
    }
    return {};
}

Status PortfolioBuilder::writeProducts()
{
    for (const CatalogueProduct &p : products()) {
        const qint64 price = m_planner.money(p.listPriceMajor);
        const auto id = m_writer.product(p.name, p.category, price);
        if (!id)
            return Error { id.error() };
        m_catalogue.append({ *id, p.name, p.category, price, p.listPriceMajor });
        const qint64 ratio = 20'000'000 / p.listPriceMajor; // cheaper items sell far more often
        m_productWeights.append(int(std::clamp<qint64>(ratio * ratio, 1, 400)));
    }
    return {};
}

Status PortfolioBuilder::writeAccount(int index)
{
    PlannedAccount &a = m_plan.accounts[index];
    a.row.managerId = managerId(a);
    if (a.referredBy >= 0)
        a.row.referredById = m_accountIds.at(a.referredBy);
    const auto id = m_writer.account(a.row);
    if (!id)
        return Error { id.error() };
    m_accountIds.append(*id);
    ++m_summary.accounts;
    if (a.row.kind == AccountKind::Client)
        ++m_summary.clients;
    else
        ++m_summary.customers;

    if (a.profile == Profile::Client && m_random.chance(10)) {
        if (Status ok = m_writer.tag(*id, u"key account"_s); !ok)
            return ok;
    } else if (!isClientProfile(a.profile) && m_random.chance(15)) {
        if (Status ok = m_writer.tag(*id, u"newsletter"_s); !ok)
            return ok;
    }
    for (auto step : { &PortfolioBuilder::writeContacts, &PortfolioBuilder::writeContracts,
                       &PortfolioBuilder::writeService, &PortfolioBuilder::writeOpportunities,
                       &PortfolioBuilder::writeInteractions, &PortfolioBuilder::writePurchases }) {
        if (Status ok = (this->*step)(a, *id); !ok)
            return ok;
    }
    return tick();
}

Status PortfolioBuilder::writeContacts(const PlannedAccount &a, qint64 id)
{
    using R = ContactRole;
    m_contactIds.clear();
    if (a.row.legalForm == LegalForm::Person) {
        const auto contact
            = m_writer.contact(id, a.row.name, {}, a.row.email, a.row.phone, a.row.createdOn,
                               { R::DecisionMaker, R::Buyer, R::User, R::Billing });
        if (!contact)
            return Error { contact.error() };
        m_contactIds.append(*contact);
        ++m_summary.contacts;
        return {};
    }
    int count = m_random.between(1, 2);
    if (isClientProfile(a.profile))
        count = m_random.between(2, 4);
    else if (a.profile == Profile::Reseller || a.profile == Profile::Internal
             || a.profile == Profile::Loyal)
        count = m_random.between(1, 3);
    // Who decides, who buys, who uses the service and who receives the invoices.
    static const QList<QList<QList<R>>> roles {
        { { R::DecisionMaker, R::Buyer, R::User, R::Billing } },
        { { R::DecisionMaker, R::Buyer }, { R::User, R::Billing } },
        { { R::DecisionMaker }, { R::Buyer, R::Billing }, { R::User } },
        { { R::DecisionMaker }, { R::Buyer }, { R::User }, { R::Billing } }
    };
    for (int i = 0; i < count; ++i) {
        const QString first
            = m_random.pick(a.international ? internationalFirstNames() : indonesianFirstNames());
        const QString last
            = m_random.pick(a.international ? internationalLastNames() : indonesianLastNames());
        const QString name = first + u' ' + last;
        QString local = (first + u'.' + last).toLower();
        local.remove(u' ').remove(u'\'');
        // A direct line in the account's own country: its prefix, other digits.
        const QString phone = a.international ? u"%1 %2 %3"_s.arg(a.row.phone.section(u' ', 0, -3))
                                                    .arg(m_random.between(2000, 8999))
                                                    .arg(m_random.between(1000, 9999))
                                              : u"+62 8%1-%2-%3"_s.arg(m_random.between(11, 59))
                                                    .arg(m_random.between(1000, 9999))
                                                    .arg(m_random.between(1000, 9999));
        const auto contact
            = m_writer.contact(id, name, m_random.pick(jobTitles()), local + u'@' + a.domain, phone,
                               a.row.createdOn, roles.at(count - 1).at(i));
        if (!contact)
            return Error { contact.error() };
        m_contactIds.append(*contact);
        ++m_summary.contacts;
    }
    return {};
}

Status PortfolioBuilder::writeContracts(const PlannedAccount &a, qint64 id)
{
    m_contractIds.clear();
    for (ContractRow c : a.contracts) {
        c.accountId = id;
        const auto contract = m_writer.contract(c);
        if (!contract)
            return Error { contract.error() };
        m_contractIds.append(*contract);
        ++m_summary.contracts;
    }
    // What the contracts billed is written once the time is (sampleinvoices.h): their
    // revenue comes from issuing those invoices.
    PlannedAccount &planned = m_plan.accounts[m_accountIds.size() - 1];
    planned.id = id;
    planned.contractIds = m_contractIds;
    return {};
}

Status PortfolioBuilder::writeService(const PlannedAccount &a, qint64 id)
{
    // The service plan hangs off the latest signed contract.
    int latest = -1;
    for (int i = 0; i < a.contracts.size(); ++i) {
        if (a.contracts.at(i).status != ContractStatus::Draft)
            latest = i;
    }
    if (latest < 0)
        return {};
    const ContractRow &c = a.contracts.at(latest);
    struct Item
    {
        qint64 id;
        int hours;
    };
    QList<Item> items;
    const int itemCount = m_random.between(1, 4);
    for (int i = 0; i < itemCount; ++i) {
        const int hours = m_random.pick(kResponseHours);
        const auto item = m_writer.serviceItem(
            id, m_contractIds.at(latest), m_random.pick(serviceTitles()),
            m_random.pick(serviceCustomisations()),
            Frequency(m_random.weighted({ 5, 15, 40, 25, 5, 10 })), hours,
            m_random.pick(indonesianFirstNames()) + u' ' + m_random.pick(indonesianLastNames()),
            c.start);
        if (!item)
            return Error { item.error() };
        items.append({ *item, hours });
    }

    QDate until = std::min(c.end, m_options.today);
    if (c.terminatedOn.isValid())
        until = std::min(until, c.terminatedOn);
    const QDate from = std::max(c.start, m_options.today.addDays(-540));
    if (until < from)
        return {};
    const bool current = c.status == ContractStatus::Active;
    if (a.neglected && current) {
        // Requests nobody picked up: opened days ago, still open, past the agreed time.
        const int firstTitle = m_random.between(0, int(requestTitles().size()) - 1);
        for (int i = 0; i < 2; ++i) {
            const Item &item = m_random.pick(items);
            const QDateTime opened = m_now.addDays(-m_random.between(4, 20))
                                         .addSecs(-qint64(m_random.between(0, 8)) * 3600);
            const QString &title
                = requestTitles().at((firstTitle + i * 3) % int(requestTitles().size()));
            if (Status ok
                = m_writer.serviceRequest(id, item.id, RequestType::Complaint, title,
                                          RequestPriority::High, RequestStatus::Open, opened,
                                          opened.addSecs(qint64(item.hours) * 3600), QDateTime());
                !ok) {
                return ok;
            }
            ++m_summary.serviceRequests;
        }
    }
    const int count = current ? m_random.between(0, 10) : m_random.between(0, 3);
    for (int i = 0; i < count; ++i) {
        const Item &item = m_random.pick(items);
        const QDateTime opened = std::min(during(m_random.dateBetween(from, until)), m_now);
        const QDateTime due = opened.addSecs(qint64(item.hours) * 3600);
        // Most requests are answered within the agreed time; some are late, some still open.
        const int late = m_random.chance(80) ? 0 : m_random.between(1, 3);
        const int takenHours = late == 0 ? m_random.between(1, item.hours)
                                         : item.hours + late * m_random.between(1, item.hours);
        const QDateTime closed = opened.addSecs(qint64(takenHours) * 3600);
        // Open: not answered yet, or (a few recent ones) still being worked on.
        const bool recent = opened > m_now.addDays(-14);
        const bool stillOpen = closed > m_now || (current && recent && m_random.chance(15));
        const RequestStatus status = !stillOpen ? RequestStatus::Closed
            : m_random.chance(50)               ? RequestStatus::Open
                                                : RequestStatus::InProgress;
        if (Status ok
            = m_writer.serviceRequest(id, item.id, RequestType(m_random.weighted({ 70, 20, 10 })),
                                      m_random.pick(requestTitles()),
                                      RequestPriority(m_random.weighted({ 15, 55, 22, 8 })), status,
                                      opened, due, stillOpen ? QDateTime() : closed);
            !ok) {
            return ok;
        }
        ++m_summary.serviceRequests;
    }
    return {};
}

Status PortfolioBuilder::writeOpportunity(OpportunityRow row, OpportunityStage finalStage,
                                          const QDate &lastChange)
{
    // The stages passed through, spread between the first contact and the last change.
    static const QList<OpportunityStage> path { OpportunityStage::Lead, OpportunityStage::Qualified,
                                                OpportunityStage::Proposal,
                                                OpportunityStage::Negotiation };
    const bool closed = finalStage == OpportunityStage::Won || finalStage == OpportunityStage::Lost;
    int reached = closed ? int(path.size()) : int(path.indexOf(finalStage)) + 1;
    if (finalStage == OpportunityStage::Lost)
        reached = m_random.between(1, 4);
    const qint64 span = std::max<qint64>(0, row.firstContact.daysTo(lastChange));
    const int steps = closed ? reached : reached - 1;
    for (int i = 0; i < reached; ++i) {
        const qint64 offset = steps == 0 ? 0 : span * i / steps;
        row.history.append({ path.at(i), row.firstContact.addDays(offset) });
    }
    if (closed) {
        row.history.append({ finalStage, lastChange });
        row.closedOn = lastChange;
    }
    row.probability = OpportunityRules::defaultProbability(finalStage);
    const auto id = m_writer.opportunity(row);
    if (!id)
        return Error { id.error() };
    ++m_summary.opportunities;
    return {};
}

Status PortfolioBuilder::writeOpportunities(const PlannedAccount &a, qint64 id)
{
    const QDate &today = m_options.today;
    OpportunityRow base;
    base.accountId = id;
    base.ownerId = managerId(a);
    base.currency = a.currency;
    // Deals are valued in the account's currency.
    const QString &currency = a.currency.isEmpty() ? m_options.currency : a.currency;
    if (isClientProfile(a.profile)) {
        base.dealType = DealType::Engagement;
        // Every contract was won in the pipeline: long cycles for new clients, shorter renewals.
        for (int i = 0; i < a.contracts.size(); ++i) {
            const ContractRow &c = a.contracts.at(i);
            if (i > 0 && !m_random.chance(40) && c.status != ContractStatus::Draft)
                continue;
            OpportunityRow row = base;
            const QDate closed = c.signedOn.isValid()
                ? c.signedOn
                : std::min(today, c.start.addDays(-m_random.between(5, 20)));
            row.firstContact
                = closed.addDays(-(i == 0 ? m_random.between(45, 240) : m_random.between(14, 60)));
            row.expectedClose = closed;
            row.title = i == 0 ? a.practice + u" engagement"_s : u"Renewal of the engagement"_s;
            row.valueMinor = contractValue(c);
            row.contractId = m_contractIds.at(i);
            if (Status ok = writeOpportunity(row, OpportunityStage::Won, closed); !ok)
                return ok;
        }
        if ((a.profile != Profile::ClientProspect && m_random.chance(20))
            || (a.profile == Profile::ClientProspect && m_random.chance(30))) {
            OpportunityRow row = base;
            const QDate closed = m_random.dateBetween(a.row.createdOn, today);
            row.firstContact = closed.addDays(-m_random.between(20, 150));
            row.expectedClose = closed;
            row.title = m_random.pick(engagementTitles());
            row.valueMinor
                = m_planner.money(qint64(m_random.between(50, 1500)) * 1'000'000, currency);
            row.lostReason = m_random.pick(lostReasons());
            if (Status ok = writeOpportunity(row, OpportunityStage::Lost, closed); !ok)
                return ok;
        }
        const bool open = a.profile == Profile::ClientProspect
            || (a.row.status == AccountStatus::Active && m_random.chance(35));
        if (open) {
            OpportunityRow row = base;
            const auto stage = OpportunityStage(m_random.weighted({ 35, 25, 25, 15 }));
            row.firstContact = today.addDays(-m_random.between(5, 240));
            // A quarter of open deals have gone quiet: no stage change for weeks.
            const QDate lastChange = m_random.chance(25)
                ? row.firstContact.addDays(m_random.between(0, 10))
                : m_random.dateBetween(std::max(row.firstContact, today.addDays(-20)), today);
            row.expectedClose = today.addDays(m_random.between(10, 180));
            row.title = m_random.pick(engagementTitles());
            row.valueMinor
                = m_planner.money(qint64(m_random.between(50, 1500)) * 1'000'000, currency);
            row.nextStep = m_random.pick(nextSteps());
            if (Status ok = writeOpportunity(row, stage, std::min(lastChange, today)); !ok)
                return ok;
        }
        return {};
    }

    base.dealType = DealType::Sale;
    auto saleTitle = [this] {
        return u"Quote for %1"_s.arg(m_random.pick(products()).name);
    };
    if (a.profile == Profile::Potential && m_random.chance(50)) {
        OpportunityRow row = base;
        row.firstContact = today.addDays(-m_random.between(0, 30));
        row.expectedClose = today.addDays(m_random.between(3, 30));
        row.title = saleTitle();
        row.valueMinor = m_planner.money(qint64(m_random.between(2, 60)) * 1'000'000, currency);
        row.nextStep = m_random.pick(nextSteps());
        const auto stage
            = m_random.chance(60) ? OpportunityStage::Lead : OpportunityStage::Qualified;
        return writeOpportunity(row, stage, row.firstContact);
    }
    const bool sells = a.profile == Profile::Returning || a.profile == Profile::Loyal
        || a.profile == Profile::PromoDriven || a.profile == Profile::Reseller
        || a.profile == Profile::Internal || a.profile == Profile::New;
    if (!sells || !m_random.chance(a.profile == Profile::New ? 30 : 25))
        return {};
    const int count = m_random.between(1, 2);
    for (int i = 0; i < count; ++i) {
        OpportunityRow row = base;
        const QDate closed = m_random.dateBetween(a.purchaseFrom, a.purchaseTo);
        row.firstContact = closed.addDays(-m_random.between(0, 21));
        row.expectedClose = closed;
        row.title = saleTitle();
        row.valueMinor = m_planner.money(qint64(m_random.between(2, 60)) * 1'000'000, currency);
        const bool won = m_random.chance(75);
        if (!won)
            row.lostReason = m_random.pick(lostReasons());
        if (Status ok
            = writeOpportunity(row, won ? OpportunityStage::Won : OpportunityStage::Lost, closed);
            !ok) {
            return ok;
        }
    }
    return {};
}

Status PortfolioBuilder::writeInteractions(const PlannedAccount &a, qint64 id)
{
    const QDate &today = m_options.today;
    int count = 0;
    QDate from = a.row.createdOn;
    QDate last = today;
    switch (a.profile) {
    case Profile::Client: {
        count = m_random.between(6, 20);
        // Most clients were contacted recently; some have not heard from the firm for months.
        const int recency = a.neglected ? 2 : m_random.weighted({ 78, 22 });
        last = today.addDays(-(recency == 0       ? m_random.between(0, 40)
                                   : recency == 1 ? m_random.between(41, 120)
                                                  : m_random.between(121, 300)));
        break;
    }
    case Profile::ConvertedClient:
        count = m_random.between(4, 12);
        break;
    case Profile::FormerClient:
        count = m_random.between(3, 10);
        if (!a.contracts.isEmpty()) {
            const ContractRow &c = a.contracts.constLast();
            last = c.terminatedOn.isValid() ? c.terminatedOn : c.end;
        }
        break;
    // Prospects were last contacted at some point in the last two months, not all today.
    case Profile::ClientProspect:
        count = m_random.between(1, 5);
        last = today.addDays(-m_random.between(0, 60));
        break;
    case Profile::Potential:
        count = m_random.between(1, 3);
        last = today.addDays(-m_random.between(0, 60));
        break;
    case Profile::New:
        count = m_random.between(0, 1);
        break;
    case Profile::Impulsive:
        return {}; // an unplanned purchase: no contact before it
    case Profile::Reseller:
    case Profile::Internal:
        count = m_random.between(2, 8);
        break;
    default:
        count = m_random.between(0, 4);
        break;
    }
    if (a.purchaseFrom.isValid() && !isClientProfile(a.profile)) {
        from = std::max(from, a.purchaseFrom);
        last = std::min(today, a.purchaseTo.addDays(30));
    }
    last = std::max(std::min(last, today), from);
    const std::optional<qint64> user
        = a.manager < 0 ? std::optional<qint64>(m_headId) : managerId(a);
    for (int i = 0; i < count; ++i) {
        const QDate day = i == 0 ? last : m_random.dateBetween(from, last);
        QDate followUp;
        bool done = false;
        if (m_random.chance(25)
            || (i == 0 && a.profile == Profile::Client && m_random.chance(50))) {
            followUp = day.addDays(m_random.between(3, 21));
            // Old follow-ups were dealt with; the last month's may still be open.
            done = followUp < today.addDays(-30)
                || (followUp < today.addDays(-7) && m_random.chance(70));
        }
        const std::optional<qint64> contact = m_contactIds.isEmpty()
            ? std::nullopt
            : std::optional<qint64>(m_random.pick(m_contactIds));
        if (Status ok = m_writer.interaction(
                id, contact, InteractionType(m_random.weighted({ 30, 25, 25, 10, 10 })),
                std::min(during(day), m_now), m_random.pick(interactionSubjects()), followUp, done,
                user);
            !ok) {
            return ok;
        }
        ++m_summary.interactions;
    }
    return {};
}

Status PortfolioBuilder::writePurchases(const PlannedAccount &a, qint64 id)
{
    if (a.purchases <= 0)
        return {};
    QList<QDate> dates;
    dates.reserve(a.purchases);
    if (a.profile == Profile::Loyal) {
        // One purchase in almost every quarter of the relationship, then extra ones anywhere.
        for (QDate q = a.purchaseFrom; q <= a.purchaseTo && dates.size() < a.purchases;
             q = q.addMonths(3)) {
            if (!m_random.chance(12))
                dates.append(
                    m_random.dateBetween(q, std::min(q.addMonths(3).addDays(-1), a.purchaseTo)));
        }
    } else {
        dates.append(a.purchaseFrom);
        if (a.purchases > 1)
            dates.append(a.purchaseTo);
    }
    while (dates.size() < a.purchases)
        dates.append(m_random.dateBetween(a.purchaseFrom, a.purchaseTo));

    for (const QDate &date : std::as_const(dates)) {
        // Frequent buyers mostly take the small standard items (seats, templates, filings);
        // the big workshops and assessments are occasional.
        const CatalogueEntry &product = m_catalogue.at(m_random.weighted(m_productWeights));
        RevenueRow row;
        row.accountId = id;
        row.date = date;
        row.productId = product.id;
        row.description = product.name;
        row.category = product.category;
        row.quantity = a.profile == Profile::Reseller ? m_random.between(1, 4)
            : a.profile == Profile::Internal          ? m_random.between(1, 2)
            : m_random.chance(80)                     ? 1
                                                      : m_random.between(2, 3);
        // An account billed in another currency pays the list price's worth in it.
        const qint64 price = a.currency.isEmpty() ? product.priceMinor
                                                  : m_planner.money(product.rupiah, a.currency);
        row.currency = a.currency;
        const qint64 gross = price * row.quantity;
        int percent = 0;
        if (a.profile == Profile::PromoDriven && m_random.chance(75)) {
            percent = m_random.between(10, 30);
            row.promotion = m_random.pick(promotionCodes());
        } else if (a.profile == Profile::Reseller) {
            percent = 20; // the channel discount, not a promotion
        } else if (m_random.chance(6)) {
            percent = m_random.between(10, 15);
            row.promotion = m_random.pick(promotionCodes());
        }
        row.discountMinor = gross * percent / 100;
        row.amountMinor = gross - row.discountMinor;
        row.kindAtBooking = a.row.convertedOn.isValid() && date < a.row.convertedOn
            ? AccountKind::Customer
            : a.row.kind;
        if (Status ok = revenue(row); !ok)
            return ok;
    }
    return {};
}

Status PortfolioBuilder::revenue(const RevenueRow &row)
{
    if (Status ok = m_writer.revenue(row); !ok)
        return ok;
    ++m_summary.revenueEntries;
    return tick();
}

} // namespace cd::sample
