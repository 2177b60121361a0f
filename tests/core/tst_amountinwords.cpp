#include "domain/amountinwords.h"
#include "domain/money.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cd::AmountInWords;
using cd::Money;
using Language = AmountInWords::Language;

/// Every expectation written out by hand (Indonesian terbilang as PUEBI writes it, English as
/// on an American cheque).
class tst_AmountInWords final : public QObject
{
    Q_OBJECT

private slots:
    void numbers_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("indonesian");
        QTest::addColumn<QString>("english");
        const auto row = [](const char *name, qint64 value, const QString &id, const QString &en) {
            QTest::newRow(name) << value << id << en;
        };
        row("0", 0, u"nol"_s, u"zero"_s);
        row("1", 1, u"satu"_s, u"one"_s);
        row("2", 2, u"dua"_s, u"two"_s);
        row("9", 9, u"sembilan"_s, u"nine"_s);
        row("10", 10, u"sepuluh"_s, u"ten"_s);
        row("11", 11, u"sebelas"_s, u"eleven"_s);
        row("12", 12, u"dua belas"_s, u"twelve"_s);
        row("15", 15, u"lima belas"_s, u"fifteen"_s);
        row("19", 19, u"sembilan belas"_s, u"nineteen"_s);
        row("20", 20, u"dua puluh"_s, u"twenty"_s);
        row("21", 21, u"dua puluh satu"_s, u"twenty-one"_s);
        row("40", 40, u"empat puluh"_s, u"forty"_s);
        row("99", 99, u"sembilan puluh sembilan"_s, u"ninety-nine"_s);
        row("100", 100, u"seratus"_s, u"one hundred"_s);
        row("101", 101, u"seratus satu"_s, u"one hundred one"_s);
        row("110", 110, u"seratus sepuluh"_s, u"one hundred ten"_s);
        row("111", 111, u"seratus sebelas"_s, u"one hundred eleven"_s);
        row("119", 119, u"seratus sembilan belas"_s, u"one hundred nineteen"_s);
        row("200", 200, u"dua ratus"_s, u"two hundred"_s);
        row("999", 999, u"sembilan ratus sembilan puluh sembilan"_s, u"nine hundred ninety-nine"_s);
        row("1000", 1000, u"seribu"_s, u"one thousand"_s);
        row("1001", 1001, u"seribu satu"_s, u"one thousand one"_s);
        row("1011", 1011, u"seribu sebelas"_s, u"one thousand eleven"_s);
        row("1100", 1100, u"seribu seratus"_s, u"one thousand one hundred"_s);
        row("1999", 1999, u"seribu sembilan ratus sembilan puluh sembilan"_s,
            u"one thousand nine hundred ninety-nine"_s);
        row("2000", 2000, u"dua ribu"_s, u"two thousand"_s);
        row("10000", 10000, u"sepuluh ribu"_s, u"ten thousand"_s);
        row("11000", 11000, u"sebelas ribu"_s, u"eleven thousand"_s);
        row("12500", 12500, u"dua belas ribu lima ratus"_s, u"twelve thousand five hundred"_s);
        row("100000", 100000, u"seratus ribu"_s, u"one hundred thousand"_s);
        row("101000", 101000, u"seratus satu ribu"_s, u"one hundred one thousand"_s);
        row("111111", 111111, u"seratus sebelas ribu seratus sebelas"_s,
            u"one hundred eleven thousand one hundred eleven"_s);
        row("1000000", 1000000, u"satu juta"_s, u"one million"_s);
        row("1000001", 1000001, u"satu juta satu"_s, u"one million one"_s);
        row("1001000", 1001000, u"satu juta seribu"_s, u"one million one thousand"_s);
        row("1234500", 1234500, u"satu juta dua ratus tiga puluh empat ribu lima ratus"_s,
            u"one million two hundred thirty-four thousand five hundred"_s);
        row("10000000", 10000000, u"sepuluh juta"_s, u"ten million"_s);
        row("1 billion", 1000000000, u"satu miliar"_s, u"one billion"_s);
        row("2000000001", 2000000001, u"dua miliar satu"_s, u"two billion one"_s);
        row("1 trillion", 1000000000000, u"satu triliun"_s, u"one trillion"_s);
        row("1001001001001", 1001001001001, u"satu triliun satu miliar satu juta seribu satu"_s,
            u"one trillion one billion one million one thousand one"_s);
        row("largest", Money::kMaxMinorUnits,
            u"sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh "
            "sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan "
            "puluh sembilan ribu sembilan ratus sembilan puluh sembilan"_s,
            u"nine hundred ninety-nine trillion nine hundred ninety-nine billion nine hundred "
            "ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine"_s);
        row("-1", -1, u"minus satu"_s, u"minus one"_s);
        row("-1000", -1000, u"minus seribu"_s, u"minus one thousand"_s);
    }
    void numbers()
    {
        QFETCH(qint64, value);
        QFETCH(QString, indonesian);
        QFETCH(QString, english);
        QCOMPARE(AmountInWords::number(value, Language::Indonesian), indonesian);
        QCOMPARE(AmountInWords::number(value, Language::English), english);
    }

    void amounts_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("indonesian");
        QTest::addColumn<QString>("english");
        const auto row = [](const char *name, qint64 minor, const char *currency, const QString &id,
                            const QString &en) {
            QTest::newRow(name) << minor << QString::fromLatin1(currency) << id << en;
        };
        // The rupiah has two decimals (sen) in ISO 4217; whole amounts say nothing of them.
        row("Rp 0", 0, "IDR", u"nol rupiah"_s, u"zero rupiah"_s);
        row("Rp 1", 100, "IDR", u"satu rupiah"_s, u"one rupiah"_s);
        row("Rp 1.000", 100000, "IDR", u"seribu rupiah"_s, u"one thousand rupiah"_s);
        row("Rp 1.234.500", 123450000, "IDR",
            u"satu juta dua ratus tiga puluh empat ribu lima ratus rupiah"_s,
            u"one million two hundred thirty-four thousand five hundred rupiah"_s);
        row("Rp 11.100.000", 1110000000, "IDR", u"sebelas juta seratus ribu rupiah"_s,
            u"eleven million one hundred thousand rupiah"_s);
        row("Rp 1.500,50", 150050, "IDR", u"seribu lima ratus rupiah lima puluh sen"_s,
            u"one thousand five hundred rupiah and fifty sen"_s);
        row("Rp 0,01", 1, "IDR", u"satu sen"_s, u"one sen"_s);
        row("largest rupiah", Money::kMaxMinorUnits, "IDR",
            u"sembilan triliun sembilan ratus sembilan puluh sembilan miliar sembilan ratus "
            "sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan "
            "ratus sembilan puluh sembilan rupiah sembilan puluh sembilan sen"_s,
            u"nine trillion nine hundred ninety-nine billion nine hundred ninety-nine million "
            "nine hundred ninety-nine thousand nine hundred ninety-nine rupiah and ninety-nine "
            "sen"_s);
        row("credit note", -1110000000, "IDR", u"minus sebelas juta seratus ribu rupiah"_s,
            u"minus eleven million one hundred thousand rupiah"_s);
        // Dollars: singular and plural, cents.
        row("$1", 100, "USD", u"satu dolar Amerika Serikat"_s, u"one US dollar"_s);
        row("$2", 200, "USD", u"dua dolar Amerika Serikat"_s, u"two US dollars"_s);
        row("$100.50", 10050, "USD", u"seratus dolar Amerika Serikat lima puluh sen"_s,
            u"one hundred US dollars and fifty cents"_s);
        row("$1,000.01", 100001, "USD", u"seribu dolar Amerika Serikat satu sen"_s,
            u"one thousand US dollars and one cent"_s);
        row("$0.50", 50, "USD", u"lima puluh sen"_s, u"fifty cents"_s);
        row("-$12.25", -1225, "USD", u"minus dua belas dolar Amerika Serikat dua puluh lima sen"_s,
            u"minus twelve US dollars and twenty-five cents"_s);
        row("€21.10", 2110, "EUR", u"dua puluh satu euro sepuluh sen"_s,
            u"twenty-one euros and ten cents"_s);
        row("S$1,100", 110000, "SGD", u"seribu seratus dolar Singapura"_s,
            u"one thousand one hundred Singapore dollars"_s);
        // No decimals.
        row("¥1,001", 1001, "JPY", u"seribu satu yen Jepang"_s, u"one thousand one yen"_s);
        row("largest yen", Money::kMaxMinorUnits, "JPY",
            u"sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh "
            "sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan "
            "puluh sembilan ribu sembilan ratus sembilan puluh sembilan yen Jepang"_s,
            u"nine hundred ninety-nine trillion nine hundred ninety-nine billion nine hundred "
            "ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine "
            "yen"_s);
        // No name here: the code, cents as cents, thousandths in figures.
        row("CHF", 12345, "CHF", u"seratus dua puluh tiga CHF empat puluh lima sen"_s,
            u"one hundred twenty-three CHF and forty-five cents"_s);
        row("KWD", 1250, "KWD", u"satu KWD 250/1000"_s, u"one KWD and 250/1000"_s);
        row("KWD below one", 250, "KWD", u"nol KWD 250/1000"_s, u"zero KWD and 250/1000"_s);
        row("KWD whole", 2000, "KWD", u"dua KWD"_s, u"two KWD"_s);
    }
    void amounts()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, indonesian);
        QFETCH(QString, english);
        QCOMPARE(AmountInWords::amount(minor, currency, Language::Indonesian), indonesian);
        QCOMPARE(AmountInWords::amount(minor, currency, Language::English), english);
    }

    void sentenceStartsInCapitals()
    {
        QCOMPARE(AmountInWords::sentence(100000, u"IDR"_s, Language::Indonesian),
                 u"Seribu rupiah"_s);
        QCOMPARE(AmountInWords::sentence(10050, u"USD"_s, Language::English),
                 u"One hundred US dollars and fifty cents"_s);
    }

    void languageFollowsTheLocale()
    {
        QCOMPARE(AmountInWords::languageOf(QLocale(QLocale::Indonesian, QLocale::Indonesia)),
                 Language::Indonesian);
        QCOMPARE(AmountInWords::languageOf(QLocale(QLocale::English, QLocale::UnitedStates)),
                 Language::English);
        QCOMPARE(AmountInWords::languageOf(QLocale(QLocale::German)), Language::English);
    }
};

QTEST_APPLESS_MAIN(tst_AmountInWords)
#include "tst_amountinwords.moc"
