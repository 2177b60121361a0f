#include "analytics/revenuecube.h"

#include "domain/isodate.h"
#include "storage/database.h"
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

/// The month ('YYYY-MM') that splits the rollup rows of a currency into two halves of about
/// the same size, going by the entries per month in revenue_totals; "" when there is too
/// little to split.
Result<QString> splitMonth(Database &database, const QString &currency, RowReader::Path path)
{
    RowReader months(database, path);
    if (Status ok
        = months.exec(u"SELECT month, sum(entries) FROM revenue_totals WHERE currency = ? "
                      "GROUP BY month ORDER BY month"_s,
                      RevenueCube::tr("Reading the revenue rollup"), { currency });
        !ok)
        return Error { ok.error() };
    QList<std::pair<QString, qint64>> counts;
    qint64 total = 0;
    while (months.next()) {
        counts.append({ months.text(0), months.integer(1) });
        total += months.integer(1); // entries, not money: a count of rows
    }
    if (Status ok = months.status(); !ok)
        return Error { ok.error() };
    if (counts.size() < 2 || total < 20000)
        return QString();
    // The earlier half a little larger: this thread reads the accounts as well.
    qint64 sum = 0;
    for (const auto &[month, entries] : std::as_const(counts)) {
        if (sum >= total * 11 / 20)
            return month;
        sum += entries;
    }
    return QString();
}

} // namespace

/// The rollup rows of one range of months: [from, to), either end open when "".
struct RevenueCube::FactRange
{
    QString from;
    QString to;
    std::vector<Fact> facts; ///< account and category still to be mapped
    std::vector<qint64> accountIds; ///< by fact
    QStringList categories; ///< what facts' category indexes refer to
    Status status;
    bool wanted = true; ///< false when one range holds every month
    bool opened = true; ///< false when the range's own connection could not be opened

    void read(Database &database, const QString &currency, RowReader::Path path);
};

void RevenueCube::FactRange::read(Database &database, const QString &currency, RowReader::Path path)
{
    RowReader rows(database, path);
    // '0000' and '9999' stand for open ends: every stored month lies between them.
    status
        = rows.exec(u"SELECT month, account_id, category, account_kind, promoted, "
                    "amount_minor FROM revenue_monthly WHERE month >= ? AND month < ? "
                    "AND currency = ? ORDER BY month"_s,
                    tr("Reading the revenue rollup"),
                    { from.isEmpty() ? u"0000"_s : from, to.isEmpty() ? u"9999"_s : to, currency });
    if (!status)
        return;
    // Rows come by month and account: the same month and category bytes repeat; each new
    // value is converted once.
    QByteArray lastMonth;
    std::vector<QByteArray> categoryBytes; ///< by index into `categories`
    int month = -1;
    int category = -1;
    facts.reserve(1 << 16);
    accountIds.reserve(1 << 16);
    while (rows.next()) {
        const QByteArrayView monthText = rows.bytes(0);
        if (lastMonth.isNull() || monthText != lastMonth) {
            lastMonth = monthText.toByteArray();
            const QDate first = parseIsoDatePrefix((lastMonth + "-01").constData(), 10);
            month = first.isValid() ? monthIndex(first) : -1;
        }
        if (month < 0)
            continue; // not a month: nothing the triggers write
        // Categories are few and alternate row by row: found among their bytes, not hashed.
        const QByteArrayView categoryText = rows.bytes(2);
        if (category < 0 || categoryText != categoryBytes[size_t(category)]) {
            const auto known
                = std::find(categoryBytes.cbegin(), categoryBytes.cend(), categoryText);
            if (known != categoryBytes.cend()) {
                category = int(known - categoryBytes.cbegin());
            } else {
                category = int(categoryBytes.size());
                categoryBytes.push_back(categoryText.toByteArray());
                categories.append(QString::fromUtf8(categoryText));
            }
        }
        accountIds.push_back(rows.integer(1));
        facts.push_back({ month, -1, category, rows.bytes(3) == "client", rows.integer(4) != 0,
                          rows.integer(5) });
    }
    status = rows.status();
}

Result<RevenueCube> RevenueCube::load(Database &database, RowReader::Path path)
{
    RevenueCube cube;
    cube.m_currency = SettingsRepository(database).firmCurrency();
    Interner industries(cube.m_names[int(Dimension::Industry)]);
    Interner regions(cube.m_names[int(Dimension::Region)]);
    Interner categories(cube.m_names[int(Dimension::Category)]);
    Interner channels(cube.m_names[int(Dimension::Channel)]);

    // The facts in two month ranges read at once: the earlier on a connection of its own in
    // a second thread while this one reads the accounts and the later months (about 40% less
    // time on two cores). Each range keeps account ids and its own category list; both
    // become indexes into the cube's tables once read.
    const Result<QString> split = splitMonth(database, cube.m_currency, path);
    if (!split)
        return Error { split.error() };
    FactRange early;
    FactRange late;
    late.from = *split;
    early.to = *split;
    early.wanted = !split->isEmpty();
    std::jthread helper; // declared after the ranges: joined before they go
    if (early.wanted) {
        helper = std::jthread([&early, &database, currency = cube.m_currency, path] {
            if (auto own = database.reopen())
                early.read(**own, currency, path);
            else
                early.opened = false;
        });
    }

    QHash<qint64, int> accountIndex;
    {
        RowReader accounts(database, path);
        // The first behaviour tag in the order loyal, returning, new; 3 for none of them. A
        // file looks each account's tags up in the index; a server groups them once, since
        // row-level security would check every lookup against the accounts again (400 ms
        // for an account manager on the large sample, 5 ms grouped).
        const QString rank
            = u"min(CASE t.tag WHEN 'loyal' THEN 0 WHEN 'returning' THEN 1 WHEN 'new' THEN 2 "
              "ELSE 3 END)"_s;
        const QString columns = u"SELECT a.id, a.name, a.kind, a.manager_id, "
                                "coalesce(a.industry, ''), coalesce(a.region, ''), a.channel, "_s;
        if (Status ok = accounts.exec(
                database.dialect() == Dialect::PostgreSQL ? columns
                        + u"coalesce(t.rank, 3) FROM accounts a LEFT JOIN (SELECT "
                          "t.account_id, %1 AS rank FROM account_tags t WHERE t.source = "
                          "'behaviour' GROUP BY t.account_id) t ON t.account_id = a.id"_s.arg(rank)
                                                          : columns
                        + u"(SELECT coalesce(%1, 3) FROM account_tags t WHERE "
                          "t.account_id = a.id AND t.source = 'behaviour') FROM accounts a"_s.arg(
                              rank),
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

    late.read(database, cube.m_currency, path);
    if (helper.joinable())
        helper.join();
    if (early.wanted && !early.opened) // no second connection (in memory): read it here
        early.read(database, cube.m_currency, path);
    for (FactRange *range : { &early, &late }) {
        if (!range->status)
            return Error { range->status.error() };
    }

    cube.m_facts.reserve(early.facts.size() + late.facts.size());
    // Every figure the cube computes (the sums in compute(), client plus customer) adds up
    // a part of the facts: once the sum of all their magnitudes fits in qint64, none of
    // those sums can overflow, and they need no check of their own.
    qint64 magnitude = 0;
    for (FactRange *range : { &early, &late }) {
        std::vector<int> category(size_t(range->categories.size()));
        for (qsizetype i = 0; i < range->categories.size(); ++i)
            category[size_t(i)] = categories(range->categories.at(i));
        for (size_t i = 0; i < range->facts.size(); ++i) {
            Fact fact = range->facts[i];
            fact.account = indexOf(range->accountIds[i]);
            if (fact.account < 0)
                continue; // an account added while the cube was read: in the next load
            fact.category = category[size_t(fact.category)];
            if (fact.amount == std::numeric_limits<qint64>::min()
                || __builtin_add_overflow(magnitude, fact.amount < 0 ? -fact.amount : fact.amount,
                                          &magnitude))
                return Error { tr("Reading the revenue rollup failed: the revenue adds up to "
                                  "more than ClientDesk can count exactly; run 'clientdesk "
                                  "check' to find the amounts that are too large.") };
            cube.m_facts.push_back(fact);
        }
    }
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
