#include "domain/money.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cd::Money;

class tst_Money final : public QObject
{
    Q_OBJECT

private slots:
    void parsesPlainAmounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("integer") << u"1250"_s << u"USD"_s << qint64(125000);
        QTest::newRow("one decimal") << u"1250.5"_s << u"USD"_s << qint64(125050);
        QTest::newRow("two decimals") << u"0.07"_s << u"EUR"_s << qint64(7);
        QTest::newRow("negative") << u"-12.30"_s << u"IDR"_s << qint64(-1230);
        QTest::newRow("spaces") << u"  42.00 "_s << u"USD"_s << qint64(4200);
        QTest::newRow("yen has no decimals") << u"1500"_s << u"JPY"_s << qint64(1500);
        QTest::newRow("dinar has three") << u"1.005"_s << u"KWD"_s << qint64(1005);
        QTest::newRow("largest") << u"9999999999999.99"_s << u"USD"_s << Money::kMaxMinorUnits;
    }
    void parsesPlainAmounts()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        const auto money = Money::parse(text, currency);
        QVERIFY2(money.ok(), qPrintable(money.error()));
        QCOMPARE(money->minorUnits(), minor);
        QCOMPARE(money->currency(), currency);
    }

    void refusesBadAmounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << u""_s << u"USD"_s << u"empty"_s;
        QTest::newRow("letters") << u"12a"_s << u"USD"_s << u"not an amount"_s;
        QTest::newRow("comma decimal") << u"12,50"_s << u"USD"_s << u"decimal point"_s;
        QTest::newRow("too many decimals") << u"1.234"_s << u"USD"_s << u"decimal"_s;
        QTest::newRow("decimals on yen") << u"1.5"_s << u"JPY"_s << u"JPY"_s;
        QTest::newRow("dangling point") << u"12."_s << u"USD"_s << u"not an amount"_s;
        QTest::newRow("overflow") << u"92233720368547758.08"_s << u"USD"_s << u"too large"_s;
        QTest::newRow("bad currency") << u"1"_s << u"usd"_s << u"currency"_s;
    }
    void refusesBadAmounts()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(QString, messagePart);
        const auto money = Money::parse(text, currency);
        QVERIFY(!money.ok());
        QVERIFY2(money.error().contains(messagePart), qPrintable(money.error()));
    }

    void plainStringRoundTrips()
    {
        for (const qint64 minor :
             { qint64(0), qint64(5), qint64(-5), qint64(125050), -Money::kMaxMinorUnits }) {
            const Money m(minor, u"USD"_s);
            const auto back = Money::parse(m.toPlainString(), u"USD"_s);
            QVERIFY2(back.ok(), qPrintable(back.error()));
            QCOMPARE(back->minorUnits(), minor);
        }
        QCOMPARE(Money(-5, u"USD"_s).toPlainString(), u"-0.05"_s);
        QCOMPARE(Money(1500, u"JPY"_s).toPlainString(), u"1500"_s);
    }

    void formatsPerLocale()
    {
        // A currency code is never glued to the digits, whatever the locale's pattern.
        const QString inC = Money(129210720, u"EUR"_s).format(QLocale::c());
        QVERIFY2(inC == u"EUR\u00A01292107.20"_s || inC == u"1292107.20\u00A0EUR"_s,
                 qPrintable(inC));

        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(Money(123456789, u"USD"_s).format(us), u"$1,234,567.89"_s);
        // en_US writes negative currency the accounting way.
        QCOMPARE(Money(-150, u"USD"_s).format(us), u"($1.50)"_s);
        const QLocale id(QLocale::Indonesian, QLocale::Indonesia);
        const QString rupiah = Money(125000000, u"IDR"_s).format(id);
        QVERIFY2(rupiah.startsWith(u"Rp"_s), qPrintable(rupiah));
        QVERIFY2(rupiah.contains(u"1.250.000,00"_s), qPrintable(rupiah));
        const QLocale de(QLocale::German, QLocale::Germany);
        const QString euro = Money(123450, u"EUR"_s).format(de);
        QVERIFY2(euro.contains(u"1.234,50"_s) && euro.contains(u"€"_s), qPrintable(euro));
        // A currency other than the locale's shows its code.
        const QString dollarsInJakarta = Money(100, u"USD"_s).format(id);
        QVERIFY2(dollarsInJakarta.contains(u"USD"_s), qPrintable(dollarsInJakarta));
    }

    void parsesWhatUsersType()
    {
        const QLocale id(QLocale::Indonesian, QLocale::Indonesia);
        auto m = Money::parseLocalized(u"Rp 1.250.000,50"_s, u"IDR"_s, id);
        QVERIFY2(m.ok(), qPrintable(m.error()));
        QCOMPARE(m->minorUnits(), qint64(125000050));
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        m = Money::parseLocalized(u"$1,250.5"_s, u"USD"_s, us);
        QVERIFY2(m.ok(), qPrintable(m.error()));
        QCOMPARE(m->minorUnits(), qint64(125050));
        QVERIFY(!Money::parseLocalized(u"twelve"_s, u"USD"_s, us).ok());
    }

    void aThousandsSeparatorOutOfPlaceIsRefused()
    {
        // In Indonesian "." groups thousands: "12.5" is a slip, not 125.
        const QLocale id(QLocale::Indonesian, QLocale::Indonesia);
        for (const QString &typed :
             { u"12.5"_s, u"1.25,00"_s, u"1.2500"_s, u".500"_s, u"1,250.000"_s }) {
            const auto m = Money::parseLocalized(typed, u"IDR"_s, id);
            QVERIFY2(!m.ok(), qPrintable(typed));
            QVERIFY2(m.error().contains(u"separates thousands"_s), qPrintable(m.error()));
        }
        QCOMPARE(Money::parseLocalized(u"12,5"_s, u"IDR"_s, id)->minorUnits(), qint64(1250));
        QCOMPARE(Money::parseLocalized(u"-1.000"_s, u"IDR"_s, id)->minorUnits(), qint64(-100000));
        QCOMPARE(Money::parseLocalized(u"12500"_s, u"IDR"_s, id)->minorUnits(), qint64(1250000));
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QVERIFY(!Money::parseLocalized(u"12,5"_s, u"USD"_s, us).ok());
        QCOMPARE(Money::parseLocalized(u"12,500.5"_s, u"USD"_s, us)->minorUnits(), qint64(1250050));
    }

    void amountsAreBounded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("largest") << u"9999999999999.99"_s << u"USD"_s << true;
        QTest::newRow("largest negative") << u"-9999999999999.99"_s << u"USD"_s << true;
        QTest::newRow("one more") << u"10000000000000.00"_s << u"USD"_s << false;
        QTest::newRow("one more negative") << u"-10000000000000"_s << u"USD"_s << false;
        QTest::newRow("the issue's row") << u"92233720368547758.07"_s << u"USD"_s << false;
        QTest::newRow("beyond qint64") << u"92233720368547758.08"_s << u"USD"_s << false;
        QTest::newRow("largest yen") << u"999999999999999"_s << u"JPY"_s << true;
        QTest::newRow("one more yen") << u"1000000000000000"_s << u"JPY"_s << false;
        QTest::newRow("largest dinar") << u"999999999999.999"_s << u"KWD"_s << true;
        QTest::newRow("one more dinar") << u"1000000000000.000"_s << u"KWD"_s << false;
    }

    void amountsAreBounded()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(bool, accepted);
        const auto parsed = Money::parse(text, currency);
        QCOMPARE(parsed.ok(), accepted);
        if (accepted) {
            QCOMPARE(qAbs(parsed->minorUnits()), Money::kMaxMinorUnits);
            QVERIFY(parsed->isWithinBounds());
        } else {
            // One sentence naming the amount and the largest one allowed in that currency.
            QVERIFY2(parsed.error().contains(text), qPrintable(parsed.error()));
            QVERIFY2(parsed.error().contains(Money(Money::kMaxMinorUnits, currency).toPlainString()
                                             + u' ' + currency),
                     qPrintable(parsed.error()));
        }
    }

    void typedAmountsAreBounded()
    {
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        const auto largest = Money::parseLocalized(u"$9,999,999,999,999.99"_s, u"USD"_s, us);
        QVERIFY2(largest.ok(), qPrintable(largest.error()));
        QCOMPARE(largest->minorUnits(), Money::kMaxMinorUnits);
        const auto tooLarge = Money::parseLocalized(u"10,000,000,000,000"_s, u"USD"_s, us);
        QVERIFY(!tooLarge.ok());
        QVERIFY2(tooLarge.error().contains(u"9999999999999.99 USD"_s),
                 qPrintable(tooLarge.error()));
        QVERIFY(!Money(Money::kMaxMinorUnits + 1, u"USD"_s).isWithinBounds());
        QVERIFY(!Money(-Money::kMaxMinorUnits - 1, u"USD"_s).isWithinBounds());
        QVERIFY(Money(-Money::kMaxMinorUnits, u"USD"_s).isWithinBounds());
    }

    void additionDetectsOverflow()
    {
        const Money big(std::numeric_limits<qint64>::max(), u"USD"_s);
        QVERIFY(!big.plus(Money(1, u"USD"_s)).ok());
        const auto sum = Money(150, u"USD"_s).plus(Money(-50, u"USD"_s));
        QVERIFY(sum.ok());
        QCOMPARE(sum->minorUnits(), qint64(100));
    }
};

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
