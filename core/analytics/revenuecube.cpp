#include "analytics/revenuecube.h"

#include "domain/isodate.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

int monthIndex(const QDate &day)
{
    return day.year() * 12 + day.month() - 1;
}

QDate monthOf(int index)
{
    return QDate(index / 12, index % 12 + 1, 1);
}

int stepOf(PeriodGrouping grouping)
{
    switch (grouping) {
    case PeriodGrouping::Month:
        return 1;
    case PeriodGrouping::Quarter:
        return 3;
    case PeriodGrouping::Year:
        return 12;
    }
    return 1;
}

/// Distinct texts as small numbers.
class Interner
{
public:
    explicit Interner(QStringList &names) : m_names(names) { }
    int operator()(const QString &text)
    {
        if (const auto it = m_index.constFind(text); it != m_index.cend())
            return *it;
        m_names.append(text);
        return *m_index.insert(text, int(m_names.size() - 1));
    }

private:
    QStringList &m_names;
    QHash<QString, int> m_index;
};

} // namespace

Result<RevenueCube> RevenueCube::load(Database &database, RowReader::Path path)
{
    RevenueCube cube;
    cube.m_currency = SettingsRepository(database).firmCurrency();
    Interner industries(cube.m_names[int(Dimension::Industry)]);
    Interner regions(cube.m_names[int(Dimension::Region)]);
    Interner categories(cube.m_names[int(Dimension::Category)]);
    Interner channels(cube.m_names[int(Dimension::Channel)]);

    QHash<qint64, int> accountIndex;
    {
        RowReader accounts(database, path);
        // The first behaviour tag in the order loyal, returning, new; 3 for none of them.
        if (Status ok = accounts.exec(
                u"SELECT a.id, a.name, a.kind, a.manager_id, coalesce(a.industry, ''), "
                "coalesce(a.region, ''), a.channel, (SELECT CASE WHEN max(t.tag = 'loyal') THEN 0 "
                "WHEN max(t.tag = 'returning') THEN 1 WHEN max(t.tag = 'new') THEN 2 ELSE 3 END "
                "FROM account_tags t WHERE t.account_id = a.id AND t.source = 'behaviour') "
                "FROM accounts a"_s,
                tr("Reading the accounts for the analytics"));
            !ok)
            return Error { ok.error() };
        while (accounts.next()) {
            accountIndex.insert(accounts.integer(0), int(cube.m_accounts.size()));
            cube.m_accounts.push_back(
                { accounts.integer(0), accounts.text(1),
                  accounts.text(2) == u"client"_s ? AccountKind::Client : AccountKind::Customer,
                  accounts.isNull(3) ? std::nullopt : std::optional(accounts.integer(3)),
                  industries(accounts.text(4).trimmed()), regions(accounts.text(5).trimmed()),
                  channels(accounts.text(6)), accounts.isNull(7) ? 3 : int(accounts.integer(7)) });
        }
        if (Status ok = accounts.status(); !ok)
            return Error { ok.error() };
    }

    // Account ids are dense in practice: a table by id, a hash otherwise.
    qint64 maxId = 0;
    for (const Account &a : cube.m_accounts)
        maxId = std::max(maxId, a.id);
    std::vector<int> byId;
    if (maxId < qint64(cube.m_accounts.size()) * 4 + 1024) {
        byId.assign(size_t(maxId + 1), -1);
        for (auto it = accountIndex.cbegin(); it != accountIndex.cend(); ++it)
            byId[size_t(it.key())] = it.value();
    }
    const auto indexOf = [&byId, &accountIndex](qint64 id) {
        if (!byId.empty())
            return id >= 0 && id < qint64(byId.size()) ? byId[size_t(id)] : -1;
        return accountIndex.value(id, -1);
    };

    RowReader facts(database, path);
    if (Status ok = facts.exec(u"SELECT month, account_id, category, account_kind = 'client', "
                               "promoted, amount_minor FROM revenue_monthly WHERE currency = ? "
                               "ORDER BY month"_s,
                               tr("Reading the revenue rollup"), { cube.m_currency });
        !ok)
        return Error { ok.error() };
    // Rows come by month and account: the same month and category bytes repeat; each new
    // value is converted once.
    QByteArray lastMonth;
    std::vector<QByteArray> categoryBytes; ///< by index into the category names
    int month = -1;
    int category = -1;
    cube.m_facts.reserve(1 << 16);
    while (facts.next()) {
        const QByteArrayView monthText = facts.bytes(0);
        if (lastMonth.isNull() || monthText != lastMonth) {
            lastMonth = monthText.toByteArray();
            const QDate first = parseIsoDatePrefix((lastMonth + "-01").constData(), 10);
            month = first.isValid() ? monthIndex(first) : -1;
        }
        if (month < 0)
            continue; // not a month: nothing the triggers write
        const int account = indexOf(facts.integer(1));
        if (account < 0)
            continue; // cannot happen: revenue keeps its account
        // Categories are few and alternate row by row: found among their bytes, not hashed.
        const QByteArrayView categoryText = facts.bytes(2);
        if (category < 0 || categoryText != categoryBytes[size_t(category)]) {
            const auto known
                = std::find(categoryBytes.cbegin(), categoryBytes.cend(), categoryText);
            if (known != categoryBytes.cend()) {
                category = int(known - categoryBytes.cbegin());
            } else {
                category = categories(QString::fromUtf8(categoryText));
                categoryBytes.resize(size_t(category) + 1);
                categoryBytes[size_t(category)] = categoryText.toByteArray();
            }
        }
        cube.m_facts.push_back({ month, account, category, facts.integer(3) != 0,
                                 facts.integer(4) != 0, facts.integer(5) });
    }
    if (Status ok = facts.status(); !ok)
        return Error { ok.error() };
    return cube;
}

QDate RevenueCube::firstMonth() const
{
    return m_facts.empty() ? QDate() : monthOf(m_facts.front().month);
}

QDate RevenueCube::lastMonth() const
{
    return m_facts.empty() ? QDate() : monthOf(m_facts.back().month);
}

QStringList RevenueCube::values(Dimension segment) const
{
    QStringList out = m_names[int(segment)];
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty();
        return QString::localeAwareCompare(a, b) < 0;
    });
    return out;
}

RevenueFigures RevenueCube::compute(const CubeFilter &filter) const
{
    RevenueFigures f;
    f.currency = m_currency;
    const QDate firstDay = filter.from.isValid() ? filter.from : firstMonth();
    const QDate lastDay = filter.to.isValid() ? filter.to : lastMonth();
    if (!firstDay.isValid() || !lastDay.isValid() || lastDay < firstDay)
        return f;
    const int from = monthIndex(firstDay);
    const int to = monthIndex(lastDay);
    const int step = stepOf(filter.grouping);
    const int firstPeriod = monthIndex(RevenueAnalytics::periodStart(firstDay, filter.grouping));
    for (int m = firstPeriod; m <= to; m += step) {
        const QDate start = monthOf(m);
        f.periods.append({ RevenueAnalytics::periodKey(start, filter.grouping), start, {}, 0, 0 });
    }

    // Which accounts and categories the filter lets through.
    int wantedValue = -1;
    if (filter.segment) {
        wantedValue = int(m_names[int(*filter.segment)].indexOf(filter.segmentValue));
        if (wantedValue < 0)
            return f; // a value nobody has: nothing to add up
    }
    std::vector<char> accepted(m_accounts.size(), 1);
    for (size_t i = 0; i < m_accounts.size(); ++i) {
        const Account &a = m_accounts[i];
        if (filter.managerId && a.managerId != filter.managerId)
            accepted[i] = 0;
        else if (filter.segment == Dimension::Industry && a.industry != wantedValue)
            accepted[i] = 0;
        else if (filter.segment == Dimension::Region && a.region != wantedValue)
            accepted[i] = 0;
        else if (filter.segment == Dimension::Channel && a.channel != wantedValue)
            accepted[i] = 0;
    }
    const bool byCategory = filter.segment == Dimension::Category;

    // Per account: its revenue in the current period and in the whole filter, by kind.
    std::vector<KindAmounts> inPeriod(m_accounts.size());
    std::vector<KindAmounts> overall(m_accounts.size());
    std::vector<int> touched;
    const auto countPayers = [&](CubePeriod *period) {
        for (const int a : touched) {
            if (period) {
                period->clientPayers += inPeriod[size_t(a)].client > 0;
                period->customerPayers += inPeriod[size_t(a)].customer > 0;
            }
            inPeriod[size_t(a)] = {};
        }
        touched.clear();
    };
    const QStringList &breakdownNames = m_names[int(filter.breakdown)];
    std::vector<KindAmounts> slices(size_t(breakdownNames.size()));
    KindAmounts behaviour[4];
    int currentPeriod = -1;
    auto first = std::lower_bound(m_facts.cbegin(), m_facts.cend(), from,
                                  [](const Fact &fact, int month) { return fact.month < month; });
    for (auto it = first; it != m_facts.cend() && it->month <= to; ++it) {
        const Fact &fact = *it;
        if (!accepted[size_t(fact.account)] || (byCategory && fact.category != wantedValue))
            continue;
        const int period = (fact.month - firstPeriod) / step;
        if (period != currentPeriod) {
            countPayers(currentPeriod >= 0 ? &f.periods[currentPeriod] : nullptr);
            currentPeriod = period;
        }
        KindAmounts &here = inPeriod[size_t(fact.account)];
        if (here.client == 0 && here.customer == 0)
            touched.push_back(fact.account);
        const Account &account = m_accounts[size_t(fact.account)];
        int slice = fact.category;
        if (filter.breakdown == Dimension::Industry)
            slice = account.industry;
        else if (filter.breakdown == Dimension::Region)
            slice = account.region;
        else if (filter.breakdown == Dimension::Channel)
            slice = account.channel;
        if (fact.client) {
            here.client += fact.amount;
            overall[size_t(fact.account)].client += fact.amount;
            f.periods[period].revenue.client += fact.amount;
            slices[size_t(slice)].client += fact.amount;
        } else {
            here.customer += fact.amount;
            overall[size_t(fact.account)].customer += fact.amount;
            f.periods[period].revenue.customer += fact.amount;
            slices[size_t(slice)].customer += fact.amount;
            behaviour[account.behaviour].customer += fact.amount;
            if (fact.promoted)
                f.customerPromoted += fact.amount;
        }
        // An account whose sums cancel out to 0 is touched again; counting it twice is
        // harmless, it is counted once per kind when positive.
    }
    countPayers(currentPeriod >= 0 ? &f.periods[currentPeriod] : nullptr);

    std::vector<CubeAccount> ranked;
    for (size_t i = 0; i < m_accounts.size(); ++i) {
        const KindAmounts &sum = overall[i];
        f.total.client += sum.client;
        f.total.customer += sum.customer;
        f.clientPayers += sum.client > 0;
        f.customerPayers += sum.customer > 0;
        if (sum.total() > 0)
            ranked.push_back(
                { m_accounts[i].id, m_accounts[i].name, m_accounts[i].kind, sum.total() });
    }
    std::sort(ranked.begin(), ranked.end(), [](const CubeAccount &a, const CubeAccount &b) {
        return a.revenue != b.revenue ? a.revenue > b.revenue : a.id < b.id;
    });
    f.accountRevenue.reserve(qsizetype(ranked.size()));
    for (const CubeAccount &a : ranked)
        f.accountRevenue.append(a.revenue);
    for (size_t i = 0; i < ranked.size() && i < 10; ++i)
        f.top.append(ranked[i]);

    static const QString behaviourCodes[4] = { u"loyal"_s, u"returning"_s, u"new"_s, QString() };
    for (int b = 0; b < 4; ++b)
        f.behaviour.append({ behaviourCodes[b], behaviour[b] });
    for (qsizetype i = 0; i < breakdownNames.size(); ++i) {
        if (slices[size_t(i)] != KindAmounts {})
            f.segments.append({ breakdownNames.at(i), slices[size_t(i)] });
    }
    std::stable_sort(f.segments.begin(), f.segments.end(),
                     [](const CubeSlice &a, const CubeSlice &b) {
                         return a.revenue.total() > b.revenue.total();
                     });
    return f;
}

} // namespace cd
