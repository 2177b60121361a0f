#include "repositorytestsupport.h"
#include "sample/samplegenerator.h"
#include "storage/bulkwriter.h"
#include "storage/revenuerollup.h"
#include "storage/transactionguard.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using cd::SampleGenerator;
using cd::SampleOptions;
using testsupport::TestDatabase;

namespace {

const QDate kToday(2026, 11, 22);

SampleOptions smallOptions(quint32 seed = 7)
{
    SampleOptions options;
    options.accounts = 120;
    options.revenueEntries = 6000;
    options.seed = seed;
    options.today = kToday;
    return options;
}

// A digest of what a user sees of the portfolio, independent of row order in the file.
QByteArray digest(cd::Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries {
        u"SELECT id, kind, status, name, industry, city, channel, manager_id, referred_by_id, "
        "tax_id, email, converted_on FROM accounts ORDER BY id"_s,
        u"SELECT id, account_id, entry_date, amount_minor, account_kind, product_id, "
        "discount_minor, promotion, contract_id FROM revenue_entries ORDER BY id"_s,
        u"SELECT id, account_id, reference, billing_model, fee_minor, start_date, end_date, "
        "status FROM contracts ORDER BY id"_s,
        u"SELECT id, account_id, stage, first_contact, closed_on FROM opportunities ORDER BY id"_s,
        u"SELECT id, account_id, occurred_at, follow_up_on FROM interactions ORDER BY id"_s
    };
    for (const QString &sql : queries) {
        QSqlQuery q(db.connection());
        if (!q.exec(sql))
            return {};
        while (q.next()) {
            for (int c = 0; c < q.record().count(); ++c)
                hash.addData(q.value(c).toString().toUtf8() + '\x1f');
            hash.addData("\n");
        }
    }
    return hash.result();
}

} // namespace

class tst_SampleGenerator : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_test;
    qint64 count(const QString &sql) { return m_test.scalar(sql).toLongLong(); }

private slots:
    void init() { QVERIFY(m_test.open()); }
    void cleanup() { m_test.close(); }

    void createsExactlyTheRequestedPortfolio()
    {
        const auto summary = SampleGenerator(smallOptions()).generate(m_test.db());
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->accounts, 120);
        QCOMPARE(summary->revenueEntries, 6000);
        QCOMPARE(count(u"SELECT COUNT(*) FROM accounts"_s), 120);
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries"_s), 6000);
        QCOMPARE(count(u"SELECT COUNT(*) FROM accounts WHERE kind = 'client'"_s),
                 qint64(summary->clients));
        QCOMPARE(summary->clients + summary->customers, 120);
        QCOMPARE(count(u"SELECT COUNT(*) FROM contracts"_s), qint64(summary->contracts));
        QCOMPARE(count(u"SELECT COUNT(*) FROM opportunities"_s), qint64(summary->opportunities));
        QCOMPARE(count(u"SELECT COUNT(*) FROM interactions"_s), qint64(summary->interactions));
        QCOMPARE(count(u"SELECT COUNT(*) FROM contacts"_s), qint64(summary->contacts));
        QCOMPARE(count(u"SELECT COUNT(*) FROM service_requests"_s),
                 qint64(summary->serviceRequests));
        // About a fifth are clients.
        QVERIFY2(summary->clients >= 15 && summary->clients <= 40,
                 qPrintable(QString::number(summary->clients)));
        // Nothing the schema or its foreign keys would refuse slipped through.
        if (!TestDatabase::onPostgres()) { // PostgreSQL checks foreign keys as rows are written
            QSqlQuery fk(m_test.db().connection());
            QVERIFY(fk.exec(u"PRAGMA foreign_key_check"_s));
            QVERIFY(!fk.next());
        }
        QCOMPARE(count(u"SELECT COUNT(*) FROM settings WHERE key = 'currency' AND value = 'IDR'"_s),
                 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'generate'"_s), 1);
    }

    void showsEveryPartOfAConsultancyPortfolio()
    {
        QVERIFY(SampleGenerator(smallOptions()).generate(m_test.db()).ok());
        // Contracts in all three billing models, active and ended, some with notice soon.
        QCOMPARE(count(u"SELECT COUNT(DISTINCT billing_model) FROM contracts"_s), 3);
        QVERIFY(count(u"SELECT COUNT(*) FROM contracts WHERE status = 'active'"_s) > 5);
        QVERIFY(count(u"SELECT COUNT(*) FROM contracts WHERE status = 'expired'"_s) > 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM contracts WHERE status IN ('draft', 'terminated')"_s)
                > 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM service_items"_s) > 0);
        // Service requests, some past their SLA.
        QVERIFY(count(u"SELECT COUNT(*) FROM service_requests WHERE closed_at > due_at"_s) > 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM service_requests WHERE status <> 'closed'"_s) > 0);
        // Follow-ups, some still due.
        QVERIFY(count(u"SELECT COUNT(*) FROM interactions WHERE follow_up_on IS NOT NULL "
                      "AND follow_up_done = 0"_s)
                > 0);
        // Resellers, internal accounts, prospects, persons and organisations.
        QVERIFY(count(u"SELECT COUNT(*) FROM accounts WHERE channel = 'reseller'"_s) > 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM accounts WHERE channel = 'internal'"_s) > 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM accounts WHERE status = 'prospect'"_s) > 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM accounts WHERE legal_form = 'person'"_s) > 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM accounts WHERE name LIKE 'PT %'"_s) > 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM accounts WHERE country <> 'ID'"_s) > 0);
        // Converted customers keep their earlier revenue as customer revenue.
        QVERIFY(count(u"SELECT COUNT(*) FROM accounts WHERE converted_on IS NOT NULL"_s) > 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM revenue_entries r JOIN accounts a ON a.id = "
                      "r.account_id WHERE a.converted_on IS NOT NULL AND r.account_kind = "
                      "'customer' AND r.entry_date < a.converted_on"_s)
                > 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries r JOIN accounts a ON a.id = "
                       "r.account_id WHERE a.converted_on IS NOT NULL AND r.account_kind = "
                       "'client' AND r.entry_date < a.converted_on"_s),
                 0);
        // Five years of revenue, none in the future.
        QCOMPARE(m_test.scalar(u"SELECT MAX(entry_date) FROM revenue_entries"_s).toString()
                     <= kToday.toString(Qt::ISODate),
                 true);
        const QDate first = QDate::fromString(
            m_test.scalar(u"SELECT MIN(entry_date) FROM revenue_entries"_s).toString(),
            Qt::ISODate);
        QVERIFY(first >= kToday.addYears(-5));
        QVERIFY(first <= kToday.addYears(-4));
    }

    void purchaseHistoriesShowEveryBehaviour()
    {
        QVERIFY(SampleGenerator(smallOptions()).generate(m_test.db()).ok());
        // potential: a customer prospect without a purchase.
        QVERIFY(count(u"SELECT COUNT(*) FROM accounts a WHERE kind = 'customer' AND status = "
                      "'prospect' AND NOT EXISTS (SELECT 1 FROM revenue_entries r WHERE "
                      "r.account_id = a.id)"_s)
                > 0);
        // new: first purchase within 90 days.
        QVERIFY(count(u"SELECT COUNT(*) FROM (SELECT account_id FROM revenue_entries GROUP BY "
                      "account_id HAVING MIN(entry_date) >= '2026-08-24') AS x"_s)
                > 0);
        // returning: two or more purchases of the catalogue.
        QVERIFY(count(u"SELECT COUNT(*) FROM (SELECT account_id FROM revenue_entries WHERE "
                      "product_id IS NOT NULL GROUP BY account_id HAVING COUNT(*) >= 2) AS x"_s)
                > 0);
        // loyal: purchases in at least 6 of the last 8 quarters.
        QVERIFY(count(u"SELECT COUNT(*) FROM (SELECT account_id FROM revenue_entries WHERE "
                      "entry_date >= '2024-10-01' AND product_id IS NOT NULL GROUP BY account_id "
                      "HAVING COUNT(DISTINCT substr(entry_date, 1, 4) || ((CAST(substr(entry_date, "
                      "6, 2) AS INTEGER) + 2) / 3)) >= 6) AS x"_s)
                > 0);
        // promo-driven: most purchases under a promotion.
        QVERIFY(count(u"SELECT COUNT(*) FROM (SELECT account_id FROM revenue_entries GROUP BY "
                      "account_id HAVING COUNT(*) >= 3 AND 2 * SUM(CASE WHEN promotion IS NOT NULL "
                      "THEN 1 ELSE 0 END) > "
                      "COUNT(*)) AS x"_s)
                > 0);
        // impulsive: a single purchase and no interaction at all.
        QVERIFY(count(u"SELECT COUNT(*) FROM accounts a WHERE (SELECT COUNT(*) FROM "
                      "revenue_entries r WHERE r.account_id = a.id) = 1 AND NOT EXISTS (SELECT 1 "
                      "FROM interactions i WHERE i.account_id = a.id)"_s)
                > 0);
        // advocate: referred other accounts.
        QVERIFY(count(u"SELECT COUNT(DISTINCT referred_by_id) FROM accounts"_s) > 0);
    }

    void clientsTakeLongerToWinThanCustomers()
    {
        QVERIFY(SampleGenerator(smallOptions()).generate(m_test.db()).ok());
        const QString days = TestDatabase::onPostgres()
            ? u"closed_on::date - first_contact::date"_s
            : u"julianday(closed_on) - julianday(first_contact)"_s;
        const double clientCycle = m_test
                                       .scalar(u"SELECT AVG(%1) FROM opportunities WHERE stage = "
                                               "'won' AND deal_type = 'engagement'"_s.arg(days))
                                       .toDouble();
        const double customerCycle = m_test
                                         .scalar(u"SELECT AVG(%1) FROM opportunities WHERE stage "
                                                 "= 'won' AND deal_type = 'sale'"_s.arg(days))
                                         .toDouble();
        QVERIFY2(clientCycle > 3 * customerCycle,
                 qPrintable(u"%1 vs %2"_s.arg(clientCycle).arg(customerCycle)));
        // Each opportunity's stage is its latest recorded stage change.
        QCOMPARE(count(u"SELECT COUNT(*) FROM opportunities o WHERE o.stage <> (SELECT s.stage "
                       "FROM opportunity_stages s WHERE s.opportunity_id = o.id ORDER BY "
                       "s.changed_on DESC, s.id DESC LIMIT 1)"_s),
                 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM opportunities WHERE stage NOT IN ('won', 'lost')"_s)
                > 0);
    }

    void theSameSeedGivesTheSameData()
    {
        QVERIFY(SampleGenerator(smallOptions(7)).generate(m_test.db()).ok());
        const QByteArray first = digest(m_test.db());
        QVERIFY(!first.isEmpty());

        QVERIFY(m_test.open());
        QVERIFY(SampleGenerator(smallOptions(7)).generate(m_test.db()).ok());
        QCOMPARE(digest(m_test.db()), first);

        QVERIFY(m_test.open());
        QVERIFY(SampleGenerator(smallOptions(8)).generate(m_test.db()).ok());
        QVERIFY(digest(m_test.db()) != first);
    }

    void aTinyPortfolioStillHoldsEveryKindOfAccount()
    {
        SampleOptions options = smallOptions();
        options.accounts = 12;
        options.revenueEntries = 40;
        const auto summary = SampleGenerator(options).generate(m_test.db());
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries"_s), 40);
        QVERIFY(summary->clients >= 3);

        QVERIFY(m_test.open());
        options.revenueEntries = 0;
        QVERIFY(SampleGenerator(options).generate(m_test.db()).ok());
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM accounts"_s), 12);
    }

    void usesTheFirmsCurrencyWhenOneIsSet()
    {
        QVERIFY(m_test.exec(u"INSERT INTO settings (key, value) VALUES ('currency', 'EUR')"_s));
        QVERIFY(SampleGenerator(smallOptions()).generate(m_test.db()).ok());
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries WHERE currency <> 'EUR'"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM contracts WHERE currency <> 'EUR'"_s), 0);
        // Fees stay believable in euros: a monthly retainer of at most 15,000.00.
        QVERIFY(count(u"SELECT MAX(fee_minor) FROM contracts WHERE billing_model = 'retainer'"_s)
                <= 1'500'000);
    }

    // A tenth of the billed clients (and of the customers who buy) are billed in US or
    // Singapore dollars: the account's own currency, its contracts, deals and revenue.
    void billsATenthOfTheAccountsInUsdOrSgd()
    {
        const auto summary = SampleGenerator(smallOptions()).generate(m_test.db());
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        // Every tenth billed client, counted from the fifth: (n + 5) / 10 of n.
        const qint64 billedClients
            = count(u"SELECT COUNT(*) FROM accounts WHERE kind = 'client' AND status <> "
                    "'prospect'"_s);
        QVERIFY(billedClients >= 20);
        QCOMPARE(count(u"SELECT COUNT(*) FROM accounts WHERE kind = 'client' AND currency IN "
                       "('USD', 'SGD')"_s),
                 (billedClients + 5) / 10);
        QCOMPARE(count(u"SELECT COUNT(*) FROM accounts WHERE currency IS NOT NULL AND currency "
                       "NOT IN ('USD', 'SGD')"_s),
                 0);
        QCOMPARE(count(u"SELECT COUNT(DISTINCT currency) FROM accounts"_s), 2);
        QCOMPARE(qint64(summary->foreignAccounts),
                 count(u"SELECT COUNT(*) FROM accounts WHERE currency IS NOT NULL"_s));
        // Each foreign client has a contract in its currency; nothing of an account is in
        // another currency than its own (the firm's when it has none).
        QCOMPARE(count(u"SELECT COUNT(*) FROM accounts a WHERE a.kind = 'client' AND a.currency "
                       "IS NOT NULL AND NOT EXISTS (SELECT 1 FROM contracts c WHERE c.account_id "
                       "= a.id AND c.currency = a.currency)"_s),
                 0);
        for (const QString &table : { u"contracts"_s, u"opportunities"_s, u"revenue_entries"_s }) {
            QCOMPARE(count(u"SELECT COUNT(*) FROM %1 t JOIN accounts a ON a.id = t.account_id "
                           "WHERE t.currency <> coalesce(a.currency, 'IDR')"_s.arg(table)),
                     0);
        }
        // A share of the entries (a tenth in a large sample), at believable dollar amounts.
        const qint64 foreignEntries
            = count(u"SELECT COUNT(*) FROM revenue_entries WHERE currency <> 'IDR'"_s);
        QVERIFY2(foreignEntries >= 180 && foreignEntries <= 1200,
                 qPrintable(QString::number(foreignEntries)));
        QVERIFY(count(u"SELECT MAX(fee_minor) FROM contracts WHERE currency = 'USD' AND "
                      "billing_model = 'retainer'"_s)
                <= 1'000'000); // at most 10,000.00 USD a month
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries WHERE amount_minor <= 0"_s), 0);
    }

    // A rate for USD and SGD on every weekday of the five years (and the week before, so
    // that the first entries convert), a random walk within realistic bounds.
    void writesADailyRateHistory()
    {
        const auto summary = SampleGenerator(smallOptions()).generate(m_test.db());
        QVERIFY(summary.ok());
        const QDate first = kToday.addYears(-5).addDays(1 - 7);
        int weekdays = 0;
        for (QDate d = first; d <= kToday; d = d.addDays(1))
            weekdays += d.dayOfWeek() <= 5 ? 1 : 0;
        QCOMPARE(summary->rates, 2 * weekdays);
        for (const QString &currency : { u"USD"_s, u"SGD"_s }) {
            const QVariantMap c { { u"c"_s, currency } };
            QCOMPARE(m_test.scalar(u"SELECT COUNT(*) FROM exchange_rates WHERE currency = :c"_s, c)
                         .toInt(),
                     weekdays);
            QCOMPARE(
                m_test.scalar(u"SELECT MIN(rate_date) FROM exchange_rates WHERE currency = :c"_s, c)
                    .toString(),
                first.dayOfWeek() <= 5
                    ? first.toString(Qt::ISODate)
                    : first.addDays(8 - first.dayOfWeek()).toString(Qt::ISODate));
            // Every entry in the currency has a rate on or before its day.
            QVERIFY(m_test
                        .scalar(u"SELECT MIN(entry_date) FROM revenue_entries WHERE currency "
                                "= :c"_s,
                                c)
                        .toString()
                    >= m_test
                           .scalar(u"SELECT MIN(rate_date) FROM exchange_rates WHERE "
                                   "currency = :c"_s,
                                   c)
                           .toString());
        }
        QCOMPARE(count(u"SELECT COUNT(*) FROM exchange_rates WHERE currency NOT IN ('USD', "
                       "'SGD')"_s),
                 0);
        // No rate on a Saturday or Sunday.
        for (const QString &day : m_test.column(u"SELECT DISTINCT rate_date FROM exchange_rates"_s))
            QVERIFY2(QDate::fromString(day, Qt::ISODate).dayOfWeek() <= 5, qPrintable(day));
        // 14,000–16,500 IDR per USD and 10,500–12,300 per SGD, in whole hundredths.
        QVERIFY(count(u"SELECT MIN(rate_e10) FROM exchange_rates WHERE currency = 'USD'"_s)
                >= 14'000LL * 10'000'000'000LL);
        QVERIFY(count(u"SELECT MAX(rate_e10) FROM exchange_rates WHERE currency = 'USD'"_s)
                <= 16'500LL * 10'000'000'000LL);
        QVERIFY(count(u"SELECT MIN(rate_e10) FROM exchange_rates WHERE currency = 'SGD'"_s)
                >= 10'500LL * 10'000'000'000LL);
        QVERIFY(count(u"SELECT MAX(rate_e10) FROM exchange_rates WHERE currency = 'SGD'"_s)
                <= 12'300LL * 10'000'000'000LL);
        QCOMPARE(count(u"SELECT COUNT(*) FROM exchange_rates WHERE rate_e10 % 100000000 <> 0"_s),
                 0);
        // A walk, not a constant: the rate moves, and not by more than 1 % a day.
        QVERIFY(count(u"SELECT COUNT(DISTINCT rate_e10) FROM exchange_rates WHERE currency = "
                      "'USD'"_s)
                > 500);
    }

    // Every entry carries its amount in the firm's currency by the rate in force on its day
    // (the latest on or before it), rounded half away from zero: none is left unconverted.
    void convertsEveryEntryByTheRateOfItsDay()
    {
        QVERIFY(SampleGenerator(smallOptions()).generate(m_test.db()).ok());
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries WHERE converted_minor IS NULL"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries WHERE currency = 'IDR' AND "
                       "converted_minor <> amount_minor"_s),
                 0);
        QSqlQuery q(m_test.db().connection());
        QVERIFY(q.exec(u"SELECT r.amount_minor, r.converted_minor, (SELECT x.rate_e10 FROM "
                       "exchange_rates x WHERE x.currency = r.currency AND x.rate_date <= "
                       "r.entry_date ORDER BY x.rate_date DESC LIMIT 1) FROM revenue_entries r "
                       "WHERE r.currency <> 'IDR'"_s));
        int checked = 0;
        while (q.next()) {
            // USD and SGD have two decimals like IDR, and the sample's rates are whole
            // hundredths of a rupiah: minor × hundredths / 100, rounded half away from zero.
            QCOMPARE(q.value(2).toLongLong() % 100'000'000, 0);
            const qint64 product
                = q.value(0).toLongLong() * (q.value(2).toLongLong() / 100'000'000);
            const qint64 rounded = (product + (product >= 0 ? 50 : -50)) / 100;
            QCOMPARE(q.value(1).toLongLong(), rounded);
            ++checked;
        }
        QVERIFY(checked > 100);
        // The rollups sum the converted amounts.
        QCOMPARE(count(u"SELECT sum(converted_minor) FROM revenue_totals"_s),
                 count(u"SELECT sum(converted_minor) FROM revenue_entries"_s));
        QCOMPARE(count(u"SELECT sum(unconverted) FROM revenue_totals"_s), 0);
    }

    // A firm in US dollars bills some accounts in rupiah and Singapore dollars, with the
    // rates against the dollar; a firm in euros has no rates and every amount in euros.
    void aFirmInDollarsGetsRatesAgainstTheDollar()
    {
        QVERIFY(m_test.exec(u"INSERT INTO settings (key, value) VALUES ('currency', 'USD')"_s));
        const auto summary = SampleGenerator(smallOptions()).generate(m_test.db());
        QVERIFY(summary.ok());
        QCOMPARE(m_test.column(u"SELECT DISTINCT currency FROM exchange_rates ORDER BY 1"_s),
                 (QStringList { u"IDR"_s, u"SGD"_s }));
        // 1 / 16,500 … 1 / 14,000 USD per IDR; 10,500 / 16,500 … 12,300 / 14,000 per SGD.
        QVERIFY(count(u"SELECT MIN(rate_e10) FROM exchange_rates WHERE currency = 'IDR'"_s)
                >= 606'060);
        QVERIFY(count(u"SELECT MAX(rate_e10) FROM exchange_rates WHERE currency = 'IDR'"_s)
                <= 714'286);
        QVERIFY(count(u"SELECT MIN(rate_e10) FROM exchange_rates WHERE currency = 'SGD'"_s)
                >= 6'363'636'363LL);
        QVERIFY(count(u"SELECT MAX(rate_e10) FROM exchange_rates WHERE currency = 'SGD'"_s)
                <= 8'785'714'286LL);
        QVERIFY(count(u"SELECT COUNT(*) FROM revenue_entries WHERE currency = 'IDR'"_s) > 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries WHERE currency NOT IN ('USD', "
                       "'IDR', 'SGD')"_s),
                 0);

        QVERIFY(m_test.open());
        QVERIFY(m_test.exec(u"INSERT INTO settings (key, value) VALUES ('currency', 'EUR')"_s));
        QVERIFY(SampleGenerator(smallOptions()).generate(m_test.db()).ok());
        QCOMPARE(count(u"SELECT COUNT(*) FROM exchange_rates"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM accounts WHERE currency IS NOT NULL"_s), 0);
    }

    // `clientdesk demo --currency`: the chosen currency wins over one set in the empty
    // database; without the choice, the stored one does.
    void aChosenCurrencyReplacesTheStoredOne()
    {
        QVERIFY(m_test.exec(u"INSERT INTO settings (key, value) VALUES ('currency', 'EUR')"_s));
        SampleOptions options = smallOptions();
        options.currency = u"SGD"_s;
        options.replaceCurrency = true;
        QVERIFY(SampleGenerator(options).generate(m_test.db()).ok());
        QCOMPARE(m_test.scalar(u"SELECT value FROM settings WHERE key = 'currency'"_s).toString(),
                 u"SGD"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM contracts WHERE currency = 'EUR'"_s), 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM exchange_rates WHERE currency = 'USD'"_s) > 0);
    }

    void refusesADatabaseThatHoldsAccounts()
    {
        QVERIFY(m_test.exec(u"INSERT INTO accounts (kind, name, created_at, updated_at) VALUES "
                            "('client', 'PT Existing', '2024-01-01T00:00:00', "
                            "'2024-01-01T00:00:00')"_s));
        const auto summary = SampleGenerator(smallOptions()).generate(m_test.db());
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().contains(u"already holds 1 accounts"_s),
                 qPrintable(summary.error()));
        QCOMPARE(count(u"SELECT COUNT(*) FROM accounts"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries"_s), 0);
    }

    void refusesImpossibleOptions()
    {
        SampleOptions options = smallOptions();
        options.accounts = 0;
        auto summary = SampleGenerator(options).generate(m_test.db());
        QVERIFY(!summary.ok());
        QVERIFY(summary.error().contains(u"from 1 to 1,000,000, not 0"_s));

        options = smallOptions();
        options.revenueEntries = -5;
        summary = SampleGenerator(options).generate(m_test.db());
        QVERIFY(!summary.ok());
        QVERIFY(summary.error().contains(u"not -5"_s));

        options = smallOptions();
        options.currency = u"rupiah"_s;
        summary = SampleGenerator(options).generate(m_test.db());
        QVERIFY(!summary.ok());
        QVERIFY(summary.error().contains(u"rupiah"_s));
        QCOMPARE(count(u"SELECT COUNT(*) FROM accounts"_s), 0);
    }

    void cancellingLeavesTheDatabaseAsItWas()
    {
        std::atomic_bool cancel = false;
        int calls = 0;
        const auto progress = [&](int percent, const QString &phase) {
            QVERIFY(percent >= 0 && percent <= 100);
            QVERIFY(!phase.isEmpty());
            if (++calls == 5)
                cancel = true;
        };
        const auto summary
            = SampleGenerator(smallOptions()).generate(m_test.db(), progress, &cancel);
        QVERIFY(!summary.ok());
        QVERIFY(summary.error().contains(u"cancelled"_s));
        QCOMPARE(count(u"SELECT COUNT(*) FROM accounts"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM users"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM settings"_s), 0);
        // And the database can take a sample after all.
        QVERIFY(SampleGenerator(smallOptions()).generate(m_test.db()).ok());
    }

    void keepsTheRollupsExactAndTheirTriggersOn()
    {
        // The rollups are summed in memory with the triggers off (on the server too), then
        // written once; afterwards the triggers keep them again.
        QVERIFY(SampleGenerator(smallOptions()).generate(m_test.db()).ok());
        auto mismatches = cd::RevenueRollup::mismatches(m_test.db());
        QVERIFY2(mismatches.ok(), qPrintable(mismatches.error()));
        QVERIFY2(mismatches->isEmpty(), qPrintable(mismatches->join(u'\n')));
        QCOMPARE(count(u"SELECT sum(entries) FROM revenue_monthly"_s), 6000);
        QCOMPARE(count(u"SELECT sum(amount_minor) FROM revenue_totals"_s),
                 count(u"SELECT sum(amount_minor) FROM revenue_entries"_s));
        QSqlQuery q(m_test.db().connection());
        QVERIFY(q.exec(u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, "
                       "currency, account_kind, created_at) SELECT min(id), '2001-02-03', 700, "
                       "'IDR', 'customer', '2001-02-03T09:00:00' FROM accounts"_s));
        QCOMPARE(count(u"SELECT sum(entries) FROM revenue_monthly WHERE month = '2001-02'"_s), 1);
        mismatches = cd::RevenueRollup::mismatches(m_test.db());
        QVERIFY(mismatches.ok() && mismatches->isEmpty());
    }

    void batchedRevenueKeepsEveryTextExactly()
    {
        // On a server the rows travel as array literals: quotes, backslashes, braces, commas,
        // the word NULL and empty text (stored NULL) must come back as written.
        QVERIFY(SampleGenerator(smallOptions()).generate(m_test.db()).ok());
        const qint64 account = count(u"SELECT min(id) FROM accounts"_s);
        const QStringList texts {
            u"a \"quoted\" \\ back\\slash"_s, u"{x,y}"_s, u"NULL"_s, u"  spaced  "_s,
            u"Rp 1.000,00 – ½ 😀"_s,           QString()
        };
        cd::TransactionGuard guard(m_test.db());
        QVERIFY(guard.begin().ok());
        cd::bulk::BulkWriter writer(m_test.db(), u"IDR"_s);
        writer.setBatched(true);
        QVERIFY(writer.prepare().ok());
        cd::RevenueRollupBatch rollups(m_test.db(), cd::RevenueRollupBatch::Server::TriggersOff);
        QVERIFY(rollups.begin().ok());
        writer.setRollups(&rollups);
        for (int i = 0; i < texts.size(); ++i) {
            cd::bulk::RevenueRow row;
            row.accountId = account;
            row.date = QDate(2001, 1, 1 + i);
            row.amountMinor = 100 + i;
            row.description = texts.at(i);
            row.category = texts.at(i);
            row.promotion = texts.at(i);
            QVERIFY(writer.revenue(row).ok());
        }
        QVERIFY(writer.flush().ok());
        QVERIFY(rollups.finish().ok());
        QVERIFY(guard.commit().ok());
        QSqlQuery q(m_test.db().connection());
        QVERIFY(q.exec(u"SELECT description, category, promotion, created_at FROM "
                       "revenue_entries WHERE entry_date < '2002-01-01' ORDER BY entry_date"_s));
        for (int i = 0; i < texts.size(); ++i) {
            QVERIFY(q.next());
            for (int c = 0; c < 3; ++c) {
                QCOMPARE(q.value(c).isNull(), texts.at(i).isEmpty());
                QCOMPARE(q.value(c).toString(), texts.at(i));
            }
            QCOMPARE(q.value(3).toString(),
                     QDate(2001, 1, 1 + i).toString(Qt::ISODate) + u"T09:00:00"_s);
        }
        QVERIFY(!q.next());
        const auto mismatches = cd::RevenueRollup::mismatches(m_test.db());
        QVERIFY2(mismatches.ok() && mismatches->isEmpty(),
                 qPrintable(mismatches ? mismatches->join(u'\n') : mismatches.error()));
    }

    void reportsProgressUpToCompletion()
    {
        QList<int> percents;
        const auto progress = [&](int percent, const QString &) {
            percents.append(percent);
        };
        QVERIFY(SampleGenerator(smallOptions()).generate(m_test.db(), progress).ok());
        QVERIFY(percents.size() > 5);
        QCOMPARE(percents.constFirst(), 0);
        QCOMPARE(percents.constLast(), 100);
        QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
    }
};

QTEST_GUILESS_MAIN(tst_SampleGenerator)
#include "tst_samplegenerator.moc"
