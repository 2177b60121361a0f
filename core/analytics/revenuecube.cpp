#include "analytics/revenuecube.h"

#include "domain/isodate.h"
#include "storage/database.h"
#include "storage/revenuequeries.h"
#include "storage/settingsrepository.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <thread>

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

/// The month ('YYYY-MM') that splits the rollup rows into two halves of about the same size,
/// going by the entries per month in revenue_totals; "" when there is too little to split.
Result<QString> splitMonth(Database &database, RowReader::Path path)
{
    const auto counts
        = cuberows::entriesByMonth(database, path, RevenueCube::tr("Reading the revenue rollup"));
    if (!counts)
        return Error { counts.error() };
    qint64 total = 0;
    for (const auto &[month, entries] : *counts)
        total += entries; // entries, not money: a count of rows
    if (counts->size() < 2 || total < 20000)
        return QString();
    // The earlier half a little larger: this thread reads the accounts as well.
    qint64 sum = 0;
    for (const auto &[month, entries] : *counts) {
        if (sum >= total * 11 / 20)
            return month;
        sum += entries;
    }
    return QString();
}

/// Account ids as indexes into the cube's accounts. Ids are dense in practice: a table by
/// id, a hash otherwise.
class AccountIndex
{
public:
    explicit AccountIndex(const QHash<qint64, int> &byHash, qint64 maxId, size_t accounts)
        : m_hash(byHash)
    {
        if (maxId < qint64(accounts) * 4 + 1024) {
            m_table.assign(size_t(maxId + 1), -1);
            for (auto it = byHash.cbegin(); it != byHash.cend(); ++it)
                m_table[size_t(it.key())] = it.value();
        }
    }
    int operator()(qint64 id) const
    {
        if (!m_table.empty())
            return id >= 0 && id < qint64(m_table.size()) ? m_table[size_t(id)] : -1;
        return m_hash.value(id, -1);
    }

private:
    const QHash<qint64, int> &m_hash;
    std::vector<int> m_table;
};

Error tooLarge()
{
    return Error { RevenueCube::tr("Reading the revenue rollup failed: the revenue adds up to "
                                   "more than ClientDesk can count exactly; run 'clientdesk "
                                   "check' to find the amounts that are too large.") };
}

} // namespace

Result<RevenueCube> RevenueCube::load(Database &database, RowReader::Path path)
{
    RevenueCube cube;
    cube.m_currency = SettingsRepository(database).firmCurrency();
    const QString readingRollup = tr("Reading the revenue rollup");

    // The facts in two month ranges read at once: the earlier on a connection of its own in
    // a second thread while this one reads the accounts and the later months. It pays off on
    // an idle machine with two cores or more: the large sample's cube loaded in about 40%
    // less time when this was introduced; with every core busy it gains nothing (re-measure
    // with analytics-open in scripts/bench, and read it in one range if it stops paying).
    // This is a core computation the caller already runs off the UI thread, not a widget
    // starting work; the helper only reads rows through a Database of its own, with no Qt
    // object that needs an event loop. Each range keeps account ids and its own category
    // list; both become indexes into the cube's tables once read.
    const Result<QString> split = splitMonth(database, path);
    if (!split)
        return Error { split.error() };
    std::optional<Result<cuberows::FactRange>> early; // none while one range holds every month
    bool earlyOpened = true; // false when the range's own connection could not be opened
    std::jthread helper; // declared after the ranges: joined before they go
    if (!split->isEmpty()) {
        helper = std::jthread([&early, &earlyOpened, &database, &readingRollup, to = *split, path] {
            if (auto own = database.reopen())
                early = cuberows::facts(**own, QString(), to, path, readingRollup);
            else
                earlyOpened = false;
        });
    }

    if (Status ok = cube.readAccounts(database, path); !ok)
        return Error { ok.error() };
    Result<cuberows::FactRange> late
        = cuberows::facts(database, *split, QString(), path, readingRollup);
    if (helper.joinable())
        helper.join();
    if (!split->isEmpty() && !earlyOpened) // no second connection (in memory): read it here
        early = cuberows::facts(database, QString(), *split, path, readingRollup);
    if (early && !*early)
        return Error { early->error() };
    if (!late)
        return Error { late.error() };
    if (Status ok = cube.addFacts(early ? &**early : nullptr, *late); !ok)
        return Error { ok.error() };
    if (!cube.m_gaps.empty()) {
        auto rates = RevenueQueries(database).firstRates(readingRollup);
        if (!rates)
            return Error { rates.error() };
        cube.m_firstRates = std::move(rates).value();
    }
    return cube;
}

Status RevenueCube::readAccounts(Database &database, RowReader::Path path)
{
    const auto accounts
        = cuberows::accounts(database, path, tr("Reading the accounts for the analytics"));
    if (!accounts)
        return Error { accounts.error() };
    Interner industries(m_names[int(Dimension::Industry)]);
    Interner regions(m_names[int(Dimension::Region)]);
    Interner channels(m_names[int(Dimension::Channel)]);
    m_accounts.reserve(accounts->size());
    for (const cuberows::Account &a : *accounts) {
        m_accounts.push_back({ a.id, a.name, a.kind, a.managerId, industries(a.industry.trimmed()),
                               regions(a.region.trimmed()), channels(a.channel), a.behaviour });
    }
    return {};
}

Status RevenueCube::addFacts(const cuberows::FactRange *early, const cuberows::FactRange &late)
{
    QHash<qint64, int> byId;
    qint64 maxId = 0;
    for (size_t i = 0; i < m_accounts.size(); ++i) {
        byId.insert(m_accounts[i].id, int(i));
        maxId = std::max(maxId, m_accounts[i].id);
    }
    const AccountIndex indexOf(byId, maxId, m_accounts.size());
    Interner categories(m_names[int(Dimension::Category)]);
    Interner currencies(m_currencies);

    m_facts.reserve((early ? early->facts.size() : 0) + late.facts.size());
    // Every figure the cube computes (the sums in compute(), client plus customer) adds up
    // a part of the facts: once the sum of all their magnitudes fits in qint64, none of
    // those sums can overflow, and they need no check of their own.
    qint64 magnitude = 0;
    qint64 gapMagnitude = 0; ///< the same for the amounts that did not convert
    for (const cuberows::FactRange *range : { early, &late }) {
        if (!range)
            continue;
        std::vector<int> category(size_t(range->categories.size()));
        for (qsizetype i = 0; i < range->categories.size(); ++i)
            category[size_t(i)] = categories(range->categories.at(i));
        auto gap = range->gaps.cbegin();
        for (size_t i = 0; i < range->facts.size(); ++i) {
            const cuberows::Fact &row = range->facts[i];
            const int account = indexOf(range->accountIds[i]);
            if (account < 0)
                continue; // an account added while the cube was read: in the next load
            while (gap != range->gaps.cend() && gap->fact < i)
                ++gap;
            if (gap != range->gaps.cend() && gap->fact == i) {
                if (gap->amount == std::numeric_limits<qint64>::min()
                    || __builtin_add_overflow(
                        gapMagnitude, gap->amount < 0 ? -gap->amount : gap->amount, &gapMagnitude))
                    return tooLarge();
                m_gaps.push_back({ m_facts.size(), currencies(range->currencies.at(gap->currency)),
                                   gap->entries, gap->amount });
            }
            if (row.amount == std::numeric_limits<qint64>::min()
                || __builtin_add_overflow(magnitude, row.amount < 0 ? -row.amount : row.amount,
                                          &magnitude))
                return tooLarge();
            m_facts.push_back({ row.month, account, category[size_t(row.category)], row.client,
                                row.promoted, row.amount });
        }
    }
    return {};
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

/// What one pass over the facts adds up for a filter.
struct RevenueCube::Sums
{
    int from = 0; ///< the filter's first month
    int to = 0; ///< its last month
    int firstPeriod = 0; ///< the first month of the first period
    int step = 1; ///< months per period
    int wantedValue = -1; ///< the index of the segment value the filter wants
    std::vector<KindAmounts> overall; ///< by account, over the whole filter
    std::vector<KindAmounts> slices; ///< by value of the breakdown
    KindAmounts behaviour[4]; ///< loyal, returning, new, other
};

RevenueFigures RevenueCube::compute(const CubeFilter &filter) const
{
    RevenueFigures f;
    f.currency = m_currency;
    const QDate firstDay = filter.from.isValid() ? filter.from : firstMonth();
    const QDate lastDay = filter.to.isValid() ? filter.to : lastMonth();
    if (!firstDay.isValid() || !lastDay.isValid() || lastDay < firstDay)
        return f;
    Sums sums;
    sums.from = monthIndex(firstDay);
    sums.to = monthIndex(lastDay);
    sums.firstPeriod = monthIndex(RevenueAnalytics::periodStart(firstDay, filter.grouping));
    sums.step = stepOf(filter.grouping);
    for (int m = sums.firstPeriod; m <= sums.to; m += sums.step) {
        const QDate start = monthOf(m);
        f.periods.append({ RevenueAnalytics::periodKey(start, filter.grouping), start, {}, 0, 0 });
    }
    if (filter.segment) {
        sums.wantedValue = int(m_names[int(*filter.segment)].indexOf(filter.segmentValue));
        if (sums.wantedValue < 0)
            return f; // a value nobody has: nothing to add up
    }
    const QStringList &breakdownNames = m_names[int(filter.breakdown)];
    sums.overall.resize(m_accounts.size());
    sums.slices.resize(size_t(breakdownNames.size()));
    addUp(filter, sums, f);
    rankAccounts(sums, f);
    addGaps(filter, sums, f);

    static const QString behaviourCodes[4] = { u"loyal"_s, u"returning"_s, u"new"_s, QString() };
    for (int b = 0; b < 4; ++b)
        f.behaviour.append({ behaviourCodes[b], sums.behaviour[b] });
    for (qsizetype i = 0; i < breakdownNames.size(); ++i) {
        if (sums.slices[size_t(i)] != KindAmounts {})
            f.segments.append({ breakdownNames.at(i), sums.slices[size_t(i)] });
    }
    std::stable_sort(f.segments.begin(), f.segments.end(),
                     [](const CubeSlice &a, const CubeSlice &b) {
                         return a.revenue.total() > b.revenue.total();
                     });
    return f;
}

std::vector<char> RevenueCube::accepted(const CubeFilter &filter, int wantedValue) const
{
    std::vector<char> out(m_accounts.size(), 1);
    for (size_t i = 0; i < m_accounts.size(); ++i) {
        const Account &a = m_accounts[i];
        if (filter.managerId && a.managerId != filter.managerId)
            out[i] = 0;
        else if (filter.segment == Dimension::Industry && a.industry != wantedValue)
            out[i] = 0;
        else if (filter.segment == Dimension::Region && a.region != wantedValue)
            out[i] = 0;
        else if (filter.segment == Dimension::Channel && a.channel != wantedValue)
            out[i] = 0;
    }
    return out;
}

void RevenueCube::addUp(const CubeFilter &filter, Sums &sums, RevenueFigures &f) const
{
    // Which accounts and categories the filter lets through.
    const std::vector<char> accepted = this->accepted(filter, sums.wantedValue);
    const bool byCategory = filter.segment == Dimension::Category;

    // Per account: its revenue in the current period, by kind.
    std::vector<KindAmounts> inPeriod(m_accounts.size());
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
    int currentPeriod = -1;
    auto first = std::lower_bound(m_facts.cbegin(), m_facts.cend(), sums.from,
                                  [](const Fact &fact, int month) { return fact.month < month; });
    for (auto it = first; it != m_facts.cend() && it->month <= sums.to; ++it) {
        const Fact &fact = *it;
        if (!accepted[size_t(fact.account)] || (byCategory && fact.category != sums.wantedValue))
            continue;
        const int period = (fact.month - sums.firstPeriod) / sums.step;
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
            sums.overall[size_t(fact.account)].client += fact.amount;
            f.periods[period].revenue.client += fact.amount;
            sums.slices[size_t(slice)].client += fact.amount;
        } else {
            here.customer += fact.amount;
            sums.overall[size_t(fact.account)].customer += fact.amount;
            f.periods[period].revenue.customer += fact.amount;
            sums.slices[size_t(slice)].customer += fact.amount;
            sums.behaviour[account.behaviour].customer += fact.amount;
            if (fact.promoted)
                f.customerPromoted += fact.amount;
        }
        // An account whose sums cancel out to 0 is touched again; counting it twice is
        // harmless, it is counted once per kind when positive.
    }
    countPayers(currentPeriod >= 0 ? &f.periods[currentPeriod] : nullptr);
}

void RevenueCube::addGaps(const CubeFilter &filter, const Sums &sums, RevenueFigures &f) const
{
    if (m_gaps.empty())
        return;
    f.firstRates = m_firstRates;
    const std::vector<char> accepted = this->accepted(filter, sums.wantedValue);
    const bool byCategory = filter.segment == Dimension::Category;
    for (const Gap &gap : m_gaps) {
        const Fact &fact = m_facts[gap.fact];
        if (fact.month < sums.from || fact.month > sums.to || !accepted[size_t(fact.account)]
            || (byCategory && fact.category != sums.wantedValue))
            continue;
        // The rollup's sums are within qint64 (its guards), and so is their sum over the
        // filter once addFacts() found every magnitude together to fit.
        f.unconverted.add(m_currencies.at(gap.currency), gap.entries, gap.amount);
    }
}

void RevenueCube::rankAccounts(const Sums &sums, RevenueFigures &f) const
{
    std::vector<CubeAccount> ranked;
    for (size_t i = 0; i < m_accounts.size(); ++i) {
        const KindAmounts &sum = sums.overall[i];
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
}

QList<CubeAccount> RevenueCube::accountsOf(const CubeFilter &filter) const
{
    int wanted = -1;
    if (filter.segment) {
        wanted = int(m_names[int(*filter.segment)].indexOf(filter.segmentValue));
        if (wanted < 0)
            return {};
    }
    const std::vector<char> accepted = this->accepted(filter, wanted);
    QList<CubeAccount> out;
    for (size_t i = 0; i < m_accounts.size(); ++i) {
        if (accepted[i])
            out.append({ m_accounts[i].id, m_accounts[i].name, m_accounts[i].kind, 0 });
    }
    return out;
}

std::vector<CubeAccountMonth> RevenueCube::revenueByAccountMonth(const CubeFilter &filter) const
{
    const QDate firstDay = filter.from.isValid() ? filter.from : firstMonth();
    const QDate lastDay = filter.to.isValid() ? filter.to : lastMonth();
    if (!firstDay.isValid() || !lastDay.isValid() || lastDay < firstDay)
        return {};
    int wanted = -1;
    if (filter.segment) {
        wanted = int(m_names[int(*filter.segment)].indexOf(filter.segmentValue));
        if (wanted < 0)
            return {};
    }
    const std::vector<char> accepted = this->accepted(filter, wanted);
    const bool byCategory = filter.segment == Dimension::Category;
    const int from = monthIndex(firstDay);
    const int to = monthIndex(lastDay);
    // The facts of a month are by account, category, kind and promotion: summed per account.
    std::vector<CubeAccountMonth> out;
    std::vector<qint64> sum(m_accounts.size(), 0);
    std::vector<int> touched;
    const auto flush = [&](int month) {
        std::sort(touched.begin(), touched.end());
        for (const int a : touched) {
            if (sum[size_t(a)] != 0)
                out.push_back({ month, m_accounts[size_t(a)].id, sum[size_t(a)] });
            sum[size_t(a)] = 0;
        }
        touched.clear();
    };
    int month = from;
    auto first = std::lower_bound(m_facts.cbegin(), m_facts.cend(), from,
                                  [](const Fact &fact, int m) { return fact.month < m; });
    for (auto it = first; it != m_facts.cend() && it->month <= to; ++it) {
        if (!accepted[size_t(it->account)] || (byCategory && it->category != wanted))
            continue;
        if (it->month != month) {
            flush(month);
            month = it->month;
        }
        if (sum[size_t(it->account)] == 0)
            touched.push_back(it->account);
        sum[size_t(it->account)] += it->amount;
    }
    flush(month);
    return out;
}

} // namespace cd
