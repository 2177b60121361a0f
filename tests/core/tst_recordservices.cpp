#include "repositorytestsupport.h"

#include "services/contactservice.h"
#include "services/contractservice.h"
#include "services/duplicateservice.h"
#include "services/revenueservice.h"
#include "services/workerconnection.h"
#include "storage/revenuerepository.h"

#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using cd::Contact;
using cd::Contract;
using cd::Database;
using cd::Money;
using cd::Result;

// What the services of an account's records add to the repositories: taking a record out
// (read and delete in one transaction) and putting it back, a new contract's draft terms, a
// client's revenue by year, the duplicates marked "not duplicates", and a worker's own
// connection.
class tst_RecordServices final : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDatabase m_t;
    qint64 m_account = 0;

    void addRevenue(const QDate &date, qint64 minor)
    {
        cd::RevenueEntry e;
        e.accountId = m_account;
        e.date = date;
        e.amount = Money(minor, u"IDR"_s);
        e.description = u"Advice"_s;
        const auto id = cd::RevenueRepository(m_t.db()).insert(e);
        QVERIFY2(id, qPrintable(id.error()));
    }

private slots:
    void init()
    {
        QVERIFY(m_t.open());
        m_account = m_t.rawAccount(u"Acme"_s, u"client"_s);
    }
    void cleanup() { m_t.close(); }

    void takeOutReturnsTheRecordAndReinsertBringsItBack()
    {
        cd::ContactService contacts(m_t.db());
        Contact c;
        c.accountId = m_account;
        c.name = u"Ann Smith"_s;
        c.roles = { cd::ContactRole::Buyer };
        const auto id = contacts.insert(c);
        QVERIFY2(id, qPrintable(id.error()));

        const auto taken = contacts.takeOut(*id);
        QVERIFY2(taken, qPrintable(taken.error()));
        QCOMPARE(taken->id, *id);
        QCOMPARE(taken->name, u"Ann Smith"_s);
        QCOMPARE(taken->roles, QList<cd::ContactRole> { cd::ContactRole::Buyer });
        QCOMPARE(m_t.count(u"contacts"_s), qint64(0));

        QVERIFY(contacts.reinsert(*taken).ok());
        const auto back = contacts.get(*id);
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->name, u"Ann Smith"_s);
        QCOMPARE(back->rowVersion, taken->rowVersion);
    }

    void takeOutOfAMissingRecordChangesNothing()
    {
        const auto taken = cd::ContactService(m_t.db()).takeOut(4711);
        QVERIFY(!taken);
        QVERIFY(!taken.error().isEmpty());
    }

    void takeOutIsRefusedWhenTheDeleteIs()
    {
        // A contract with revenue cannot be deleted: taking it out leaves it where it is.
        cd::ContractService contracts(m_t.db());
        Contract c = cd::ContractService::draft(m_account, u"IDR"_s, QDate(2026, 3, 1));
        c.reference = u"C-1"_s;
        c.title = u"Retainer"_s;
        c.fee = Money(1'000'000, u"IDR"_s);
        const auto id = contracts.insert(c);
        QVERIFY2(id, qPrintable(id.error()));
        QVERIFY(m_t.exec(u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, "
                         "currency, account_kind, description, contract_id, created_at) VALUES "
                         "(:a, '2026-03-02', 100, 'IDR', 'client', 'x', :c, '2026-03-02')"_s,
                         { { u"a"_s, m_account }, { u"c"_s, *id } }));
        QVERIFY(!contracts.takeOut(*id));
        QCOMPARE(m_t.count(u"contracts"_s), qint64(1));
    }

    void aDraftContractRunsAYearWithSixtyDaysNotice()
    {
        const Contract c = cd::ContractService::draft(42, u"EUR"_s, QDate(2026, 3, 1));
        QCOMPARE(c.accountId, qint64(42));
        QCOMPARE(c.fee, Money(0, u"EUR"_s));
        QCOMPARE(c.start, QDate(2026, 3, 1));
        QCOMPARE(c.end, QDate(2027, 2, 28));
        QCOMPARE(c.noticeDays, 60);
        QCOMPARE(c.id, qint64(0));
    }

    void yearFiguresCompareTheSameDaysOfLastYear()
    {
        addRevenue(QDate(2025, 2, 10), 300);
        addRevenue(QDate(2025, 11, 1), 500); // after the same day last year
        addRevenue(QDate(2026, 1, 5), 200);
        addRevenue(QDate(2026, 4, 1), 900); // after today
        const auto figures
            = cd::RevenueService(m_t.db()).yearFigures(m_account, QDate(2026, 3, 15));
        QVERIFY2(figures, qPrintable(figures.error()));
        QCOMPARE(figures->thisYear, Money(200, u"IDR"_s));
        QCOMPARE(figures->lastYearToDate, Money(300, u"IDR"_s));
        QCOMPARE(figures->lastYear, Money(800, u"IDR"_s));
    }

    void pairsMarkedNotDuplicatesStayHidden()
    {
        const qint64 a = m_t.rawAccount(u"PT Maju Jaya"_s);
        const qint64 b = m_t.rawAccount(u"Maju Jaya"_s);
        const qint64 c = m_t.rawAccount(u"Sinar Abadi"_s);
        const qint64 d = m_t.rawAccount(u"CV Sinar Abadi"_s);
        cd::DuplicateService duplicates(m_t.db());
        auto pairs = duplicates.likelyPairs();
        QVERIFY2(pairs, qPrintable(pairs.error()));
        QCOMPARE(pairs->size(), 2);

        QVERIFY(duplicates.markNotDuplicates(b, a).ok());
        pairs = duplicates.likelyPairs();
        QVERIFY2(pairs, qPrintable(pairs.error()));
        QCOMPARE(pairs->size(), 1);
        QCOMPARE(pairs->first().first.id, c);

        // A second mark keeps the first.
        QVERIFY(duplicates.markNotDuplicates(c, d).ok());
        pairs = duplicates.likelyPairs();
        QVERIFY2(pairs, qPrintable(pairs.error()));
        QVERIFY(pairs->isEmpty());
    }

    void aWorkerOpensAConnectionOfItsOwn()
    {
        const cd::WorkerConnection connection(m_t.db());
        Result<QString> name = cd::Error { QString() };
        std::thread worker([&] {
            name = connection.run<QString>([this](Database &own) -> Result<QString> {
                if (&own == &m_t.db())
                    return cd::Error { u"the window's own connection"_s };
                const auto account = cd::ContactService(own).listForAccount(m_account);
                if (!account)
                    return cd::Error { account.error() };
                return u"read"_s;
            });
        });
        worker.join();
        QVERIFY2(name, qPrintable(name.error()));
        QCOMPARE(*name, u"read"_s);
    }
};

QTEST_GUILESS_MAIN(tst_RecordServices)
#include "tst_recordservices.moc"
