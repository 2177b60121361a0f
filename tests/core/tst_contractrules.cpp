#include "domain/contractrules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cd::BillingModel;
using cd::Contract;
using cd::ContractRules;
using cd::ContractStatus;
using cd::Money;

namespace {

Contract contract(BillingModel model, qint64 fee, QDate start, QDate end)
{
    Contract c;
    c.reference = u"C-2024-001"_s;
    c.billingModel = model;
    c.fee = Money(fee, u"IDR"_s);
    c.start = start;
    c.end = end;
    return c;
}

} // namespace

class tst_ContractRules : public QObject
{
    Q_OBJECT

private slots:
    void noticeDeadlineIsEndMinusNotice()
    {
        Contract c = contract(BillingModel::Retainer, 100, { 2024, 1, 1 }, { 2024, 12, 31 });
        c.noticeDays = 90;
        QCOMPARE(ContractRules::noticeDeadline(c), QDate(2024, 10, 2));
        QCOMPARE(ContractRules::daysUntilNoticeDeadline(c, { 2024, 9, 30 }), 2);
        QCOMPARE(ContractRules::daysUntilNoticeDeadline(c, { 2024, 10, 5 }), -3);
        c.noticeDays = 0;
        QCOMPARE(ContractRules::noticeDeadline(c), QDate(2024, 12, 31));
        c.end = {};
        QVERIFY(!ContractRules::noticeDeadline(c).isValid());
        QVERIFY(!ContractRules::daysUntilNoticeDeadline(c, { 2024, 9, 30 }));
    }

    void deadlinesReadNaturally()
    {
        QCOMPARE(ContractRules::whenText(0), u"today"_s);
        QCOMPARE(ContractRules::whenText(1), u"tomorrow"_s);
        QCOMPARE(ContractRules::whenText(12), u"in 12 days"_s);
        QCOMPARE(ContractRules::whenText(-3), u"3 days ago"_s);
    }

    void termIsCountedInWholeMonths()
    {
        QCOMPARE(ContractRules::termMonths(
                     contract(BillingModel::Fixed, 0, { 2024, 1, 1 }, { 2024, 12, 31 })),
                 12);
        QCOMPARE(ContractRules::termMonths(
                     contract(BillingModel::Fixed, 0, { 2024, 1, 15 }, { 2024, 4, 14 })),
                 3);
        QCOMPARE(ContractRules::termMonths(
                     contract(BillingModel::Fixed, 0, { 2024, 1, 15 }, { 2024, 1, 20 })),
                 1); // never less than a month
        QCOMPARE(ContractRules::termMonths(contract(BillingModel::Fixed, 0, { 2024, 1, 1 }, {})),
                 12); // open-ended
    }

    void monthlyRecurringRevenuePerBillingModel()
    {
        // A retainer's fee is monthly already.
        Contract retainer
            = contract(BillingModel::Retainer, 15'000'000'00, { 2024, 1, 1 }, { 2025, 12, 31 });
        QCOMPARE(ContractRules::monthlyRecurringRevenue(retainer), Money(15'000'000'00, u"IDR"_s));
        QCOMPARE(ContractRules::annualisedValue(retainer), Money(180'000'000'00, u"IDR"_s));
        // A fixed fee spreads over its term.
        Contract fixed
            = contract(BillingModel::Fixed, 120'000'000'00, { 2024, 1, 1 }, { 2024, 6, 30 });
        QCOMPARE(ContractRules::monthlyRecurringRevenue(fixed), Money(20'000'000'00, u"IDR"_s));
        // An hourly rate times the estimated hours, over the term.
        Contract hourly
            = contract(BillingModel::Hourly, 1'000'000'00, { 2024, 1, 1 }, { 2024, 12, 31 });
        hourly.estimatedHours = 240;
        QCOMPARE(ContractRules::monthlyRecurringRevenue(hourly), Money(20'000'000'00, u"IDR"_s));
        QCOMPARE(ContractRules::annualisedValue(hourly), Money(240'000'000'00, u"IDR"_s));
    }

    void renewalAddsTheRenewalTermOrTheContractsOwn()
    {
        Contract c = contract(BillingModel::Retainer, 1, { 2024, 1, 1 }, { 2024, 12, 31 });
        QCOMPARE(ContractRules::renewedEnd(c), QDate(2025, 12, 31));
        c.renewalMonths = 6;
        QCOMPARE(ContractRules::renewedEnd(c), QDate(2025, 6, 30));
        c.end = QDate(2024, 2, 29);
        c.renewalMonths = 12;
        QCOMPARE(ContractRules::renewedEnd(c), QDate(2025, 2, 28));
    }

    void onlySensibleStatusChanges()
    {
        Contract c = contract(BillingModel::Retainer, 1, { 2024, 1, 1 }, { 2024, 12, 31 });
        c.status = ContractStatus::Draft;
        QVERIFY(ContractRules::transitionProblem(c, ContractStatus::Active).isEmpty());
        QCOMPARE(ContractRules::transitionProblem(c, ContractStatus::Terminated),
                 u"Contract C-2024-001 is draft and cannot become terminated."_s);
        c.status = ContractStatus::Active;
        QVERIFY(ContractRules::transitionProblem(c, ContractStatus::Terminated).isEmpty());
        QVERIFY(ContractRules::transitionProblem(c, ContractStatus::Expired).isEmpty());
        QVERIFY(!ContractRules::transitionProblem(c, ContractStatus::Draft).isEmpty());
        c.status = ContractStatus::Terminated;
        QVERIFY(!ContractRules::transitionProblem(c, ContractStatus::Active).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ContractRules)
#include "tst_contractrules.moc"
