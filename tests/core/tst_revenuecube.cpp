#include "repositorytestsupport.h"

#include "analytics/revenuecube.h"
#include "domain/revenueentry.h"
#include "storage/revenuerepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cd::CubeFilter;
using cd::Dimension;
using cd::KindAmounts;
using cd::PeriodGrouping;
using cd::RevenueCube;

// The figures behind every revenue chart, on a portfolio small enough to add up by hand
// (the sums are worked out in the comments).
class tst_RevenueCube final : public QObject
{
    Q_OBJECT

    testsupport::TestDatabase m_test;
    qint64 m_ana = 0;
    qint64 m_alfa = 0;

    qint64 account(const QString &name, const QString &kind, const QVariant &industry,
                   const QString &region, const QString &channel, const QVariant &manager)
    {
        const qint64 id = m_test.rawAccount(name, kind);
        m_test.exec(u"UPDATE accounts SET industry = :i, region = :r, channel = :c, "
                    "manager_id = :m WHERE id = :id"_s,
                    { { u"i"_s, industry },
                      { u"r"_s, region },
                      { u"c"_s, channel },
                      { u"m"_s, manager },
                      { u"id"_s, id } });
        return id;
    }

    void revenue(qint64 account, const QString &kind, const QString &day, qint64 amount,
                 const QString &category, const QVariant &promotion = QVariant(),
                 const QString &currency = u"IDR"_s)
    {
        // The firm's currency (IDR) converts to itself; USD has no rate here.
        QVERIFY(m_test.exec(
            u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, currency, "
            "account_kind, category, promotion, converted_minor, created_at) VALUES (:a, :d, "
            ":m, :c, :k, :cat, :p, :conv, '2024-01-01T00:00:00')"_s,
            { { u"a"_s, account },
              { u"conv"_s,
                currency == u"IDR"_s ? QVariant(amount) : QVariant(QMetaType::fromType<qint64>()) },
              { u"d"_s, day },
              { u"m"_s, amount },
              { u"c"_s, currency },
              { u"k"_s, kind },
              { u"cat"_s, category },
              { u"p"_s, promotion } }));
    }

    RevenueCube load(cd::RowReader::Path path = cd::RowReader::Path::Fastest)
    {
        auto cube = RevenueCube::load(m_test.db(), path);
        if (!cube)
            qFatal("%s", qPrintable(cube.error()));
        return std::move(cube).value();
    }

private slots:
    void init()
    {
        QVERIFY(m_test.open());
        m_ana = m_test.rawUser(u"Ana"_s);
        const qint64 budi = m_test.rawUser(u"Budi"_s);
        m_alfa = account(u"PT Alfa"_s, u"client"_s, u"Logistics"_s, u"Java"_s, u"direct"_s, m_ana);
        const qint64 beta
            = account(u"PT Beta"_s, u"client"_s, u"Retail"_s, u"Bali"_s, u"reseller"_s, budi);
        const qint64 cahaya
            = account(u"Toko Cahaya"_s, u"customer"_s, u"Retail"_s, u"Java"_s, u"direct"_s, m_ana);
        const qint64 dewi
            = account(u"Dewi"_s, u"customer"_s, QVariant(), u"Java"_s, u"direct"_s, QVariant());
        QVERIFY(m_test.exec(u"INSERT INTO account_tags (account_id, tag, source) VALUES "
                            "(:c, 'loyal', 'behaviour'), (:c, 'returning', 'behaviour'), "
                            "(:d, 'new', 'behaviour'), (:d, 'vip', 'user')"_s,
                            { { u"c"_s, cahaya }, { u"d"_s, dewi } }));
        revenue(m_alfa, u"client"_s, u"2024-01-10"_s, 1000, u"Consulting"_s);
        revenue(m_alfa, u"client"_s, u"2024-02-05"_s, 1000, u"Consulting"_s);
        revenue(m_alfa, u"client"_s, u"2024-04-01"_s, 3000, u"Consulting"_s);
        revenue(m_alfa, u"client"_s, u"2024-04-02"_s, 7777, u"Consulting"_s, {}, u"USD"_s);
        revenue(beta, u"client"_s, u"2024-01-20"_s, 500, u"Audit"_s);
        revenue(beta, u"client"_s, u"2024-02-01"_s, -500, u"Audit"_s); // a refund
        revenue(cahaya, u"customer"_s, u"2024-01-03"_s, 200, u"Training"_s, u"Lebaran"_s);
        revenue(cahaya, u"customer"_s, u"2024-03-03"_s, 300, u"Training"_s);
        revenue(dewi, u"customer"_s, u"2024-02-14"_s, 100, u"Templates"_s);
    }
    void cleanup() { m_test.close(); }

    void everyFigureByMonth()
    {
        const RevenueCube cube = load();
        QCOMPARE(cube.currency(), u"IDR"_s);
        QCOMPARE(cube.firstMonth(), QDate(2024, 1, 1));
        QCOMPARE(cube.lastMonth(), QDate(2024, 4, 1));
        const cd::RevenueFigures f = cube.compute({});
        QCOMPARE(f.periods.size(), 4);
        // January: Alfa 1000 + Beta 500; Cahaya 200. Both clients and one customer paid.
        QCOMPARE(f.periods.at(0).key, u"2024-01"_s);
        QCOMPARE(f.periods.at(0).revenue, (KindAmounts { 1500, 200 }));
        QCOMPARE(f.periods.at(0).clientPayers, 2);
        QCOMPARE(f.periods.at(0).customerPayers, 1);
        // February: Alfa 1000, Beta's refund −500; Dewi 100. Beta paid nothing.
        QCOMPARE(f.periods.at(1).revenue, (KindAmounts { 500, 100 }));
        QCOMPARE(f.periods.at(1).clientPayers, 1);
        QCOMPARE(f.periods.at(1).customerPayers, 1);
        QCOMPARE(f.periods.at(2).revenue, (KindAmounts { 0, 300 }));
        QCOMPARE(f.periods.at(2).clientPayers, 0);
        QCOMPARE(f.periods.at(3).revenue, (KindAmounts { 3000, 0 })); // USD is left out
        QCOMPARE(f.unconverted.amounts(),
                 (QList<cd::UnconvertedAmount> { { u"USD"_s, 1, 7777 } })); // and named
        QCOMPARE(f.note(QLocale(QLocale::English, QLocale::UnitedStates)),
                 u"1 USD entry, 77.77 USD, has no USD rate and is not in these figures — "
                 "add rates in Settings."_s);
        QCOMPARE(f.total, (KindAmounts { 5000, 600 }));
        QCOMPARE(f.clientPayers, 1); // Beta's 500 − 500 is 0
        QCOMPARE(f.customerPayers, 2);
        // Behaviour: Cahaya is loyal (before returning), Dewi new; 200 had a promotion.
        QCOMPARE(f.behaviour.size(), 4);
        QCOMPARE(f.behaviour.at(0).value, u"loyal"_s);
        QCOMPARE(f.behaviour.at(0).revenue.customer, 500);
        QCOMPARE(f.behaviour.at(1).revenue.customer, 0);
        QCOMPARE(f.behaviour.at(2).value, u"new"_s);
        QCOMPARE(f.behaviour.at(2).revenue.customer, 100);
        QCOMPARE(f.customerPromoted, 200);
        // Industries, largest first; Dewi has none.
        QCOMPARE(f.segments.size(), 3);
        QCOMPARE(f.segments.at(0).value, u"Logistics"_s);
        QCOMPARE(f.segments.at(0).revenue, (KindAmounts { 5000, 0 }));
        QCOMPARE(f.segments.at(1).value, u"Retail"_s);
        QCOMPARE(f.segments.at(1).revenue, (KindAmounts { 0, 500 }));
        QCOMPARE(f.segments.at(2).value, QString());
        QCOMPARE(f.segments.at(2).revenue, (KindAmounts { 0, 100 }));
        // Concentration: Beta earned nothing overall.
        QCOMPARE(f.top.size(), 3);
        QCOMPARE(f.top.first().name, u"PT Alfa"_s);
        QCOMPARE(f.top.first().id, m_alfa);
        QCOMPARE(f.top.first().kind, cd::AccountKind::Client);
        QCOMPARE(f.accountRevenue, (QList<qint64> { 5000, 500, 100 }));
    }

    void groupedByQuarterAndYear()
    {
        const RevenueCube cube = load();
        CubeFilter filter;
        filter.grouping = PeriodGrouping::Quarter;
        filter.breakdown = Dimension::Category;
        cd::RevenueFigures f = cube.compute(filter);
        QCOMPARE(f.periods.size(), 2);
        QCOMPARE(f.periods.at(0).key, u"2024-Q1"_s);
        QCOMPARE(f.periods.at(0).revenue, (KindAmounts { 2000, 600 }));
        QCOMPARE(f.periods.at(0).clientPayers, 1); // Beta's quarter adds up to 0
        QCOMPARE(f.periods.at(0).customerPayers, 2);
        QCOMPARE(f.periods.at(1).revenue, (KindAmounts { 3000, 0 }));
        // Categories: Audit's 500 − 500 leaves nothing to show.
        QStringList names;
        for (const cd::CubeSlice &s : std::as_const(f.segments))
            names.append(s.value);
        QCOMPARE(names, (QStringList { u"Consulting"_s, u"Training"_s, u"Templates"_s }));
        filter.grouping = PeriodGrouping::Year;
        f = cube.compute(filter);
        QCOMPARE(f.periods.size(), 1);
        QCOMPARE(f.periods.first().key, u"2024"_s);
        QCOMPARE(f.periods.first().revenue, (KindAmounts { 5000, 600 }));
    }

    void filters()
    {
        const RevenueCube cube = load();
        CubeFilter filter;
        filter.managerId = m_ana; // Alfa and Cahaya
        QCOMPARE(cube.compute(filter).total, (KindAmounts { 5000, 500 }));
        filter = {};
        filter.segment = Dimension::Channel;
        filter.segmentValue = u"reseller"_s; // Beta alone
        cd::RevenueFigures f = cube.compute(filter);
        QCOMPARE(f.total, (KindAmounts { 0, 0 }));
        QCOMPARE(f.periods.at(0).revenue.client, 500);
        QCOMPARE(f.periods.at(1).revenue.client, -500);
        filter.segment = Dimension::Category;
        filter.segmentValue = u"Training"_s;
        QCOMPARE(cube.compute(filter).total, (KindAmounts { 0, 500 }));
        filter.segment = Dimension::Industry;
        filter.segmentValue = QString(); // the accounts without an industry: Dewi
        QCOMPARE(cube.compute(filter).total, (KindAmounts { 0, 100 }));
        filter.segmentValue = u"Mining"_s;
        f = cube.compute(filter);
        QCOMPARE(f.total, (KindAmounts {}));
        QVERIFY(f.top.isEmpty());
        // Whole months: any day of February to any day of March.
        filter = {};
        filter.from = QDate(2024, 2, 15);
        filter.to = QDate(2024, 3, 1);
        f = cube.compute(filter);
        QCOMPARE(f.periods.size(), 2);
        QCOMPARE(f.total, (KindAmounts { 500, 400 }));
        // A period with nothing in it lists its months, empty.
        filter.from = QDate(2030, 1, 1);
        filter.to = QDate(2030, 2, 1);
        f = cube.compute(filter);
        QCOMPARE(f.periods.size(), 2);
        QCOMPARE(f.total, (KindAmounts {}));
        QCOMPARE(f.behaviour.at(0).revenue, (KindAmounts {}));
    }

    void segmentValuesAndBothReadPaths()
    {
        const RevenueCube fast = load();
        QCOMPARE(fast.values(Dimension::Industry),
                 (QStringList { u"Logistics"_s, u"Retail"_s, QString() }));
        QCOMPARE(fast.values(Dimension::Channel), (QStringList { u"direct"_s, u"reseller"_s }));
        const RevenueCube portable = load(cd::RowReader::Path::Portable);
        QCOMPARE(portable.factCount(), fast.factCount());
        CubeFilter filter;
        filter.breakdown = Dimension::Region;
        const auto a = fast.compute(filter);
        const auto b = portable.compute(filter);
        QCOMPARE(a.total, b.total);
        QCOMPARE(a.segments.size(), b.segments.size());
        QCOMPARE(a.accountRevenue, b.accountRevenue);
    }

    void aLargeRollupIsReadInTwoRangesWithTheSameFigures()
    {
        // Enough entries that the load reads two month ranges on two connections at once.
        const QString day = testsupport::TestDatabase::onPostgres()
            ? u"to_char(DATE '2021-01-01' + (i % 1500), 'YYYY-MM-DD')"_s
            : u"date('2021-01-01', '+' || (i % 1500) || ' days')"_s;
        QVERIFY(m_test.exec(
            u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 29999) "
            "INSERT INTO revenue_entries (account_id, entry_date, amount_minor, currency, "
            "account_kind, category, promotion, converted_minor, created_at) "
            "SELECT (SELECT min(id) FROM accounts) + i % 4, "
            "%1, 1000 + i % 977, "
            "CASE WHEN i % 50 = 0 THEN 'USD' ELSE 'IDR' END, "
            "CASE WHEN i % 4 < 2 THEN 'client' ELSE 'customer' END, "
            "CASE i % 3 WHEN 0 THEN 'Training' WHEN 1 THEN NULL ELSE 'Audit' END, "
            "CASE WHEN i % 7 = 0 THEN 'Promo' END, "
            "CASE WHEN i % 50 = 0 THEN NULL ELSE 1000 + i % 977 END, "
            "'2024-01-01T00:00:00' FROM n"_s.arg(day)));
        const RevenueCube fast = load();
        const RevenueCube portable = load(cd::RowReader::Path::Portable);
        const qint64 rows = m_test.scalar(u"SELECT count(*) FROM revenue_monthly"_s).toLongLong();
        QCOMPARE(fast.factCount(), rows);
        QCOMPARE(portable.factCount(), rows);
        QCOMPARE(fast.firstMonth(), QDate(2021, 1, 1));
        const QStringList categories = fast.values(Dimension::Category);
        QVERIFY(categories.contains(u"Audit"_s) && categories.contains(u"Training"_s));
        QCOMPARE(categories.last(), QString());
        CubeFilter filter;
        filter.grouping = PeriodGrouping::Year;
        filter.breakdown = Dimension::Category;
        const cd::RevenueFigures f = fast.compute(filter);
        const auto sum = [this](const QString &where) {
            return m_test
                .scalar(u"SELECT coalesce(sum(amount_minor), 0) FROM revenue_entries WHERE "
                        "currency = 'IDR' AND "_s
                        + where)
                .toLongLong();
        };
        QCOMPARE(f.total.client, sum(u"account_kind = 'client'"_s));
        QCOMPARE(f.total.customer, sum(u"account_kind = 'customer'"_s));
        QCOMPARE(f.periods.size(), 5); // 2021 to 2025
        for (const cd::CubePeriod &period : f.periods)
            QCOMPARE(period.revenue.total(),
                     sum(u"substr(entry_date, 1, 4) = '%1'"_s.arg(period.start.year())));
        for (const cd::CubeSlice &slice : f.segments)
            QCOMPARE(slice.revenue.total(),
                     sum(slice.value.isEmpty() ? u"category IS NULL"_s
                                               : u"category = '%1'"_s.arg(slice.value)));
        QCOMPARE(f.customerPromoted, sum(u"account_kind = 'customer' AND promotion IS NOT NULL"_s));
        QCOMPARE(f.unconverted.amounts().size(), 1);
        QCOMPARE(f.unconverted.amounts().first().count,
                 m_test.scalar(u"SELECT count(*) FROM revenue_entries WHERE currency = 'USD'"_s)
                     .toLongLong());
        const cd::RevenueFigures g = portable.compute(filter);
        QCOMPARE(g.total, f.total);
        QCOMPARE(g.accountRevenue, f.accountRevenue);
        QCOMPARE(g.unconverted, f.unconverted);
    }

    void convertsAtTheRateOfEachEntrysDate()
    {
        m_test.close();
        QVERIFY(m_test.open());
        // USD is worth 15,000.50 IDR from 2024-01-01 and 16,000 IDR from 2024-01-16.
        for (const auto &[day, scaled] : { std::pair { u"2024-01-01"_s, 150'005'000'000'000LL },
                                           std::pair { u"2024-01-16"_s, 160'000'000'000'000LL } })
            QVERIFY(m_test.exec(u"INSERT INTO exchange_rates (currency, rate_date, rate_e10) "
                                "VALUES ('USD', :d, :r)"_s,
                                { { u"d"_s, day }, { u"r"_s, scaled } }));
        const qint64 a = m_test.rawAccount(u"PT Rupiah"_s, u"client"_s);
        const qint64 b = m_test.rawAccount(u"Dollar Pte"_s, u"client"_s);
        const qint64 c = m_test.rawAccount(u"Toko Campur"_s, u"customer"_s);
        cd::RevenueRepository repo(m_test.db());
        const auto add
            = [&repo](qint64 account, const QDate &day, qint64 minor, const QString &currency) {
                  cd::RevenueEntry e;
                  e.accountId = account;
                  e.date = day;
                  e.amount = cd::Money(minor, currency);
                  return repo.insert(e).ok();
              };
        QVERIFY(add(a, { 2024, 1, 10 }, 100000, u"IDR"_s)); // itself
        QVERIFY(add(b, { 2024, 1, 10 }, 1000, u"USD"_s)); // 150,005.00 IDR
        QVERIFY(add(b, { 2024, 1, 20 }, 1000, u"USD"_s)); // 160,000.00 IDR
        QVERIFY(add(b, { 2024, 1, 12 }, 1, u"USD"_s)); // 150.005 → 150.01 IDR
        QVERIFY(add(c, { 2024, 1, 13 }, -1, u"USD"_s)); // −150.005 → −150.01 IDR
        for (const int day : { 1, 15, 31 }) // before the first rate: 12,000.00 USD
            QVERIFY(add(c, { 2023, 12, day }, 400000, u"USD"_s));
        QVERIFY(add(c, { 2024, 1, 5 }, 5000, u"SGD"_s)); // no SGD rate

        const RevenueCube cube = load();
        const cd::RevenueFigures f = cube.compute({});
        QCOMPARE(f.periods.size(), 2);
        QCOMPARE(f.periods.at(0).revenue, (KindAmounts { 0, 0 }));
        QCOMPARE(f.periods.at(1).revenue, (KindAmounts { 31'115'501, -15'001 }));
        QCOMPARE(f.total, (KindAmounts { 31'115'501, -15'001 }));
        QCOMPARE(f.accountRevenue, (QList<qint64> { 31'015'501, 100000 }));
        QCOMPARE(
            f.unconverted.amounts(),
            (QList<cd::UnconvertedAmount> { { u"SGD"_s, 1, 5000 }, { u"USD"_s, 3, 1'200'000 } }));
        QCOMPARE(f.note(QLocale(QLocale::English, QLocale::UnitedStates)),
                 u"1 SGD entry, 50.00 SGD, has no SGD rate and is not in these figures — "
                 "add rates in Settings. 3 USD entries from before the first USD rate, "
                 "12,000.00 USD, are not in these figures — add rates in Settings."_s);
        // The filter narrows the note: January alone leaves out only SGD; clients nothing.
        CubeFilter january;
        january.from = january.to = QDate(2024, 1, 1);
        QCOMPARE(cube.compute(january).unconverted.amounts(),
                 (QList<cd::UnconvertedAmount> { { u"SGD"_s, 1, 5000 } }));
        CubeFilter rupiah = january;
        rupiah.segment = Dimension::Category;
        rupiah.segmentValue = u"Nothing"_s;
        QVERIFY(cube.compute(rupiah).unconverted.isEmpty());
    }

    void anEmptyDatabaseHasNoFigures()
    {
        m_test.close();
        QVERIFY(m_test.open());
        const RevenueCube cube = load();
        QVERIFY(!cube.firstMonth().isValid());
        const cd::RevenueFigures f = cube.compute({});
        QVERIFY(f.periods.isEmpty());
        QCOMPARE(f.total, (KindAmounts {}));
    }
};

QTEST_GUILESS_MAIN(tst_RevenueCube)
#include "tst_revenuecube.moc"
