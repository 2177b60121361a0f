#include "domain/timerules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cd::BillingModel;
using cd::Contract;
using cd::Money;
using cd::TimeRules;
using cd::TimeState;

class tst_TimeRules : public QObject
{
    Q_OBJECT

private slots:
    void parsesDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minutes");
        QTest::newRow("hours:minutes") << u"1:30"_s << 90;
        QTest::newRow("minutes only") << u"0:05"_s << 5;
        QTest::newRow("a whole day") << u"24:00"_s << 1440;
        QTest::newRow("decimal point") << u"1.5"_s << 90;
        QTest::newRow("decimal comma") << u"1,5"_s << 90;
        QTest::newRow("quarter") << u"1.25"_s << 75;
        QTest::newRow("tenth") << u"0.1"_s << 6;
        QTest::newRow("half a minute rounds up") << u"0.125"_s << 8; // 7.5 minutes
        QTest::newRow("under half a minute") << u"0.01"_s << 1; // 0.6 minutes
        QTest::newRow("whole hours") << u"2"_s << 120;
        QTest::newRow("leading point") << u".5"_s << 30;
        QTest::newRow("minutes") << u"90m"_s << 90;
        QTest::newRow("minutes spelt") << u"45 min"_s << 45;
        QTest::newRow("hours") << u"2h"_s << 120;
        QTest::newRow("hours and minutes") << u"2h 15m"_s << 135;
        QTest::newRow("hours and minutes, no space, capitals") << u"2H15M"_s << 135;
        QTest::newRow("decimal hours with unit") << u"1.5h"_s << 90;
        QTest::newRow("spaces around") << u"  1:30 "_s << 90;
    }
    void parsesDurations()
    {
        QFETCH(QString, text);
        QFETCH(int, minutes);
        const cd::Result<int> parsed = TimeRules::parseDuration(text, QLocale::c());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(*parsed, minutes);
    }

    void acceptsTheLocalesDecimalPoint()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(*TimeRules::parseDuration(u"1,5"_s, german), 90);
        QCOMPARE(*TimeRules::parseDuration(u"1.5"_s, german), 90);
    }

    void refusesBadDurationsWithASentence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << u" "_s << u"Type a duration such as 1:30, 1.5, 90m or 2h 15m."_s;
        QTest::newRow("negative") << u"-1:30"_s << u"A duration cannot be negative: “-1:30”."_s;
        QTest::newRow("negative decimal")
            << u"-0.5"_s << u"A duration cannot be negative: “-0.5”."_s;
        QTest::newRow("zero") << u"0:00"_s
                              << u"A duration must be more than zero: “0:00” is no time at all."_s;
        QTest::newRow("rounds to zero")
            << u"0.008"_s << u"A duration must be more than zero: “0.008” is no time at all."_s;
        QTest::newRow("more than a day")
            << u"24:01"_s << u"“24:01” is more than 24 hours; one entry covers at most one day."_s;
        QTest::newRow("25 hours")
            << u"25"_s << u"“25” is more than 24 hours; one entry covers at most one day."_s;
        QTest::newRow("1500 minutes")
            << u"1500m"_s << u"“1500m” is more than 24 hours; one entry covers at most one day."_s;
        QTest::newRow("minutes past 59")
            << u"1:75"_s
            << u"“1:75” has 75 minutes after the colon; type at most 59, as in 1:30."_s;
        QTest::newRow("words") << u"soon"_s
                               << u"“soon” is not a duration; type one such as 1:30, 1.5, 90m or "
                                  "2h 15m."_s;
        QTest::newRow("unit alone")
            << u"h"_s << u"“h” is not a duration; type one such as 1:30, 1.5, 90m or 2h 15m."_s;
        QTest::newRow("two points")
            << u"1.2.3"_s
            << u"“1.2.3” is not a duration; type one such as 1:30, 1.5, 90m or 2h 15m."_s;
    }
    void refusesBadDurationsWithASentence()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const cd::Result<int> parsed = TimeRules::parseDuration(text, QLocale::c());
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error(), error);
    }

    void formatsDurations()
    {
        QCOMPARE(TimeRules::formatDuration(90), u"1:30"_s);
        QCOMPARE(TimeRules::formatDuration(0), u"0:00"_s);
        QCOMPARE(TimeRules::formatDuration(5), u"0:05"_s);
        QCOMPARE(TimeRules::formatDuration(2225), u"37:05"_s);
        QCOMPARE(TimeRules::formatDuration(-90), u"-1:30"_s);
    }

    void valueIsExactAndRoundsHalfAwayFromZero()
    {
        QCOMPARE(TimeRules::value(90, 10000), 15000); // 1.5 h at 100.00
        QCOMPARE(TimeRules::value(1, 1), 0); // 0.0166…
        QCOMPARE(TimeRules::value(30, 1), 1); // exactly 0.5: away from zero
        QCOMPARE(TimeRules::value(29, 1), 0); // 0.483…
        QCOMPARE(TimeRules::value(50, 1), 1); // 0.833…
        QCOMPARE(TimeRules::value(10, 9), 2); // 1.5
        QCOMPARE(TimeRules::value(7, 12345), 1440); // 86415 / 60 = 1440.25
        QCOMPARE(TimeRules::value(45, 25050), 18788); // 1127250 / 60 = 18787.5
        QCOMPARE(TimeRules::value(-30, 1), -1); // −0.5: away from zero
        QCOMPARE(TimeRules::value(-29, 1), 0);
        QCOMPARE(TimeRules::value(0, 999999), 0);
        // The largest rate for a whole day: 24 × 999,999,999,999,999, beyond 64 bits on the way.
        QCOMPARE(TimeRules::value(1440, 999'999'999'999'999), 23'999'999'999'999'976LL);
        // 1,438,999,999,999,998,561 / 60 = 23,983,333,333,333,309.35
        QCOMPARE(TimeRules::value(1439, 999'999'999'999'999), 23'983'333'333'333'309LL);
    }

    void parsesRates()
    {
        QCOMPARE(*TimeRules::parseRate(u"120.50"_s, u"USD"_s), Money(12050, u"USD"_s));
        QCOMPARE(*TimeRules::parseRate(u" 1500000 "_s, u"IDR"_s), Money(150000000, u"IDR"_s));
        QCOMPARE(*TimeRules::parseRate(u"15000"_s, u"JPY"_s), Money(15000, u"JPY"_s));
        QCOMPARE(TimeRules::parseRate(u"120.505"_s, u"USD"_s).error(),
                 u"The rate “120.505” has more decimals than USD has (2)."_s);
        QCOMPARE(TimeRules::parseRate(u"1.5"_s, u"JPY"_s).error(),
                 u"The rate “1.5” has decimals, but JPY has none."_s);
        QCOMPARE(TimeRules::parseRate(u"-5"_s, u"USD"_s).error(),
                 u"The rate “-5” is negative; an hourly rate is zero or more."_s);
        QVERIFY(TimeRules::parseRate(u"abc"_s, u"USD"_s)
                    .error()
                    .startsWith(u"The rate “abc” is not an amount in USD: "_s));
    }

    void futureDates()
    {
        QCOMPARE(TimeRules::futureDateProblem({ 2026, 12, 8 }, { 2026, 12, 7 }),
                 u"2026-12-08 is in the future; time is logged on today or earlier."_s);
        QVERIFY(TimeRules::futureDateProblem({ 2026, 12, 7 }, { 2026, 12, 7 }).isEmpty());
        QVERIFY(TimeRules::futureDateProblem({ 2020, 1, 1 }, { 2026, 12, 7 }).isEmpty());
    }

    void billableByDefaultFollowsTheContract()
    {
        QVERIFY(!TimeRules::defaultBillable(nullptr));
        Contract c;
        c.billingModel = BillingModel::Hourly;
        QVERIFY(TimeRules::defaultBillable(&c));
        c.billingModel = BillingModel::Retainer;
        QVERIFY(!TimeRules::defaultBillable(&c));
        c.billingModel = BillingModel::Fixed;
        QVERIFY(!TimeRules::defaultBillable(&c));
    }

    void retainerMonthsWithRollover()
    {
        // 10 hours a month, unused hours roll over one month.
        const auto months = TimeRules::retainerMonths(600, true, { 300, 900, 1200, 0, 600, 0, 0 });
        QCOMPARE(months.size(), 7);
        // January: 5 h used of 10; 5 h roll over.
        QCOMPARE(months[0].includedMinutes, 600);
        QCOMPARE(months[0].carriedMinutes, 0);
        QCOMPARE(months[0].usedMinutes, 300);
        QCOMPARE(months[0].overageMinutes, 0);
        // February: 15 h allowed, 15 h used: nothing over, nothing left.
        QCOMPARE(months[1].carriedMinutes, 300);
        QCOMPARE(months[1].overageMinutes, 0);
        // March: 20 h used of 10: 10 h over.
        QCOMPARE(months[2].carriedMinutes, 0);
        QCOMPARE(months[2].overageMinutes, 600);
        // April: nothing used; May gets April's 10 h, no more.
        QCOMPARE(months[3].carriedMinutes, 0);
        QCOMPARE(months[3].overageMinutes, 0);
        QCOMPARE(months[4].carriedMinutes, 600);
        QCOMPARE(months[4].overageMinutes, 0);
        // May used 10 h of 20: the 10 h carried in went first, May's own 10 h roll over.
        QCOMPARE(months[5].carriedMinutes, 600);
        // June unused too: July carries June's 10 h only, never 20 (one month at most).
        QCOMPARE(months[6].carriedMinutes, 600);
    }

    void carriedMinutesAreUsedFirst()
    {
        // 5 h carried into February, 11:40 used of 15 h: the carried 5 h first, then 6:40
        // of February's own 10 h; 3:20 of them roll over to March.
        const auto months = TimeRules::retainerMonths(600, true, { 300, 700, 0 });
        QCOMPARE(months[1].carriedMinutes, 300);
        QCOMPARE(months[1].overageMinutes, 0);
        QCOMPARE(months[2].carriedMinutes, 200);
    }

    void retainerMonthsWithoutRollover()
    {
        const auto months = TimeRules::retainerMonths(600, false, { 300, 900, 601 });
        QCOMPARE(months[0].carriedMinutes, 0);
        QCOMPARE(months[0].overageMinutes, 0);
        QCOMPARE(months[1].carriedMinutes, 0);
        QCOMPARE(months[1].overageMinutes, 300);
        QCOMPARE(months[2].overageMinutes, 1);
        QVERIFY(TimeRules::retainerMonths(600, true, {}).isEmpty());
    }

    void stateCodes()
    {
        QCOMPARE(cd::timeStateCode(TimeState::Open), u"open"_s);
        QCOMPARE(cd::timeStateCode(TimeState::Invoiced), u"invoiced"_s);
        QCOMPARE(cd::timeStateFromCode(u"invoiced"_s), TimeState::Invoiced);
        QCOMPARE(cd::timeStateFromCode(u" Open "_s), TimeState::Open);
        QVERIFY(!cd::timeStateFromCode(u"billed"_s));
    }
};

QTEST_GUILESS_MAIN(tst_TimeRules)
#include "tst_timerules.moc"
