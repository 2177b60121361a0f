// CurrencyService (issue 25): rates added, edited and removed convert the revenue entries they
// affect again in the same transaction; the firm's currency changes only with the rates it
// needs; a currency is relabelled without changing one digit. On an SQLite file and, with
// CLIENTDESK_TEST_BACKEND=postgresql, on a PostgreSQL server (team mode too). Every figure
// is worked out by hand in the comments.
#include "repositorytestsupport.h"

#include "domain/money.h"
#include "domain/user.h"
#include "services/currencyservice.h"
#include "services/settingsservice.h"
#include "storage/auditlog.h"
#include "storage/customerstats.h"
#include "storage/integritycheck.h"
#include "storage/reconversionwriter.h"
#include "storage/revenuerollup.h"
#include "storage/userrepository.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace cd;

namespace {

ExchangeRate rate(const QString &text)
{
    return *ExchangeRate::parse(text);
}

RateEntry entry(int y, int m, int d, const QString &currency, const QString &text)
{
    return { QDate(y, m, d), currency, rate(text) };
}

} // namespace

class tst_CurrencyService final : public QObject
{
    Q_OBJECT

    testsupport::TestDatabase m_t;
    qint64 m_account = 0;

    /// A revenue entry written as the writers do: converted when in the firm's currency.
    qint64 revenue(const QString &date, qint64 minor, const QString &currency)
    {
        const bool firm = currency == SettingsService(m_t.db()).firmCurrency();
        m_t.exec(u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, currency, "
                 "account_kind, converted_minor, created_at) VALUES (:account, :date, :amount, "
                 ":currency, 'client', :converted, '2024-01-01T00:00:00')"_s,
                 { { u"account"_s, m_account },
                   { u"date"_s, date },
                   { u"amount"_s, minor },
                   { u"currency"_s, currency },
                   { u"converted"_s,
                     firm ? QVariant(minor) : QVariant(QMetaType::fromType<qint64>()) } });
        return m_t.scalar(u"SELECT max(id) FROM revenue_entries"_s).toLongLong();
    }
    /// The stored converted amount of an entry; -1 for NULL (not converted).
    qint64 converted(qint64 id)
    {
        const QVariant v = m_t.scalar(u"SELECT converted_minor FROM revenue_entries WHERE id = "
                                      ":id"_s,
                                      { { u"id"_s, id } });
        return v.isNull() ? -1 : v.toLongLong();
    }
    /// What the rollups say: converted sum, unconverted sum, unconverted count (totals).
    QList<qint64> totals()
    {
        const QString sql = u"SELECT coalesce(sum(converted_minor), 0), coalesce(sum("
                            "unconverted_minor), 0), coalesce(sum(unconverted), 0) FROM %1"_s;
        QList<qint64> both;
        for (const QString &table : { u"revenue_totals"_s, u"revenue_monthly"_s }) {
            QSqlQuery q(m_t.db().connection());
            if (q.exec(sql.arg(table)) && q.next())
                both << q.value(0).toLongLong() << q.value(1).toLongLong()
                     << q.value(2).toLongLong();
        }
        if (both.mid(0, 3) != both.mid(3, 3))
            qWarning("revenue_totals and revenue_monthly disagree");
        return both.mid(0, 3);
    }
    QStringList storedRates()
    {
        return m_t.column(u"SELECT currency || ' ' || rate_date || ' ' || CAST(rate_e10 AS TEXT) "
                          "FROM exchange_rates ORDER BY currency, rate_date"_s);
    }

private slots:
    void init()
    {
        QVERIFY(m_t.open());
        m_account = m_t.rawAccount(u"PT Maju"_s, u"client"_s);
    }
    void cleanup() { m_t.close(); }

    void aRateConvertsTheEntriesItAffects()
    {
        CurrencyService service(m_t.db());
        const qint64 early = revenue(u"2023-12-31"_s, 5'000, u"USD"_s); // 50.00 USD
        const qint64 january = revenue(u"2024-01-10"_s, 10'000, u"USD"_s); // 100.00 USD
        const qint64 february = revenue(u"2024-02-15"_s, 25'000, u"USD"_s); // 250.00 USD
        const qint64 rupiah = revenue(u"2024-01-05"_s, 100'000, u"IDR"_s); // 1,000.00 IDR
        QCOMPARE(totals(), (QList<qint64> { 100'000, 40'000, 3 }));

        QVERIFY(service.setRate(entry(2024, 1, 1, u"USD"_s, u"15000"_s)).ok());
        // 100.00 USD × 15,000 = 1,500,000.00 IDR; 250.00 × 15,000 = 3,750,000.00.
        QCOMPARE(converted(early), -1);
        QCOMPARE(converted(january), 150'000'000);
        QCOMPARE(converted(february), 375'000'000);
        QCOMPARE(converted(rupiah), 100'000);
        QCOMPARE(totals(), (QList<qint64> { 525'100'000, 5'000, 1 }));

        // A rate mid-February moves only what follows it: 250.00 × 16,000.5 = 4,000,125.00.
        QVERIFY(service.setRate(entry(2024, 2, 1, u"USD"_s, u"16000.5"_s)).ok());
        QCOMPARE(converted(january), 150'000'000);
        QCOMPARE(converted(february), 400'012'500);
        // A back-dated rate converts the entry before the first one: 50.00 × 14,000.
        QVERIFY(service.setRate(entry(2023, 12, 1, u"USD"_s, u"14000"_s)).ok());
        QCOMPARE(converted(early), 70'000'000);
        QCOMPARE(totals(), (QList<qint64> { 620'112'500, 0, 0 }));
        // The same day again replaces the rate: 250.00 × 16,000 = 4,000,000.00.
        QVERIFY(service.setRate(entry(2024, 2, 1, u"USD"_s, u"16000"_s)).ok());
        QCOMPARE(converted(february), 400'000'000);
        QCOMPARE(
            storedRates(),
            (QStringList { u"USD 2023-12-01 140000000000000"_s, u"USD 2024-01-01 150000000000000"_s,
                           u"USD 2024-02-01 160000000000000"_s }));
        const auto listed = service.rates(u"usd"_s);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 3);
        QCOMPARE(listed->at(1), entry(2024, 1, 1, u"USD"_s, u"15000"_s));
        QCOMPARE(service.rateTable()->convert(100, u"USD"_s, QDate(2024, 3, 1)), qint64(1'600'000));
    }

    void halfAMinorUnitRoundsAwayFromZero()
    {
        const qint64 up = revenue(u"2024-01-10"_s, 100, u"USD"_s); // 1.00 USD
        const qint64 down = revenue(u"2024-01-10"_s, -100, u"USD"_s); // -1.00 USD
        const qint64 more = revenue(u"2024-01-10"_s, 300, u"USD"_s); // 3.00 USD
        const qint64 less = revenue(u"2024-01-10"_s, -300, u"USD"_s);
        // At 0.005 IDR per USD: 0.005 IDR is half a sen → 1 sen; 0.015 IDR → 2 sen.
        QVERIFY(CurrencyService(m_t.db()).setRate(entry(2024, 1, 1, u"USD"_s, u"0.005"_s)).ok());
        QCOMPARE(converted(up), 1);
        QCOMPARE(converted(down), -1);
        QCOMPARE(converted(more), 2);
        QCOMPARE(converted(less), -2);
        QCOMPARE(totals(), (QList<qint64> { 0, 0, 0 }));
    }

    void badRatesAreRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown code")
            << u"ABC"_s << QDate(2024, 1, 1) << u"1"_s
            << u"“ABC” is not a currency code in use (ISO 4217); use one such as USD, SGD or "
               "EUR."_s;
        QTest::newRow("lower case") << u"usd"_s << QDate(2024, 1, 1) << u"1"_s
                                    << u"“usd” is not a currency code in use (ISO 4217); use "
                                       "one such as USD, SGD or EUR."_s;
        QTest::newRow("the firm's") << u"IDR"_s << QDate(2024, 1, 1) << u"1"_s
                                    << u"IDR is the firm's currency; it needs no exchange rate."_s;
        QTest::newRow("no date") << u"USD"_s << QDate() << u"1"_s
                                 << u"The USD rate has no date; give the day it holds from as "
                                    "YYYY-MM-DD."_s;
        QTest::newRow("too late")
            << u"USD"_s << QDate(2200, 1, 1) << u"1"_s
            << u"The USD rate cannot be dated so: 2200-01-01 is outside the dates ClientDesk "
               "accepts, 1900-01-01 to 2199-12-31."_s;
        QTest::newRow("too early")
            << u"USD"_s << QDate(1899, 12, 31) << u"1"_s
            << u"The USD rate cannot be dated so: 1899-12-31 is outside the dates ClientDesk "
               "accepts, 1900-01-01 to 2199-12-31."_s;
        QTest::newRow("no rate") << u"USD"_s << QDate(2024, 1, 1) << QString()
                                 << u"The USD rate on 2024-01-01 is not above zero; write a rate "
                                    "such as 16245.50."_s;
    }
    void badRatesAreRefusedAndNothingIsWritten()
    {
        QFETCH(QString, currency);
        QFETCH(QDate, date);
        QFETCH(QString, rate);
        QFETCH(QString, error);
        const qint64 id = revenue(u"2024-01-10"_s, 100, u"USD"_s);
        const RateEntry bad { date, currency, rate.isEmpty() ? ExchangeRate() : ::rate(rate) };
        CurrencyService service(m_t.db());
        const Status refused = service.setRate(bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(), error);
        QCOMPARE(CurrencyService::rateProblem(bad, u"IDR"_s), error);
        const Status many = service.addRates({ entry(2024, 1, 1, u"SGD"_s, u"11000"_s), bad });
        QCOMPARE(many.error(), error);
        QCOMPARE(m_t.count(u"exchange_rates"_s), 0);
        QCOMPARE(converted(id), -1);
    }

    void editingAndRemovingConvertAgain()
    {
        CurrencyService service(m_t.db());
        const qint64 january = revenue(u"2024-01-10"_s, 10'000, u"USD"_s);
        const qint64 february = revenue(u"2024-02-15"_s, 25'000, u"USD"_s);
        const qint64 sgd = revenue(u"2024-02-15"_s, 20'000, u"SGD"_s); // 200.00 SGD
        QVERIFY(service
                    .addRates({ entry(2024, 1, 1, u"USD"_s, u"15000"_s),
                                entry(2024, 2, 1, u"USD"_s, u"16000"_s) })
                    .ok());
        QCOMPARE(converted(february), 400'000'000);

        // The February rate moved after the entry: 250.00 USD goes back to 15,000.
        QVERIFY(service
                    .editRate(entry(2024, 2, 1, u"USD"_s, u"16000"_s),
                              entry(2024, 2, 20, u"USD"_s, u"16000"_s))
                    .ok());
        QCOMPARE(converted(february), 375'000'000);
        // The January rate moved to SGD: USD has none for January, SGD 200.00 × 12,000.
        QVERIFY(service
                    .editRate(entry(2024, 1, 1, u"USD"_s, u"15000"_s),
                              entry(2024, 1, 1, u"SGD"_s, u"12000"_s))
                    .ok());
        QCOMPARE(converted(january), -1);
        QCOMPARE(converted(february), -1);
        QCOMPARE(converted(sgd), 240'000'000);

        // Onto a day that has a rate, or from one that has none: refused, nothing changes.
        QVERIFY(service.setRate(entry(2024, 1, 1, u"USD"_s, u"15000"_s)).ok());
        Status refused = service.editRate(entry(2024, 1, 1, u"USD"_s, u"15000"_s),
                                          entry(2024, 2, 20, u"USD"_s, u"15500"_s));
        QCOMPARE(refused.error(),
                 u"USD already has a rate on 2024-02-20 (16000); edit or remove that one "
                 "instead."_s);
        refused = service.editRate(entry(2024, 3, 1, u"USD"_s, u"1"_s),
                                   entry(2024, 3, 2, u"USD"_s, u"1"_s));
        QCOMPARE(refused.error(),
                 u"No USD rate on 2024-03-01 is stored any more; it may have been removed "
                 "meanwhile."_s);
        refused = service.editRate(entry(2024, 1, 1, u"USD"_s, u"15000"_s),
                                   entry(2024, 1, 1, u"IDR"_s, u"1"_s));
        QCOMPARE(refused.error(), u"IDR is the firm's currency; it needs no exchange rate."_s);
        QCOMPARE(m_t.count(u"exchange_rates"_s), 3);

        // Removing the January rate leaves January unconverted again.
        QCOMPARE(converted(january), 150'000'000);
        QVERIFY(service.removeRate(u"USD"_s, QDate(2024, 1, 1)).ok());
        QCOMPARE(converted(january), -1);
        QCOMPARE(converted(february), -1);
        QCOMPARE(service.removeRate(u"USD"_s, QDate(2024, 1, 1)).error(),
                 u"No USD rate on 2024-01-01 is stored; there is nothing to remove."_s);
        // 200.00 SGD converted; 100.00 + 250.00 USD not.
        QCOMPARE(totals(), (QList<qint64> { 240'000'000, 35'000, 2 }));
    }

    void anImportIsAllOrNothingWithEveryProblemNamed()
    {
        CurrencyService service(m_t.db());
        QVERIFY(service.setRate(entry(2024, 1, 2, u"USD"_s, u"15000"_s)).ok());
        const QList<RateEntry> rates { entry(2024, 1, 1, u"USD"_s, u"14900"_s),
                                       entry(2024, 1, 2, u"USD"_s, u"15100"_s),
                                       entry(2024, 1, 3, u"SGD"_s, u"11000"_s),
                                       entry(2024, 1, 3, u"SGD"_s, u"11001"_s),
                                       entry(2024, 1, 4, u"XYZ"_s, u"1"_s) };
        const auto problems = service.rateProblems(rates);
        QVERIFY(problems.ok());
        const QList<CurrencyService::RateProblem> expected {
            { 1,
              u"USD already has a rate on 2024-01-02 (15000); leave this one out or remove the "
              "stored one first."_s },
            { 3, u"A second SGD rate on 2024-01-03; a currency has one rate a day."_s },
            { 4,
              u"“XYZ” is not a currency code in use (ISO 4217); use one such as USD, SGD or "
              "EUR."_s },
        };
        QCOMPARE(*problems, expected);
        const Status refused = service.addRates(rates);
        QCOMPARE(refused.error(), expected.constFirst().reason);
        QCOMPARE(m_t.count(u"exchange_rates"_s), 1);
        QVERIFY(service.rateProblems({ rates.at(0), rates.at(2) })->isEmpty());
    }

    void aConversionBeyondTheBoundsIsRefused()
    {
        // 9,999,999,999,999.99 USD at 16,000 IDR is far beyond the largest amount.
        const qint64 huge = revenue(u"2024-01-10"_s, Money::kMaxMinorUnits, u"USD"_s);
        const Status refused
            = CurrencyService(m_t.db()).setRate(entry(2024, 1, 1, u"USD"_s, u"16000"_s));
        QCOMPARE(
            refused.error(),
            u"Revenue entry %1 (9999999999999.99 USD on 2024-01-10) would convert to more "
            "than the largest amount in IDR at the rate of that day; check the rate."_s.arg(huge));
        QCOMPARE(m_t.count(u"exchange_rates"_s), 0);
        QCOMPARE(converted(huge), -1);
    }

    void cancellingRollsBack()
    {
        for (int i = 0; i < 20; ++i)
            revenue(u"2024-01-10"_s, 100 + i, u"USD"_s);
        qint64 lastTotal = -1;
        const Status cancelled = CurrencyService(m_t.db()).setRate(
            entry(2024, 1, 1, u"USD"_s, u"2"_s), [&](qint64, qint64 total) {
                lastTotal = total;
                return false;
            });
        QCOMPARE(cancelled.error(), u"Cancelled; nothing was changed."_s);
        QCOMPARE(lastTotal, 20);
        QCOMPARE(m_t.count(u"exchange_rates"_s), 0);
        QCOMPARE(m_t.scalar(u"SELECT count(converted_minor) FROM revenue_entries"_s).toInt(), 0);
        // Told to go on, the progress reaches the end.
        QList<qint64> seen;
        QVERIFY(CurrencyService(m_t.db())
                    .setRate(entry(2024, 1, 1, u"USD"_s, u"2"_s),
                             [&](qint64 done, qint64 total) {
                                 if (total > 0)
                                     seen.append(done);
                                 return true;
                             })
                    .ok());
        QCOMPARE(seen.constLast(), 20);
        QCOMPARE(totals(), (QList<qint64> { 2 * (20 * 100 + 190), 0, 0 }));
    }

    void theFirmsCurrencyChangesFreelyWithoutAmounts()
    {
        CurrencyService service(m_t.db());
        QCOMPARE(*service.holdsAmounts(), false);
        QVERIFY(service
                    .addRates({ entry(2024, 1, 1, u"USD"_s, u"15000"_s),
                                entry(2024, 1, 1, u"SGD"_s, u"11000"_s),
                                entry(2023, 6, 1, u"SGD"_s, u"10500"_s) })
                    .ok());
        QCOMPARE(*service.firmCurrencyChangeProblem(u"usd"_s), QString());
        QVERIFY(service.changeFirmCurrency(u" usd "_s).ok());
        QCOMPARE(SettingsService(m_t.db()).firmCurrency(), u"USD"_s);
        // SGD: 11,000 ÷ 15,000 = 0.7333333333; IDR: 1 ÷ 15,000 = 0.0000666667; the SGD rate
        // of 2023-06-01 has no USD rate to go by and goes.
        QCOMPARE(storedRates(),
                 (QStringList { u"IDR 2024-01-01 666667"_s, u"SGD 2024-01-01 7333333333"_s }));
        QCOMPARE(service.firmCurrencyChangeProblem(u"dollar"_s)->isEmpty(), false);
        QCOMPARE(service.changeFirmCurrency(u"ABC"_s).error(),
                 u"“ABC” is not a currency code in use (ISO 4217); use one such as IDR, USD or "
                 "EUR."_s);
        QVERIFY(service.changeFirmCurrency(u"USD"_s).ok()); // already: nothing to do
    }

    void theFirmsCurrencyChangesWithTheRatesItNeeds()
    {
        CurrencyService service(m_t.db());
        const qint64 rupiah = revenue(u"2024-01-05"_s, 100'000'000, u"IDR"_s); // 1,000,000.00
        const qint64 dollars = revenue(u"2024-01-10"_s, 10'000, u"USD"_s); // 100.00 USD
        const qint64 sgd = revenue(u"2024-02-10"_s, 20'000, u"SGD"_s); // 200.00 SGD
        QVERIFY(service
                    .addRates({ entry(2024, 1, 1, u"USD"_s, u"15000"_s),
                                entry(2024, 2, 1, u"USD"_s, u"16000"_s),
                                entry(2024, 2, 1, u"SGD"_s, u"12000"_s) })
                    .ok());
        QCOMPARE(*service.holdsAmounts(), true);
        QCOMPARE(*service.firmCurrencyChangeProblem(u"USD"_s), QString());
        const Status changed = service.changeFirmCurrency(u"USD"_s);
        QVERIFY2(changed.ok(), qPrintable(changed.error()));
        // SGD 12,000 ÷ 16,000 = 0.75 USD; IDR 1 ÷ 15,000 = 0.0000666667 and 1 ÷ 16,000 =
        // 0.0000625 USD; the USD rates go.
        QCOMPARE(storedRates(),
                 (QStringList { u"IDR 2024-01-01 666667"_s, u"IDR 2024-02-01 625000"_s,
                                u"SGD 2024-02-01 7500000000"_s }));
        // 1,000,000.00 IDR × 0.0000666667 = 66.6667 USD → 66.67; 100.00 USD is itself;
        // 200.00 SGD × 0.75 = 150.00 USD.
        QCOMPARE(converted(rupiah), 6'667);
        QCOMPARE(converted(dollars), 10'000);
        QCOMPARE(converted(sgd), 15'000);
        QCOMPARE(totals(), (QList<qint64> { 31'667, 0, 0 }));
    }

    void theFirmsCurrencyChangeNamesTheMissingDays()
    {
        CurrencyService service(m_t.db());
        revenue(u"2023-11-15"_s, 100, u"IDR"_s);
        QVERIFY(service
                    .addRates({ entry(2024, 1, 1, u"USD"_s, u"15000"_s),
                                entry(2023, 12, 1, u"SGD"_s, u"11000"_s),
                                entry(2023, 12, 4, u"SGD"_s, u"11000"_s),
                                entry(2023, 12, 5, u"SGD"_s, u"11000"_s),
                                entry(2024, 1, 2, u"SGD"_s, u"11000"_s) })
                    .ok());
        const QString expected
            = u"The firm's currency can change from IDR to USD only with a USD rate on or "
              "before each day that has a rate or the first IDR amount; add a USD rate on or "
              "before 2023-11-15 first (days without one: 2023-11-15, 2023-12-01, 2023-12-04 "
              "and 1 more)."_s;
        QCOMPARE(*service.firmCurrencyChangeProblem(u"USD"_s), expected);
        const QStringList before = storedRates();
        QCOMPARE(service.changeFirmCurrency(u"USD"_s).error(), expected);
        // The Settings dialog and `settings set currency` make the same check.
        SettingsService settings(m_t.db());
        SettingsService::FirmSettings firm = settings.firmSettings().settings;
        firm.currency = u"usd"_s;
        QCOMPARE(settings.saveFirmSettings(firm).error(), expected);
        QCOMPARE(settings.setValue(u"currency"_s, u"USD"_s).error(), expected);
        QCOMPARE(settings.firmCurrency(), u"IDR"_s);
        QCOMPARE(storedRates(), before);
        // With a USD rate early enough it goes through, from the dialog too.
        QVERIFY(service.setRate(entry(2023, 11, 1, u"USD"_s, u"14000"_s)).ok());
        const Status saved = settings.saveFirmSettings(firm);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(settings.firmCurrency(), u"USD"_s);
        // 100 sen × 1/14,000 = 0.0071 cent → 0.
        QCOMPARE(m_t.scalar(u"SELECT converted_minor FROM revenue_entries"_s).toLongLong(), 0);
    }

    void relabellingKeepsTheDigits()
    {
        CurrencyService service(m_t.db());
        const qint64 usd = revenue(u"2024-01-10"_s, 10'000, u"USD"_s);
        const qint64 idr = revenue(u"2024-01-10"_s, 50'000, u"IDR"_s);
        QVERIFY(m_t.exec(u"UPDATE accounts SET currency = 'USD'"_s));
        QVERIFY(service.setRate(entry(2024, 1, 1, u"USD"_s, u"15000"_s)).ok());
        QVERIFY(service.setRate(entry(2024, 1, 1, u"SGD"_s, u"11000"_s)).ok());

        // USD as SGD (a file imported under the wrong label): 100.00 SGD × 11,000.
        const Status done = service.relabel(u"usd"_s, u"sgd"_s);
        QCOMPARE(done.error(),
                 u"USD and SGD both have a rate on 2024-01-01; remove one of them "
                 "before relabelling."_s);
        QVERIFY(service.removeRate(u"SGD"_s, QDate(2024, 1, 1)).ok());
        QVERIFY(service.setRate(entry(2024, 1, 2, u"SGD"_s, u"11000"_s)).ok());
        const Status relabelled = service.relabel(u"usd"_s, u"sgd"_s);
        QVERIFY2(relabelled.ok(), qPrintable(relabelled.error()));
        QCOMPARE(m_t.scalar(u"SELECT currency || amount_minor FROM revenue_entries WHERE id = "
                            ":id"_s,
                            { { u"id"_s, usd } })
                     .toString(),
                 u"SGD10000"_s);
        QCOMPARE(m_t.scalar(u"SELECT currency FROM accounts"_s).toString(), u"SGD"_s);
        QCOMPARE(storedRates(),
                 (QStringList { u"SGD 2024-01-01 150000000000000"_s,
                                u"SGD 2024-01-02 110000000000000"_s }));
        // On 2024-01-10 the rate in force is 11,000: 100.00 × 11,000 = 1,100,000.00 IDR.
        QCOMPARE(converted(usd), 110'000'000);
        QCOMPARE(
            m_t.scalar(u"SELECT count(*) FROM revenue_totals WHERE currency = 'USD'"_s).toInt(), 0);
        QCOMPARE(totals(), (QList<qint64> { 110'050'000, 0, 0 }));
        const auto log = AuditLog(m_t.db()).list(u"currency"_s);
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->constFirst().details,
                 u"Relabelled every amount in USD as SGD without changing it (revenue "
                 "entries: 1)."_s);

        // The firm's own currency: IDR as MYR; the rates stay (they were in that currency).
        QVERIFY(service.relabel(u"IDR"_s, u"MYR"_s).ok());
        QCOMPARE(SettingsService(m_t.db()).firmCurrency(), u"MYR"_s);
        QCOMPARE(converted(idr), 50'000);
        QCOMPARE(converted(usd), 110'000'000);

        // Refused: the same, unknown, nothing stored, other decimals, rates of the firm's own.
        QCOMPARE(service.relabel(u"SGD"_s, u"sgd"_s).error(),
                 u"SGD and sgd are the same currency; there is nothing to relabel."_s);
        QCOMPARE(service.relabel(u"SGD"_s, u"ABC"_s).error(),
                 u"“ABC” is not a currency code in use (ISO 4217); use one such as IDR, USD or "
                 "EUR."_s);
        QCOMPARE(service.relabel(u"EUR"_s, u"GBP"_s).error(),
                 u"Nothing is stored in EUR; there is nothing to relabel."_s);
        QCOMPARE(service.relabel(u"SGD"_s, u"JPY"_s).error(),
                 u"SGD has 2 decimals and JPY has 0, so relabelling would change every amount; "
                 "relabelling keeps the digits as they are."_s);
        QCOMPARE(service.relabel(u"SGD"_s, u"MYR"_s).error(),
                 u"MYR is the firm's currency, so the SGD rates would be rates of the firm's "
                 "own currency; remove them before relabelling."_s);
        QVERIFY(service.setRate(entry(2024, 1, 1, u"EUR"_s, u"17000"_s)).ok());
        QCOMPARE(service.relabel(u"MYR"_s, u"EUR"_s).error(),
                 u"EUR would become the firm's currency but has exchange rates; remove them "
                 "before relabelling."_s);
        QCOMPARE(SettingsService(m_t.db()).firmCurrency(), u"MYR"_s);
    }

    // Every conversion a rate change makes equals one from scratch, on a data set like a
    // firm's: three accounts' kinds, categories and promotions, entries in IDR, USD, SGD and
    // EUR over five months, rates mid-month, entries before the first rate. After each change
    // each entry's stored converted amount is what RateTable gives with the rates then stored,
    // the rollups are the sums of the entries, `clientdesk check` finds nothing, and the
    // customers' figures are those of a full recomputation. An import converts more than
    // ReconversionWriter::kWithoutTriggers entries (the rollups change by differences, the
    // triggers off), a single rate fewer (the triggers follow each entry).
    void reconversionEqualsARecomputation()
    {
        const QList<qint64> accounts { m_account, m_t.rawAccount(u"CV Sinar"_s),
                                       m_t.rawAccount(u"PT Laut"_s),
                                       m_t.rawAccount(u"Toko Jaya"_s, u"customer"_s) };
        const QStringList currencies { u"USD"_s, u"SGD"_s, u"IDR"_s, u"EUR"_s, u"USD"_s };
        const QStringList categories { QString(), u"Audit"_s, u"Tax"_s };
        const QStringList promotions { QString(), u"  "_s, u"Ramadan"_s, QString() };
        QVERIFY(m_t.exec(u"BEGIN"_s));
        for (int i = 0; i < 1200; ++i) {
            const qint64 account = accounts.at(i % accounts.size());
            const QString currency = currencies.at(i % currencies.size());
            // Odd amounts, a refund now and then: half a minor unit occurs at some rates.
            const qint64 amount = (i % 97 == 0 ? -1 : 1) * (1'001 + i * 37);
            QVERIFY(m_t.exec(
                u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, currency, "
                "account_kind, category, promotion, converted_minor, created_at) VALUES "
                "(:account, :date, :amount, :currency, (SELECT kind FROM accounts WHERE id = "
                ":kind), :category, :promotion, :converted, '2024-01-01T00:00:00')"_s,
                { { u"account"_s, account },
                  { u"kind"_s, account },
                  { u"date"_s, QDate(2023, 11, 20).addDays(i * 7 % 150).toString(Qt::ISODate) },
                  { u"amount"_s, amount },
                  { u"currency"_s, currency },
                  { u"category"_s,
                    categories.at(i % 3).isNull() ? QVariant(QMetaType::fromType<QString>())
                                                  : QVariant(categories.at(i % 3)) },
                  { u"promotion"_s,
                    promotions.at(i % 4).isNull() ? QVariant(QMetaType::fromType<QString>())
                                                  : QVariant(promotions.at(i % 4)) },
                  { u"converted"_s,
                    currency == u"IDR"_s ? QVariant(amount)
                                         : QVariant(QMetaType::fromType<qint64>()) } }));
        }
        QVERIFY(m_t.exec(u"COMMIT"_s));
        const auto agrees = [this](const char *step) {
            const Result<RateTable> table = CurrencyService(m_t.db()).rateTable();
            QVERIFY2(table.ok(), step);
            QSqlQuery q(m_t.db().connection());
            QVERIFY(q.exec(u"SELECT id, amount_minor, currency, entry_date, converted_minor "
                           "FROM revenue_entries ORDER BY id"_s));
            int differing = 0;
            while (q.next()) {
                const std::optional<qint64> fresh
                    = table->convert(q.value(1).toLongLong(), q.value(2).toString(),
                                     QDate::fromString(q.value(3).toString(), Qt::ISODate));
                const std::optional<qint64> stored = q.value(4).isNull()
                    ? std::nullopt
                    : std::optional<qint64>(q.value(4).toLongLong());
                differing += fresh != stored;
            }
            QVERIFY2(differing == 0, step);
            const auto mismatches = RevenueRollup::mismatches(m_t.db());
            QVERIFY2(mismatches.ok() && mismatches->isEmpty(),
                     qPrintable(QString::fromLatin1(step) + u": "_s
                                + (mismatches ? mismatches->join(u'\n') : mismatches.error())));
            const auto findings = IntegrityCheck(m_t.db()).run();
            QVERIFY2(findings.ok() && findings->isEmpty(),
                     qPrintable(QString::fromLatin1(step) + u": "_s
                                + (findings ? findings->join(u'\n') : findings.error())));
            const QString figures
                = u"SELECT account_id || ' ' || purchases || ' ' || revenue_minor || ' ' || "
                  "revenue_12m_minor || ' ' || coalesce(first_purchase, '-') FROM "
                  "customer_stats ORDER BY account_id"_s;
            const QStringList kept = m_t.column(figures);
            QVERIFY(CustomerStats(m_t.db()).refreshAll(QDate::currentDate()).ok());
            QVERIFY2(m_t.column(figures) == kept, step);
            if (!testsupport::TestDatabase::onPostgres())
                QVERIFY2(m_t.scalar(u"SELECT count(*) FROM sqlite_master WHERE name IN ("
                                    "'revenue_rollups_update', "
                                    "'bounds_revenue_entries_converted')"_s)
                                 .toInt()
                             == 2,
                         step);
        };
        CurrencyService service(m_t.db());
        QList<RateEntry> history;
        for (int d = 0; d < 150; d += 5) // USD from 2023-12-01, every fifth day
            history.append(
                { QDate(2023, 12, 1).addDays(d), u"USD"_s,
                  ExchangeRate::fromScaled(155'000'000'000'000 + qint64(d) * 123'456'789) });
        for (int d = 0; d < 140; d += 9) // SGD from mid-December, every ninth
            history.append(
                { QDate(2023, 12, 14).addDays(d), u"SGD"_s,
                  ExchangeRate::fromScaled(115'000'000'000'005 - qint64(d) * 98'765'432) });
        QVERIFY(service.addRates(history).ok());
        QVERIFY(m_t.scalar(u"SELECT count(converted_minor) FROM revenue_entries WHERE currency "
                           "IN ('USD', 'SGD')"_s)
                    .toInt()
                > int(ReconversionWriter::kWithoutTriggers));
        agrees("import");
        QVERIFY(service.setRate(entry(2024, 1, 17, u"EUR"_s, u"16999.99995"_s)).ok());
        agrees("a first EUR rate mid-month");
        QVERIFY(service.setRate(entry(2024, 1, 5, u"USD"_s, u"15500.5"_s)).ok());
        agrees("a USD rate replaced");
        QVERIFY(!service // no such rate: 2024-01-11 is not a fifth day
                     .editRate(entry(2024, 1, 11, u"USD"_s, u"1"_s),
                               entry(2024, 1, 12, u"USD"_s, u"15600.25"_s))
                     .ok());
        QVERIFY(service.editRate(history.at(8), entry(2024, 1, 12, u"USD"_s, u"15600.25"_s)).ok());
        agrees("a USD rate moved to another day");
        QVERIFY(service.removeRate(u"SGD"_s, history.at(35).date).ok());
        agrees("an SGD rate removed");
        QVERIFY(service.setRate(entry(2023, 11, 1, u"USD"_s, u"15000"_s)).ok());
        agrees("a USD rate before every entry");
        QVERIFY(service.removeRate(u"SGD"_s, QDate(2023, 12, 14)).ok());
        agrees("the first SGD rate removed");
        QVERIFY(service.changeFirmCurrency(u"USD"_s).ok());
        agrees("USD the firm's currency");
        QVERIFY(service.changeFirmCurrency(u"IDR"_s).ok());
        agrees("IDR the firm's currency again");
        // The triggers are back: a new entry and a removed one keep the rollups.
        revenue(u"2024-02-02"_s, 777, u"USD"_s);
        QVERIFY(m_t.exec(u"DELETE FROM revenue_entries WHERE id = (SELECT min(id) FROM "
                         "revenue_entries WHERE currency = 'SGD')"_s));
        const auto mismatches = RevenueRollup::mismatches(m_t.db());
        QVERIFY(mismatches.ok());
        QVERIFY2(mismatches->isEmpty(), qPrintable(mismatches->join(u'\n')));
    }

    void reconvertingManyEntriesIsQuick()
    {
        // 20,000 USD entries (5,000 on a server) over 2021–2025 with a daily rate: time the
        // first conversion.
        const int count = testsupport::TestDatabase::onPostgres() ? 5'000 : 20'000;
        QVERIFY(m_t.exec(u"BEGIN"_s));
        for (int i = 0; i < count; ++i)
            revenue(QDate(2021, 1, 1).addDays(i % 1800).toString(Qt::ISODate), 1'000 + i, u"USD"_s);
        QVERIFY(m_t.exec(u"COMMIT"_s));
        QList<RateEntry> daily;
        for (int d = 0; d < 1826; ++d)
            daily.append({ QDate(2021, 1, 1).addDays(d), u"USD"_s,
                           ExchangeRate::fromScaled(140'000'000'000'000 + d * 10'000'000'000) });
        QElapsedTimer timer;
        timer.start();
        QVERIFY(CurrencyService(m_t.db()).addRates(daily).ok());
        qInfo("Converted %d entries and stored 1,826 rates in %lld ms", count, timer.elapsed());
        QCOMPARE(m_t.scalar(u"SELECT count(converted_minor) FROM revenue_entries"_s).toInt(),
                 count);
        // The rollups agree with the entries (on SQLite they were summed at once, the
        // triggers taken off meanwhile, and the triggers are back).
        const auto agree = [&] {
            const auto mismatches = RevenueRollup::mismatches(m_t.db());
            QVERIFY2(mismatches.ok(), qPrintable(mismatches.error()));
            QVERIFY2(mismatches->isEmpty(), qPrintable(mismatches->join(u'\n')));
            QCOMPARE(
                totals().at(0),
                m_t.scalar(u"SELECT sum(converted_minor) FROM revenue_entries"_s).toLongLong());
            if (!testsupport::TestDatabase::onPostgres())
                QCOMPARE(m_t.scalar(u"SELECT count(*) FROM sqlite_master WHERE name IN ("
                                    "'revenue_rollups_update', "
                                    "'bounds_revenue_entries_converted')"_s)
                             .toInt(),
                         2);
        };
        agree();
        timer.restart();
        // A back-dated change to the first day converts everything again.
        QVERIFY(CurrencyService(m_t.db()).setRate(daily.constFirst()).ok()); // unchanged: no writes
        QVERIFY(CurrencyService(m_t.db())
                    .setRate({ QDate(2021, 1, 1), u"USD"_s, rate(u"13999"_s) })
                    .ok());
        qInfo("A back-dated rate in %lld ms", timer.elapsed());
        // The entry of 2021-01-01 (1,000 + 0 → 10.00 USD) × 13,999 = 139,990.00 IDR.
        QCOMPARE(m_t.scalar(u"SELECT converted_minor FROM revenue_entries WHERE amount_minor = "
                            "1000"_s)
                     .toLongLong(),
                 13'999'000);
        agree();
        // Every entry converts again when the firm's currency changes: 1 ÷ rate for IDR.
        revenue(u"2021-06-01"_s, 100'000, u"IDR"_s);
        QVERIFY(CurrencyService(m_t.db()).changeFirmCurrency(u"USD"_s).ok());
        QCOMPARE(m_t.scalar(u"SELECT converted_minor FROM revenue_entries WHERE amount_minor = "
                            "1000"_s)
                     .toLongLong(),
                 1'000);
        QCOMPARE(totals().at(2), 0);
        agree();
        // Cancelled half-way: everything as it was, the triggers back.
        const QStringList before = storedRates();
        QCOMPARE(CurrencyService(m_t.db())
                     .changeFirmCurrency(u"IDR"_s, [](qint64 done, qint64) { return done == 0; })
                     .error(),
                 u"Cancelled; nothing was changed."_s);
        QCOMPARE(storedRates(), before);
        QCOMPARE(SettingsService(m_t.db()).firmCurrency(), u"USD"_s);
        agree();
    }

    // Measured by hand on a large sample (not in CTest): CLIENTDESK_CURRENCY_BENCH names a
    // copy of a `clientdesk demo` database whose entries in USD wait for rates.
    void measureOnALargeDatabase()
    {
        const QString location = qEnvironmentVariable("CLIENTDESK_CURRENCY_BENCH");
        if (location.isEmpty())
            QSKIP("Set CLIENTDESK_CURRENCY_BENCH to a sample database to measure.");
        auto db = Database::open(location, { Database::Mode::MustExist, 5000 });
        QVERIFY2(db.ok(), qPrintable(db.error()));
        CurrencyService service(**db);
        QList<RateEntry> daily;
        for (QDate d(2015, 1, 1); d <= QDate(2026, 12, 31); d = d.addDays(1))
            daily.append({ d, u"USD"_s,
                           ExchangeRate::fromScaled(14'000'000'000 + d.dayOfYear() * 10'000'000) });
        QElapsedTimer timer;
        timer.start();
        Status ok = service.addRates(daily);
        QVERIFY2(ok.ok(), qPrintable(ok.error()));
        qInfo("addRates: %lld daily rates, every USD entry converted: %lld ms",
              qint64(daily.size()), timer.restart());
        ok = service.setRate({ QDate(2015, 1, 1), u"USD"_s, rate(u"1.39995"_s) });
        qInfo("setRate back-dated one day: %lld ms", timer.restart());
        ok = service.removeRate(u"USD"_s, QDate(2015, 1, 2));
        qInfo("removeRate: %lld ms", timer.restart());
        ok = service.changeFirmCurrency(u"USD"_s);
        QVERIFY2(ok.ok(), qPrintable(ok.error()));
        qInfo("changeFirmCurrency to USD (every entry converted again): %lld ms", timer.restart());
        const auto mismatches = RevenueRollup::mismatches(**db);
        QVERIFY(mismatches.ok() && mismatches->isEmpty());
        qInfo("rollups checked: %lld ms", timer.restart());
    }

    // Team mode: only managers change rates; everyone reads them.
    void anAccountManagerReadsButCannotChangeRates()
    {
        if (!testsupport::TestDatabase::onPostgres())
            QSKIP("Team mode is PostgreSQL's.");
        QVERIFY(CurrencyService(m_t.db()).setRate(entry(2024, 1, 1, u"USD"_s, u"15000"_s)).ok());
        const QString login
            = u"cd_rates_%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        QVERIFY(m_t.exec(u"CREATE ROLE %1 LOGIN"_s.arg(login)));
        User ana;
        ana.name = u"Ana"_s;
        ana.login = login;
        ana.role = UserRole::AccountManager;
        QVERIFY(UserRepository(m_t.db()).insert(ana).ok());
        {
            QUrl url(m_t.db().location());
            url.setUserName(login);
            auto db = Database::open(url.toString(), { Database::Mode::MustExist, 5000 });
            QVERIFY2(db.ok(), qPrintable(db.error()));
            CurrencyService hers(**db);
            const auto table = hers.rateTable();
            QVERIFY2(table.ok(), qPrintable(table.error()));
            QCOMPARE(table->rateOn(u"USD"_s, QDate(2024, 6, 1)), rate(u"15000"_s));
            QCOMPARE(hers.rates()->size(), 1);
            const QString refusal = u"Only a manager can change exchange rates and the firm's "
                                    "currency; ask one to make this change."_s;
            QCOMPARE(hers.setRate(entry(2024, 2, 1, u"USD"_s, u"16000"_s)).error(), refusal);
            QCOMPARE(hers.removeRate(u"USD"_s, QDate(2024, 1, 1)).error(), refusal);
            QCOMPARE(hers.changeFirmCurrency(u"USD"_s).error(), refusal);
            // Behind the service's back, the server refuses her too.
            QSqlQuery q((*db)->connection());
            QVERIFY(!q.exec(u"INSERT INTO exchange_rates VALUES ('SGD', '2024-01-01', 1)"_s));
            QVERIFY(q.exec(u"DELETE FROM exchange_rates"_s));
            QCOMPARE(q.numRowsAffected(), 0);
        }
        QCOMPARE(m_t.count(u"exchange_rates"_s), 1);
        QVERIFY(m_t.exec(u"DROP OWNED BY %1"_s.arg(login)));
        QVERIFY(m_t.exec(u"DROP ROLE %1"_s.arg(login)));
    }
};

QTEST_GUILESS_MAIN(tst_CurrencyService)
#include "tst_currencyservice.moc"
