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
