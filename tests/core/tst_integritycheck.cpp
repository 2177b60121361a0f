#include "repositorytestsupport.h"
#include "sample/samplegenerator.h"
#include "storage/integritycheck.h"

using namespace Qt::StringLiterals;
using cd::IntegrityCheck;
using testsupport::TestDatabase;

class tst_IntegrityCheck : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_test;

    QStringList findings()
    {
        const auto result = IntegrityCheck(m_test.db()).run();
        if (!result) {
            qWarning("%s", qPrintable(result.error()));
            return { u"<the check failed>"_s };
        }
        return *result;
    }
    // Breaks a rule the way a buggy program or a hand edit would: behind the foreign keys.
    bool sabotage(const QString &sql) { return m_test.withoutForeignKeys(sql); }

private slots:
    void init()
    {
        QVERIFY(m_test.open());
        cd::SampleOptions options;
        options.accounts = 60;
        options.revenueEntries = 1500;
        options.today = QDate(2026, 11, 22);
        QVERIFY(cd::SampleGenerator(options).generate(m_test.db()).ok());
    }
    void cleanup() { m_test.close(); }

    void aSoundDatabasePasses() { QCOMPARE(findings(), QStringList()); }

    void anEmptyDatabasePasses()
    {
        QVERIFY(m_test.open());
        QCOMPARE(findings(), QStringList());
    }

    void aRowPointingNowhereIsNamed()
    {
        if (TestDatabase::onPostgres())
            QSKIP("SQLite's foreign key check; PostgreSQL refuses such a row when it is "
                  "written.");
        QVERIFY(sabotage(u"UPDATE revenue_entries SET account_id = 999999 WHERE id = 7"_s));
        const QStringList found = findings();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first(),
                 u"Row 7 of revenue_entries refers to a row of accounts that does not exist."_s);
    }

    void clientRevenueBeforeTheConversionIsFound()
    {
        const qint64 id = m_test
                              .scalar(u"SELECT r.id FROM revenue_entries r JOIN accounts a ON "
                                      "a.id = r.account_id WHERE r.entry_date < a.converted_on "
                                      "ORDER BY r.id LIMIT 1"_s)
                              .toLongLong();
        QVERIFY(id > 0);
        QVERIFY(m_test.exec(u"UPDATE revenue_entries SET account_kind = 'client' WHERE id = :id"_s,
                            { { u"id"_s, id } }));
        const QStringList found = findings();
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().startsWith(u"Revenue entry %1 of "_s.arg(id)),
                 qPrintable(found.first()));
        QVERIFY(found.first().contains(u"booked as client revenue"_s));
    }

    void aContractOfAnotherAccountIsFound()
    {
        QVERIFY(
            m_test.exec(u"UPDATE revenue_entries SET contract_id = (SELECT MIN(id) FROM "
                        "contracts WHERE account_id <> revenue_entries.account_id) WHERE id = "
                        "(SELECT MIN(id) FROM revenue_entries WHERE contract_id IS NOT NULL)"_s));
        const QStringList found = findings();
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().contains(u"which belongs to another account"_s),
                 qPrintable(found.first()));
    }

    void aContractOfACustomerIsFound()
    {
        QVERIFY(m_test.exec(u"UPDATE contracts SET account_id = (SELECT MIN(id) FROM accounts "
                            "WHERE kind = 'customer') WHERE id = (SELECT MAX(id) FROM contracts "
                            "WHERE id NOT IN (SELECT contract_id FROM revenue_entries WHERE "
                            "contract_id IS NOT NULL))"_s));
        const QStringList found = findings();
        QVERIFY2(found.size() >= 1, qPrintable(found.join(u'\n')));
        QVERIFY2(found.first().contains(u"which is a customer, not a client"_s),
                 qPrintable(found.first()));
    }

    void aStageWithoutHistoryIsFound()
    {
        QVERIFY(m_test.exec(u"DELETE FROM opportunity_stages WHERE opportunity_id = 1"_s));
        const QStringList found = findings();
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().startsWith(u"Opportunity 1 ("_s), qPrintable(found.first()));
    }

    void aSelfReferralIsFound()
    {
        QVERIFY(m_test.exec(u"UPDATE accounts SET referred_by_id = id WHERE id = 3"_s));
        QCOMPARE(findings().size(), 1);
        QVERIFY(findings().first().startsWith(u"Account 3 ("_s));
    }

    void manyFindingsAreSummarised()
    {
        if (TestDatabase::onPostgres())
            QSKIP("SQLite's foreign key check; PostgreSQL refuses such a row when it is "
                  "written.");
        QVERIFY(sabotage(u"UPDATE revenue_entries SET account_id = 999999 WHERE id <= 50"_s));
        const QStringList found = findings();
        QCOMPARE(found.size(), IntegrityCheck::maxFindingsPerRule + 1);
        QCOMPARE(found.last(), u"… and 30 more rows that refer to missing rows."_s);
    }

    void hostileNamesAreQuotedLiterally()
    {
        QVERIFY(m_test.exec(u"UPDATE accounts SET name = 'PT %2 & <b>Co</b>', referred_by_id = id "
                            "WHERE id = 4"_s));
        const QStringList found = findings();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first(),
                 u"Account 4 (PT %2 & <b>Co</b>) is recorded as referred by itself."_s);
    }

    void checkingWritesNothing()
    {
        if (testsupport::TestDatabase::onPostgres()) {
            // A session that may not write: any write of the check would fail it.
            QVERIFY(m_test.exec(u"SET default_transaction_read_only = on"_s));
            QCOMPARE(findings(), QStringList());
            QVERIFY(m_test.exec(u"SET default_transaction_read_only = off"_s));
            return;
        }
        const QVariant before = m_test.scalar(u"PRAGMA data_version"_s);
        const qint64 changes = m_test.scalar(u"SELECT total_changes()"_s).toLongLong();
        QCOMPARE(findings(), QStringList());
        QCOMPARE(m_test.scalar(u"SELECT total_changes()"_s).toLongLong(), changes);
        QCOMPARE(m_test.scalar(u"PRAGMA data_version"_s), before);
    }
};

QTEST_GUILESS_MAIN(tst_IntegrityCheck)
#include "tst_integritycheck.moc"
