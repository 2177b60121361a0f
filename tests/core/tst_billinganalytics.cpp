// The billing analytics (issue 27): monthly recurring revenue with its movements, billed vs
// collected, days sales outstanding, recomputed by hand on a few contracts and invoices.
#include "analytics/billinganalytics.h"
#include "repositorytestsupport.h"

using namespace Qt::StringLiterals;
using cd::BillingAnalytics;
using cd::BillingData;

class tst_BillingAnalytics : public QObject
{
    Q_OBJECT

    testsupport::TestDatabase m_test;
    qint64 m_ana = 0, m_alfa = 0, m_beta = 0, m_gamma = 0;
    int m_serial = 0;
    const QDate m_today { 2026, 4, 15 };

    void contract(qint64 account, const QString &model, qint64 fee, const QVariant &hours,
                  const QString &start, const QString &end, const QString &status,
                  const QString &currency = u"IDR"_s, const QVariant &terminated = {})
    {
        QVERIFY(m_test.exec(
            u"INSERT INTO contracts (account_id, reference, billing_model, fee_minor, currency, "
            "estimated_hours, start_date, end_date, status, terminated_on, created_at, "
            "updated_at) VALUES (:a, :r, :m, :f, :c, :h, :s, :e, :st, :t, '2025-01-01', "
            "'2025-01-01')"_s,
            { { u"a"_s, account },
              { u"r"_s, u"C-%1"_s.arg(++m_serial) },
              { u"m"_s, model },
              { u"f"_s, fee },
              { u"c"_s, currency },
              { u"h"_s, hours },
              { u"s"_s, start },
              { u"e"_s, end },
              { u"st"_s, status },
              { u"t"_s, terminated } }));
    }

    qint64 invoice(qint64 account, const QString &date, qint64 total, qint64 paid,
                   const QString &state, const QString &currency = u"IDR"_s,
                   const QString &extra = {}, const QString &values = {})
    {
        const QVariant number
            = state == u"draft"_s ? QVariant() : QVariant(u"INV/2026/%1"_s.arg(++m_serial));
        const bool ok = m_test.exec(
            u"INSERT INTO invoices (number, account_id, invoice_date, due_date, currency, "
            "net_minor, total_minor, paid_minor, state, created_at, updated_at%1) VALUES (:n, "
            ":a, :d, :due, :c, :t, :total, :p, :s, '2026-01-01', '2026-01-01'%2)"_s.arg(extra,
                                                                                        values),
            { { u"n"_s, number },
              { u"a"_s, account },
              { u"d"_s, date },
              { u"due"_s, date },
              { u"c"_s, currency },
              { u"t"_s, total },
              { u"total"_s, total },
              { u"p"_s, paid },
              { u"s"_s, state } });
        return ok ? m_test.scalar(u"SELECT max(id) FROM invoices"_s).toLongLong() : 0;
    }

    void pay(qint64 account, qint64 invoiceId, const QString &date, qint64 amount,
             const QString &currency = u"IDR"_s)
    {
        QVERIFY(m_test.exec(
            u"INSERT INTO payments (account_id, payment_date, amount_minor, "
            "currency, created_at) VALUES (:a, :d, :m, :c, '2026-01-01')"_s,
            { { u"a"_s, account }, { u"d"_s, date }, { u"m"_s, amount }, { u"c"_s, currency } }));
        QVERIFY(m_test.exec(u"INSERT INTO payment_allocations (payment_id, invoice_id, "
                            "amount_minor) SELECT max(id), :i, :m FROM payments"_s,
                            { { u"i"_s, invoiceId }, { u"m"_s, amount } }));
    }

    BillingData data()
    {
        auto loaded = BillingData::load(m_test.db());
        if (!loaded)
            qWarning("%s", qPrintable(loaded.error()));
        return loaded ? *loaded : BillingData();
    }

private slots:
    void init()
    {
        QVERIFY(m_test.open());
        m_ana = m_test.rawUser(u"Ana"_s);
        m_alfa = m_test.rawAccount(u"PT Alfa"_s, u"client"_s);
        QVERIFY(m_test.exec(u"UPDATE accounts SET manager_id = :m WHERE id = :id"_s,
                            { { u"m"_s, m_ana }, { u"id"_s, m_alfa } }));
        m_beta = m_test.rawAccount(u"PT Beta"_s, u"client"_s);
        m_gamma = m_test.rawAccount(u"Gamma Pte"_s, u"client"_s);
        QVERIFY(m_test.exec(u"UPDATE accounts SET currency = 'USD' WHERE id = :id"_s,
                            { { u"id"_s, m_gamma } }));
        // 16,000 rupiah a dollar in January and February, 17,000 from March.
        QVERIFY(m_test.exec(u"INSERT INTO exchange_rates (currency, rate_date, rate_e10) VALUES "
                            "('USD', '2026-01-01', 160000000000000), "
                            "('USD', '2026-03-01', 170000000000000)"_s));

        // Alfa: 1,000.00 a month from January, terminated on 10 April; and a fixed fee of
        // 1,200.00 over February to July (six months): 200.00 a month.
        contract(m_alfa, u"retainer"_s, 100000, {}, u"2026-01-01"_s, u"2026-12-31"_s,
                 u"terminated"_s, u"IDR"_s, u"2026-04-10"_s);
        contract(m_alfa, u"fixed"_s, 120000, {}, u"2026-02-01"_s, u"2026-07-31"_s, u"active"_s);
        // Beta: 500.00 a month from 15 January to 20 March; then 24 hours at 100.00 over
        // March to August (six months): 400.00 a month.
        contract(m_beta, u"retainer"_s, 50000, {}, u"2026-01-15"_s, u"2026-03-20"_s, u"expired"_s);
        contract(m_beta, u"hourly"_s, 10000, 24, u"2026-03-01"_s, u"2026-08-31"_s, u"active"_s);
        // Gamma: 10.00 dollars a month in February and March.
        contract(m_gamma, u"retainer"_s, 1000, {}, u"2026-02-01"_s, u"2026-03-31"_s, u"expired"_s,
                 u"USD"_s);
        // A draft counts for nothing.
        contract(m_beta, u"retainer"_s, 999999, {}, u"2026-01-01"_s, u"2026-12-31"_s, u"draft"_s);

        // Invoices (totals with tax) and their payments.
        const qint64 i1 = invoice(m_alfa, u"2026-01-31"_s, 111000, 111000, u"paid"_s);
        pay(m_alfa, i1, u"2026-02-20"_s, 111000);
        const qint64 i2 = invoice(m_beta, u"2026-01-31"_s, 55500, 30000, u"partly_paid"_s);
        pay(m_beta, i2, u"2026-02-10"_s, 30000);
        const qint64 i3 = invoice(m_alfa, u"2026-02-28"_s, 133200, 0, u"issued"_s);
        const qint64 i4
            = invoice(m_gamma, u"2026-02-28"_s, 1110, 1110, u"paid"_s, u"USD"_s); // 11.10 USD
        pay(m_gamma, i4, u"2026-03-05"_s, 1110, u"USD"_s);
        // Void and draft invoices count for nothing; a credit note counts below zero.
        invoice(m_alfa, u"2026-03-31"_s, 999999, 0, u"void"_s, u"IDR"_s,
                u", void_reason, voided_on"_s, u", 'wrong client', '2026-04-01'"_s);
        invoice(m_alfa, u"2026-03-31"_s, 777777, 0, u"draft"_s);
        QVERIFY(invoice(m_alfa, u"2026-03-15"_s, -13320, 0, u"paid"_s, u"IDR"_s,
                        u", series, credit_for_id"_s, u", 'credit_note', %1"_s.arg(i3)));
    }

    void recurringRevenueMovesAccountByAccount()
    {
        const BillingData d = data();
        QCOMPARE(d.currency, u"IDR"_s);
        QCOMPARE(d.contracts.size(), 5); // not the draft
        const auto months = BillingAnalytics::mrr(d, { 2026, 1, 1 }, { 2026, 4, 1 }, m_today);
        QCOMPARE(months.size(), 4);
        // January: Alfa 1,000.00 and Beta 500.00, both new.
        QCOMPARE(months.at(0).mrr, 150000);
        QCOMPARE(months.at(0).added, 150000);
        QCOMPARE(months.at(0).expansion + months.at(0).contraction + months.at(0).churned, 0);
        // February: Alfa's fixed fee adds 200.00 (expansion); Gamma new, 10.00 USD × 16,000.
        QCOMPARE(months.at(1).mrr, 120000 + 50000 + 16'000'000);
        QCOMPARE(months.at(1).added, 16'000'000);
        QCOMPARE(months.at(1).expansion, 20000);
        QCOMPARE(months.at(1).rateEffect, 0);
        // March: Beta 500.00 → 400.00 (contraction); Gamma unchanged in dollars, but the
        // dollar now buys 17,000: 10.00 × 1,000 more is the rates' doing.
        QCOMPARE(months.at(2).mrr, 120000 + 40000 + 17'000'000);
        QCOMPARE(months.at(2).added + months.at(2).expansion + months.at(2).churned, 0);
        QCOMPARE(months.at(2).contraction, 10000);
        QCOMPARE(months.at(2).rateEffect, 1'000'000);
        // April (measured on the 15th, today): Alfa's retainer terminated on the 10th (down to
        // the fixed fee's 200.00), Gamma ended in March (churned).
        QCOMPARE(months.at(3).mrr, 20000 + 40000);
        QCOMPARE(months.at(3).contraction, 100000);
        QCOMPARE(months.at(3).churned, 17'000'000);
        QCOMPARE(months.at(3).rateEffect, 0);
        // Each month: the month before + new + expansion − contraction − churned + rates.
        for (qsizetype i = 1; i < months.size(); ++i) {
            const cd::MrrMonth &m = months.at(i);
            QCOMPARE(m.mrr,
                     months.at(i - 1).mrr + m.added + m.expansion - m.contraction - m.churned
                         + m.rateEffect);
        }
        // One manager's accounts: Alfa only.
        const auto ana = BillingAnalytics::mrr(d, { 2026, 1, 1 }, { 2026, 4, 1 }, m_today,
                                               { m_ana, std::nullopt });
        QCOMPARE(ana.at(0).mrr, 100000);
        QCOMPARE(ana.at(1).expansion, 20000);
        QCOMPARE(ana.at(3).mrr, 20000);
        QCOMPARE(ana.at(3).contraction, 100000);
        // Months after today are not measured.
        QCOMPARE(BillingAnalytics::mrr(d, { 2026, 3, 1 }, { 2026, 12, 1 }, m_today).size(), 2);
    }

    void billedAndCollectedByMonth()
    {
        const BillingData d = data();
        QCOMPARE(d.invoices.size(), 5); // not the void one, not the draft
        const auto months = BillingAnalytics::billedCollected(d, { 2026, 1, 1 }, { 2026, 4, 1 });
        QCOMPARE(months.size(), 4);
        QCOMPARE(months.at(0).billed, 111000 + 55500);
        QCOMPARE(months.at(0).collected, 0);
        // 11.10 USD billed at 16,000 on 28 February, received at 17,000 on 5 March.
        QCOMPARE(months.at(1).billed, 133200 + 17'760'000);
        QCOMPARE(months.at(1).collected, 111000 + 30000);
        QCOMPARE(months.at(2).billed, -13320); // the credit note
        QCOMPARE(months.at(2).collected, 18'870'000);
        QCOMPARE(months.at(3).billed, 0);
        QCOMPARE(months.at(3).collected, 0);
        const auto ana = BillingAnalytics::billedCollected(d, { 2026, 1, 1 }, { 2026, 4, 1 },
                                                           { m_ana, std::nullopt });
        QCOMPARE(ana.at(1).billed, 133200);
        QCOMPARE(ana.at(1).collected, 111000);
        // A segment's accounts (Beta and Gamma): their invoices and payments only.
        const auto segment = BillingAnalytics::billedCollected(
            d, { 2026, 1, 1 }, { 2026, 4, 1 }, { std::nullopt, QSet<qint64> { m_beta, m_gamma } });
        QCOMPARE(segment.at(0).billed, 55500);
        QCOMPARE(segment.at(1).billed, 17'760'000);
        QCOMPARE(segment.at(1).collected, 30000);
        QCOMPARE(segment.at(2).billed, 0);
        QCOMPARE(segment.at(2).collected, 18'870'000);
        // Within one manager's accounts, a segment naming none of them keeps nothing.
        const auto none = BillingAnalytics::billedCollected(d, { 2026, 1, 1 }, { 2026, 4, 1 },
                                                            { m_ana, QSet<qint64> { m_beta } });
        QCOMPARE(none.at(0).billed + none.at(1).billed + none.at(1).collected, 0);
    }

    void daysSalesOutstanding()
    {
        const BillingData d = data();
        const auto months = BillingAnalytics::dso(d, { 2026, 1, 1 }, { 2026, 4, 1 }, m_today);
        QCOMPARE(months.size(), 4);
        // January: nothing paid, all billed within 90 days: 90 days.
        QCOMPARE(months.at(0).asOf, QDate(2026, 1, 31));
        QCOMPARE(months.at(0).receivables, 166500);
        QCOMPARE(months.at(0).billed90, 166500);
        QCOMPARE(months.at(0).tenthsOfDays, 900);
        // February: owed 111,000 + 55,500 + 133,200 − 141,000 = 158,700 and 11.10 USD at
        // 16,000 (17,760,000); billed 166,500 + 133,200 + 17,760,000 in the 90 days.
        // 17,918,700 ÷ 18,059,700 × 90 = 89.297… days.
        QCOMPARE(months.at(1).receivables, 158700 + 17'760'000);
        QCOMPARE(months.at(1).billed90, 166500 + 133200 + 17'760'000);
        QCOMPARE(months.at(1).tenthsOfDays, 893);
        // March: the dollars paid, the credit note taken off: 145,380 owed of 18,046,380
        // billed: 0.725… days.
        QCOMPARE(months.at(2).receivables, 145380);
        QCOMPARE(months.at(2).billed90, 18'046'380);
        QCOMPARE(months.at(2).tenthsOfDays, 7);
        // April, measured today (15 April): the 90 days from 16 January hold the same.
        QCOMPARE(months.at(3).asOf, m_today);
        QCOMPARE(months.at(3).receivables, 145380);
        QCOMPARE(months.at(3).billed90, 18'046'380);
        // Nothing billed: no DSO.
        const auto before = BillingAnalytics::dso(d, { 2025, 11, 1 }, { 2025, 11, 1 }, m_today);
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.at(0).tenthsOfDays, std::nullopt);
        QCOMPARE(BillingAnalytics::firstMonth(d, m_today), QDate(2026, 1, 1));
    }

    void anEmptyDatabaseHasNoFigures()
    {
        testsupport::TestDatabase empty;
        QVERIFY(empty.open());
        const auto d = BillingData::load(empty.db());
        QVERIFY2(d.ok(), qPrintable(d.error()));
        const auto mrr = BillingAnalytics::mrr(*d, { 2026, 1, 1 }, { 2026, 2, 1 }, m_today);
        QCOMPARE(mrr.size(), 2);
        QCOMPARE(mrr.at(1).mrr, 0);
        QCOMPARE(BillingAnalytics::billedCollected(*d, { 2026, 1, 1 }, { 2026, 2, 1 }).at(0).billed,
                 0);
        QVERIFY(BillingAnalytics::mrr(*d, {}, {}, m_today).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_BillingAnalytics)
#include "tst_billinganalytics.moc"
