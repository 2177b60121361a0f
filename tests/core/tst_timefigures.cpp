#include "repositorytestsupport.h"

#include "analytics/revenuecube.h"
#include "analytics/timeanalytics.h"
#include "domain/contracthours.h"
#include "models/clientagendamodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using cd::ClientAgendaModel;
using cd::ContractHours;
using cd::TimeAnalytics;
using Level = cd::ContractHours::Level;

// What time adds to the figures (issue 26): the rules of a contract's hours, the dashboard's
// attention items for retainers and budgets at 80 % and 100 %, what an hour earns and
// utilisation; every value worked out by hand in the comments.
class tst_TimeFigures final : public QObject
{
    Q_OBJECT

    testsupport::TestDatabase m_test;
    int m_serial = 0;

    qint64 contract(qint64 account, const QString &model, const QString &start, const QVariant &end,
                    const QVariant &included, bool rollover, const QVariant &overage,
                    const QVariant &budget, const QString &status = u"active"_s,
                    const QString &currency = u"USD"_s)
    {
        const QString reference
            = model == u"fixed"_s ? u"F-%1"_s.arg(++m_serial) : u"R-%1"_s.arg(++m_serial);
        const bool ok = m_test.exec(
            u"INSERT INTO contracts (account_id, reference, billing_model, fee_minor, currency, "
            "estimated_hours, start_date, end_date, auto_renew, status, included_minutes, "
            "rollover, overage_rate_minor, budget_minutes, created_at, updated_at) VALUES (:a, "
            ":r, :m, 100000, :c, :h, :s, :e, 0, :st, :i, :ro, :o, :b, '2026-01-01', "
            "'2026-01-01')"_s,
            { { u"a"_s, account },
              { u"r"_s, reference },
              { u"m"_s, model },
              { u"c"_s, currency },
              { u"h"_s,
                model == u"hourly"_s ? QVariant(100) : QVariant(QMetaType::fromType<int>()) },
              { u"s"_s, start },
              { u"e"_s, end.isValid() ? end : QVariant(QMetaType::fromType<QString>()) },
              { u"st"_s, status },
              { u"i"_s, included.isValid() ? included : QVariant(QMetaType::fromType<int>()) },
              { u"ro"_s, int(rollover) },
              { u"o"_s, overage.isValid() ? overage : QVariant(QMetaType::fromType<qint64>()) },
              { u"b"_s, budget.isValid() ? budget : QVariant(QMetaType::fromType<int>()) } });
        if (!ok)
            return 0;
        return m_test.scalar(u"SELECT max(id) FROM contracts"_s).toLongLong();
    }

    bool time(qint64 user, qint64 account, const QVariant &contract, const QString &date,
              int minutes, bool billable = false)
    {
        return m_test.exec(
            u"INSERT INTO time_entries (entry_date, user_id, account_id, contract_id, minutes, "
            "billable, currency, created_at, updated_at) VALUES (:d, :u, :a, :c, :m, :b, 'USD', "
            "'2026-01-01T00:00:00', '2026-01-01T00:00:00')"_s,
            { { u"d"_s, date },
              { u"u"_s, user },
              { u"a"_s, account },
              { u"c"_s, contract.isValid() ? contract : QVariant(QMetaType::fromType<qint64>()) },
              { u"m"_s, minutes },
              { u"b"_s, int(billable) } });
    }

    bool revenue(qint64 account, const QString &kind, const QString &date, qint64 minor,
                 const QString &category = u"Advice"_s)
    {
        return m_test.exec(
            u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, currency, "
            "account_kind, category, converted_minor, created_at) VALUES (:a, :d, :m, 'IDR', "
            ":k, :cat, :m, '2026-01-01T00:00:00')"_s,
            { { u"a"_s, account },
              { u"d"_s, date },
              { u"m"_s, minor },
              { u"k"_s, kind },
              { u"cat"_s, category } });
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init()
    {
        m_serial = 0;
        QVERIFY(m_test.open());
    }
    void cleanup() { m_test.close(); }

    void levelsAreExact()
    {
        QCOMPARE(ContractHours::level(0, 0), Level::Within);
        QCOMPARE(ContractHours::level(500, 0), Level::Within);
        QCOMPARE(ContractHours::level(799, 1000), Level::Within); // 79.9 %
        QCOMPARE(ContractHours::level(800, 1000), Level::Near);
        QCOMPARE(ContractHours::level(999, 1000), Level::Near);
        QCOMPARE(ContractHours::level(1000, 1000), Level::Spent);
        QCOMPARE(ContractHours::level(1500, 1000), Level::Spent);
        QCOMPARE(ContractHours::percent(799, 1000), 79); // rounded down: never shows 80
        QCOMPARE(ContractHours::percent(2, 3), 66);
        QCOMPARE(ContractHours::percent(330, 300), 110);
        QCOMPARE(ContractHours::percent(5, 0), 0);
    }

    void parsesHours_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minutes");
        QTest::newRow("whole hours") << u"40"_s << 2400;
        QTest::newRow("hours:minutes") << u"40:30"_s << 2430;
        QTest::newRow("decimal point") << u"12.5"_s << 750;
        QTest::newRow("decimal comma") << u" 12,5 "_s << 750;
        QTest::newRow("rounded half away") << u"0.0083"_s << 0; // 0.498 min: refused below
        QTest::newRow("a third") << u"1.3333"_s << 80; // 79.998 min
        QTest::newRow("with h") << u"40h"_s << 2400;
        QTest::newRow("h and m") << u"40h 15m"_s << 2415;
        QTest::newRow("minutes") << u"90m"_s << 90;
        QTest::newRow("most") << u"100000"_s << 6000000;
    }
    void parsesHours()
    {
        QFETCH(QString, text);
        QFETCH(int, minutes);
        const auto parsed = ContractHours::parseHours(text, u"the included hours"_s);
        if (minutes == 0) {
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error(), u"Enter more than 0 hours for the included hours."_s);
            return;
        }
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(*parsed, minutes);
    }

    void refusesBadHours()
    {
        const QString what = u"the hour budget"_s;
        QCOMPARE(ContractHours::parseHours(u"  "_s, what).error(), u"Enter the hour budget."_s);
        QCOMPARE(ContractHours::parseHours(u"0"_s, what).error(),
                 u"Enter more than 0 hours for the hour budget."_s);
        QCOMPARE(ContractHours::parseHours(u"0:00"_s, what).error(),
                 u"Enter more than 0 hours for the hour budget."_s);
        for (const QString &bad : { u"-5"_s, u"abc"_s, u"1:75"_s, u"1.2.3"_s, u"5 hours"_s })
            QCOMPARE(
                ContractHours::parseHours(bad, what).error(),
                u"“%1” is not a number of hours: type the hour budget as 40, 40:30 or 12.5."_s.arg(
                    bad));
        QCOMPARE(ContractHours::parseHours(u"100000:01"_s, what).error(),
                 u"The hour budget can be at most 100,000 hours."_s);
    }

    void runsOutAtItsPace()
    {
        const QDate nov1(2026, 11, 1);
        const QDate nov20(2026, 11, 20);
        const QDate nov30(2026, 11, 30);
        // 960 of 1200 in 20 days: 48 a day, 240 left: 5 more days.
        QCOMPARE(ContractHours::runOutDate(960, 1200, nov1, nov20, nov30), QDate(2026, 11, 25));
        // 700 of 780: 35 a day, 80 left: 2.3 days, so 3.
        QCOMPARE(ContractHours::runOutDate(700, 780, nov1, nov20, nov30), QDate(2026, 11, 23));
        // 850 of 1000 in 20 days: 150 left at 42.5 a day is 3.5 days: 4.
        QCOMPARE(ContractHours::runOutDate(850, 1000, nov1, nov20, nov30), QDate(2026, 11, 24));
        // Slowly: past the month's end, which it never passes.
        QCOMPARE(ContractHours::runOutDate(100, 1000, nov1, nov20, nov30), nov30);
        // Without an end: 900 left at 5 a day is 180 days.
        QCOMPARE(ContractHours::runOutDate(100, 1000, nov1, nov20, {}), QDate(2027, 5, 19));
        QCOMPARE(ContractHours::runOutDate(1000, 1000, nov1, nov20, nov30), nov20); // spent
        QCOMPARE(ContractHours::runOutDate(0, 1000, nov1, nov20, nov30), QDate()); // no pace
        // On the first day, the first day's pace.
        QCOMPARE(ContractHours::runOutDate(300, 1200, nov1, nov1, nov30), QDate(2026, 11, 4));
    }

    void ratesAndCapacity()
    {
        QCOMPARE(TimeAnalytics::hourlyRate(1500000, 720), 125000);
        QCOMPARE(TimeAnalytics::hourlyRate(100000, 180), 33333); // 33,333.33
        QCOMPARE(TimeAnalytics::hourlyRate(100, 120), 50);
        QCOMPARE(TimeAnalytics::hourlyRate(1, 120), 1); // 0.5: half away from zero
        QCOMPARE(TimeAnalytics::hourlyRate(-1, 120), -1);
        QCOMPARE(TimeAnalytics::hourlyRate(1000, 0), std::nullopt);
        QCOMPARE(TimeAnalytics::hourlyRate(999999999999999, 1), 59999999999999940);
        // October 2026 has 22 weekdays; 1–20 November 15.
        QCOMPARE(TimeAnalytics::capacityMinutes(2400, { 2026, 10, 1 }, { 2026, 10, 31 }), 10560);
        QCOMPARE(TimeAnalytics::capacityMinutes(2400, { 2026, 11, 1 }, { 2026, 11, 20 }), 7200);
        QCOMPARE(TimeAnalytics::capacityMinutes(1200, { 2026, 11, 21 }, { 2026, 11, 22 }), 0);
        QCOMPARE(TimeAnalytics::capacityMinutes(2401, { 2026, 11, 2 }, { 2026, 11, 4 }), 1441);
        QCOMPARE(TimeAnalytics::capacityMinutes(0, { 2026, 11, 2 }, { 2026, 11, 4 }), 0);
        QCOMPARE(TimeAnalytics::capacityMinutes(2400, { 2026, 11, 4 }, { 2026, 11, 2 }), 0);
    }

    // The dashboard's attention list as of Friday 20 November 2026.
    void retainersAndBudgetsNeedAttention()
    {
        const qint64 ana = m_test.rawUser(u"Ana"_s);
        const qint64 alfa = m_test.rawAccount(u"PT Alfa"_s, u"client"_s);
        const qint64 beta = m_test.rawAccount(u"PT Beta"_s, u"client"_s);
        const qint64 gamma = m_test.rawAccount(u"PT Gamma"_s, u"client"_s);
        // 20 h a month, 16 h used: 80 % exactly; 5 more days at its pace.
        const qint64 r1
            = contract(alfa, u"retainer"_s, u"2026-01-01"_s, {}, 1200, false, 15000, {});
        QVERIFY(time(ana, alfa, r1, u"2026-11-02"_s, 480)
                && time(ana, alfa, r1, u"2026-11-18"_s, 480));
        QVERIFY(time(ana, alfa, r1, u"2026-10-30"_s, 600)); // last month: not counted
        // 10 h rolling over from October (7 h used there: 3 h carried): 11:40 of 13:00.
        const qint64 r2 = contract(beta, u"retainer"_s, u"2026-10-01"_s, {}, 600, true, {}, {});
        QVERIFY(time(ana, beta, r2, u"2026-10-12"_s, 420));
        QVERIFY(time(ana, beta, r2, u"2026-11-09"_s, 700));
        // 5 h, 5:30 used: spent, no overage rate.
        const qint64 r3 = contract(alfa, u"retainer"_s, u"2026-01-01"_s, {}, 300, false, {}, {});
        QVERIFY(time(ana, alfa, r3, u"2026-11-19"_s, 330));
        // F-4: 100 h over June to December, 85 h used since 1 June (173 days): 900 minutes
        // left at 5100 ÷ 173 a day is 30.5 days: 21 December.
        const qint64 f4
            = contract(gamma, u"fixed"_s, u"2026-06-01"_s, u"2026-12-31"_s, {}, false, {}, 6000);
        QVERIFY(time(ana, gamma, f4, u"2026-06-15"_s, 1440)
                && time(ana, gamma, f4, u"2026-06-16"_s, 1440)
                && time(ana, gamma, f4, u"2026-10-01"_s, 1440)
                && time(ana, gamma, f4, u"2026-10-02"_s, 780));
        // 1 h at 150.00 an hour over it; 2 h used.
        const qint64 r5 = contract(beta, u"retainer"_s, u"2026-01-01"_s, {}, 60, false, 15000, {});
        QVERIFY(time(ana, beta, r5, u"2026-11-03"_s, 120));
        // Not listed: 79.9 %, a budget at half, an hourly contract, a draft, a retainer used
        // last month only, one without included hours, an expired one.
        const qint64 r6 = contract(alfa, u"retainer"_s, u"2026-01-01"_s, {}, 1000, false, {}, {});
        QVERIFY(time(ana, alfa, r6, u"2026-11-05"_s, 799));
        const qint64 f7 = contract(gamma, u"fixed"_s, u"2026-01-01"_s, {}, {}, false, {}, 600);
        QVERIFY(time(ana, gamma, f7, u"2026-11-05"_s, 300));
        const qint64 h8 = contract(gamma, u"hourly"_s, u"2026-01-01"_s, {}, {}, false, {}, {});
        QVERIFY(time(ana, gamma, h8, u"2026-11-05"_s, 1440));
        const qint64 r9
            = contract(gamma, u"retainer"_s, u"2026-01-01"_s, {}, 60, false, {}, {}, u"draft"_s);
        QVERIFY(time(ana, gamma, r9, u"2026-11-05"_s, 120));
        const qint64 r10 = contract(gamma, u"retainer"_s, u"2026-01-01"_s, {}, 60, false, {}, {});
        QVERIFY(time(ana, gamma, r10, u"2026-10-05"_s, 120));
        const qint64 r11 = contract(gamma, u"retainer"_s, u"2026-01-01"_s, {}, {}, false, {}, {});
        QVERIFY(time(ana, gamma, r11, u"2026-11-05"_s, 120));
        const qint64 r12 = contract(gamma, u"retainer"_s, u"2025-01-01"_s, u"2025-12-31"_s, 60,
                                    false, {}, {}, u"expired"_s);
        QVERIFY(time(ana, gamma, r12, u"2026-11-05"_s, 120));

        ClientAgendaModel model(m_test.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate today(2026, 11, 20);
        QVERIFY(model.reload(today, QDateTime(today, QTime(9, 0))).ok());
        QList<ClientAgendaModel::Item> hours;
        for (const auto &item : model.items()) {
            if (item.kind == ClientAgendaModel::Kind::Hours)
                hours.append(item);
        }
        QStringList texts;
        for (const auto &item : hours)
            texts.append(item.text);
        QCOMPARE(
            texts,
            (QStringList {
                u"R-3: 5:30 of 5:00 hours used this month (110\u00a0%); 0:30 over, and the "
                "contract sets no overage rate. Tell the client."_s,
                u"R-5: 2:00 of 1:00 hours used this month (200\u00a0%); 1:00 over, billable at "
                "$150.00 an hour. Tell the client."_s,
                u"R-2: 11:40 of 13:00 hours used this month (89\u00a0%; 3:00 carried over from "
                "October); at this pace they run out by 11/23/26."_s,
                u"R-1: 16:00 of 20:00 hours used this month (80\u00a0%); at this pace they run "
                "out by 11/25/26."_s,
                u"F-4: 85:00 of the 100:00-hour budget used (85\u00a0%); at this pace it runs "
                "out by 12/21/26."_s }));
        QCOMPARE(hours.at(0).date, today);
        QCOMPARE(hours.at(1).date, today);
        QCOMPARE(hours.at(2).date, QDate(2026, 11, 23));
        QCOMPARE(hours.at(3).date, QDate(2026, 11, 25));
        QCOMPARE(hours.at(4).date, QDate(2026, 12, 21));
        QCOMPARE(hours.at(0).accountId, alfa);
        QCOMPARE(hours.at(0).client, u"PT Alfa"_s);
        QCOMPARE(hours.at(4).client, u"PT Gamma"_s);
        QCOMPARE(hours.at(0).level, int(Level::Spent));
        QCOMPARE(hours.at(3).level, int(Level::Near));
        // The model says the same through its roles.
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex index = model.index(r);
            if (index.data(ClientAgendaModel::KindRole).toInt()
                != int(ClientAgendaModel::Kind::Hours))
                continue;
            QCOMPARE(index.data().toString(), u"PT Alfa — "_s + texts.first());
            QCOMPARE(index.data(ClientAgendaModel::DateRole).toDate(), today);
            QCOMPARE(index.data(ClientAgendaModel::LevelRole).toInt(), int(Level::Spent));
            break;
        }
    }

    void slowRetainersLastTheMonth()
    {
        const qint64 ana = m_test.rawUser(u"Ana"_s);
        const qint64 alfa = m_test.rawAccount(u"PT Alfa"_s, u"client"_s);
        // 17 h of 20 on the 29th: 35.2 minutes a day, 180 left: past the month's end.
        const qint64 r = contract(alfa, u"retainer"_s, u"2026-01-01"_s, {}, 1200, false, {}, {});
        QVERIFY(time(ana, alfa, r, u"2026-11-02"_s, 1020));
        // A budget without an end: no cap.
        const qint64 f = contract(alfa, u"fixed"_s, u"2026-11-01"_s, {}, {}, false, {}, 1200);
        QVERIFY(time(ana, alfa, f, u"2026-11-02"_s, 1100));
        ClientAgendaModel model(m_test.db());
        const QDate today(2026, 11, 29);
        QVERIFY(model.reload(today, QDateTime(today, QTime(9, 0))).ok());
        QStringList texts;
        for (const auto &item : model.items())
            texts.append(item.text);
        // F: 1100 in 29 days, 100 left: 2.6 days, so 3: 2 December.
        QCOMPARE(
            texts,
            (QStringList {
                u"R-1: 17:00 of 20:00 hours used this month (85\u00a0%); at this pace they last "
                "until 11/30/26."_s,
                u"F-2: 18:20 of the 20:00-hour budget used (91\u00a0%); at this pace it runs out "
                "by 12/2/26."_s }));
    }

    // What an hour earns and utilisation, October and November 2026, as of 20 November.
    void effectiveRatesAndUtilisation()
    {
        const qint64 ana = m_test.rawUser(u"Ana"_s); // the firm's 40 h a week
        const qint64 budi = m_test.rawUser(u"Budi"_s);
        QVERIFY(m_test.exec(u"UPDATE users SET capacity_minutes = 1200 WHERE id = :id"_s,
                            { { u"id"_s, budi } }));
        const qint64 alfa = m_test.rawAccount(u"PT Alfa"_s, u"client"_s);
        const qint64 beta = m_test.rawAccount(u"Toko Beta"_s, u"customer"_s);
        const qint64 gamma = m_test.rawAccount(u"PT Gamma"_s, u"client"_s);
        const qint64 delta = m_test.rawAccount(u"Toko Delta"_s, u"customer"_s);
        QVERIFY(m_test.exec(u"UPDATE accounts SET manager_id = :m WHERE id = :id"_s,
                            { { u"m"_s, ana }, { u"id"_s, alfa } }));
        QVERIFY(time(ana, alfa, {}, u"2026-10-05"_s, 240, true));
        QVERIFY(time(ana, alfa, {}, u"2026-10-06"_s, 180, false));
        QVERIFY(time(budi, beta, {}, u"2026-10-07"_s, 120, true));
        QVERIFY(time(ana, alfa, {}, u"2026-11-02"_s, 300, true));
        QVERIFY(time(budi, delta, {}, u"2026-11-03"_s, 60, false));
        QVERIFY(time(ana, alfa, {}, u"2026-09-30"_s, 600, true)); // before the months
        QVERIFY(revenue(alfa, u"client"_s, u"2026-10-15"_s, 1000000));
        QVERIFY(revenue(alfa, u"client"_s, u"2026-11-15"_s, 500000));
        QVERIFY(revenue(beta, u"customer"_s, u"2026-10-15"_s, 90000));
        QVERIFY(revenue(beta, u"customer"_s, u"2026-11-15"_s, 10000));
        QVERIFY(revenue(gamma, u"client"_s, u"2026-10-15"_s, 777000)); // no hours
        QVERIFY(revenue(alfa, u"client"_s, u"2026-12-15"_s, 5000000)); // after the months

        const auto data = cd::TimeData::load(m_test.db());
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(data->defaultCapacityMinutes, 2400);
        QCOMPARE(data->people.size(), 2);
        QCOMPARE(data->people.at(1).capacityMinutes, 1200);
        const auto cube = cd::RevenueCube::load(m_test.db());
        QVERIFY2(cube.ok(), qPrintable(cube.error()));

        cd::CubeFilter filter;
        filter.from = QDate(2026, 10, 1);
        filter.to = QDate(2026, 11, 1);
        const cd::EffectiveRates r = TimeAnalytics::effectiveRates(*data, *cube, filter);
        QVERIFY(!r.byCategory);
        QCOMPARE(r.currency, u"IDR"_s);
        // Clients: Alfa's 1,500,000 in 720 minutes; Gamma's revenue has no hours.
        QCOMPARE(r.client.revenueMinor, 1500000);
        QCOMPARE(r.client.minutes, 720);
        QCOMPARE(r.client.rateMinor(), 125000);
        // Customers: Beta's 100,000 and Delta's nothing in 180 minutes.
        QCOMPARE(r.customer.revenueMinor, 100000);
        QCOMPARE(r.customer.minutes, 180);
        QCOMPARE(r.customer.rateMinor(), 33333);
        QCOMPARE(r.withoutHours, (cd::KindAmounts { 777000, 0 }));
        QCOMPARE(r.periods.size(), 2);
        QCOMPARE(r.periods.at(0).start, QDate(2026, 10, 1));
        QCOMPARE(r.periods.at(0).client.rateMinor(), 142857); // 1,000,000 in 420 minutes
        QCOMPARE(r.periods.at(0).customer.rateMinor(), 45000); // 90,000 in 120
        QCOMPARE(r.periods.at(1).client.rateMinor(), 100000); // 500,000 in 300
        QCOMPARE(r.periods.at(1).customer.revenueMinor, 10000); // Beta's, in Delta's hour
        QCOMPARE(r.periods.at(1).customer.rateMinor(), 10000);
        QCOMPARE(r.accounts.size(), 3);
        QCOMPARE(r.accounts.at(0).name, u"PT Alfa"_s);
        QCOMPARE(r.accounts.at(0).figures.minutes, 720);
        QCOMPARE(r.accounts.at(0).billableMinutes, 540);
        QCOMPARE(r.accounts.at(0).kind, cd::AccountKind::Client);
        QCOMPARE(r.accounts.at(1).name, u"Toko Beta"_s);
        QCOMPARE(r.accounts.at(1).figures.rateMinor(), 50000);
        QCOMPARE(r.accounts.at(2).name, u"Toko Delta"_s);
        QCOMPARE(r.accounts.at(2).figures.rateMinor(), 0);

        // One manager's accounts; by quarter; one product category (no figures).
        filter.managerId = ana;
        filter.grouping = cd::PeriodGrouping::Quarter;
        const cd::EffectiveRates mine = TimeAnalytics::effectiveRates(*data, *cube, filter);
        QCOMPARE(mine.accounts.size(), 1);
        QCOMPARE(mine.periods.size(), 1);
        QCOMPARE(mine.periods.at(0).client.rateMinor(), 125000);
        QCOMPARE(mine.customer.minutes, 0);
        QCOMPARE(mine.customer.rateMinor(), std::nullopt);
        QCOMPARE(mine.withoutHours, cd::KindAmounts {});
        filter.managerId.reset();
        filter.segment = cd::Dimension::Category;
        filter.segmentValue = u"Advice"_s;
        QVERIFY(TimeAnalytics::effectiveRates(*data, *cube, filter).byCategory);

        // Utilisation by month: October's 22 weekdays, 1–20 November's 15.
        const cd::Utilisation months
            = TimeAnalytics::utilisation(*data, { 2026, 10, 1 }, { 2026, 11, 1 }, { 2026, 11, 20 },
                                         cd::UtilisationGrouping::Month);
        QCOMPARE(months.from, QDate(2026, 10, 1));
        QCOMPARE(months.to, QDate(2026, 11, 20));
        QCOMPARE(months.periodStarts, (QList<QDate> { { 2026, 10, 1 }, { 2026, 11, 1 } }));
        QCOMPARE(months.people.size(), 2);
        const cd::PersonUtilisation &a = months.people.at(0);
        QCOMPARE(a.name, u"Ana"_s);
        QCOMPARE(a.weeklyCapacityMinutes, 2400);
        QCOMPARE(a.periods.at(0).capacityMinutes, 10560);
        QCOMPARE(a.periods.at(0).minutes, 420);
        QCOMPARE(a.periods.at(0).billableMinutes, 240);
        QCOMPARE(a.periods.at(0).percent(), 2); // 2.27 %
        QCOMPARE(a.periods.at(1).capacityMinutes, 7200);
        QCOMPARE(a.periods.at(1).percent(), 4); // 300 of 7200: 4.17 %
        QCOMPARE(a.total.capacityMinutes, 17760);
        QCOMPARE(a.total.minutes, 720);
        QCOMPARE(a.total.percent(), 3); // 540 of 17760: 3.04 %
        const cd::PersonUtilisation &b = months.people.at(1);
        QCOMPARE(b.name, u"Budi"_s);
        QCOMPARE(b.weeklyCapacityMinutes, 1200);
        QCOMPARE(b.periods.at(0).capacityMinutes, 5280);
        QCOMPARE(b.periods.at(1).capacityMinutes, 3600);
        QCOMPARE(b.periods.at(1).minutes, 60);
        QCOMPARE(b.periods.at(1).percent(), 0);
        QCOMPARE(b.total.billableMinutes, 120);
        QCOMPARE(b.total.percent(), 1); // 120 of 8880: 1.35 %

        // By week: from the Monday before 1 October to the week of 20 November.
        const cd::Utilisation weeks
            = TimeAnalytics::utilisation(*data, { 2026, 10, 1 }, { 2026, 11, 1 }, { 2026, 11, 20 },
                                         cd::UtilisationGrouping::Week);
        QCOMPARE(weeks.periodStarts.size(), 8);
        QCOMPARE(weeks.periodStarts.first(), QDate(2026, 9, 28));
        QCOMPARE(weeks.periodStarts.last(), QDate(2026, 11, 16));
        QCOMPARE(weeks.people.at(0).periods.at(0).capacityMinutes, 960); // 1–2 October
        QCOMPARE(weeks.people.at(0).periods.at(0).minutes, 0); // 30 September is outside
        QCOMPARE(weeks.people.at(0).periods.at(1).minutes, 420);
        QCOMPARE(weeks.people.at(0).periods.at(1).percent(), 10); // 240 of 2400
        QCOMPARE(weeks.people.at(0).periods.at(7).capacityMinutes, 2400); // 16–20 November
        QCOMPARE(weeks.people.at(0).total.capacityMinutes, 17760);

        // Capacity from Settings when the person has none.
        QVERIFY(m_test.exec(u"INSERT INTO settings (key, value) VALUES "
                            "('time.capacity_minutes', '1800')"_s));
        const auto again = cd::TimeData::load(m_test.db());
        QVERIFY(again.ok());
        QCOMPARE(again->defaultCapacityMinutes, 1800);
        QVERIFY(m_test.exec(u"UPDATE settings SET value = '20000' WHERE key = "
                            "'time.capacity_minutes'"_s));
        const auto bad = cd::TimeData::load(m_test.db());
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error(),
                 u"The setting time.capacity_minutes is 20000 minutes a week; it "
                 "must be from 1 to 10080."_s);
    }

    void nothingLoggedIsEmpty()
    {
        const auto data = cd::TimeData::load(m_test.db());
        QVERIFY(data.ok());
        QVERIFY(data->isEmpty());
        const auto cube = cd::RevenueCube::load(m_test.db());
        QVERIFY(cube.ok());
        const cd::EffectiveRates r = TimeAnalytics::effectiveRates(*data, *cube, {});
        QVERIFY(r.periods.isEmpty());
        QVERIFY(r.accounts.isEmpty());
        const cd::Utilisation u = TimeAnalytics::utilisation(*data, {}, {}, { 2026, 11, 20 },
                                                             cd::UtilisationGrouping::Week);
        QVERIFY(u.people.isEmpty());
        QVERIFY(u.periodStarts.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_TimeFigures)
#include "tst_timefigures.moc"
