#include "domain/clienthealth.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using cd::ClientHealth;
using Level = cd::ClientHealth::Level;
using cd::HealthWeights;
using Signals = cd::ClientHealth::Signals;

namespace {

ClientHealth::Signals healthy()
{
    ClientHealth::Signals s;
    s.hasActiveContract = true;
    s.daysSinceLastContact = 10;
    s.revenueLast12Months = 1200;
    s.revenuePrevious12Months = 1000;
    return s;
}

} // namespace

class tst_ClientHealth : public QObject
{
    Q_OBJECT

private slots:
    void aWellKeptClientIsGood()
    {
        const ClientHealth h = ClientHealth::assess(healthy());
        QCOMPARE(h.score(), 100);
        QCOMPARE(h.level(), Level::Good);
        QVERIFY(h.reasons().isEmpty());
    }

    void eachSignalCostsItsPointsAndSaysWhy()
    {
        ClientHealth::Signals s = healthy();
        s.daysSinceLastContact = 60;
        ClientHealth h = ClientHealth::assess(s);
        QCOMPARE(h.score(), 85);
        QCOMPARE(h.reasons(), QStringList { u"No contact for 60 days."_s });

        s = healthy();
        s.openRequestsPastDue = 3; // capped at 30
        QCOMPARE(ClientHealth::assess(s).score(), 70);
        QCOMPARE(ClientHealth::assess(s).level(), Level::Watch);

        s = healthy();
        s.noticeDeadline = QDate(2026, 12, 1);
        s.daysUntilNoticeDeadline = 9;
        h = ClientHealth::assess(s);
        QCOMPARE(h.score(), 75);
        QCOMPARE(h.reasons().first(),
                 u"Notice deadline %1 in 9 days without a renewal decision."_s.arg(
                     QLocale().toString(QDate(2026, 12, 1), QLocale::ShortFormat)));
        s.renewalDecided = true;
        QCOMPARE(ClientHealth::assess(s).score(), 100);

        s = healthy();
        s.revenueLast12Months = 600;
        h = ClientHealth::assess(s);
        QCOMPARE(h.score(), 80);
        QCOMPARE(h.reasons().first(), u"Revenue down 40% on the year before."_s);
    }

    void aNeglectedClientIsAtRiskWithTheWorstReasonFirst()
    {
        ClientHealth::Signals s;
        s.hasActiveContract = true;
        s.daysSinceLastContact = 200;
        s.openRequestsPastDue = 1;
        s.requestsClosedLateLast90Days = 1;
        s.revenueLast12Months = 500;
        s.revenuePrevious12Months = 1000;
        const ClientHealth h = ClientHealth::assess(s);
        QCOMPARE(h.score(), 100 - 30 - 15 - 5 - 20);
        QCOMPARE(h.level(), Level::AtRisk);
        QCOMPARE(h.reasons().size(), 4);
        QCOMPARE(h.reasons().first(), u"No contact for 200 days."_s);
        QCOMPARE(ClientHealth::code(h.level()), u"at_risk"_s);
    }

    void theScoreNeverGoesBelowZero()
    {
        ClientHealth::Signals s;
        s.openRequestsPastDue = 10;
        s.requestsClosedLateLast90Days = 10;
        s.noticeDeadline = QDate(2026, 12, 1);
        s.daysUntilNoticeDeadline = 1;
        s.revenuePrevious12Months = 100;
        QCOMPARE(ClientHealth::assess(s).score(), 0);
    }

    void aFirmCanWeighTheSignalsOtherwise()
    {
        Signals s = healthy();
        s.hasActiveContract = false;
        s.daysSinceLastContact = 60;
        s.openRequestsPastDue = 5;
        HealthWeights weights;
        QCOMPARE(ClientHealth::assess(s, weights).score(), 100 - 20 - 15 - 30);

        weights.noContract = 0; // a firm that works without contracts
        weights.noContactMedium = 40;
        weights.requestOverdue = 10; // still at most twice
        const ClientHealth h = ClientHealth::assess(s, weights);
        QCOMPARE(h.score(), 100 - 40 - 20);
        QCOMPARE(h.level(), Level::AtRisk);
        // A signal that costs nothing gives no reason.
        QCOMPARE(h.reasons().size(), 2);
        QCOMPARE(h.reasons().first(), u"No contact for 60 days."_s);
    }

    // Issue 27: invoices past their due date cost health_invoice_overdue (15) once, however
    // many there are, naming how many and how late the oldest is.
    void overdueInvoicesCostTheirPointsOnce()
    {
        Signals s = healthy();
        s.invoicesOverdue = 1;
        s.daysMostOverdue = 12;
        ClientHealth h = ClientHealth::assess(s);
        QCOMPARE(h.score(), 85);
        QCOMPARE(h.level(), Level::Good);
        QCOMPARE(h.reasons(), QStringList { u"Invoices past due: 1, the oldest by 12 days."_s });
        s.invoicesOverdue = 4;
        s.daysMostOverdue = 95;
        h = ClientHealth::assess(s);
        QCOMPARE(h.score(), 85);
        QCOMPARE(h.reasons(), QStringList { u"Invoices past due: 4, the oldest by 95 days."_s });
        // With a missed contact: 100 − 30 − 15, the heavier reason first.
        s.daysSinceLastContact = 120;
        h = ClientHealth::assess(s);
        QCOMPARE(h.score(), 55);
        QCOMPARE(h.reasons().last(), u"Invoices past due: 4, the oldest by 95 days."_s);
        // A firm's own weight, stored under health_invoice_overdue; 0 ignores the sign.
        HealthWeights weights;
        QCOMPARE(weights.invoiceOverdue, 15);
        QCOMPARE(weights.toSettings().constLast(),
                 (std::pair<QString, int> { u"health_invoice_overdue"_s, 15 }));
        QVERIFY(weights.set(u"health_invoice_overdue"_s, 40));
        QCOMPARE(ClientHealth::assess(s, weights).score(), 100 - 30 - 40);
        QVERIFY(weights.set(u"health_invoice_overdue"_s, 0));
        QCOMPARE(ClientHealth::assess(s, weights).reasons().size(), 1);
        QVERIFY(weights.set(u"health_invoice_overdue"_s, 101));
        QCOMPARE(weights.validate().size(), 1);
        QVERIFY(weights.validate().first().contains(u"“health_invoice_overdue” is 101"_s));
    }

    void weightsOutOfRangeAreNamed()
    {
        HealthWeights weights;
        QVERIFY(weights.validate().isEmpty());
        weights.noticeSoon = 101;
        weights.revenueDown = -1;
        const QStringList problems = weights.validate();
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.first().contains(u"“health_notice_30” is 101"_s));
        QVERIFY(problems.last().contains(u"“health_revenue_90” is -1"_s));
        QVERIFY(!weights.set(u"health_unknown"_s, 3));
        QVERIFY(weights.set(u"health_notice_30"_s, 3));
        QCOMPARE(weights.noticeSoon, 3);
    }
};

QTEST_GUILESS_MAIN(tst_ClientHealth)
#include "tst_clienthealth.moc"
