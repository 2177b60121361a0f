#include "analytics/revenueanalytics.h"
#include "repositorytestsupport.h"
#include "storage/accountrepository.h"
#include "storage/revenuerepository.h"

using namespace Qt::StringLiterals;
using cd::AccountKind;
using cd::Money;
using cd::RevenueEntry;
using cd::RevenueRepository;
using testsupport::TestDatabase;

class tst_RevenueRepository : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_test;
    qint64 m_customer = 0;

    RevenueEntry sample(const QDate &date = { 2025, 3, 1 })
    {
        RevenueEntry e;
        e.accountId = m_customer;
        e.date = date;
        e.amount = Money(1'500'000'00, u"IDR"_s);
        e.description = u"Annual report template pack"_s;
        e.category = u"Templates and toolkits"_s;
        return e;
    }

private slots:
    void init()
    {
        QVERIFY(m_test.open());
        m_customer = m_test.rawAccount(u"CV Sinar Abadi"_s, u"customer"_s);
    }
    void cleanup() { m_test.close(); }

    void anEntryDatedBeforeTheConversionIsCustomerRevenue()
    {
        cd::AccountRepository accounts(m_test.db());
        cd::Account account = *accounts.get(m_customer);
        account.kind = AccountKind::Client;
        account.convertedOn = QDate(2025, 6, 1);
        QVERIFY(accounts.update(account).ok());
        RevenueRepository repo(m_test.db());
        const auto late = repo.insert(sample({ 2025, 5, 31 })); // booked late, earned before
        QVERIFY2(late.ok(), qPrintable(late.error()));
        QCOMPARE(repo.get(*late)->kindAtBooking, AccountKind::Customer);
        const auto after = repo.insert(sample({ 2025, 6, 1 }));
        QCOMPARE(repo.get(*after)->kindAtBooking, AccountKind::Client);
    }

    void revenueKeepsTheKindItWasBookedUnder()
    {
        RevenueRepository repo(m_test.db());
        RevenueEntry e = sample();
        e.kindAtBooking = AccountKind::Client; // not the caller's to decide
        const auto before = repo.insert(e);
        QVERIFY2(before.ok(), qPrintable(before.error()));
        QCOMPARE(repo.get(*before)->kindAtBooking, AccountKind::Customer);

        // The customer becomes a client.
        cd::AccountRepository accounts(m_test.db());
        cd::Account account = *accounts.get(m_customer);
        account.kind = AccountKind::Client;
        account.convertedOn = QDate(2025, 6, 1);
        QVERIFY(accounts.update(account).ok());

        const auto after = repo.insert(sample({ 2025, 7, 1 }));
        QVERIFY(after.ok());
        QCOMPARE(repo.get(*after)->kindAtBooking, AccountKind::Client);
        QCOMPARE(repo.get(*before)->kindAtBooking, AccountKind::Customer);
        // Editing an old entry does not rebook it.
        RevenueEntry old = *repo.get(*before);
        old.amount = Money(1'250'000'00, u"IDR"_s);
        QVERIFY(repo.update(old).ok());
        QCOMPARE(repo.get(*before)->kindAtBooking, AccountKind::Customer);
        QCOMPARE(repo.get(*before)->amount, Money(1'250'000'00, u"IDR"_s));
        const auto list = repo.listForAccount(m_customer, { 2025, 1, 1 }, { 2025, 12, 31 });
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->first().date, QDate(2025, 3, 1));
    }

    void badEntriesAreRefusedWithASentence()
    {
        RevenueRepository repo(m_test.db());
        RevenueEntry e = sample();
        e.amount = Money(0, u"IDR"_s);
        e.quantity = 0;
        e.discountMinor = -5;
        e.date = {};
        auto id = repo.insert(e);
        QVERIFY(!id.ok());
        QVERIFY(id.error().contains(u"A revenue entry needs an amount other than 0."_s));
        QVERIFY(id.error().contains(u"The quantity must be at least 1, not 0."_s));
        QVERIFY(id.error().contains(u"A discount cannot be negative."_s));
        QVERIFY(id.error().contains(u"A revenue entry needs a valid date."_s));

        const qint64 other = m_test.rawAccount(u"PT Lain"_s, u"client"_s);
        QVERIFY(m_test.exec(u"INSERT INTO contracts (account_id, reference, billing_model, "
                            "fee_minor, currency, start_date, created_at, updated_at) VALUES "
                            "(:a, 'C-2024-001', 'fixed', 100, 'IDR', '2024-01-01', "
                            "'2024-01-01T00:00:00', '2024-01-01T00:00:00')"_s,
                            { { u"a"_s, other } }));
        e = sample();
        e.contractId = m_test.scalar(u"SELECT id FROM contracts"_s).toLongLong();
        id = repo.insert(e);
        QVERIFY(!id.ok());
        QCOMPARE(id.error(), u"Contract C-2024-001 belongs to PT Lain, not to CV Sinar Abadi."_s);

        e = sample();
        e.productId = 404;
        QVERIFY(!repo.insert(e).ok());
        e = sample();
        e.accountId = 9999;
        QVERIFY(!repo.insert(e).ok());
        e = sample();
        e.amount = Money(100, u"rp"_s);
        QVERIFY(!repo.insert(e).ok());
        QCOMPARE(m_test.count(u"revenue_entries"_s), 0);
        QCOMPARE(m_test.count(u"audit_log"_s), 0);
    }

    void amountsAndDatesOutOfBoundsAreRefused()
    {
        RevenueRepository repo(m_test.db());
        RevenueEntry e = sample();
        e.amount = Money(Money::kMaxMinorUnits + 1, u"IDR"_s);
        auto id = repo.insert(e);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().contains(u"The largest amount is 9999999999999.99 IDR."_s),
                 qPrintable(id.error()));
        e = sample();
        e.amount = Money(-Money::kMaxMinorUnits - 1, u"IDR"_s);
        QVERIFY(!repo.insert(e).ok());
        e = sample();
        e.discountMinor = Money::kMaxMinorUnits + 1;
        QVERIFY(!repo.insert(e).ok());
        for (const QDate &day :
             { QDate(1, 1, 1), QDate(1899, 12, 31), QDate(2200, 1, 1), QDate(9999, 12, 31) }) {
            id = repo.insert(sample(day));
            QVERIFY(!id.ok());
            QVERIFY2(id.error().contains(day.toString(Qt::ISODate)
                                         + u" is outside the dates ClientDesk accepts"_s),
                     qPrintable(id.error()));
        }
        QCOMPARE(m_test.count(u"revenue_entries"_s), 0);
        // The largest amounts and the first and last days are fine.
        e = sample(QDate(1900, 1, 1));
        e.amount = Money(Money::kMaxMinorUnits, u"IDR"_s);
        QVERIFY(repo.insert(e).ok());
        e = sample(QDate(2199, 12, 31));
        e.amount = Money(-Money::kMaxMinorUnits, u"IDR"_s);
        QVERIFY(repo.insert(e).ok());
        QCOMPARE(m_test.count(u"revenue_entries"_s), 2);
    }

    void theDatabaseRefusesAmountsOutOfBounds()
    {
        // Written past the repositories (a script, an older build): the schema refuses too.
        const QString insert
            = u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, currency, "
              "account_kind, discount_minor, created_at) VALUES (:a, '2025-03-01', :amount, "
              "'IDR', 'customer', :discount, '2025-03-01T00:00:00')"_s;
        const auto row = [&](qint64 amount, qint64 discount = 0) {
            return m_test.exec(
                insert,
                { { u"a"_s, m_customer }, { u"amount"_s, amount }, { u"discount"_s, discount } });
        };
        QVERIFY(!row(Money::kMaxMinorUnits + 1));
        QVERIFY(!row(-Money::kMaxMinorUnits - 1));
        QVERIFY(!row(std::numeric_limits<qint64>::max()));
        QVERIFY(!row(std::numeric_limits<qint64>::min()));
        QVERIFY(!row(100, Money::kMaxMinorUnits + 1));
        QCOMPARE(m_test.count(u"revenue_entries"_s), 0);
        QVERIFY(row(Money::kMaxMinorUnits));
        QVERIFY(row(-Money::kMaxMinorUnits));
        // An update that moves an amount out of bounds is refused as well.
        QVERIFY(!m_test.exec(u"UPDATE revenue_entries SET amount_minor = 1000000000000000"_s));
        if (!TestDatabase::onPostgres()) // SQLite's column takes any type: a REAL is refused
            QVERIFY(!m_test.exec(u"UPDATE revenue_entries SET amount_minor = 12.5"_s));
        const QString prefix = u"INSERT INTO "_s;
        QVERIFY(!m_test.exec(prefix
                             + u"products (name, category, list_price_minor, currency) VALUES "
                               "('Gold', 'Bars', 1000000000000000, 'IDR')"_s));
        QVERIFY(m_test.exec(prefix
                            + u"products (name, category, list_price_minor, currency) VALUES "
                              "('Gold', 'Bars', 999999999999999, 'IDR')"_s));
        QVERIFY(!m_test.exec(
            prefix
                + u"contracts (account_id, reference, billing_model, fee_minor, currency, "
                  "start_date, created_at, updated_at) VALUES (:a, 'C-1', 'fixed', "
                  "1000000000000000, 'IDR', '2024-01-01', '2024-01-01T00:00:00', "
                  "'2024-01-01T00:00:00')"_s,
            { { u"a"_s, m_customer } }));
        QVERIFY(!m_test.exec(prefix
                                 + u"opportunities (account_id, title, deal_type, "
                                   "expected_value_minor, currency, probability, first_contact, "
                                   "created_at, updated_at) VALUES (:a, 'Big', 'sale', "
                                   "1000000000000000, 'IDR', 50, '2024-01-01', "
                                   "'2024-01-01T00:00:00', '2024-01-01T00:00:00')"_s,
                             { { u"a"_s, m_customer } }));
    }

    void theRollupsAddTheLargestEntriesExactly()
    {
        RevenueRepository repo(m_test.db());
        RevenueEntry e = sample();
        e.amount = Money(Money::kMaxMinorUnits, u"IDR"_s);
        QVERIFY(repo.insert(e).ok());
        QVERIFY(repo.insert(e).ok());
        const QString twice = QString::number(2 * Money::kMaxMinorUnits);
        QCOMPARE(
            m_test.scalar(u"SELECT CAST(amount_minor AS TEXT) FROM revenue_totals"_s).toString(),
            twice);
        QCOMPARE(
            m_test.scalar(u"SELECT CAST(amount_minor AS TEXT) FROM revenue_monthly"_s).toString(),
            twice);
        const auto series
            = cd::RevenueAnalytics::byPeriod(m_test.db(), {}, cd::PeriodGrouping::Month);
        QVERIFY2(series.ok(), qPrintable(series.error()));
        QCOMPARE(series->periods.size(), 1);
        QCOMPARE(series->periods.first().customerMinor, 2 * Money::kMaxMinorUnits);
    }

    void aRollupNeverWraps()
    {
        // A month whose rollup nears the largest 64-bit integer (as about 9,223 of the largest
        // entries would make it), then one more entry.
        RevenueRepository repo(m_test.db());
        QVERIFY(repo.insert(sample()).ok());
        const QString nearMax = u"9223372036854775000"_s;
        QVERIFY(m_test.exec(u"UPDATE revenue_monthly SET amount_minor = "_s + nearMax));
        QVERIFY(m_test.exec(u"UPDATE revenue_totals SET amount_minor = "_s + nearMax));
        const auto id = repo.insert(sample());
        if (TestDatabase::onPostgres()) {
            // numeric rollups: the sum is kept exactly, and a reader that needs it as a
            // 64-bit integer says it cannot.
            QVERIFY2(id.ok(), qPrintable(id.error()));
            QCOMPARE(m_test.scalar(u"SELECT CAST(amount_minor AS TEXT) FROM revenue_totals"_s)
                         .toString(),
                     u"9223372037004775000"_s);
            const auto series
                = cd::RevenueAnalytics::byPeriod(m_test.db(), {}, cd::PeriodGrouping::Month);
            QVERIFY(!series.ok());
            QVERIFY2(series.error().contains(u"more than ClientDesk can count exactly"_s),
                     qPrintable(series.error()));
            return;
        }
        QVERIFY(!id.ok());
        QVERIFY2(id.error().startsWith(u"Saving the revenue entry of CV Sinar Abadi failed: the "
                                       "month's revenue would add up to more than ClientDesk "
                                       "can count exactly"_s),
                 qPrintable(id.error()));
        QCOMPARE(m_test.count(u"revenue_entries"_s), 1);
        QCOMPARE(m_test
                     .scalar(u"SELECT typeof(amount_minor) || ' ' || amount_minor FROM "
                             "revenue_totals"_s)
                     .toString(),
                 u"integer "_s + nearMax);
        QCOMPARE(m_test
                     .scalar(u"SELECT typeof(amount_minor) || ' ' || amount_minor FROM "
                             "revenue_monthly"_s)
                     .toString(),
                 u"integer "_s + nearMax);
        // A refund that brings a negative rollup below the smallest integer: the same.
        QVERIFY(m_test.exec(u"UPDATE revenue_monthly SET amount_minor = -"_s + nearMax));
        QVERIFY(m_test.exec(u"UPDATE revenue_totals SET amount_minor = -"_s + nearMax));
        RevenueEntry refund = sample();
        refund.amount = Money(-1'000'000'000'000'00, u"IDR"_s);
        QVERIFY(!repo.insert(refund).ok());
        QCOMPARE(m_test.count(u"revenue_entries"_s), 1);
    }

    void refundsAreNegativeEntries()
    {
        RevenueRepository repo(m_test.db());
        RevenueEntry refund = sample();
        refund.amount = Money(-1'500'000'00, u"IDR"_s);
        refund.description = u"Refund: template pack"_s;
        const auto id = repo.insert(refund);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QVERIFY(repo.remove(*id).ok());
        QCOMPARE(m_test.count(u"revenue_entries"_s), 0);
        QCOMPARE(m_test.count(u"audit_log"_s), 2);
    }
};

QTEST_GUILESS_MAIN(tst_RevenueRepository)
#include "tst_revenuerepository.moc"
