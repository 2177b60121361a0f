#include "sample/sampleplanner.h"

#include "domain/money.h"
#include "io/duplicates.h"
#include "sample/samplerates.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::sample {

namespace {

// Shares of the portfolio in percent, in the order of Profile: about a fifth are clients.
const QList<int> kProfileWeights { 14, 3, 3, 2, 5, 9, 18, 10, 9, 15, 8, 4 };
constexpr int kProfileCount = 12;

QString slug(const QString &text)
{
    QString result;
    for (QChar c : text.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            result.append(c);
    }
    return result;
}

int quarterIndex(const QDate &date)
{
    return date.year() * 4 + (date.month() - 1) / 3;
}

} // namespace

SamplePlanner::SamplePlanner(const SampleOptions &options, SampleRandom &random)
    : m_options(options)
    , m_random(random)
    , m_today(options.today)
    , m_start(options.today.addYears(-5).addDays(1))
    , m_unit(unitOf(options.currency))
    , m_foreign(foreignCurrencies(options.currency))
{ }

qint64 SamplePlanner::unitOf(const QString &currency)
{
    qint64 unit = 1;
    for (int i = 0; i < Money::decimals(currency); ++i)
        unit *= 10;
    return unit;
}

qint64 SamplePlanner::money(qint64 rupiah, const QString &currency) const
{
    const qint64 worth = nominalRupiah(currency);
    if (worth == 1)
        return rupiah * unitOf(currency);
    if (worth <= 0)
        return std::max<qint64>(1, rupiah / 10'000) * unitOf(currency);
    // Whole dollars; the larger amounts (fees, deals) in round tens.
    qint64 units = std::max<qint64>(1, rupiah / worth);
    if (units >= 1'000)
        units = units / 10 * 10;
    return units * unitOf(currency);
}

Plan SamplePlanner::plan()
{
    Plan plan;
    const int managerCount = std::clamp(m_options.accounts / 200, 3, 30);
    QSet<QString> people;
    plan.headOfAccounts = personName(false);
    people.insert(plan.headOfAccounts);
    while (m_managers.size() < managerCount) {
        const QString name = personName(m_random.chance(20));
        if (!people.contains(name)) {
            people.insert(name);
            m_managers.append(name);
        }
    }
    plan.managers = m_managers;

    QList<int> advocates;
    int nextAdvocate = 0;
    plan.accounts.reserve(m_options.accounts);
    for (int i = 0; i < m_options.accounts; ++i) {
        PlannedAccount account;
        account.profile = pickProfile(i);
        planIdentity(account);
        planCurrency(account);
        switch (account.profile) {
        case Profile::Client:
        case Profile::ConvertedClient:
        case Profile::FormerClient:
        case Profile::ClientProspect:
            planClient(account);
            break;
        default:
            planCustomer(account);
            break;
        }
        // Word of mouth: some accounts came through an advocate, spread evenly over them.
        if (!advocates.isEmpty() && m_random.chance(10)) {
            account.referredBy = advocates.at(nextAdvocate++ % advocates.size());
        }
        const bool canAdvocate = account.profile == Profile::Client
            || account.profile == Profile::Loyal || account.profile == Profile::Returning;
        if (canAdvocate && m_random.chance(12)) {
            account.advocate = true;
            advocates.append(i);
        }
        plan.accounts.append(std::move(account));
    }
    allocateRevenue(plan.accounts);
    return plan;
}

Profile SamplePlanner::pickProfile(int index)
{
    // The first dozen accounts take one profile each, so even a tiny sample shows every kind
    // of account; the rest follow the shares.
    static const QList<int> firstOrder { 0, 6, 9, 4, 1, 7, 10, 2, 8, 5, 3, 11 };
    if (index < kProfileCount && m_options.accounts >= kProfileCount)
        return Profile(firstOrder.at(index));
    return Profile(m_random.weighted(kProfileWeights));
}

QString SamplePlanner::personName(bool international)
{
    if (international) {
        return m_random.pick(internationalFirstNames()) + u' '
            + m_random.pick(internationalLastNames());
    }
    return m_random.pick(indonesianFirstNames()) + u' ' + m_random.pick(indonesianLastNames());
}

QString SamplePlanner::uniqueName(const PlannedAccount &account)
{
    for (int attempt = 0;; ++attempt) {
        QString name;
        if (account.row.legalForm == LegalForm::Person) {
            name = personName(account.international);
        } else if (account.international) {
            name = m_random.pick(internationalCompanyWords()) + u' '
                + m_random.pick(internationalCompanyNouns()) + u' '
                + m_random.pick(internationalLegalForms());
        } else {
            const QString first = m_random.pick(indonesianCompanyWords());
            QString second = m_random.pick(indonesianCompanySecondWords());
            if (second == first)
                second = u"Persada"_s;
            const int form = m_random.between(0, 99);
            if (form < 65)
                name = u"PT %1 %2"_s.arg(first, second);
            else if (form < 90)
                name = u"CV %1 %2"_s.arg(first, second);
            else
                name = u"PT %1 %2 Tbk"_s.arg(first, second);
        }
        // After many tries the word lists are exhausted for this form: name the branch.
        if (attempt > 40)
            name += u" (%1)"_s.arg(account.row.city);
        if (attempt > 60)
            name += u' ' + QString::number(m_names.size());
        // Unique as the duplicate rules see names, so that no two sample businesses look
        // like one entered twice ("PT Maju Energi" and "CV Maju Energi").
        const QString key = DuplicateRules::nameKey(name);
        if (!m_names.contains(key)) {
            m_names.insert(key);
            return name;
        }
    }
}

void SamplePlanner::planIdentity(PlannedAccount &account)
{
    AccountRow &row = account.row;
    account.international = m_random.chance(22);
    const Place &place = account.international ? m_random.pick(internationalPlaces())
                                               : m_random.pick(indonesianPlaces());
    row.city = place.city;
    row.region = place.region;
    row.country = place.country;
    row.industry = m_random.pick(industries());

    const Profile p = account.profile;
    const bool mayBePerson = p == Profile::Potential || p == Profile::New || p == Profile::Returning
        || p == Profile::Impulsive || p == Profile::PromoDriven;
    row.legalForm
        = mayBePerson && m_random.chance(35) ? LegalForm::Person : LegalForm::Organisation;
    row.channel = p == Profile::Reseller ? Channel::Reseller
        : p == Profile::Internal         ? Channel::Internal
                                         : Channel::Direct;
    row.name = uniqueName(account);

    // The web domain of a business: its name without the legal form (unique, see uniqueName()).
    const QString base = slug(DuplicateRules::nameKey(row.name).remove(u' '));
    if (row.legalForm == LegalForm::Person) {
        const QString first = slug(row.name.section(u' ', 0, 0));
        const QString last = slug(row.name.section(u' ', 1));
        account.domain = u"gmail.com"_s;
        row.email = u"%1.%2@gmail.com"_s.arg(first, last);
        row.phone = account.international ? u"%1 %2 %3"_s.arg(place.phonePrefix)
                                                .arg(m_random.between(2000, 8999))
                                                .arg(m_random.between(1000, 9999))
                                          : u"+62 8%1-%2-%3"_s.arg(m_random.between(11, 59))
                                                .arg(m_random.between(1000, 9999))
                                                .arg(m_random.between(1000, 9999));
    } else {
        account.domain = base + (account.international ? u".com"_s : u".co.id"_s);
        row.email = u"info@"_s + account.domain;
        row.phone = u"%1 %2 %3"_s.arg(place.phonePrefix)
                        .arg(m_random.between(2000, 8999))
                        .arg(m_random.between(1000, 9999));
        if (!account.international && m_random.chance(80)) {
            row.taxId = u"%1.%2.%3.%4-%5.000"_s.arg(m_random.between(1, 99), 2, 10, QChar(u'0'))
                            .arg(m_random.between(0, 999), 3, 10, QChar(u'0'))
                            .arg(m_random.between(0, 999), 3, 10, QChar(u'0'))
                            .arg(m_random.between(0, 9))
                            .arg(m_random.between(0, 999), 3, 10, QChar(u'0'));
        } else if (account.international && m_random.chance(30)) {
            row.taxId = row.country + QString::number(m_random.between(100'000'000, 999'999'999));
        }
    }

    const bool managed = p == Profile::Client || p == Profile::ConvertedClient
        || p == Profile::FormerClient || p == Profile::ClientProspect || p == Profile::Reseller
        || p == Profile::Internal || p == Profile::Loyal || m_random.chance(45);
    if (managed)
        account.manager = m_random.between(0, int(m_managers.size()) - 1);
}

void SamplePlanner::planCurrency(PlannedAccount &account)
{
    // Every tenth account that is billed (clients under contract and customers who buy),
    // counted apart, is billed in another currency: a regional office's retainer, a foreign
    // parent company, a buyer abroad. Counted, not drawn, so that the share is a tenth in any
    // sample and the rest of the portfolio is the same as without currencies.
    if (m_foreign.isEmpty())
        return;
    const Profile p = account.profile;
    if (p == Profile::ClientProspect || p == Profile::Potential)
        return;
    const bool client
        = p == Profile::Client || p == Profile::ConvertedClient || p == Profile::FormerClient;
    int &billed = client ? m_billedClients : m_billedCustomers;
    if (billed++ % 10 != 4)
        return;
    const QString singapore = u"SGD"_s;
    if (account.row.country == u"SG"_s && m_foreign.contains(singapore))
        account.currency = singapore;
    else
        account.currency = m_foreign.at(m_foreignAccounts % m_foreign.size());
    ++m_foreignAccounts;
    account.row.currency = account.currency;
}

void SamplePlanner::planClient(PlannedAccount &account)
{
    AccountRow &row = account.row;
    row.kind = AccountKind::Client;
    account.practice = m_random.pick(practiceAreas());
    switch (account.profile) {
    case Profile::Client: {
        row.status = AccountStatus::Active;
        // The very first client is always one of them, so every sample shows the case.
        account.neglected = m_random.chance(10) || m_firstClientPending;
        m_firstClientPending = false;
        const QDate since = m_today.addDays(-m_random.between(90, 1800));
        row.createdOn = since.addDays(-m_random.between(30, 200));
        planContracts(account, since, {}, false);
        if (m_random.chance(7))
            planDraftContract(account, m_today.addDays(m_random.between(15, 60)));
        break;
    }
    case Profile::FormerClient: {
        const QDate since = m_today.addDays(-m_random.between(800, 1800));
        const QDate end = m_today.addDays(-m_random.between(30, 600));
        row.createdOn = since.addDays(-m_random.between(30, 200));
        const bool terminated = m_random.chance(60);
        row.status = terminated ? AccountStatus::Former : AccountStatus::Dormant;
        planContracts(account, since, std::max(end, since.addDays(180)), terminated);
        break;
    }
    case Profile::ConvertedClient: {
        // A customer first: purchases until the conversion, then a contract.
        const QDate since = m_today.addDays(-m_random.between(500, 1800));
        const QDate converted
            = std::max(since.addDays(200), m_today.addDays(-m_random.between(20, 700)));
        row.createdOn = since;
        row.status = AccountStatus::Active;
        row.convertedOn = converted;
        account.purchaseFrom = since;
        account.purchaseTo = converted.addDays(-m_random.between(1, 30));
        account.purchases = m_random.between(3, 8);
        if (converted.daysTo(m_today) < 60)
            planDraftContract(account, converted.addDays(m_random.between(20, 45)));
        else
            planContracts(account, converted.addDays(m_random.between(0, 20)), {}, false);
        break;
    }
    default: // ClientProspect
        row.status = AccountStatus::Prospect;
        row.createdOn = m_today.addDays(-m_random.between(10, 400));
        break;
    }
}

void SamplePlanner::planCustomer(PlannedAccount &account)
{
    AccountRow &row = account.row;
    row.kind = AccountKind::Customer;
    const QDate &t = m_today;
    QDate &from = account.purchaseFrom;
    QDate &to = account.purchaseTo;
    switch (account.profile) {
    case Profile::Potential:
        row.status = AccountStatus::Prospect;
        row.createdOn = t.addDays(-m_random.between(3, 300));
        return;
    case Profile::New:
        from = t.addDays(-m_random.between(0, 89));
        to = m_random.dateBetween(from, t);
        account.purchases = from == to ? 1 : m_random.between(1, 3);
        break;
    case Profile::Impulsive:
        from = to = m_random.dateBetween(m_start, t);
        account.purchases = 1;
        break;
    case Profile::Returning:
        from = m_random.dateBetween(m_start, t.addDays(-200));
        to = m_random.dateBetween(from.addDays(60), t);
        account.purchases = 2;
        break;
    case Profile::Loyal: {
        from = m_random.dateBetween(m_start, t.addDays(-400));
        to = t.addDays(-m_random.between(0, 40));
        const int quarters = quarterIndex(to) - quarterIndex(from) + 1;
        account.purchases = std::max(4, quarters * 7 / 8);
        break;
    }
    case Profile::PromoDriven:
        from = m_random.dateBetween(m_start, t.addDays(-150));
        to = m_random.dateBetween(from.addDays(90), t);
        account.purchases = 3;
        break;
    case Profile::Reseller:
        from = m_random.dateBetween(m_start, t.addDays(-300));
        to = t.addDays(-m_random.between(0, 20));
        account.purchases = 6;
        break;
    default: // Internal
        from = m_random.dateBetween(m_start, t.addDays(-300));
        to = t.addDays(-m_random.between(0, 60));
        account.purchases = 2;
        break;
    }
    row.createdOn
        = account.profile == Profile::Impulsive ? from : from.addDays(-m_random.between(0, 60));
    row.status = to < t.addDays(-365) ? AccountStatus::Dormant : AccountStatus::Active;
}

ContractRow SamplePlanner::newContract(PlannedAccount &account, const QDate &start,
                                       BillingModel model)
{
    ContractRow c;
    const QString &currency = account.currency.isEmpty() ? m_options.currency : account.currency;
    c.currency = account.currency;
    c.billingModel = model;
    c.start = start;
    c.reference = u"C-%1-%2"_s.arg(start.year()).arg(++m_contractCounter, 5, 10, QChar(u'0'));
    c.scope = m_random.pick(contractScopes());
    c.terminationClause = m_random.pick(terminationClauses());
    int months = 12;
    switch (model) {
    case BillingModel::Retainer:
        months = m_random.chance(60) ? 12 : 24;
        c.feeMinor = money(qint64(m_random.between(30, 300)) * 500'000, currency);
        c.title = account.practice + u" retainer"_s;
        c.autoRenew = m_random.chance(50);
        c.renewalMonths = 12;
        c.noticeDays = m_random.pick(QList<int> { 30, 60, 90 });
        break;
    case BillingModel::Fixed:
        months = m_random.between(3, 9);
        c.feeMinor = money(qint64(m_random.between(10, 300)) * 5'000'000, currency);
        c.title = account.practice + u" project"_s;
        c.noticeDays = m_random.pick(QList<int> { 14, 30 });
        break;
    case BillingModel::Hourly:
        months = m_random.chance(50) ? 6 : 12;
        c.feeMinor = money(qint64(m_random.between(15, 60)) * 50'000, currency);
        c.estimatedHours = m_random.between(8, 60) * 10;
        c.title = account.practice + u" on hourly rates"_s;
        c.noticeDays = m_random.pick(QList<int> { 30, 60 });
        break;
    }
    c.end = start.addMonths(months).addDays(-1);
    return c;
}

void SamplePlanner::planContracts(PlannedAccount &account, QDate from, QDate stop, bool terminate)
{
    QDate start = from;
    BillingModel model = BillingModel(m_random.weighted({ 50, 25, 25 }));
    for (;;) {
        ContractRow c = newContract(account, start, model);
        c.signedOn = start.addDays(-m_random.between(1, 20));
        QDate cutoff = std::min(c.end, m_today);
        const bool last = stop.isValid() ? c.end >= stop : c.end >= m_today;
        if (!last) {
            c.status = ContractStatus::Expired;
        } else if (stop.isValid() && terminate) {
            c.status = ContractStatus::Terminated;
            c.terminatedOn = std::max(stop, start);
            c.terminationReason = m_random.pick(QStringList {
                u"The client moved the work in-house."_s, u"Budget cuts after a merger."_s,
                u"Dissatisfied with response times."_s, u"The client was acquired."_s });
            cutoff = c.terminatedOn;
        } else if (stop.isValid()) {
            // Not renewed: the last contract ran out and the client went quiet.
            c.end = std::max(stop, start);
            c.noticeDays = std::min(c.noticeDays, int(start.daysTo(c.end)));
            c.autoRenew = false;
            c.status = ContractStatus::Expired;
            cutoff = c.end;
        } else {
            c.status = ContractStatus::Active;
        }
        account.contracts.append(c);
        planInvoices(account, int(account.contracts.size()) - 1, cutoff);
        if (last)
            return;
        start = c.end.addDays(1);
        if (m_random.chance(30))
            model = BillingModel(m_random.weighted({ 50, 25, 25 }));
    }
}

void SamplePlanner::planDraftContract(PlannedAccount &account, const QDate &start)
{
    ContractRow c = newContract(account, start, BillingModel(m_random.weighted({ 50, 25, 25 })));
    c.status = ContractStatus::Draft;
    account.contracts.append(c);
}

void SamplePlanner::planInvoices(PlannedAccount &account, int contractIndex, const QDate &cutoff)
{
    // A billing run bills a month once it has ended, dated its last day: the months of the
    // term up to `cutoff` whose last day is before today.
    const ContractRow &c = account.contracts.at(contractIndex);
    const auto monthEnd = [](const QDate &d) {
        return QDate(d.year(), d.month(), d.daysInMonth());
    };
    const auto billed = [&](const QDate &end) {
        return end < m_today && end.addDays(1 - end.day()) <= cutoff;
    };
    switch (c.billingModel) {
    case BillingModel::Retainer:
        for (QDate end = monthEnd(c.start); billed(end); end = monthEnd(end.addDays(1))) {
            // The first and last months pro rata by days: fee × days in the term ÷ days in
            // the month, rounded half away from zero.
            const QDate first = std::max(c.start, end.addDays(1 - end.day()));
            const QDate last = std::min(cutoff, end);
            const qint64 days = first.daysTo(last) + 1;
            const qint64 amount = (c.feeMinor * days * 2 + end.day()) / (2 * end.day());
            if (days <= 0 || amount <= 0)
                continue;
            QString description = u"Retainer fee %1"_s.arg(end.toString(u"yyyy-MM"_s));
            if (days < end.day())
                description += u" (%1 of %2 days)"_s.arg(days).arg(end.day());
            account.invoices.append(
                { end, amount, contractIndex, description, PlannedInvoice::Kind::Retainer });
        }
        break;
    case BillingModel::Hourly:
        // The hours of a month come from the time logged (sampleinvoices.h). The draws the
        // planner made here before it billed through invoices are still made, so that the
        // rest of the portfolio (contracts, pipeline, interactions) stays as it was.
        for (QDate d = c.start.addMonths(1).addDays(-1); d <= cutoff; d = d.addMonths(1))
            m_random.between(4, 40);
        for (QDate end = monthEnd(c.start); billed(end); end = monthEnd(end.addDays(1))) {
            account.invoices.append({ end, 0, contractIndex,
                                      u"Advisory hours %1"_s.arg(end.toString(u"yyyy-MM"_s)),
                                      PlannedInvoice::Kind::Hours });
        }
        break;
    case BillingModel::Fixed: {
        const int milestones = m_random.between(2, 4);
        const qint64 span = c.start.daysTo(c.end);
        qint64 scheduled = 0;
        for (int i = 1; i <= milestones; ++i) {
            const QDate d = c.start.addDays(span * i / milestones);
            // Whole units of the currency; the last instalment takes what is left.
            const qint64 unit = c.currency.isEmpty() ? m_unit : unitOf(c.currency);
            const qint64 amount
                = i == milestones ? c.feeMinor - scheduled : c.feeMinor / milestones / unit * unit;
            scheduled += amount;
            // The schedule of a current contract runs to its end; an ended one's to its cutoff.
            if (d > (c.status == ContractStatus::Active ? c.end : cutoff))
                break;
            const QString description = u"Instalment %1 of %2"_s.arg(i).arg(milestones);
            account.instalments.append({ contractIndex, d, amount, description });
            const QDate end = monthEnd(d);
            if (end < m_today)
                account.invoices.append({ end, amount, contractIndex, description,
                                          PlannedInvoice::Kind::Instalment,
                                          int(account.instalments.size()) - 1 });
        }
        break;
    }
    }
}

void SamplePlanner::allocateRevenue(QList<PlannedAccount> &accounts) const
{
    // Invoices of contracts and each profile's fewest purchases come first; what the requested
    // number of entries leaves goes to the accounts that buy often, by weight and years active.
    qint64 fixed = 0;
    for (const PlannedAccount &a : accounts)
        fixed += a.invoices.size() + a.purchases;
    const qint64 budget = m_options.revenueEntries;

    if (fixed >= budget) {
        qint64 assigned = 0;
        QList<qint64> keep(accounts.size());
        for (int i = 0; i < accounts.size(); ++i) {
            const qint64 want = accounts.at(i).invoices.size() + accounts.at(i).purchases;
            keep[i] = fixed == 0 ? 0 : want * budget / fixed;
            assigned += keep[i];
        }
        for (int i = 0; assigned < budget && i < accounts.size(); ++i) {
            if (keep[i] < accounts.at(i).invoices.size() + accounts.at(i).purchases) {
                ++keep[i];
                ++assigned;
            }
        }
        for (int i = 0; i < accounts.size(); ++i) {
            PlannedAccount &a = accounts[i];
            const qint64 invoices = std::min<qint64>(keep[i], a.invoices.size());
            a.invoices = a.invoices.mid(a.invoices.size() - invoices); // keep the latest
            a.purchases = int(keep[i] - invoices);
        }
        return;
    }

    QList<qint64> weights(accounts.size(), 0);
    qint64 totalWeight = 0;
    for (int i = 0; i < accounts.size(); ++i) {
        const PlannedAccount &a = accounts.at(i);
        int w = 0;
        switch (a.profile) {
        case Profile::Returning:
            w = 3;
            break;
        case Profile::PromoDriven:
            w = 4;
            break;
        case Profile::Internal:
            w = 6;
            break;
        case Profile::Loyal:
            w = 10;
            break;
        case Profile::Reseller:
            w = 6;
            break;
        default:
            break;
        }
        if (w > 0)
            w *= std::max<qint64>(1, a.purchaseFrom.daysTo(a.purchaseTo) / 365);
        weights[i] = w;
        totalWeight += w;
    }
    if (totalWeight == 0) {
        // A portfolio too small to hold a frequent buyer: the first account buys the rest.
        weights[0] = 1;
        totalWeight = 1;
        if (!accounts[0].purchaseFrom.isValid()) {
            accounts[0].purchaseFrom = accounts[0].row.createdOn;
            accounts[0].purchaseTo = m_today;
        }
    }
    const qint64 extra = budget - fixed;
    qint64 given = 0;
    for (int i = 0; i < accounts.size(); ++i) {
        const qint64 share = extra * weights.at(i) / totalWeight;
        accounts[i].purchases += int(share);
        given += share;
    }
    for (int i = 0; given < extra; i = (i + 1) % int(accounts.size())) {
        if (weights.at(i) > 0) {
            ++accounts[i].purchases;
            ++given;
        }
    }
}

} // namespace cd::sample
