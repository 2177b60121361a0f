#include "repositorytestsupport.h"

#include "analytics/contractoutlook.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cd::ContractOutlookAnalytics;

// Recurring revenue and renewals due of the active contracts, month by month, on contracts
// worked out by hand (as of 15 March 2026, twelve months: March 2026 to February 2027).
class tst_ContractOutlook final : public QObject
{
    Q_OBJECT

    testsupport::TestDatabase m_test;
    qint64 m_ana = 0;
    int m_serial = 0;

    void contract(qint64 account, const QString &model, qint64 fee, const QVariant &hours,
                  const QString &start, const QVariant &end, bool autoRenew,
                  const QVariant &renewalMonths, const QString &status = u"active"_s,
                  const QString &currency = u"IDR"_s)
    {
        QVERIFY(m_test.exec(
            u"INSERT INTO contracts (account_id, reference, billing_model, fee_minor, currency, "
            "estimated_hours, start_date, end_date, auto_renew, renewal_months, status, "
            "created_at, updated_at) VALUES (:a, :r, :m, :f, :c, :h, :s, :e, :ar, :rm, :st, "
            "'2025-01-01', '2025-01-01')"_s,
            { { u"a"_s, account },
              { u"r"_s, u"C-%1"_s.arg(++m_serial) },
              { u"m"_s, model },
              { u"f"_s, fee },
              { u"c"_s, currency },
              { u"h"_s, hours },
              { u"s"_s, start },
              { u"e"_s, end },
              { u"ar"_s, int(autoRenew) },
              { u"rm"_s, renewalMonths },
              { u"st"_s, status } }));
    }

private slots:
    void init()
    {
        QVERIFY(m_test.open());
        m_ana = m_test.rawUser(u"Ana"_s);
        const qint64 alfa = m_test.rawAccount(u"PT Alfa"_s, u"client"_s);
        QVERIFY(m_test.exec(u"UPDATE accounts SET manager_id = :m WHERE id = :id"_s,
                            { { u"m"_s, m_ana }, { u"id"_s, alfa } }));
        const qint64 beta = m_test.rawAccount(u"PT Beta"_s, u"client"_s);
        // A: 1,000.00 a month until June.
        contract(alfa, u"retainer"_s, 100000, {}, u"2025-01-01"_s, u"2026-06-30"_s, false, {});
        // B: 12,000.00 fixed over 2026, so 1,000.00 a month.
        contract(beta, u"fixed"_s, 1200000, {}, u"2026-01-01"_s, u"2026-12-31"_s, false, {});
        // C: 500.00 a month, renewing itself every three months: April, July, October, January.
        contract(beta, u"retainer"_s, 50000, {}, u"2025-06-01"_s, u"2026-04-30"_s, true, 3);
        // D: 10 hours at 100.00 from May, open-ended (a year's term): 83.33 a month.
        contract(beta, u"hourly"_s, 10000, 10, u"2026-05-01"_s, {}, false, {});
        contract(beta, u"retainer"_s, 999999, {}, u"2026-01-01"_s, {}, false, {}, u"draft"_s);
        contract(beta, u"retainer"_s, 777, {}, u"2026-01-01"_s, {}, false, {}, u"active"_s,
                 u"USD"_s);
    }
    void cleanup() { m_test.close(); }

    // Every fee is bounded, but not how many contracts there are: 9,300 retainers at the
    // largest fee add up to more than 64 bits hold, and the outlook says so instead of a
    // wrapped figure. A contract stored before the bounds with an hourly rate whose value
    // (rate times hours) does not fit is refused too.
    void sumsThatWouldWrapAreAnError()
    {
        QVERIFY(m_test.exec(
            u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 9300) "
            "INSERT INTO contracts (account_id, reference, billing_model, fee_minor, currency, "
            "start_date, auto_renew, status, created_at, updated_at) "
            "SELECT (SELECT min(id) FROM accounts), 'MAX-' || i, 'retainer', 999999999999999, "
            "'IDR', '2026-01-01', 0, 'active', '2026-01-01', '2026-01-01' FROM n"_s));
        const auto outlook = ContractOutlookAnalytics::compute(m_test.db(), { 2026, 3, 15 });
        QVERIFY(!outlook.ok());
        QVERIFY2(outlook.error().contains(u"more than ClientDesk can total exactly"_s),
                 qPrintable(outlook.error()));
    }

    void monthByMonth()
    {
        const auto outlook = ContractOutlookAnalytics::compute(m_test.db(), { 2026, 3, 15 });
        QVERIFY2(outlook.ok(), qPrintable(outlook.error()));
        QCOMPARE(outlook->currency, u"IDR"_s);
        QCOMPARE(outlook->otherCurrency, 1); // Beta's USD retainer: no USD rate
        QCOMPARE(outlook->unconverted.amounts(),
                 (QList<cd::UnconvertedAmount> { { u"USD"_s, 1, 777 } }));
        QCOMPARE(outlook->note(QLocale(QLocale::English, QLocale::UnitedStates)),
                 u"1 USD contract, 7.77 USD a month, has no USD rate on or before today and "
                 "is not in these figures — add rates in Settings."_s);
        QCOMPARE(outlook->months.size(), 12);
        const auto &m = outlook->months;
        QCOMPARE(m.first().month, QDate(2026, 3, 1));
        QCOMPARE(m.last().month, QDate(2027, 2, 1));
        QCOMPARE(m.at(0).recurringMinor, 250000); // A + B + C
        QCOMPARE(m.at(0).contracts, 3);
        QCOMPARE(m.at(0).renewalsDue, 0);
        QCOMPARE(m.at(1).renewalsDue, 1); // April: C renews itself
        QCOMPARE(m.at(1).autoRenewing, 1);
        QCOMPARE(m.at(1).renewalsMinor, 50000);
        QCOMPARE(m.at(2).recurringMinor, 258333); // May: D starts
        QCOMPARE(m.at(2).contracts, 4);
        QCOMPARE(m.at(3).recurringMinor, 258333); // June: A's last month
        QCOMPARE(m.at(3).renewalsDue, 1);
        QCOMPARE(m.at(3).autoRenewing, 0);
        QCOMPARE(m.at(3).renewalsMinor, 100000);
        QCOMPARE(m.at(4).recurringMinor, 158333); // July: A has ended; C renews
        QCOMPARE(m.at(4).renewalsDue, 1);
        QCOMPARE(m.at(7).renewalsDue, 1); // October: C
        QCOMPARE(m.at(9).renewalsDue, 1); // December: B ends
        QCOMPARE(m.at(9).renewalsMinor, 100000);
        QCOMPARE(m.at(10).recurringMinor, 58333); // January: C and D
        QCOMPARE(m.at(10).renewalsDue, 1);
        QCOMPARE(m.at(11).renewalsDue, 0);
        int renewals = 0;
        for (const cd::OutlookMonth &month : m)
            renewals += month.renewalsDue;
        QCOMPARE(renewals, 6);
    }

    void feesInAnotherCurrencyConvertAtTodaysRate()
    {
        // 16,000.50 IDR per USD on 2026-03-01; the rate of April is not today's yet.
        QVERIFY(m_test.exec(u"INSERT INTO exchange_rates (currency, rate_date, rate_e10) VALUES "
                            "('USD', '2026-03-01', 160005000000000), "
                            "('USD', '2026-04-01', 170000000000000)"_s));
        const auto outlook = ContractOutlookAnalytics::compute(m_test.db(), { 2026, 3, 15 });
        QVERIFY2(outlook.ok(), qPrintable(outlook.error()));
        QCOMPARE(outlook->otherCurrency, 0);
        QVERIFY(outlook->unconverted.isEmpty());
        // 7.77 USD × 16,000.50 = 124,323.885 IDR, rounded half away from zero to 124,323.89,
        // every month (today's rate, also for the months after April).
        QCOMPARE(outlook->months.at(0).recurringMinor, 250000 + 12'432'389);
        QCOMPARE(outlook->months.at(0).contracts, 4);
        QCOMPARE(outlook->months.at(11).recurringMinor, 58333 + 12'432'389);
        // Before the first rate nothing converts.
        const auto earlier = ContractOutlookAnalytics::compute(m_test.db(), { 2026, 2, 28 });
        QVERIFY(earlier.ok());
        QCOMPARE(earlier->otherCurrency, 1);
    }

    void oneManagersClients()
    {
        const auto outlook
            = ContractOutlookAnalytics::compute(m_test.db(), { 2026, 3, 15 }, 6, m_ana);
        QVERIFY(outlook.ok());
        QCOMPARE(outlook->months.size(), 6);
        QCOMPARE(outlook->months.at(0).recurringMinor, 100000);
        QCOMPARE(outlook->months.at(4).recurringMinor, 0);
        QCOMPARE(outlook->otherCurrency, 0);
    }
};

QTEST_GUILESS_MAIN(tst_ContractOutlook)
#include "tst_contractoutlook.moc"
