// The clients and customers lists, `clientdesk accounts`, the client page's year figures and
// the reports in the firm's currency (issue 25): sums of each entry's converted amount, fees
// at today's rate, and what had no rate counted and named. Hand-computed expectations on
// SQLite and PostgreSQL.

#include "domain/contract.h"
#include "domain/revenueentry.h"
#include "domain/unconverted.h"
#include "models/accountdirectory.h"
#include "models/clientlistmodel.h"
#include "models/customerlistmodel.h"
#include "reports/reportdata.h"
#include "repositorytestsupport.h"
#include "services/revenueservice.h"
#include "storage/accountrepository.h"
#include "storage/contractrepository.h"
#include "storage/customerstats.h"
#include "storage/revenuerepository.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;
using cd::Money;
using testsupport::TestDatabase;

namespace {

const QDate kToday(2026, 11, 22);
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

} // namespace

class tst_ConvertedFigures : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_t;
    qint64 m_client = 0; ///< billed in USD
    qint64 m_customer = 0;

    void addRate(const QString &currency, const QDate &day, qint64 scaled)
    {
        QVERIFY(m_t.exec(u"INSERT INTO exchange_rates (currency, rate_date, rate_e10) VALUES "
                         "(:currency, :day, :rate)"_s,
                         { { u"currency"_s, currency },
                           { u"day"_s, day.toString(Qt::ISODate) },
                           { u"rate"_s, scaled } }));
    }
    void addEntry(qint64 account, const QDate &date, qint64 minor, const QString &currency)
    {
        cd::RevenueEntry e;
        e.accountId = account;
        e.date = date;
        e.amount = Money(minor, currency);
        e.description = u"Advice"_s;
        const auto id = cd::RevenueRepository(m_t.db()).insert(e);
        QVERIFY2(id, qPrintable(id.error()));
    }
    void addContract(const QString &reference, qint64 feeMinor, const QString &currency)
    {
        cd::Contract c;
        c.accountId = m_client;
        c.reference = reference;
        c.title = u"Retainer"_s;
        c.billingModel = cd::BillingModel::Retainer;
        c.fee = Money(feeMinor, currency);
        c.start = QDate(2026, 1, 1);
        c.end = QDate(2027, 12, 31);
        c.noticeDays = 60;
        c.status = cd::ContractStatus::Active;
        c.signedOn = QDate(2025, 12, 20);
        const auto id = cd::ContractRepository(m_t.db()).insert(c);
        QVERIFY2(id, qPrintable(id.error()));
    }

private slots:
    void init()
    {
        QVERIFY(m_t.open());
        // The firm's currency is IDR (the default). USD: 16,000 from 1 January 2026, then
        // 16,245.50 from 15 June; SGD has no rate at all.
        addRate(u"USD"_s, QDate(2026, 1, 1), 160'000'000'000'000);
        addRate(u"USD"_s, QDate(2026, 6, 15), 162'455'000'000'000);

        cd::Account client;
        client.kind = cd::AccountKind::Client;
        client.name = u"Pacific Holdings"_s;
        client.currency = u"usd"_s; // stored upper-case
        const auto id = cd::AccountRepository(m_t.db()).insert(client);
        QVERIFY2(id, qPrintable(id.error()));
        m_client = *id;
        m_customer = m_t.rawAccount(u"Toko Sinar"_s);

        // USD 100.00 at 16,245.50: 162,455,000 minor IDR (1,624,550.00).
        addEntry(m_client, QDate(2026, 7, 1), 100'00, u"USD"_s);
        // USD 0.01 at 16,245.50 is 162.455 IDR: 16,245.5 minor, rounded half away from zero
        // to 16,246, per entry (two of them: 32,492, not 32,491).
        addEntry(m_client, QDate(2026, 7, 2), 1, u"USD"_s);
        addEntry(m_client, QDate(2026, 7, 3), 1, u"USD"_s);
        addEntry(m_client, QDate(2026, 3, 1), 5'000'00, u"IDR"_s);
        addEntry(m_client, QDate(2025, 12, 1), 50'00, u"USD"_s); // before the first USD rate
        addEntry(m_client, QDate(2026, 2, 1), 20'00, u"SGD"_s); // no SGD rate
        addContract(u"C-USD"_s, 1'000'00, u"USD"_s);
        addContract(u"C-SGD"_s, 500'00, u"SGD"_s);

        // USD 10.00 at 16,245.50: 16,245,500; IDR 300.00: 30,000; USD 5.00 before any rate.
        addEntry(m_customer, QDate(2026, 7, 1), 10'00, u"USD"_s);
        addEntry(m_customer, QDate(2026, 8, 1), 300'00, u"IDR"_s);
        addEntry(m_customer, QDate(2025, 12, 15), 5'00, u"USD"_s);
    }
    void cleanup() { m_t.close(); }

    void entriesStoreTheirConvertedAmount()
    {
        // What the writers store (the lead's part) and every figure below builds on.
        QCOMPARE(m_t.scalar(u"SELECT converted_minor FROM revenue_entries WHERE entry_date = "
                            "'2026-07-02'"_s)
                     .toLongLong(),
                 16'246);
        QVERIFY(m_t.scalar(u"SELECT converted_minor FROM revenue_entries WHERE entry_date = "
                           "'2026-02-01'"_s)
                    .isNull());
    }

    void unconvertedIsNamedPerCurrency()
    {
        cd::Unconverted u;
        QVERIFY(u.isEmpty());
        QVERIFY(u.text().isEmpty());
        u.add(u"USD"_s, 0, 99); // nothing to name
        QVERIFY(u.isEmpty());
        u.add(u"USD"_s, 2, 10'000'00);
        u.add(u"SGD"_s, 1, 5'00);
        u.add(u"USD"_s, 1, 2'000'00);
        QCOMPARE(u.amounts().size(), 2);
        QCOMPARE(u.amounts().at(0).currency, u"SGD"_s); // by code
        QCOMPARE(u.count(), 4);
        QCOMPARE(u.sentences(kEnglish),
                 QStringList({ u"1 SGD entry, 5.00 SGD, has no SGD rate on or before its date "
                               "and is not in these figures — add rates in Settings."_s,
                               u"3 USD entries, 12,000.00 USD, have no USD rate on or before "
                               "their date and are not in these figures — add rates in "
                               "Settings."_s }));
        QCOMPARE(u.sentences(cd::Unconverted::What::Entries, { { u"USD"_s, QDate(2024, 1, 1) } },
                             kEnglish),
                 QStringList({ u"1 SGD entry, 5.00 SGD, has no SGD rate and is not in these "
                               "figures — add rates in Settings."_s,
                               u"3 USD entries from before the first USD rate, 12,000.00 USD, "
                               "are not in these figures — add rates in Settings."_s }));
        QCOMPARE(u.plainText(), u"5.00 SGD|12000.00 USD"_s);
        QCOMPARE(u.sentences(cd::Unconverted::What::Contracts, {}, kEnglish).constFirst(),
                 u"1 SGD contract, 5.00 SGD a month, has no SGD rate on or before today and is "
                 "not in these figures — add rates in Settings."_s);
        // JPY has no decimals.
        cd::Unconverted yen;
        yen.add(u"JPY"_s, 2, 15000);
        QCOMPARE(yen.plainText(), u"15000 JPY"_s);
    }

    void clientsListConvertsFeesAtTodaysRateAndRevenueByEntry()
    {
        cd::ClientListModel model(m_t.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(kToday).ok());
        QCOMPARE(model.rowCount(), 1);
        const cd::ClientListModel::Row *row = model.rowAt(0);
        QCOMPARE(row->activeContracts, 2);
        // USD 1,000.00 a month at today's 16,245.50: 16,245,500.00 IDR; SGD has no rate.
        QCOMPARE(row->monthlyRecurring, Money(1'624'550'000, u"IDR"_s));
        QCOMPARE(row->annualValue, Money(19'494'600'000, u"IDR"_s));
        QCOMPARE(row->unconvertedFees.amounts(),
                 QList<cd::UnconvertedAmount>({ { u"SGD"_s, 1, 500'00 } }));
        QCOMPARE(row->unconvertedRevenue.amounts(),
                 QList<cd::UnconvertedAmount>({ { u"SGD"_s, 1, 20'00 }, { u"USD"_s, 1, 50'00 } }));
        // USD has rates from 1 January 2026: its entry comes from before the first; SGD has
        // none at all.
        const QString sgdEntry = u"1 SGD entry, 20.00 SGD, has no SGD rate and is not in these "
                                 "figures — add rates in Settings."_s;
        const QString usdEntry = u"1 USD entry from before the first USD rate, 50.00 USD, is "
                                 "not in these figures — add rates in Settings."_s;
        QCOMPARE(model.conversionNotes(kEnglish),
                 QStringList({ u"1 SGD contract, 500.00 SGD a month, has no SGD rate on or "
                               "before today and is not in these figures — add rates in "
                               "Settings."_s,
                               sgdEntry, usdEntry }));
        // Named where the figure is shown, in the user's language (here the C locale's).
        const QModelIndex monthly = model.index(0, cd::ClientListModel::MonthlyRecurring);
        QVERIFY(monthly.data(Qt::ToolTipRole).toString().contains(u"SGD contract"_s));
        const QModelIndex health = model.index(0, cd::ClientListModel::Health);
        QVERIFY(
            health.data(Qt::ToolTipRole).toString().endsWith(u'\n' + sgdEntry + u'\n' + usdEntry));

        // The client page reads the same figures narrowed to one client.
        const auto one = cd::ClientListModel::figuresFor(m_t.db(), m_client, kToday);
        QVERIFY2(one, qPrintable(one.error()));
        QCOMPARE(one->monthlyRecurring, row->monthlyRecurring);
    }

    void clientsListWithoutAnyOtherCurrencyHasNoNote()
    {
        QVERIFY(m_t.exec(u"DELETE FROM contracts WHERE reference = 'C-SGD'"_s));
        QVERIFY(m_t.exec(u"DELETE FROM revenue_entries WHERE converted_minor IS NULL"_s));
        cd::ClientListModel model(m_t.db());
        QVERIFY(model.reload(kToday).ok());
        QVERIFY(model.conversionNotes().isEmpty());
        QVERIFY(
            !model.index(0, cd::ClientListModel::MonthlyRecurring).data(Qt::ToolTipRole).isValid());
    }

    void yearFiguresSumConvertedAmounts()
    {
        const auto figures = cd::RevenueService(m_t.db()).yearFigures(m_client, kToday);
        QVERIFY2(figures, qPrintable(figures.error()));
        // 162,455,000 + 16,246 + 16,246 + 500,000 (IDR 5,000.00).
        QCOMPARE(figures->thisYear, Money(162'987'492, u"IDR"_s));
        QCOMPARE(figures->lastYearToDate, Money(0, u"IDR"_s));
        QCOMPARE(figures->lastYear, Money(0, u"IDR"_s)); // only the unconverted USD 50.00
        QCOMPARE(figures->unconverted.amounts(),
                 QList<cd::UnconvertedAmount>({ { u"SGD"_s, 1, 20'00 }, { u"USD"_s, 1, 50'00 } }));
    }

    void accountsListConvertedRevenue()
    {
        const auto rows = cd::AccountDirectory::list(m_t.db(), std::nullopt, {}, kToday);
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(rows->size(), 2);
        const cd::AccountListing &client = rows->at(0); // "Pacific…" before "Toko…"
        QCOMPARE(client.id, m_client);
        QCOMPARE(client.currency, u"USD"_s);
        QCOMPARE(client.revenue12Months, Money(162'987'492, u"IDR"_s));
        QCOMPARE(client.unconverted12Months.plainText(), u"20.00 SGD|50.00 USD"_s);
        const cd::AccountListing &customer = rows->at(1);
        QCOMPARE(customer.currency, QString());
        QCOMPARE(customer.revenue12Months, Money(16'275'500, u"IDR"_s));
        QCOMPARE(customer.unconverted12Months.plainText(), u"5.00 USD"_s);
    }

    void customerFiguresSumConvertedAmountsAndFollowARateChange()
    {
        cd::CustomerStats stats(m_t.db());
        QVERIFY(stats.refreshAll(kToday).ok());
        auto f = stats.figures(m_customer);
        QVERIFY2(f, qPrintable(f.error()));
        QCOMPARE(f->revenue, Money(16'275'500, u"IDR"_s));
        QCOMPARE(f->revenue12Months, Money(16'275'500, u"IDR"_s));
        QCOMPARE(f->purchases, 2); // the day without a rate is not counted yet
        QCOMPARE(f->firstPurchase, QDate(2026, 7, 1));

        cd::CustomerListModel model(m_t.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(kToday).ok());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowAt(0)->revenue12Months, Money(16'275'500, u"IDR"_s));
        // USD has rates from 1 January 2026: the entry of 15 December 2025 comes before.
        const QString usdEntry = u"1 USD entry from before the first USD rate, 5.00 USD, is not "
                                 "in these figures — add rates in Settings."_s;
        QCOMPARE(model.conversionNotes(kEnglish), QStringList { usdEntry });
        for (int column :
             { cd::CustomerListModel::Revenue12Months, cd::CustomerListModel::AverageBasket })
            QCOMPARE(model.index(0, column).data(Qt::ToolTipRole).toString(), usdEntry);
        QVERIFY(!model.index(0, cd::CustomerListModel::Purchases).data(Qt::ToolTipRole).isValid());
        // A currency without any rate says so instead.
        QVERIFY(m_t.exec(u"DELETE FROM exchange_rates WHERE currency = 'USD'"_s));
        QVERIFY(model.reload(kToday).ok());
        QCOMPARE(
            model.index(0, cd::CustomerListModel::Revenue12Months).data(Qt::ToolTipRole).toString(),
            u"1 USD entry, 5.00 USD, has no USD rate and is not in these figures — add "
            "rates in Settings."_s);
        addRate(u"USD"_s, QDate(2026, 1, 1), 160'000'000'000'000);
        addRate(u"USD"_s, QDate(2026, 6, 15), 162'455'000'000'000);

        // A back-dated rate: CurrencyService converts the entry again (as here, by hand),
        // then has the customers in that currency recomputed. 5.00 × 15,000 = 7,500,000.
        addRate(u"USD"_s, QDate(2025, 12, 1), 150'000'000'000'000);
        QVERIFY(m_t.exec(u"UPDATE revenue_entries SET converted_minor = 7500000 WHERE "
                         "entry_date = '2025-12-15'"_s));
        QVERIFY(stats.refreshForCurrencies({ u"EUR"_s }, kToday).ok()); // not this one's
        QCOMPARE(stats.figures(m_customer)->purchases, 2);
        QVERIFY(stats.refreshForCurrencies({ u"USD"_s }, kToday).ok());
        f = stats.figures(m_customer);
        QCOMPARE(f->revenue, Money(23'775'500, u"IDR"_s));
        QCOMPARE(f->purchases, 3);
        QCOMPARE(f->firstPurchase, QDate(2025, 12, 15));
        QVERIFY(model.reload(kToday).ok());
        QVERIFY(model.conversionNotes().isEmpty());
        // Every customer, as after a change of the firm's currency.
        QVERIFY(m_t.exec(u"DELETE FROM customer_stats"_s));
        QVERIFY(stats.refreshForCurrencies({}, kToday).ok());
        QCOMPARE(stats.figures(m_customer)->revenue, Money(23'775'500, u"IDR"_s));
    }

    void clientReportShowsTheClientsCurrencyWithTheConvertedFigure()
    {
        const auto d = cd::ReportData::client(m_t.db(), m_client,
                                              cd::ReportPeriod::lastTwelveMonths(kToday), kToday);
        QVERIFY2(d, qPrintable(d.error()));
        QCOMPARE(d->currency, u"IDR"_s);
        QCOMPARE(d->accountCurrency, u"USD"_s);
        QVERIFY(d->showsOwnCurrency());
        QCOMPARE(d->revenueMinor, 162'987'492);
        // The USD entries of the period that converted, and what they came to (the IDR
        // 5,000.00 is in the total only).
        QCOMPARE(d->revenueOwnMinor, 100'00 + 1 + 1);
        QCOMPARE(d->revenueOwnConvertedMinor, 162'455'000 + 16'246 + 16'246);
        QCOMPARE(d->previousRevenueMinor, 0);
        QCOMPARE(d->unconverted.plainText(), u"20.00 SGD|50.00 USD"_s);
        // Fees at the rate of the day printed: USD 1,000.00 → 1,624,550,000; SGD none.
        QCOMPARE(d->contracts.size(), 2);
        QCOMPARE(d->convertedFees.size(), 2);
        for (qsizetype i = 0; i < d->contracts.size(); ++i) {
            if (d->contracts.at(i).fee.currency() == u"USD")
                QCOMPARE(d->convertedFees.at(i), std::optional<qint64>(1'624'550'000));
            else
                QCOMPARE(d->convertedFees.at(i), std::optional<qint64>());
        }
    }

    void clientReportOfAClientInTheFirmsCurrency()
    {
        cd::AccountRepository accounts(m_t.db());
        auto client = accounts.get(m_client);
        QVERIFY(client);
        client->currency.clear();
        QVERIFY(accounts.update(*client).ok());
        QVERIFY(
            m_t.scalar(u"SELECT currency FROM accounts WHERE id = :id"_s, { { u"id"_s, m_client } })
                .isNull());
        const auto d = cd::ReportData::client(m_t.db(), m_client,
                                              cd::ReportPeriod::lastTwelveMonths(kToday), kToday);
        QVERIFY2(d, qPrintable(d.error()));
        QCOMPARE(d->accountCurrency, u"IDR"_s);
        QVERIFY(!d->showsOwnCurrency());
        QCOMPARE(d->revenueOwnMinor, 5'000'00); // the IDR entry
        QCOMPARE(d->revenueMinor, 162'987'492);
    }

    void portfolioReportNamesTheEntriesWithoutARate()
    {
        const auto d = cd::ReportData::portfolio(
            m_t.db(), cd::ReportPeriod::lastTwelveMonths(kToday), kToday);
        QVERIFY2(d, qPrintable(d.error()));
        // The client's SGD 20.00 and USD 50.00, the customer's USD 5.00.
        QCOMPARE(d->unconverted.amounts(),
                 QList<cd::UnconvertedAmount>({ { u"SGD"_s, 1, 20'00 }, { u"USD"_s, 2, 55'00 } }));
        // A period before all of them names none.
        const auto later = cd::ReportData::portfolio(
            m_t.db(), { QDate(2026, 3, 1), QDate(2026, 11, 22) }, kToday);
        QVERIFY2(later, qPrintable(later.error()));
        QVERIFY(later->unconverted.isEmpty());
    }

    void accountCurrencyIsValidated()
    {
        cd::AccountRepository accounts(m_t.db());
        QCOMPARE(accounts.get(m_client)->currency, u"USD"_s);
        cd::Account bad;
        bad.name = u"Bad Currency"_s;
        for (const QString &code : { u"US"_s, u"US$"_s, u"DOLLAR"_s, u"12A"_s }) {
            bad.currency = code;
            const auto id = accounts.insert(bad);
            QVERIFY(!id);
            QVERIFY2(id.error().contains(u"ISO 4217"_s), qPrintable(id.error()));
        }
        bad.currency = u" sgd "_s;
        const auto id = accounts.insert(bad);
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(accounts.get(*id)->currency, u"SGD"_s);
    }
};

QTEST_GUILESS_MAIN(tst_ConvertedFigures)
#include "tst_convertedfigures.moc"
