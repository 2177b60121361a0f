// ExchangeRate and RateTable (issue 25): exact decimal rates, the one conversion rule, and the
// ISO 4217 codes Money knows. Every expectation is worked out by hand in the comments.
#include "domain/exchangerate.h"
#include "domain/money.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

namespace {

ExchangeRate rate(const QString &text)
{
    const Result<ExchangeRate> parsed = ExchangeRate::parse(text);
    if (!parsed)
        qWarning("%s", qPrintable(parsed.error()));
    return parsed ? *parsed : ExchangeRate();
}

} // namespace

class tst_ExchangeRate final : public QObject
{
    Q_OBJECT

private slots:
    void parsesExactDecimals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("scaled");
        QTest::addColumn<QString>("plain");
        QTest::newRow("rupiah per dollar")
            << u"16245.50"_s << qint64(162'455'000'000'000) << u"16245.5"_s;
        QTest::newRow("dollars per rupiah") << u"0.000061"_s << qint64(610'000) << u"0.000061"_s;
        QTest::newRow("ten decimals")
            << u"1.0000000001"_s << qint64(10'000'000'001) << u"1.0000000001"_s;
        QTest::newRow("the smallest") << u"0.0000000001"_s << qint64(1) << u"0.0000000001"_s;
        QTest::newRow("the largest") << u"99999999.9999999999"_s << qint64(999'999'999'999'999'999)
                                     << u"99999999.9999999999"_s;
        QTest::newRow("whole, spaces around") << u" 3 "_s << qint64(30'000'000'000) << u"3"_s;
    }
    void parsesExactDecimals()
    {
        QFETCH(QString, text);
        QFETCH(qint64, scaled);
        QFETCH(QString, plain);
        const Result<ExchangeRate> parsed = ExchangeRate::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed->scaled(), scaled);
        QCOMPARE(parsed->toPlainString(), plain);
        QCOMPARE(ExchangeRate::parse(parsed->toPlainString())->scaled(), scaled); // reads back
    }

    void refusesBadRates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << u""_s
                               << u"The exchange rate is empty; write a number above zero such "
                                  "as 16245.50."_s;
        QTest::newRow("zero") << u"0"_s
                              << u"The exchange rate “0” is zero; a rate is above zero."_s;
        QTest::newRow("zero with decimals")
            << u"0.0000000000"_s
            << u"The exchange rate “0.0000000000” is zero; a rate is above zero."_s;
        QTest::newRow("negative")
            << u"-16245.5"_s
            << u"The exchange rate “-16245.5” is negative; a rate is above zero."_s;
        QTest::newRow("words") << u"abc"_s
                               << u"“abc” is not an exchange rate; write a number above zero "
                                  "such as 16245.50 or 0.000061."_s;
        QTest::newRow("decimal comma")
            << u"16245,50"_s
            << u"“16245,50” is not an exchange rate; write a number above zero such as 16245.50 "
               "or 0.000061."_s;
        QTest::newRow("exponent") << u"1e5"_s
                                  << u"“1e5” is not an exchange rate; write a number above zero "
                                     "such as 16245.50 or 0.000061."_s;
        QTest::newRow("trailing point")
            << u"12."_s
            << u"“12.” is not an exchange rate; write a number above zero such as 16245.50 or "
               "0.000061."_s;
        QTest::newRow("eleven decimals")
            << u"0.00000000001"_s
            << u"The exchange rate “0.00000000001” has more than 10 decimals."_s;
        QTest::newRow("too large")
            << u"100000000"_s
            << u"The exchange rate “100000000” is too large; the largest is 99999999.9999999999."_s;
        QTest::newRow("far too large")
            << u"99999999999999999999999"_s
            << u"The exchange rate “99999999999999999999999” is too large; the largest is "
               "99999999.9999999999."_s;
    }
    void refusesBadRates()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const Result<ExchangeRate> parsed = ExchangeRate::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error(), error);
    }

    void formatsForPeople()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QLocale id(QLocale::Indonesian, QLocale::Indonesia);
        QCOMPARE(rate(u"16245.5"_s).format(en), u"16,245.50"_s);
        QCOMPARE(rate(u"16245.5"_s).format(id), u"16.245,50"_s);
        QCOMPARE(rate(u"0.000061"_s).format(en), u"0.000061"_s);
        QCOMPARE(rate(u"0.000061"_s).format(id), u"0,000061"_s);
        QCOMPARE(rate(u"1"_s).format(en), u"1.00"_s);
        QCOMPARE(rate(u"1234567.0000000001"_s).format(en), u"1,234,567.0000000001"_s);
        // What a user typed in their locale reads back.
        QCOMPARE(ExchangeRate::parseLocalized(u"16.245,50"_s, id)->scaled(),
                 qint64(162'455'000'000'000));
        QCOMPARE(ExchangeRate::parseLocalized(u"16,245.50"_s, en)->scaled(),
                 qint64(162'455'000'000'000));
        const Result<ExchangeRate> bad = ExchangeRate::parseLocalized(u"-1,5"_s, id);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error(), u"The exchange rate “-1,5” is negative; a rate is above zero."_s);
    }

    void inverseAndDivisionRoundHalfAwayFromZero()
    {
        // 1 / 16245.5 = 0.0000615555 1…: ten decimals.
        QCOMPARE(rate(u"16245.5"_s).inverse(), rate(u"0.0000615555"_s));
        // 1 / 3 = 0.3333333333 33…; 1 / 15000 = 0.0000666666 66… rounds up.
        QCOMPARE(rate(u"3"_s).inverse(), rate(u"0.3333333333"_s));
        QCOMPARE(rate(u"15000"_s).inverse(), rate(u"0.0000666667"_s));
        QCOMPARE(rate(u"0.5"_s).inverse(), rate(u"2"_s));
        // 1 / 0.0000000001 = 10,000,000,000: beyond the largest rate.
        QVERIFY(!rate(u"0.0000000001"_s).inverse().isValid());
        // 1 / 99999999.9999999999 = 0.0000000100…: rounds to 0.00000001.
        QCOMPARE(rate(u"99999999.9999999999"_s).inverse(), rate(u"0.00000001"_s));
        QVERIFY(!ExchangeRate().inverse().isValid());

        // 16245.5 / 12000 = 1.3537916666 66… → 1.3537916667.
        QCOMPARE(rate(u"16245.5"_s).dividedBy(rate(u"12000"_s)), rate(u"1.3537916667"_s));
        // 0.000061 / 1.08 = 0.0000564814 81… → 0.0000564815.
        QCOMPARE(rate(u"0.000061"_s).dividedBy(rate(u"1.08"_s)), rate(u"0.0000564815"_s));
        QCOMPARE(rate(u"12000"_s).dividedBy(rate(u"16000"_s)), rate(u"0.75"_s));
        // 0.0000000001 / 3 rounds to 0: no rate.
        QVERIFY(!rate(u"0.0000000001"_s).dividedBy(rate(u"3"_s)).isValid());
        QVERIFY(!rate(u"99999999"_s).dividedBy(rate(u"0.5"_s)).isValid()); // too large
        QVERIFY(!rate(u"1"_s).dividedBy(ExchangeRate()).isValid());
        QVERIFY(!ExchangeRate().dividedBy(rate(u"1"_s)).isValid());
    }

    void convertsToTheFirmsMinorUnit_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<qint64>("expected");
        // 100.00 USD at 16245.5 = 1,624,550.00 IDR.
        QTest::newRow("USD to IDR")
            << qint64(10'000) << u"USD"_s << u"IDR"_s << u"16245.5"_s << qint64(162'455'000);
        // 1.00 USD at 0.005 = 0.005 IDR: half a minor unit rounds away from zero, either sign.
        QTest::newRow("half up") << qint64(100) << u"USD"_s << u"IDR"_s << u"0.005"_s << qint64(1);
        QTest::newRow("half down")
            << qint64(-100) << u"USD"_s << u"IDR"_s << u"0.005"_s << qint64(-1);
        // 3.00 USD at 0.005 = 1.5 minor → 2; -3.00 → -2.
        QTest::newRow("one and a half")
            << qint64(300) << u"USD"_s << u"IDR"_s << u"0.005"_s << qint64(2);
        QTest::newRow("minus one and a half")
            << qint64(-300) << u"USD"_s << u"IDR"_s << u"0.005"_s << qint64(-2);
        // 1.00 USD at 0.0049999999 = 0.49999999 minor → 0.
        QTest::newRow("just under half")
            << qint64(100) << u"USD"_s << u"IDR"_s << u"0.0049999999"_s << qint64(0);
        // 1,000 JPY (no decimals) at 105.25 = 105,250.00 IDR.
        QTest::newRow("JPY to IDR")
            << qint64(1000) << u"JPY"_s << u"IDR"_s << u"105.25"_s << qint64(10'525'000);
        // 0.50 IDR at 1 JPY per IDR = 0.5 JPY → 1 JPY; -0.50 → -1.
        QTest::newRow("to no decimals, half")
            << qint64(50) << u"IDR"_s << u"JPY"_s << u"1"_s << qint64(1);
        QTest::newRow("to no decimals, minus half")
            << qint64(-50) << u"IDR"_s << u"JPY"_s << u"1"_s << qint64(-1);
        // 0.49 IDR at 1 = 0.49 JPY → 0.
        QTest::newRow("to no decimals, under half")
            << qint64(49) << u"IDR"_s << u"JPY"_s << u"1"_s << qint64(0);
        // 1.235 KWD (three decimals) at 3.26 USD = 4.0261 USD → 402.61 minor → 403.
        QTest::newRow("KWD to USD")
            << qint64(1235) << u"KWD"_s << u"USD"_s << u"3.26"_s << qint64(403);
        // 0.001 KWD at 5 = 0.005 USD: half a cent → 1 cent; negative → -1.
        QTest::newRow("KWD half") << qint64(1) << u"KWD"_s << u"USD"_s << u"5"_s << qint64(1);
        QTest::newRow("KWD minus half")
            << qint64(-1) << u"KWD"_s << u"USD"_s << u"5"_s << qint64(-1);
        // 1.00 USD at 0.3333333333 KWD = 0.3333333333 KWD → 333 fils.
        QTest::newRow("USD to KWD")
            << qint64(100) << u"USD"_s << u"KWD"_s << u"0.3333333333"_s << qint64(333);
        // 9,999,999,999,999.99 USD at 1 = itself: the largest amount still converts.
        QTest::newRow("the largest")
            << Money::kMaxMinorUnits << u"USD"_s << u"SGD"_s << u"1"_s << Money::kMaxMinorUnits;
    }
    void convertsToTheFirmsMinorUnit()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, rate);
        QFETCH(qint64, expected);
        const std::optional<qint64> converted = ::rate(rate).convert(minor, from, to);
        QVERIFY(converted.has_value());
        QCOMPARE(*converted, expected);
    }

    void convertingBeyondTheBoundsGivesNothing()
    {
        // 9,999,999,999,999.99 USD at 16245.5 IDR is beyond the largest amount.
        QVERIFY(!rate(u"16245.5"_s).convert(Money::kMaxMinorUnits, u"USD"_s, u"IDR"_s));
        QVERIFY(!rate(u"16245.5"_s).convert(-Money::kMaxMinorUnits, u"USD"_s, u"IDR"_s));
        // 9,999,999,999,999.99 USD at 1.0000000001 = 1 minor more than the largest.
        QVERIFY(!rate(u"1.0000000001"_s).convert(Money::kMaxMinorUnits, u"USD"_s, u"SGD"_s));
        QVERIFY(!ExchangeRate().convert(100, u"USD"_s, u"IDR"_s));
    }

    void theTableTakesTheLatestRateOnOrBefore()
    {
        RateTable table(u"IDR"_s);
        // Added out of order: the table sorts them.
        table.add(QDate(2024, 2, 1), u"USD"_s, rate(u"16000"_s));
        table.add(QDate(2024, 1, 1), u"USD"_s, rate(u"15000"_s));
        table.add(QDate(2024, 1, 15), u"SGD"_s, rate(u"11500.25"_s));
        QCOMPARE(table.firmCurrency(), u"IDR"_s);
        QVERIFY(!table.isEmpty());
        QCOMPARE(table.firstDate(u"USD"_s), QDate(2024, 1, 1));
        QCOMPARE(table.firstDate(u"SGD"_s), QDate(2024, 1, 15));
        QVERIFY(table.firstDate(u"EUR"_s).isNull());

        // Before the first rate: nothing.
        QVERIFY(!table.rateOn(u"USD"_s, QDate(2023, 12, 31)).isValid());
        QVERIFY(!table.convert(10'000, u"USD"_s, QDate(2023, 12, 31)));
        // On the day, within the month, on the next rate's day and long after.
        QCOMPARE(table.rateOn(u"USD"_s, QDate(2024, 1, 1)), rate(u"15000"_s));
        QCOMPARE(table.rateOn(u"USD"_s, QDate(2024, 1, 31)), rate(u"15000"_s));
        QCOMPARE(table.rateOn(u"USD"_s, QDate(2024, 2, 1)), rate(u"16000"_s));
        QCOMPARE(table.rateOn(u"USD"_s, QDate(2030, 6, 1)), rate(u"16000"_s));
        // 100.00 USD on 2024-01-31 at 15000 = 1,500,000.00 IDR; on 2024-02-01 at 16000.
        QCOMPARE(table.convert(10'000, u"USD"_s, QDate(2024, 1, 31)), qint64(150'000'000));
        QCOMPARE(table.convert(10'000, u"USD"_s, QDate(2024, 2, 1)), qint64(160'000'000));
        // 0.01 SGD at 11500.25 = 115.0025 IDR → 115.00 (11500 minor); -0.01 → -11500.
        QCOMPARE(table.convert(1, u"SGD"_s, QDate(2024, 1, 15)), qint64(11'500));
        QCOMPARE(table.convert(-1, u"SGD"_s, QDate(2024, 1, 15)), qint64(-11'500));
        QVERIFY(!table.convert(1, u"SGD"_s, QDate(2024, 1, 14)));
        // A currency without rates never converts; the firm's converts to itself, any day.
        QVERIFY(!table.convert(1, u"EUR"_s, QDate(2024, 6, 1)));
        QCOMPARE(table.convert(12'345, u"IDR"_s, QDate(1900, 1, 1)), qint64(12'345));
        QCOMPARE(table.convert(-7, u"IDR"_s, QDate()), qint64(-7));
        QVERIFY(!table.rateOn(u"IDR"_s, QDate(2024, 6, 1)).isValid());
        // Switching currencies back and forth keeps each its own rates.
        QCOMPARE(table.rateOn(u"SGD"_s, QDate(2024, 3, 1)), rate(u"11500.25"_s));
        QCOMPARE(table.rateOn(u"USD"_s, QDate(2024, 3, 1)), rate(u"16000"_s));
        // A rate added later counts.
        table.add({ QDate(2023, 12, 1), u"USD"_s, rate(u"14000"_s) });
        QCOMPARE(table.rateOn(u"USD"_s, QDate(2023, 12, 31)), rate(u"14000"_s));
    }

    void knowsTheCurrenciesInUse()
    {
        for (const QString &code :
             { u"IDR"_s, u"USD"_s, u"SGD"_s, u"EUR"_s, u"JPY"_s, u"KWD"_s, u"GBP"_s, u"MYR"_s })
            QVERIFY2(Money::isKnownCurrency(code), qPrintable(code));
        for (const QString &code : { u"ABC"_s, u"XYZ"_s, u"usd"_s, u"US"_s, u""_s, u"USDX"_s })
            QVERIFY2(!Money::isKnownCurrency(code), qPrintable(code));
    }
};

QTEST_GUILESS_MAIN(tst_ExchangeRate)
#include "tst_exchangerate.moc"
