#include "domain/interaction.h"
#include "io/accountmerge.h"
#include "io/csvreader.h"
#include "io/importer.h"
#include "repositorytestsupport.h"
#include "sample/samplegenerator.h"
#include "storage/accountconversion.h"
#include "storage/accountrepository.h"
#include "storage/customerstats.h"
#include "storage/interactionrepository.h"
#include "storage/productrepository.h"
#include "storage/revenuerepository.h"
#include "storage/salerecorder.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace cd;
using testsupport::TestDatabase;

// Purchase figures and behaviour tags: what the repositories keep current after each change
// equals a full recomputation, and the stored figures agree with the revenue table.
class tst_CustomerStats : public QObject
{
    Q_OBJECT

    TestDatabase m_test;
    const QDate m_today = QDate::currentDate();

    // Everything CustomerStats stores, except the day it was computed for.
    QStringList snapshot()
    {
        QStringList rows;
        QSqlQuery q(m_test.db().connection());
        q.exec(u"SELECT account_id, first_purchase, last_purchase, purchases, revenue_minor, "
               "revenue_12m_minor, categories FROM customer_stats ORDER BY account_id"_s);
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 7; ++i)
                cells.append(q.value(i).toString());
            rows.append(u"stats "_s + cells.join(u'|'));
        }
        q.exec(u"SELECT account_id, tag, reason FROM account_tags WHERE source = 'behaviour' "
               "ORDER BY account_id, tag"_s);
        while (q.next())
            rows.append(u"tag %1 %2: %3"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                               q.value(2).toString()));
        return rows;
    }

    QList<qint64> ids(const QString &sql)
    {
        QList<qint64> out;
        QSqlQuery q(m_test.db().connection());
        q.exec(sql);
        while (q.next())
            out.append(q.value(0).toLongLong());
        return out;
    }

private slots:
    void init()
    {
        QVERIFY(m_test.open());
        SampleOptions options;
        options.accounts = 120;
        options.revenueEntries = 5000;
        options.today = m_today;
        QVERIFY(SampleGenerator(options).generate(m_test.db()).ok());
    }
    void cleanup() { m_test.close(); }

    void sampleComesTaggedAndCurrent()
    {
        CustomerStats stats(m_test.db());
        QVERIFY(*stats.isCurrent(m_today));
        QVERIFY(!*stats.isCurrent(m_today.addDays(1)));
        // Every customer has figures, no client has any.
        QCOMPARE(
            m_test.scalar(u"SELECT COUNT(*) FROM customer_stats"_s).toLongLong(),
            m_test.scalar(u"SELECT COUNT(*) FROM accounts WHERE kind = 'customer'"_s).toLongLong());
        QCOMPARE(m_test
                     .scalar(u"SELECT COUNT(*) FROM account_tags t JOIN accounts a ON a.id = "
                             "t.account_id WHERE a.kind = 'client' AND t.source = 'behaviour'"_s)
                     .toLongLong(),
                 0);
        QVERIFY(m_test
                    .scalar(u"SELECT COUNT(DISTINCT tag) FROM account_tags "
                            "WHERE source = 'behaviour'"_s)
                    .toInt()
                >= 5);
    }

    void storedFiguresAgreeWithTheRevenue()
    {
        const QList<qint64> customers
            = ids(u"SELECT id FROM accounts WHERE kind = 'customer' ORDER BY id"_s);
        const QString yearAgo = m_today.addYears(-1).toString(Qt::ISODate);
        const QString today = m_today.toString(Qt::ISODate);
        for (qint64 id : customers) {
            const auto f = CustomerStats(m_test.db()).figures(id);
            QVERIFY(f.ok());
            const QVariantMap bind { { u"id"_s, id }, { u"y"_s, yearAgo }, { u"t"_s, today } };
            // In the firm's currency: the converted amounts (the sample bills some in USD).
            QCOMPARE(f->revenue.minorUnits(),
                     m_test
                         .scalar(u"SELECT COALESCE(SUM(converted_minor), 0) FROM revenue_entries "
                                 "WHERE account_id = :id AND entry_date <= :t"_s,
                                 bind)
                         .toLongLong());
            QCOMPARE(
                f->revenue12Months.minorUnits(),
                m_test
                    .scalar(u"SELECT COALESCE(SUM(converted_minor), 0) FROM revenue_entries "
                            "WHERE account_id = :id AND entry_date > :y AND entry_date <= :t"_s,
                            bind)
                    .toLongLong());
            QCOMPARE(f->purchases,
                     m_test
                         .scalar(u"SELECT COUNT(*) FROM (SELECT entry_date FROM revenue_entries "
                                 "WHERE account_id = :id AND entry_date <= :t AND converted_minor "
                                 "IS NOT NULL "
                                 "GROUP BY entry_date "
                                 "HAVING SUM(converted_minor) > 0) AS x"_s,
                                 bind)
                         .toInt());
            if (f->purchases > 0)
                QCOMPARE(f->firstPurchase.toString(Qt::ISODate),
                         m_test
                             .scalar(u"SELECT MIN(entry_date) FROM revenue_entries "
                                     "WHERE account_id = :id AND converted_minor > 0"_s,
                                     bind)
                             .toString());
        }
    }

    // Random sales, revenue edits and deletions, interactions, status and referral changes,
    // merges, conversions and their undo, an import: after each batch the stored figures and
    // tags equal what a full recomputation gives.
    void incrementalUpdatesEqualAFullRecomputation()
    {
        Database &db = m_test.db();
        QRandomGenerator random(20261123);
        const QList<qint64> products = ids(u"SELECT id FROM products ORDER BY id"_s);
        QVERIFY(!products.isEmpty());
        const auto customers = [this] {
            return ids(u"SELECT id FROM accounts WHERE kind = 'customer' ORDER BY id"_s);
        };
        const auto pick = [&random](const QList<qint64> &list) {
            return list.at(random.bounded(int(list.size())));
        };
        for (int round = 0; round < 6; ++round) {
            for (int step = 0; step < 40; ++step) {
                const QList<qint64> accounts = customers();
                const qint64 account = pick(accounts);
                const QDate day = m_today.addDays(-random.bounded(900));
                switch (random.bounded(9)) {
                case 0:
                case 1: { // a sale
                    Sale sale;
                    sale.accountId = account;
                    sale.date = day;
                    const auto product = ProductRepository(db).get(pick(products));
                    QVERIFY(product.ok());
                    SaleLine line;
                    line.productId = product->id;
                    line.quantity = 1 + random.bounded(3);
                    line.unitPrice = product->listPrice;
                    line.discountMinor
                        = random.bounded(2) ? product->listPrice.minorUnits() / 10 : 0;
                    QVERIFY2(SaleRecorder(db).record(sale).ok() == false, "no lines");
                    sale.lines.append(line);
                    const auto ok = SaleRecorder(db).record(sale);
                    QVERIFY2(ok.ok(), qPrintable(ok.error()));
                    break;
                }
                case 2: { // a revenue entry changed or removed
                    const QList<qint64> entries = ids(
                        u"SELECT id FROM revenue_entries WHERE account_id = %1"_s.arg(account));
                    if (entries.isEmpty())
                        break;
                    RevenueRepository revenue(db);
                    if (random.bounded(2)) {
                        auto e = revenue.get(pick(entries));
                        e->date = day;
                        e->promotion = u"SPRING"_s;
                        QVERIFY(revenue.update(*e).ok());
                    } else {
                        QVERIFY(revenue.remove(pick(entries)).ok());
                    }
                    break;
                }
                case 3: { // an interaction
                    Interaction i;
                    i.accountId = account;
                    i.type = InteractionType::Call;
                    i.occurredAt = QDateTime(day, QTime(10, 0));
                    i.subject = u"Call"_s;
                    const auto id = InteractionRepository(db).insert(i);
                    QVERIFY2(id.ok(), qPrintable(id.error()));
                    if (random.bounded(3) == 0)
                        QVERIFY(InteractionRepository(db).remove(*id).ok());
                    break;
                }
                case 4: { // status or referrer
                    AccountRepository repo(db);
                    auto a = repo.get(account);
                    if (random.bounded(2))
                        a->status
                            = random.bounded(2) ? AccountStatus::Prospect : AccountStatus::Dormant;
                    else
                        a->referredById = pick(accounts) == account
                            ? std::nullopt
                            : std::optional<qint64>(pick(accounts));
                    if (a->referredById == account)
                        a->referredById.reset();
                    QVERIFY2(repo.update(*a).ok(), qPrintable(repo.update(*a).error()));
                    break;
                }
                case 5: { // a merge of two customers
                    const qint64 other = pick(accounts);
                    if (other != account) {
                        const auto merged = AccountMerger(db).merge(account, other);
                        QVERIFY2(merged.ok(), qPrintable(merged.error()));
                    }
                    break;
                }
                case 6: { // a conversion, sometimes undone
                    QVERIFY(AccountConversion(db).convert(account, m_today).ok());
                    if (random.bounded(2))
                        QVERIFY(AccountConversion(db).undo(account).ok());
                    break;
                }
                case 7: { // a small import of revenue
                    const auto name = m_test.scalar(u"SELECT name FROM accounts WHERE id = :id"_s,
                                                    { { u"id"_s, account } });
                    QString csv = u"account,date,amount\n"_s;
                    csv += u"\"%1\",%2,1250.00\n"_s.arg(name.toString().replace(u"\""_s, u"\"\""_s),
                                                        day.toString(Qt::ISODate));
                    const auto doc = CsvReader::parse(csv.toUtf8(), u"sales.csv"_s);
                    QVERIFY(doc.ok());
                    const auto report = Importer(db).run(ImportKind::Revenue, *doc, {});
                    QVERIFY2(report.ok(), qPrintable(report.error()));
                    break;
                }
                case 8: { // a new prospect referred by the account
                    Account a;
                    a.kind = AccountKind::Customer;
                    a.status = AccountStatus::Prospect;
                    a.name = u"Prospect %1-%2"_s.arg(round).arg(step);
                    a.referredById = account;
                    QVERIFY(AccountRepository(db).insert(a).ok());
                    break;
                }
                }
            }
            const QStringList incremental = snapshot();
            QVERIFY(CustomerStats(db).refreshAll(m_today).ok());
            const QStringList full = snapshot();
            for (qsizetype i = 0; i < std::min(incremental.size(), full.size()); ++i)
                QCOMPARE(incremental.at(i), full.at(i));
            QCOMPARE(incremental.size(), full.size());
        }
    }

    void thresholdsAndTheDayMakeThemStale()
    {
        CustomerStats stats(m_test.db());
        TagThresholds t = *stats.thresholds();
        QCOMPARE(t, TagThresholds());
        t.returningPurchases = 1000;
        QVERIFY(stats.setThresholds(t).ok());
        QCOMPARE(*stats.thresholds(), t);
        QVERIFY(!*stats.isCurrent(m_today));
        QVERIFY(stats.refreshIfStale(m_today).ok());
        QVERIFY(*stats.isCurrent(m_today));
        QCOMPARE(
            m_test.scalar(u"SELECT COUNT(*) FROM account_tags WHERE tag = 'returning'"_s).toInt(),
            0);
        // Bad thresholds are refused with the reason, and nothing changes.
        t.loyalQuarters = 20;
        const Status refused = stats.setThresholds(t);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(u"20 quarters"_s));
        QCOMPARE(stats.thresholds()->loyalQuarters, TagThresholds().loyalQuarters);
        // A value typed into the settings table by hand that makes no sense is reported.
        QVERIFY(m_test.exec(u"UPDATE settings SET value = 'many' WHERE key = 'tag_new_days'"_s));
        QVERIFY(!stats.thresholds().ok());
        QVERIFY(stats.thresholds().error().contains(u"tag_new_days"_s));
    }

    void aCancelledRecomputationChangesNothing()
    {
        CustomerStats stats(m_test.db());
        const QStringList before = snapshot();
        const Status cancelled
            = stats.refreshAll(m_today.addDays(400), [](int percent) { return percent < 50; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(snapshot(), before);
        QVERIFY(*stats.isCurrent(m_today));
    }
};

QTEST_GUILESS_MAIN(tst_CustomerStats)
#include "tst_customerstats.moc"
