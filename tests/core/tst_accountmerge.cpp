#include "repositorytestsupport.h"

#include "io/accountmerge.h"
#include "storage/accountrepository.h"

using namespace Qt::StringLiterals;
using cd::AccountMerger;
using testsupport::TestDatabase;

class tst_AccountMerge : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_test;

    qint64 scalar(const QString &sql) { return m_test.scalar(sql).toLongLong(); }

private slots:
    void init() { QVERIFY(m_test.open()); }
    void cleanup() { m_test.close(); }

    void everythingMovesToTheSurvivorAndTheMergeIsAudited()
    {
        const qint64 keep = m_test.rawAccount(u"PT Maju Jaya"_s, u"client"_s);
        const qint64 dup = m_test.rawAccount(u"Maju Jaya Tbk"_s, u"client"_s);
        const qint64 referred = m_test.rawAccount(u"CV Teman"_s, u"customer"_s);
        QVERIFY(m_test.exec(u"UPDATE accounts SET city = 'Jakarta', tax_id = '01.234' WHERE id = "
                            ":id"_s,
                            { { u"id"_s, dup } }));
        QVERIFY(m_test.exec(u"UPDATE accounts SET referred_by_id = :dup WHERE id = :id"_s,
                            { { u"dup"_s, dup }, { u"id"_s, referred } }));
        QVERIFY(m_test.exec(u"INSERT INTO account_tags (account_id, tag) VALUES (:k, 'vip'), "
                            "(:d, 'vip'), (:d, 'board')"_s,
                            { { u"k"_s, keep }, { u"d"_s, dup } }));
        QVERIFY(m_test.exec(u"INSERT INTO contacts (account_id, name, created_at) VALUES (:d, "
                            "'Rina', '2024-01-01T00:00:00')"_s,
                            { { u"d"_s, dup } }));
        QVERIFY(m_test.exec(u"INSERT INTO contracts (account_id, reference, billing_model, "
                            "fee_minor, currency, start_date, created_at, updated_at) VALUES "
                            "(:d, 'C-1', 'fixed', 100, 'IDR', '2024-01-01', '2024-01-01T00:00:00', "
                            "'2024-01-01T00:00:00')"_s,
                            { { u"d"_s, dup } }));
        QVERIFY(m_test.exec(u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, "
                            "currency, account_kind, created_at) VALUES (:d, '2024-02-01', 500, "
                            "'IDR', 'customer', '2024-02-01T00:00:00')"_s,
                            { { u"d"_s, dup } }));
        QVERIFY(m_test.exec(u"INSERT INTO interactions (account_id, type, occurred_at, subject) "
                            "VALUES (:d, 'call', '2024-02-01T10:00:00', 'Hello')"_s,
                            { { u"d"_s, dup } }));

        const auto merged = AccountMerger(m_test.db()).merge(keep, dup);
        QVERIFY2(merged.ok(), qPrintable(merged.error()));
        QCOMPARE(merged->describe(),
                 u"contacts: 1, contracts: 1, revenue entries: 1, interactions: 1"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM accounts WHERE id = %1"_s.arg(dup)), 0);
        for (const QString &table :
             { u"contacts"_s, u"contracts"_s, u"revenue_entries"_s, u"interactions"_s })
            QCOMPARE(
                scalar(u"SELECT count(*) FROM %1 WHERE account_id = %2"_s.arg(table).arg(keep)), 1);
        // Revenue keeps the kind it was booked under.
        QCOMPARE(m_test.scalar(u"SELECT account_kind FROM revenue_entries"_s).toString(),
                 u"customer"_s);
        QCOMPARE(scalar(u"SELECT referred_by_id FROM accounts WHERE id = %1"_s.arg(referred)),
                 keep);
        QCOMPARE(
            m_test.scalar(u"SELECT city || ' ' || tax_id FROM accounts WHERE id = %1"_s.arg(keep))
                .toString(),
            u"Jakarta 01.234"_s);
        QCOMPARE(
            m_test
                .column(
                    u"SELECT tag FROM account_tags WHERE account_id = %1 ORDER BY tag"_s.arg(keep))
                .join(u','),
            u"board,vip"_s);
        QVERIFY(m_test
                    .scalar(u"SELECT details FROM audit_log WHERE action = 'merge' AND "
                            "entity_id = %1"_s.arg(keep))
                    .toString()
                    .startsWith(u"Merged “Maju Jaya Tbk” (id %1) into this account"_s.arg(dup)));
    }

    void refusalsLeaveBothAccountsAsTheyWere()
    {
        const qint64 client = m_test.rawAccount(u"PT Klien"_s, u"client"_s);
        const qint64 customer = m_test.rawAccount(u"Klien"_s, u"customer"_s);
        QVERIFY(m_test.exec(u"INSERT INTO contracts (account_id, reference, billing_model, "
                            "fee_minor, currency, start_date, created_at, updated_at) VALUES "
                            "(:c, 'C-9', 'fixed', 100, 'IDR', '2024-01-01', '2024-01-01T00:00:00', "
                            "'2024-01-01T00:00:00')"_s,
                            { { u"c"_s, client } }));
        auto refused = AccountMerger(m_test.db()).merge(customer, client);
        QVERIFY(!refused);
        QCOMPARE(refused.error(),
                 u"“PT Klien” has contracts and “Klien” is a customer; contracts "
                 "belong to clients, so merge into “PT Klien” instead."_s);
        QCOMPARE(m_test.count(u"accounts"_s), 2);
        QCOMPARE(scalar(u"SELECT account_id FROM contracts"_s), client);
        QVERIFY(!AccountMerger(m_test.db()).merge(client, client));
        QVERIFY(!AccountMerger(m_test.db()).merge(client, 999));
        // The other way round works.
        QVERIFY(AccountMerger(m_test.db()).merge(client, customer).ok());
        QCOMPARE(m_test.count(u"accounts"_s), 1);
    }

    // Time entries and a running timer move with the account; invoiced entries stay locked
    // to the account they were invoiced to, so such a merge is refused (issue 26).
    void timeMovesUnlessInvoiced()
    {
        const qint64 keep = m_test.rawAccount(u"PT Maju Jaya"_s, u"client"_s);
        const qint64 dup = m_test.rawAccount(u"Maju Jaya Tbk"_s, u"client"_s);
        const qint64 ana = m_test.rawUser(u"Ana"_s);
        const QString insert
            = u"INSERT INTO time_entries (entry_date, user_id, account_id, minutes, currency, "
              "state, invoice_id, created_at, updated_at) VALUES ('2026-03-02', :u, :a, 60, "
              "'IDR', :state, :invoice, '2026-03-02T00:00:00', '2026-03-02T00:00:00')"_s;
        QVERIFY(m_test.exec(insert,
                            { { u"u"_s, ana },
                              { u"a"_s, dup },
                              { u"state"_s, u"open"_s },
                              { u"invoice"_s, QVariant(QMetaType::fromType<qint64>()) } }));
        QVERIFY(m_test.exec(insert,
                            { { u"u"_s, ana },
                              { u"a"_s, dup },
                              { u"state"_s, u"invoiced"_s },
                              { u"invoice"_s, 4 } }));
        QVERIFY(m_test.exec(u"INSERT INTO running_timers (user_id, started_at, account_id) "
                            "VALUES (:u, '2026-03-02T09:00:00', :a)"_s,
                            { { u"u"_s, ana }, { u"a"_s, dup } }));
        const auto refused = AccountMerger(m_test.db()).merge(keep, dup);
        QVERIFY(!refused);
        QCOMPARE(refused.error(),
                 u"“Maju Jaya Tbk” has 1 invoiced time entries, which stay with the account "
                 "they were invoiced to; merge “PT Maju Jaya” into “Maju Jaya Tbk” instead."_s);
        QCOMPARE(m_test.count(u"accounts"_s), 2);

        QVERIFY(m_test.exec(u"UPDATE time_entries SET state = 'open', invoice_id = NULL"_s));
        const auto merged = AccountMerger(m_test.db()).merge(keep, dup);
        QVERIFY2(merged.ok(), qPrintable(merged.error()));
        QCOMPARE(merged->describe(), u"time entries: 2"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM time_entries WHERE account_id = %1"_s.arg(keep)), 2);
        QCOMPARE(scalar(u"SELECT account_id FROM running_timers"_s), keep);
    }
};

QTEST_GUILESS_MAIN(tst_AccountMerge)
#include "tst_accountmerge.moc"
