// The portfolio report's receivables (issue 27 item 5): what every account owes on the day
// printed, by days past due, whatever the report's period; by currency (the firm's first),
// the largest first; nothing when all is paid. On an SQLite file and
// (tst_portfolioreceivables_postgresql) on a PostgreSQL server. Every figure by hand.

#include "repositorytestsupport.h"

#include "reports/reportdata.h"
#include "services/invoiceservice.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

class tst_PortfolioReceivables final : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDatabase m_t;
    qint64 m_acme = 0;
    qint64 m_beta = 0;
    qint64 m_gamma = 0;

    InvoiceService service() { return InvoiceService(m_t.db()); }

    /// An issued invoice of 31 January, no tax, for `amount` minor units, due on `due`.
    QString issued(qint64 account, qint64 amount, const QDate &due, const QString &currency = {})
    {
        Invoice i;
        i.accountId = account;
        i.date = { 2026, 1, 31 };
        InvoiceLine line;
        line.description = u"Work"_s;
        line.unitPriceMinor = amount;
        line.amountMinor = amount;
        i.lines = { line };
        auto defaulted = service().withDefaults(i);
        if (!defaulted) {
            qWarning("%s", qPrintable(defaulted.error()));
            return {};
        }
        defaulted->dueDate = due;
        if (!currency.isEmpty())
            defaulted->currency = currency;
        defaulted->lines[0].taxRateBp.reset();
        const auto id = service().createDraft(*defaulted);
        if (!id) {
            qWarning("%s", qPrintable(id.error()));
            return {};
        }
        const auto numbers = service().issue({ *id });
        if (!numbers) {
            qWarning("%s", qPrintable(numbers.error()));
            return {};
        }
        return numbers->value(0);
    }

    bool pay(const QString &number, qint64 amount, const QDate &date)
    {
        Payment p;
        p.date = date;
        p.amountMinor = amount;
        p.allocations = { { service().byNumber(number)->id, 0 } };
        const auto id = service().recordPayment(p);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id.ok();
    }

    /// The first quarter of 2026: a period that ended long before the day printed.
    static ReportPeriod firstQuarter() { return { { 2026, 1, 1 }, { 2026, 3, 31 } }; }

private slots:
    void init()
    {
        QVERIFY(m_t.open());
        m_acme = m_t.rawAccount(u"Acme"_s, u"client"_s);
        m_beta = m_t.rawAccount(u"Beta"_s, u"client"_s);
        m_gamma = m_t.rawAccount(u"Gamma"_s, u"client"_s);
    }
    void cleanup() { m_t.close(); }

    void nothingOwedWithoutInvoices()
    {
        const auto d = ReportData::portfolio(m_t.db(), firstQuarter(), { 2026, 6, 30 });
        QVERIFY2(d.ok(), qPrintable(d.error()));
        QVERIFY(d->receivables.isEmpty());
    }

    void nothingOwedWhenAllIsPaid()
    {
        const QString number = issued(m_acme, 100000, { 2026, 3, 1 });
        QVERIFY(!number.isEmpty());
        QVERIFY(pay(number, 100000, { 2026, 3, 5 }));
        const auto d = ReportData::portfolio(m_t.db(), firstQuarter(), { 2026, 6, 30 });
        QVERIFY2(d.ok(), qPrintable(d.error()));
        QVERIFY(d->receivables.isEmpty());
    }

    void agedOnTheDayPrintedAndSorted()
    {
        // Acme (IDR): 1,000.00 due 2026-07-15, 2,000.00 due 2026-06-30 (due on the day printed,
        // not past due), 3,000.00 due 2026-06-10 (20 days), 4,000.00 due 2026-05-31 (30
        // days), 5,000.00 due 2026-05-15 (46), 6,000.00 due 2026-04-15 (76), 7,000.00 due
        // 2026-03-01 (121) of which 2,000.00 paid in April: owed 26,000.00.
        const QList<std::pair<QDate, qint64>> dues {
            { { 2026, 7, 15 }, 1 }, { { 2026, 6, 30 }, 2 }, { { 2026, 6, 10 }, 3 },
            { { 2026, 5, 31 }, 4 }, { { 2026, 5, 15 }, 5 }, { { 2026, 4, 15 }, 6 },
            { { 2026, 3, 1 }, 7 },
        };
        QString last;
        for (const auto &[due, k] : dues) {
            last = issued(m_acme, k * 100000, due);
            QVERIFY(!last.isEmpty());
        }
        QVERIFY(pay(last, 200000, { 2026, 4, 1 }));
        // Beta (IDR) owes more: 30,000.00 due 2026-06-29 (1 day), and an invoice paid after
        // the report's period but before the day printed: not owed.
        QVERIFY(!issued(m_beta, 3000000, { 2026, 6, 29 }).isEmpty());
        const QString paidLater = issued(m_beta, 9900000, { 2026, 2, 28 });
        QVERIFY(pay(paidLater, 9900000, { 2026, 5, 20 }));
        // Gamma owes in USD, 500.00 due 2026-04-30 (61 days): after the firm's currency.
        QVERIFY(!issued(m_gamma, 50000, { 2026, 4, 30 }, u"USD"_s).isEmpty());

        const auto d = ReportData::portfolio(m_t.db(), firstQuarter(), { 2026, 6, 30 });
        QVERIFY2(d.ok(), qPrintable(d.error()));
        QCOMPARE(d->printedOn, QDate(2026, 6, 30));
        QCOMPARE(d->receivables.size(), 3);
        const InvoiceService::AgingRow &beta = d->receivables.at(0);
        QCOMPARE(beta.accountName, u"Beta"_s);
        QCOMPARE(beta.currency, u"IDR"_s);
        QCOMPARE(beta.currentMinor, 0);
        QCOMPARE(beta.days1to30Minor, 3000000);
        QCOMPARE(beta.totalMinor, 3000000);
        const InvoiceService::AgingRow &acme = d->receivables.at(1);
        QCOMPARE(acme.accountName, u"Acme"_s);
        QCOMPARE(acme.accountId, m_acme);
        QCOMPARE(acme.currency, u"IDR"_s);
        QCOMPARE(acme.currentMinor, 300000);
        QCOMPARE(acme.days1to30Minor, 700000);
        QCOMPARE(acme.days31to60Minor, 500000);
        QCOMPARE(acme.days61to90Minor, 600000);
        QCOMPARE(acme.over90Minor, 500000);
        QCOMPARE(acme.totalMinor, 2600000);
        const InvoiceService::AgingRow &gamma = d->receivables.at(2);
        QCOMPARE(gamma.accountName, u"Gamma"_s);
        QCOMPARE(gamma.currency, u"USD"_s);
        QCOMPARE(gamma.days61to90Minor, 50000);
        QCOMPARE(gamma.totalMinor, 50000);

        // Printed a month later the same amounts are older: Acme's 1,000.00 is 16 days past
        // due, 2,000.00 31, 3,000.00 51, 4,000.00 61, 5,000.00 77, 6,000.00 107, 5,000.00 152.
        const auto later = ReportData::portfolio(m_t.db(), firstQuarter(), { 2026, 7, 31 });
        QVERIFY2(later.ok(), qPrintable(later.error()));
        const InvoiceService::AgingRow &acmeLater = later->receivables.at(1);
        QCOMPARE(acmeLater.accountName, u"Acme"_s);
        QCOMPARE(acmeLater.currentMinor, 0);
        QCOMPARE(acmeLater.days1to30Minor, 100000);
        QCOMPARE(acmeLater.days31to60Minor, 500000);
        QCOMPARE(acmeLater.days61to90Minor, 900000);
        QCOMPARE(acmeLater.over90Minor, 1100000);
        QCOMPARE(acmeLater.totalMinor, 2600000);
        QCOMPARE(later->receivables.at(2).over90Minor, 50000); // Gamma: 92 days
    }

    void equalTotalsGoByName()
    {
        QVERIFY(!issued(m_gamma, 100000, { 2026, 6, 1 }).isEmpty());
        QVERIFY(!issued(m_acme, 100000, { 2026, 7, 1 }).isEmpty());
        const auto d = ReportData::portfolio(m_t.db(), firstQuarter(), { 2026, 6, 30 });
        QVERIFY2(d.ok(), qPrintable(d.error()));
        QCOMPARE(d->receivables.size(), 2);
        QCOMPARE(d->receivables.at(0).accountName, u"Acme"_s);
        QCOMPARE(d->receivables.at(0).currentMinor, 100000);
        QCOMPARE(d->receivables.at(1).accountName, u"Gamma"_s);
        QCOMPARE(d->receivables.at(1).days1to30Minor, 100000);
    }
};

QTEST_GUILESS_MAIN(tst_PortfolioReceivables)
#include "tst_portfolioreceivables.moc"
