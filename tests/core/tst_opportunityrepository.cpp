#include "domain/opportunityrules.h"
#include "repositorytestsupport.h"
#include "storage/opportunityrepository.h"

using namespace Qt::StringLiterals;
using cd::Money;
using cd::Opportunity;
using cd::OpportunityRepository;
using cd::OpportunityStage;
using cd::Status;
using testsupport::TestDatabase;

class tst_OpportunityRepository : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_test;
    qint64 m_account = 0;

    Opportunity sample()
    {
        Opportunity o;
        o.accountId = m_account;
        o.title = u"Tax advisory retainer"_s;
        o.dealType = cd::DealType::Engagement;
        o.expectedValue = Money(300'000'000'00, u"IDR"_s);
        o.probability = 10;
        o.firstContact = QDate(2026, 1, 10);
        o.expectedClose = QDate(2026, 6, 30);
        return o;
    }

private slots:
    void init()
    {
        QVERIFY(m_test.open());
        m_account = m_test.rawAccount(u"PT Maju Jaya"_s, u"client"_s);
    }
    void cleanup() { m_test.close(); }

    void aDealTravelsThroughItsStagesAndEveryChangeIsRecorded()
    {
        OpportunityRepository repo(m_test.db());
        const auto id = repo.insert(sample());
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QVERIFY(repo.moveToStage(*id, OpportunityStage::Qualified, { 2026, 2, 1 }, {}, 1).ok());
        QVERIFY(repo.moveToStage(*id, OpportunityStage::Proposal, { 2026, 3, 15 }, {}, 2).ok());
        QVERIFY(repo.moveToStage(*id, OpportunityStage::Won, { 2026, 5, 20 }, {}, 3).ok());
        const auto o = repo.get(*id);
        QVERIFY(o.ok());
        QCOMPARE(o->stage, OpportunityStage::Won);
        QCOMPARE(o->probability, 100);
        QCOMPARE(o->closedOn, QDate(2026, 5, 20));
        QCOMPARE(o->history.size(), 4);
        QCOMPARE(o->history.first().stage, OpportunityStage::Lead);
        QCOMPARE(o->history.first().changedOn, QDate(2026, 1, 10));
        QCOMPARE(o->history.last().changedOn, QDate(2026, 5, 20));
        QCOMPARE(cd::OpportunityRules::cycleDays(*o), 130);
        const auto days = cd::OpportunityRules::daysInStage(*o, { 2026, 11, 22 });
        QCOMPARE(days.value(OpportunityStage::Lead), 22);
        QCOMPARE(days.value(OpportunityStage::Qualified), 42);
        QCOMPARE(days.value(OpportunityStage::Proposal), 66);
        QCOMPARE(m_test.count(u"opportunity_stages"_s), 4);
        QCOMPARE(m_test.count(u"audit_log"_s), 4);
    }

    void aClosedDealMustBeReopenedBeforeItMoves()
    {
        OpportunityRepository repo(m_test.db());
        const qint64 id = *repo.insert(sample());
        QVERIFY(repo.moveToStage(id, OpportunityStage::Lost, { 2026, 2, 1 }, u"Budget frozen"_s, 1)
                    .ok());
        Status refused = repo.moveToStage(id, OpportunityStage::Proposal, { 2026, 3, 1 }, {}, 2);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(),
                 u"“Tax advisory retainer” is lost; reopen it before moving it to proposal."_s);
        QVERIFY(!repo.reopen(id, OpportunityStage::Won, { 2026, 3, 1 }, 2).ok());
        QVERIFY(repo.reopen(id, OpportunityStage::Qualified, { 2026, 3, 1 }, 2).ok());
        const auto o = repo.get(id);
        QCOMPARE(o->stage, OpportunityStage::Qualified);
        QVERIFY(!o->closedOn.isValid());
        QVERIFY(o->lostReason.isEmpty());
        QCOMPARE(o->probability, 25);
        QCOMPARE(o->history.size(), 3);
    }

    void lossesNeedAReasonAndWinsAValue()
    {
        OpportunityRepository repo(m_test.db());
        const qint64 id = *repo.insert(sample());
        Status refused = repo.moveToStage(id, OpportunityStage::Lost, { 2026, 2, 1 }, u"  "_s, 1);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(),
                 u"The opportunity “Tax advisory retainer” is lost and needs the "
                 "reason."_s);
        Opportunity noValue = sample();
        noValue.expectedValue = Money(0, u"IDR"_s);
        const qint64 free = *repo.insert(noValue);
        refused = repo.moveToStage(free, OpportunityStage::Won, { 2026, 2, 1 }, {}, 1);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(),
                 u"The opportunity “Tax advisory retainer” cannot be won without a value."_s);
        refused = repo.moveToStage(id, OpportunityStage::Proposal, { 2025, 12, 1 }, {}, 1);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(u"before its last change on 2026-01-10"_s));
        // Nothing moved.
        QCOMPARE(repo.get(id)->stage, OpportunityStage::Lead);
        QCOMPARE(m_test.count(u"opportunity_stages"_s), 2);
    }

    void badOpportunitiesWriteNothing()
    {
        OpportunityRepository repo(m_test.db());
        Opportunity o = sample();
        o.expectedClose = QDate(2025, 12, 1);
        o.probability = 140;
        auto id = repo.insert(o);
        QVERIFY(!id.ok());
        QVERIFY(id.error().contains(u"Expected close 2025-12-01 is before the first contact "
                                    "2026-01-10."_s));
        QVERIFY(id.error().contains(u"must be from 0 to 100%, not 140%"_s));
        o = sample();
        o.accountId = 777;
        id = repo.insert(o);
        QVERIFY(!id.ok());
        QVERIFY(id.error().contains(u"no account with id 777"_s));
        QCOMPARE(m_test.count(u"opportunities"_s), 0);
        QCOMPARE(m_test.count(u"opportunity_stages"_s), 0);
    }

    void editsAreOptimisticAndLeaveTheStageAlone()
    {
        OpportunityRepository repo(m_test.db());
        const qint64 id = *repo.insert(sample());
        Opportunity o = *repo.get(id);
        o.nextStep = u"Send revised proposal"_s;
        o.stage = OpportunityStage::Won; // ignored by update
        QVERIFY(repo.update(o).ok());
        QCOMPARE(repo.get(id)->stage, OpportunityStage::Lead);
        QCOMPARE(repo.get(id)->nextStep, u"Send revised proposal"_s);
        o.title = u"Stale"_s;
        const Status stale = repo.update(o);
        QVERIFY(!stale.ok());
        QVERIFY(stale.error().contains(u"Someone else changed"_s));
        const auto open = repo.listOpen();
        QVERIFY(open.ok());
        QCOMPARE(open->size(), 1);
        QVERIFY(repo.remove(id).ok());
        QCOMPARE(m_test.count(u"opportunity_stages"_s), 0);
    }

    void weightedValueUsesWholeMinorUnits()
    {
        Opportunity o = sample();
        o.expectedValue = Money(999, u"IDR"_s);
        o.probability = 25;
        QCOMPARE(cd::OpportunityRules::weightedValue(o), Money(249, u"IDR"_s));
        QCOMPARE(cd::OpportunityRules::defaultProbability(OpportunityStage::Negotiation), 75);
        QVERIFY(!cd::OpportunityRules::cycleDays(o));
    }
};

QTEST_GUILESS_MAIN(tst_OpportunityRepository)
#include "tst_opportunityrepository.moc"
