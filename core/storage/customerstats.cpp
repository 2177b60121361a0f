#include "storage/customerstats.h"

#include "domain/isodate.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/sqlvalues.h"
#include "storage/transactionguard.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kAsOfKey = u"customer_stats_as_of"_s;
const QString kRulesKey = u"customer_stats_rules"_s;

/// One revenue entry as the rules see it.
struct Line
{
    qint64 day = 0; ///< Julian day
    qint64 amount = 0;
    bool discounted = false;
    int category = -1; ///< index into Computation::categories, -1 for none
};

/// An account's input to the rules and what comes out of them.
struct Account
{
    AccountStatus status = AccountStatus::Active;
    std::vector<Line> lines;
    QDate firstInteraction;
    int referrals = 0;
};

struct Outcome
{
    QDate first, last;
    int purchases = 0;
    qint64 revenue = 0, revenue12Months = 0;
    bool overflow = false; ///< a sum went beyond qint64: write() refuses it
    QStringList categories;
    QList<BehaviourTag> tags;
};

// 'YYYY-MM-DD' to a Julian day; 0 for anything else.
qint64 julianDay(const QVariant &value)
{
    const QDate day = parseIsoDate(value.toString());
    return day.isValid() ? day.toJulianDay() : 0;
}

Outcome evaluate(Account &account, const QStringList &categoryNames,
                 const TagThresholds &thresholds, const QDate &today)
{
    std::stable_sort(account.lines.begin(), account.lines.end(),
                     [](const Line &a, const Line &b) { return a.day < b.day; });
    Outcome out;
    PurchaseHistory history;
    history.status = account.status;
    history.firstInteraction = account.firstInteraction;
    history.referrals = account.referrals;
    const qint64 todayDay = today.toJulianDay();
    const qint64 yearAgo = today.addYears(-1).toJulianDay();
    QList<int> categories;
    for (auto it = account.lines.cbegin(); it != account.lines.cend();) {
        const qint64 day = it->day;
        Purchase purchase;
        purchase.date = QDate::fromJulianDay(day);
        for (; it != account.lines.cend() && it->day == day; ++it) {
            if (day > todayDay)
                continue;
            out.overflow
                = __builtin_add_overflow(purchase.amountMinor, it->amount, &purchase.amountMinor)
                || __builtin_add_overflow(out.revenue, it->amount, &out.revenue)
                || (day > yearAgo
                    && __builtin_add_overflow(out.revenue12Months, it->amount,
                                              &out.revenue12Months))
                || out.overflow;
            purchase.discounted = purchase.discounted || it->discounted;
            if (it->category >= 0 && !categories.contains(it->category))
                categories.append(it->category);
        }
        if (day <= todayDay && purchase.amountMinor > 0)
            history.purchases.append(purchase);
    }
    for (int index : std::as_const(categories))
        out.categories.append(categoryNames.at(index));
    out.categories.sort(Qt::CaseInsensitive);
    out.purchases = int(history.purchases.size());
    if (out.purchases > 0) {
        out.first = history.purchases.constFirst().date;
        out.last = history.purchases.constLast().date;
    }
    out.tags = BehaviourRules::evaluate(history, thresholds, today);
    return out;
}

/// The statements that replace one account's figures and tags.
class Writer
{
public:
    explicit Writer(const QSqlDatabase &db)
        : m_clearStats(db), m_clearTags(db), m_insertStats(db), m_insertTag(db)
    {
        m_clearStats.prepare(u"DELETE FROM customer_stats WHERE account_id = :id"_s);
        m_clearTags.prepare(
            u"DELETE FROM account_tags WHERE account_id = :id AND source = 'behaviour'"_s);
        m_insertStats.prepare(
            u"INSERT INTO customer_stats (account_id, first_purchase, last_purchase, purchases, "
            "revenue_minor, revenue_12m_minor, categories, as_of) VALUES (:id, :first, :last, "
            ":purchases, :revenue, :revenue12, :categories, :asOf)"_s);
        // A tag the user gave wins over a derived one of the same name.
        m_insertTag.prepare(u"INSERT INTO account_tags (account_id, tag, source, reason) "
                            "VALUES (:id, :tag, 'behaviour', :reason) "
                            "ON CONFLICT (account_id, tag) DO NOTHING"_s);
    }

    Status clear(qint64 id)
    {
        m_clearStats.bindValue(u":id"_s, id);
        if (Status ok = sql::exec(m_clearStats, CustomerStats::tr("Clearing the figures failed"));
            !ok)
            return ok;
        m_clearTags.bindValue(u":id"_s, id);
        return sql::exec(m_clearTags, CustomerStats::tr("Clearing the behaviour tags failed"));
    }

    Status write(qint64 id, const Outcome &out, const QDate &today)
    {
        if (out.overflow)
            return Error { CustomerStats::tr("The purchases of account %1 add up to more than "
                                             "ClientDesk can count exactly; run 'clientdesk "
                                             "check' to find the amounts that are too large.")
                               .arg(id) };
        m_insertStats.bindValue(u":id"_s, id);
        m_insertStats.bindValue(u":first"_s, sql::date(out.first));
        m_insertStats.bindValue(u":last"_s, sql::date(out.last));
        m_insertStats.bindValue(u":purchases"_s, out.purchases);
        m_insertStats.bindValue(u":revenue"_s, out.revenue);
        m_insertStats.bindValue(u":revenue12"_s, out.revenue12Months);
        m_insertStats.bindValue(u":categories"_s,
                                out.categories.isEmpty() ? u""_s // not NULL
                                                         : u'|' + out.categories.join(u'|') + u'|');
        m_insertStats.bindValue(u":asOf"_s, sql::date(today));
        if (Status ok = sql::exec(m_insertStats, CustomerStats::tr("Saving the figures failed"));
            !ok)
            return ok;
        for (const BehaviourTag &tag : out.tags) {
            m_insertTag.bindValue(u":id"_s, id);
            m_insertTag.bindValue(u":tag"_s, tag.code);
            m_insertTag.bindValue(u":reason"_s, tag.reason);
            if (Status ok = sql::exec(
                    m_insertTag, CustomerStats::tr("Saving the tag “%1” failed").arg(tag.code));
                !ok)
                return ok;
        }
        return {};
    }

private:
    QSqlQuery m_clearStats, m_clearTags, m_insertStats, m_insertTag;
};

} // namespace

CustomerStats::CustomerStats(Database &database) : m_db(database) { }

Result<TagThresholds> CustomerStats::thresholds() const
{
    SettingsRepository settings(m_db);
    TagThresholds t;
    int *const fields[]
        = { &t.newDays,      &t.returningPurchases, &t.loyalQuarters,     &t.loyalWindowQuarters,
            &t.loyalMinDays, &t.promoPercent,       &t.promoMinPurchases, &t.advocateReferrals };
    const auto keys = t.toSettings();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const Result<qint64> value = settings.intValue(keys.at(i).first, keys.at(i).second);
        if (!value)
            return Error { value.error() };
        *fields[i] = int(std::clamp<qint64>(*value, -1, 1'000'000));
    }
    if (const QStringList problems = t.validate(); !problems.isEmpty())
        return Error {
            tr("The behaviour tag settings are not usable: %1").arg(problems.join(u' '))
        };
    return t;
}

Status CustomerStats::setThresholds(const TagThresholds &t)
{
    if (const QStringList problems = t.validate(); !problems.isEmpty())
        return Error { problems.join(u' ') };
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    SettingsRepository settings(m_db);
    for (const auto &[key, value] : t.toSettings()) {
        if (Status ok = settings.setIntValue(key, value); !ok)
            return ok;
    }
    return guard.commit();
}

QString CustomerStats::rulesFingerprint(const TagThresholds &t, const QString &currency) const
{
    QStringList parts { currency };
    for (const auto &[key, value] : t.toSettings())
        parts.append(QString::number(value));
    return parts.join(u',');
}

Result<bool> CustomerStats::isCurrent(const QDate &today) const
{
    SettingsRepository settings(m_db);
    const auto asOf = settings.value(kAsOfKey, QString());
    const auto rules = settings.value(kRulesKey, QString());
    const auto t = thresholds();
    if (!asOf)
        return Error { asOf.error() };
    if (!rules)
        return Error { rules.error() };
    if (!t)
        return Error { t.error() };
    return *asOf == today.toString(Qt::ISODate)
        && *rules == rulesFingerprint(*t, settings.firmCurrency());
}

Status CustomerStats::refreshIfStale(const QDate &today)
{
    const Result<bool> current = isCurrent(today);
    if (!current)
        return Error { current.error() };
    return *current ? Status() : refreshAll(today);
}

Status CustomerStats::markStale()
{
    return SettingsRepository(m_db).remove(kAsOfKey);
}

Status CustomerStats::refresh(const QList<qint64> &accountIds, const QDate &today)
{
    QList<qint64> ids;
    for (qint64 id : accountIds) {
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return {};
    if (ids.size() > kIncrementalLimit)
        return refreshAll(today);
    const Result<TagThresholds> t = thresholds();
    if (!t)
        return Error { t.error() };

    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const QSqlDatabase db = m_db.connection();
    QSqlQuery account(db), revenue(db), interaction(db), referrals(db);
    account.prepare(u"SELECT kind, status FROM accounts WHERE id = :id"_s);
    revenue.setForwardOnly(true);
    revenue.prepare(u"SELECT entry_date, converted_minor, discount_minor, promotion, category "
                    "FROM revenue_entries WHERE account_id = :id "
                    "AND converted_minor IS NOT NULL"_s);
    interaction.prepare(u"SELECT MIN(occurred_at) FROM interactions WHERE account_id = :id"_s);
    // On a server, counted over every account (an account manager's customer may have
    // referred a colleague's), by the server's clientdesk_referrals (migration 5).
    referrals.prepare(m_db.dialect() == Dialect::PostgreSQL
                          ? u"SELECT COALESCE((SELECT referrals FROM clientdesk_referrals("
                            "ARRAY[CAST(:id AS BIGINT)])), 0)"_s
                          : u"SELECT COUNT(*) FROM accounts WHERE referred_by_id = :id"_s);
    Writer writer(db);
    for (qint64 id : std::as_const(ids)) {
        if (Status ok = writer.clear(id); !ok)
            return ok;
        account.bindValue(u":id"_s, id);
        if (!account.exec())
            return Database::sqlError(tr("Reading the account failed"), account);
        if (!account.next() || account.value(0).toString() != u"customer")
            continue; // gone, or a client: no figures, no behaviour tags
        Account input;
        input.status
            = fromCode<AccountStatus>(account.value(1).toString()).value_or(AccountStatus::Active);
        QStringList categoryNames;
        revenue.bindValue(u":id"_s, id);
        if (!revenue.exec())
            return Database::sqlError(tr("Reading the purchases failed"), revenue);
        while (revenue.next()) {
            Line line;
            line.day = julianDay(revenue.value(0));
            line.amount = revenue.value(1).toLongLong();
            line.discounted
                = revenue.value(2).toLongLong() > 0 || !revenue.value(3).toString().isEmpty();
            if (const QString category = revenue.value(4).toString(); !category.isEmpty()) {
                line.category = int(categoryNames.indexOf(category));
                if (line.category < 0) {
                    line.category = int(categoryNames.size());
                    categoryNames.append(category);
                }
            }
            input.lines.push_back(line);
        }
        interaction.bindValue(u":id"_s, id);
        if (!interaction.exec() || !interaction.next())
            return Database::sqlError(tr("Reading the interactions failed"), interaction);
        input.firstInteraction = sql::toDateTime(interaction.value(0)).date();
        referrals.bindValue(u":id"_s, id);
        const Result<qint64> referred = sql::count(referrals, tr("Reading the referrals failed"));
        if (!referred)
            return Error { referred.error() };
        input.referrals = int(*referred);
        if (Status ok = writer.write(id, evaluate(input, categoryNames, *t, today), today); !ok)
            return ok;
    }
    return guard.commit();
}

Status CustomerStats::refreshAll(const QDate &today, const std::function<bool(int)> &progress)
{
    const auto report = [&progress](int percent) {
        return !progress || progress(percent);
    };
    const Result<TagThresholds> t = thresholds();
    if (!t)
        return Error { t.error() };
    SettingsRepository settings(m_db);
    const QString currency = settings.firmCurrency();
    const QSqlDatabase db = m_db.connection();

    QHash<qint64, Account> accounts;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, status FROM accounts WHERE kind = 'customer'"_s);
    if (!q.exec())
        return Database::sqlError(tr("Reading the customers failed"), q);
    while (q.next()) {
        Account account;
        account.status
            = fromCode<AccountStatus>(q.value(1).toString()).value_or(AccountStatus::Active);
        accounts.insert(q.value(0).toLongLong(), std::move(account));
    }
    q.prepare(u"SELECT COUNT(*) FROM revenue_entries"_s);
    const Result<qint64> total = sql::count(q, tr("Counting the revenue entries failed"));
    if (!total)
        return Error { total.error() };
    if (!report(5))
        return Error { tr("Cancelled.") };

    QStringList categoryNames;
    QHash<QString, int> categoryIndex;
    q.prepare(u"SELECT r.account_id, r.entry_date, r.converted_minor, r.discount_minor, "
              "r.promotion, r.category FROM revenue_entries r JOIN accounts a "
              "ON a.id = r.account_id WHERE a.kind = 'customer' "
              "AND r.converted_minor IS NOT NULL"_s);
    if (!q.exec())
        return Database::sqlError(tr("Reading the purchases failed"), q);
    qint64 read = 0;
    Account *account = nullptr;
    qint64 accountId = -1;
    while (q.next()) {
        if (++read % 50'000 == 0 && !report(5 + int(75 * read / std::max<qint64>(1, *total))))
            return Error { tr("Cancelled.") };
        const qint64 id = q.value(0).toLongLong();
        if (id != accountId) {
            accountId = id;
            const auto it = accounts.find(id);
            account = it == accounts.end() ? nullptr : &*it;
        }
        if (!account)
            continue;
        Line line;
        line.day = julianDay(q.value(1));
        line.amount = q.value(2).toLongLong();
        line.discounted = q.value(3).toLongLong() > 0 || !q.value(4).toString().isEmpty();
        if (const QString category = q.value(5).toString(); !category.isEmpty()) {
            auto it = categoryIndex.constFind(category);
            if (it == categoryIndex.constEnd()) {
                it = categoryIndex.insert(category, int(categoryNames.size()));
                categoryNames.append(category);
            }
            line.category = *it;
        }
        account->lines.push_back(line);
    }

    q.prepare(u"SELECT account_id, MIN(occurred_at) FROM interactions GROUP BY account_id"_s);
    if (!q.exec())
        return Database::sqlError(tr("Reading the interactions failed"), q);
    while (q.next()) {
        if (const auto it = accounts.find(q.value(0).toLongLong()); it != accounts.end())
            it->firstInteraction = sql::toDateTime(q.value(1)).date();
    }
    q.prepare(m_db.sql().referralCounts());
    if (!q.exec())
        return Database::sqlError(tr("Reading the referrals failed"), q);
    while (q.next()) {
        if (const auto it = accounts.find(q.value(0).toLongLong()); it != accounts.end())
            it->referrals = q.value(1).toInt();
    }
    if (!report(85))
        return Error { tr("Cancelled.") };

    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    if (!q.exec(u"DELETE FROM customer_stats"_s)
        || !q.exec(u"DELETE FROM account_tags WHERE source = 'behaviour'"_s))
        return Database::sqlError(tr("Clearing the figures failed"), q);
    Writer writer(db);
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        if (Status ok = writer.write(it.key(), evaluate(*it, categoryNames, *t, today), today); !ok)
            return ok;
    }
    // An account manager on a server recomputes only the customers they can see: the day's
    // mark is for a run over everyone (a manager's), so theirs does not stop it.
    if (m_db.session().seesAll) {
        if (Status ok = settings.setValue(kAsOfKey, today.toString(Qt::ISODate)); !ok)
            return ok;
        if (Status ok = settings.setValue(kRulesKey, rulesFingerprint(*t, currency)); !ok)
            return ok;
    }
    if (!report(99))
        return Error { tr("Cancelled.") };
    return guard.commit();
}

Status CustomerStats::refreshForCurrencies(const QStringList &currencies, const QDate &today)
{
    if (currencies.isEmpty())
        return refreshAll(today);
    QList<qint64> ids;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT DISTINCT r.account_id FROM revenue_entries r JOIN accounts a "
              "ON a.id = r.account_id WHERE a.kind = 'customer' AND r.currency = :currency"_s);
    for (const QString &currency : currencies) {
        q.bindValue(u":currency"_s, currency);
        if (!q.exec())
            return Database::sqlError(tr("Reading the customers in %1 failed").arg(currency), q);
        while (q.next() && ids.size() <= kIncrementalLimit) {
            if (const qint64 id = q.value(0).toLongLong(); !ids.contains(id))
                ids.append(id);
        }
    }
    // refresh() recomputes everything in one pass beyond kIncrementalLimit accounts.
    return refresh(ids, today);
}

Status CustomerStats::refreshAccounts(const QList<qint64> &accountIds, const QDate &today)
{
    if (accountIds.size() > kReconversionLimit)
        return refreshAll(today);
    for (qsizetype i = 0; i < accountIds.size(); i += kIncrementalLimit) {
        if (Status ok = refresh(accountIds.mid(i, kIncrementalLimit), today); !ok)
            return ok;
    }
    return {};
}

Result<CustomerStats::Figures> CustomerStats::figures(qint64 accountId) const
{
    const QSqlDatabase db = m_db.connection();
    Figures f;
    const QString currency = SettingsRepository(m_db).firmCurrency();
    f.revenue = Money(0, currency);
    f.revenue12Months = Money(0, currency);
    QSqlQuery q(db);
    q.prepare(u"SELECT first_purchase, last_purchase, purchases, revenue_minor, "
              "revenue_12m_minor, categories, as_of FROM customer_stats WHERE account_id = :id"_s);
    q.bindValue(u":id"_s, accountId);
    if (!q.exec())
        return Database::sqlError(tr("Reading the figures failed"), q);
    if (q.next()) {
        f.firstPurchase = sql::toDate(q.value(0));
        f.lastPurchase = sql::toDate(q.value(1));
        f.purchases = q.value(2).toInt();
        f.revenue = Money(q.value(3).toLongLong(), currency);
        f.revenue12Months = Money(q.value(4).toLongLong(), currency);
        f.categories = q.value(5).toString().split(u'|', Qt::SkipEmptyParts);
        f.asOf = sql::toDate(q.value(6));
    }
    q.prepare(u"SELECT tag, reason FROM account_tags WHERE account_id = :id "
              "AND source = 'behaviour'"_s);
    q.bindValue(u":id"_s, accountId);
    if (!q.exec())
        return Database::sqlError(tr("Reading the behaviour tags failed"), q);
    while (q.next())
        f.tags.append({ q.value(0).toString(), q.value(1).toString() });
    const QStringList order = BehaviourRules::codes();
    std::sort(f.tags.begin(), f.tags.end(), [&order](const BehaviourTag &a, const BehaviourTag &b) {
        return order.indexOf(a.code) < order.indexOf(b.code);
    });
    return f;
}

} // namespace cd
