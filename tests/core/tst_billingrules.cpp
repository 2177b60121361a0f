// The billing run's pure rules (issue 27): the run's dates, pro rata retainers, instalments
// and milestones, overage with and without rollover, its entries, hours in thousandths and
// the keys — every expectation computed by hand in the comments.

#include "domain/billingrules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cd::BillingRules;
using cd::ContractStatus;
using cd::Instalment;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class tst_BillingRules : public QObject
{
    Q_OBJECT

private slots:
    void parsesPeriods()
    {
        QCOMPARE(*BillingRules::parsePeriod(u"2026-03"_s), d("2026-03-01"));
        QCOMPARE(*BillingRules::parsePeriod(u" 2026-12 "_s), d("2026-12-01"));
        for (const QString &bad : { u""_s, u"2026-13"_s, u"2026-00"_s, u"2026-3"_s, u"2026-03-01"_s,
                                    u"March"_s, u"26-03"_s }) {
            const auto parsed = BillingRules::parsePeriod(bad);
            QVERIFY2(!parsed, qPrintable(bad));
            QCOMPARE(parsed.error(), u"The period “%1” is not a month such as 2026-03."_s.arg(bad));
        }
        QCOMPARE(BillingRules::periodCode(d("2026-03-17")), u"2026-03"_s);
    }

    void datesARun()
    {
        const QDate march = d("2026-03-01");
        // A month that has ended: dated its last day, hours up to it.
        auto r = BillingRules::runDates(march, std::nullopt, d("2026-04-02"));
        QVERIFY(r);
        QCOMPARE(r->date, d("2026-03-31"));
        QCOMPARE(r->cutOff, d("2026-03-31"));
        QVERIFY(r->monthEnded);
        // On its last day the month has not ended yet.
        r = BillingRules::runDates(march, std::nullopt, d("2026-03-31"));
        QVERIFY(!r);
        QCOMPARE(r.error(), u"2026-03 has not ended yet: bill it with a date, today or earlier."_s);
        // Within the month with a date: hours up to the date, the month not ended.
        r = BillingRules::runDates(march, d("2026-03-20"), d("2026-03-20"));
        QVERIFY(r);
        QCOMPARE(r->date, d("2026-03-20"));
        QCOMPARE(r->cutOff, d("2026-03-20"));
        QVERIFY(!r->monthEnded);
        // Dated after the month: hours up to the month's end.
        r = BillingRules::runDates(march, d("2026-04-03"), d("2026-04-05"));
        QVERIFY(r);
        QCOMPARE(r->date, d("2026-04-03"));
        QCOMPARE(r->cutOff, d("2026-03-31"));
        QVERIFY(r->monthEnded);
        // A date in the future, a date before the month.
        r = BillingRules::runDates(march, d("2026-03-21"), d("2026-03-20"));
        QVERIFY(!r);
        QCOMPARE(r.error(),
                 u"The invoice date 2026-03-21 is in the future: bill with today's "
                 "date or an earlier one."_s);
        r = BillingRules::runDates(march, d("2026-02-28"), d("2026-04-20"));
        QVERIFY(!r);
        QCOMPARE(r.error(), u"The invoice date 2026-02-28 is before 2026-03, the month billed."_s);
    }

    void endsTheBillingTerm()
    {
        const QDate end = d("2026-12-31");
        QCOMPARE(BillingRules::billingEnd(ContractStatus::Active, end, {}, false), end);
        QCOMPARE(BillingRules::billingEnd(ContractStatus::Active, end, {}, true), QDate());
        QCOMPARE(BillingRules::billingEnd(ContractStatus::Expired, end, {}, true), end);
        QCOMPARE(BillingRules::billingEnd(ContractStatus::Terminated, end, d("2026-05-14"), true),
                 d("2026-05-14"));
        QCOMPARE(
            BillingRules::billingEnd(ContractStatus::Terminated, QDate(), d("2026-05-14"), false),
            d("2026-05-14"));
        // Terminated after its end (a late notice): its end.
        QCOMPARE(BillingRules::billingEnd(ContractStatus::Terminated, end, d("2027-01-10"), false),
                 end);
    }

    void proRataByDays()
    {
        // 3,100,000.00 IDR starting 10 March: days 10..31 = 22 of 31 → 2,200,000.00.
        auto share = BillingRules::retainerShare(310000000, d("2026-03-10"), {}, d("2026-03-01"));
        QVERIFY(share);
        QCOMPARE(share->days, 22);
        QCOMPARE(share->daysInMonth, 31);
        QCOMPARE(share->amountMinor, 220000000);
        QVERIFY(share->partial());
        QCOMPARE(BillingRules::retainerDescription(*share, d("2026-03-01")),
                 u"Retainer March 2026 (22 of 31 days, 2026-03-10 to 2026-03-31)"_s);
        // The last month: 10,000,000.00 ending 14 February 2026: 14 of 28 → 5,000,000.00.
        share = BillingRules::retainerShare(1000000000, d("2025-01-01"), d("2026-02-14"),
                                            d("2026-02-01"));
        QVERIFY(share);
        QCOMPARE(share->days, 14);
        QCOMPARE(share->amountMinor, 500000000);
        // Start and end in one month: 5..24 April = 20 of 30 days of 1,000.00 USD
        // = 666.666… → 666.67 (half away from zero).
        share = BillingRules::retainerShare(100000, d("2026-04-05"), d("2026-04-24"),
                                            d("2026-04-01"));
        QVERIFY(share);
        QCOMPARE(share->days, 20);
        QCOMPARE(share->amountMinor, 66667);
        // A whole month: the fee, no pro rata.
        share = BillingRules::retainerShare(310000000, d("2026-01-15"), {}, d("2026-03-01"));
        QVERIFY(share);
        QVERIFY(!share->partial());
        QCOMPARE(share->amountMinor, 310000000);
        QCOMPARE(BillingRules::retainerDescription(*share, d("2026-03-01")),
                 u"Retainer March 2026"_s);
        // Outside the term: nothing.
        QVERIFY(!BillingRules::retainerShare(310000000, d("2026-04-01"), {}, d("2026-03-01")));
        QVERIFY(!BillingRules::retainerShare(310000000, d("2025-01-01"), d("2026-02-28"),
                                             d("2026-03-01")));
        // Rounding: 1 minor unit × 1 ÷ 2 = 0.5 → 1; 15 × 1 ÷ 31 = 0.48 → 0.
        QCOMPARE(BillingRules::proRata(1, 1, 2), 1);
        QCOMPARE(BillingRules::proRata(15, 1, 31), 0);
        // The largest fee: 999,999,999,999,999 × 30 ÷ 31 = 967,741,935,483,870 exactly (128-bit).
        QCOMPARE(BillingRules::proRata(999999999999999, 30, 31), 967741935483870);
    }

    void instalmentsAndMilestones()
    {
        Instalment due;
        due.dueDate = d("2026-03-31");
        QVERIFY(BillingRules::instalmentDue(due, d("2026-03-31")));
        QVERIFY(!BillingRules::instalmentDue(due, d("2026-02-28")));
        due.dueDate = d("2025-11-15"); // overdue, not billed yet: billed now
        QVERIFY(BillingRules::instalmentDue(due, d("2026-03-31")));
        Instalment milestone;
        milestone.milestone = true;
        milestone.dueDate = d("2026-01-31");
        QVERIFY(!BillingRules::instalmentDue(milestone, d("2026-03-31"))); // not done
        milestone.doneOn = d("2026-04-02");
        QVERIFY(!BillingRules::instalmentDue(milestone, d("2026-03-31")));
        milestone.doneOn = d("2026-03-31");
        QVERIFY(BillingRules::instalmentDue(milestone, d("2026-03-31")));
        QCOMPARE(BillingRules::instalmentKey(42), u"instalment:42"_s);
    }

    void overageWithRollover()
    {
        // 600 minutes included a month from January 2026, rolling over.
        // January used 500: 100 carried to February. February used 900: carried 100 used
        // first, then 600 own → 200 over. March used 650: nothing carried (own all used in
        // February) → 50 over.
        const int jan = BillingRules::monthIndex(d("2026-01-01"));
        const QHash<int, qint64> used { { jan, 500 }, { jan + 1, 900 }, { jan + 2, 650 } };
        const QDate start = d("2026-01-01");
        QCOMPARE(BillingRules::overageMinutes(start, {}, 600, true, used, d("2026-01-01")), 0);
        QCOMPARE(BillingRules::overageMinutes(start, {}, 600, true, used, d("2026-02-01")), 200);
        QCOMPARE(BillingRules::overageMinutes(start, {}, 600, true, used, d("2026-03-01")), 50);
        // Without rollover February is 900 − 600 = 300 over.
        QCOMPARE(BillingRules::overageMinutes(start, {}, 600, false, used, d("2026-02-01")), 300);
        // A month without use after a month with some left: January's 100 roll into
        // February only; nothing is used in April → no overage.
        QCOMPARE(BillingRules::overageMinutes(start, {}, 600, true, used, d("2026-04-01")), 0);
        // Months after the term's end include nothing: 650 used in March after an end in
        // February is all overage (as `clientdesk time` counts it).
        QCOMPARE(
            BillingRules::overageMinutes(start, d("2026-02-28"), 600, false, used, d("2026-03-01")),
            650);
        // Entries before the start count in months that include nothing.
        const QHash<int, qint64> early { { jan - 1, 120 }, { jan, 700 } };
        QCOMPARE(BillingRules::overageMinutes(start, {}, 600, true, early, d("2026-01-01")), 100);
    }

    void overageGoesToTheLastEntries()
    {
        // 200 minutes over; latest first: 90, 60, 120 → 90 + 60 + 50 of the third.
        const QList<BillingRules::OverageCandidate> latestFirst {
            { 7, 90 }, { 5, 60 }, { 3, 120 }, { 1, 30 }
        };
        const auto shares = BillingRules::overageEntries(latestFirst, 200);
        QCOMPARE(shares.size(), 3);
        QCOMPARE(shares.at(0).entryId, 7);
        QCOMPARE(shares.at(0).minutes, 90);
        QCOMPARE(shares.at(1).entryId, 5);
        QCOMPARE(shares.at(2).entryId, 3);
        QCOMPARE(shares.at(2).minutes, 50);
        QVERIFY(BillingRules::overageEntries(latestFirst, 0).isEmpty());
        QCOMPARE(BillingRules::overageDescription(150, d("2026-02-01")),
                 u"Overage February 2026: 2:30 hours above the included hours"_s);
        QCOMPARE(BillingRules::overageKey(3, u"2026-02"_s), u"overage:3:2026-02"_s);
        QCOMPARE(BillingRules::retainerKey(3, u"2026-02"_s), u"retainer:3:2026-02"_s);
    }

    void hoursInThousandths()
    {
        QCOMPARE(BillingRules::hoursMilli(90), 1500);
        QCOMPARE(BillingRules::hoursMilli(100), 1667); // 1.6666…
        QCOMPARE(BillingRules::hoursMilli(1), 17); // 0.01666… → 0.017
        QCOMPARE(BillingRules::hoursMilli(50), 833); // 0.8333…
        QCOMPARE(BillingRules::hoursDescription(u"Ana Putri"_s, d("2026-03-02"), d("2026-03-27")),
                 u"Hours of Ana Putri, 2026-03-02 to 2026-03-27"_s);
        QCOMPARE(BillingRules::hoursDescription(u"Ana Putri"_s, d("2026-03-02"), d("2026-03-02")),
                 u"Hours of Ana Putri, 2026-03-02"_s);
    }
};

QTEST_GUILESS_MAIN(tst_BillingRules)
#include "tst_billingrules.moc"
