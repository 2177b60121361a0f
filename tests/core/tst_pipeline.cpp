// The pipeline: sales-cycle analytics and the forecast on fixtures worked out by hand,
// staleness, winning into a contract or a sale (all or nothing), and the pipeline model.

#include "analytics/pipelineanalytics.h"
#include "domain/opportunityrules.h"
#include "models/pipelinemodel.h"
#include "models/portfoliosummary.h"
#include "models/prospectlist.h"
#include "repositorytestsupport.h"
#include "storage/contractrepository.h"
#include "storage/opportunityrepository.h"
#include "storage/opportunitywin.h"
#include "storage/settingsrepository.h"

#include <QAbstractItemModelTester>
#include <QMimeData>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cd;
using testsupport::TestDatabase;

namespace {

const QDate kToday(2026, 11, 22);

} // namespace

class tst_Pipeline : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_test;
    qint64 m_client = 0;
    qint64 m_customer = 0;

    /// A deal of `type` opened on `first`, moved through `moves` (stage, day), closing with
    /// `lostReason` when the last move is a loss.
    qint64 deal(qint64 account, DealType type, const QDate &first,
                const QList<std::pair<OpportunityStage, QDate>> &moves, qint64 valueMinor = 0,
                const QDate &expectedClose = {}, const QString &title = u"Deal"_s)
    {
        Opportunity o;
        o.accountId = account;
        o.title = title;
        o.dealType = type;
        o.expectedValue = Money(valueMinor, u"IDR"_s);
        o.firstContact = first;
        o.expectedClose = expectedClose;
        OpportunityRepository repo(m_test.db());
        const auto id = repo.insert(o);
        if (!id) {
            qWarning("%s", qPrintable(id.error()));
            return 0;
        }
        int version = 1;
        for (const auto &[stage, on] : moves) {
            const Status ok = repo.moveToStage(
                *id, stage, on, stage == OpportunityStage::Lost ? u"Price"_s : QString(),
                version++);
            if (!ok) {
                qWarning("%s", qPrintable(ok.error()));
                return 0;
            }
        }
        return *id;
    }

    bool interaction(qint64 account, const QString &at)
    {
        return m_test.exec(u"INSERT INTO interactions (account_id, type, occurred_at, subject) "
                           "VALUES (:account, 'call', :at, 'Call')"_s,
                           { { u"account"_s, account }, { u"at"_s, at } });
    }

private slots:
    void init()
    {
        QVERIFY(m_test.open());
        m_client = m_test.rawAccount(u"PT Maju Jaya"_s, u"client"_s);
        m_customer = m_test.rawAccount(u"Toko Sinar"_s, u"customer"_s);
    }
    void cleanup() { m_test.close(); }

    void distributionsUseDaysThatOccurred()
    {
        const DayDistribution none = PipelineAnalytics::distribution({});
        QCOMPARE(none.count, 0);
        QCOMPARE(none.buckets, QList<int>({ 0, 0, 0, 0, 0 }));
        // Odd count: the middle one. Quartiles at (n-1)/4 and 3(n-1)/4, rounded down.
        const DayDistribution odd = PipelineAnalytics::distribution({ 40, 7, 8, 200, 30 });
        QCOMPARE(odd.count, 5);
        QCOMPARE(odd.median, 30);
        QCOMPARE(odd.lowerQuartile, 8);
        QCOMPARE(odd.upperQuartile, 40);
        // Bucket edges are inclusive: 7 | 8, 30 | 31–90 | 91–180 | more.
        QCOMPARE(odd.buckets, QList<int>({ 1, 2, 1, 0, 1 }));
        // Even count: the lower of the two middle values.
        const DayDistribution even = PipelineAnalytics::distribution({ 10, 20, 30, 40 });
        QCOMPARE(even.median, 20);
        QCOMPARE(PipelineAnalytics::distribution({ 180, 181, 90, 91 }).buckets,
                 QList<int>({ 0, 0, 1, 2, 1 }));
        QCOMPARE(PipelineAnalytics::bucketLabel(0), u"Up to 7 days"_s);
        QCOMPARE(PipelineAnalytics::bucketLabel(4), u"More than 180 days"_s);
    }

    void cycleDwellAndWinRateByKind()
    {
        using S = OpportunityStage;
        // Client engagements: won after 100 and 40 days, one lost, one open.
        QVERIFY(deal(m_client, DealType::Engagement, { 2026, 1, 1 },
                     { { S::Qualified, { 2026, 1, 21 } },
                       { S::Proposal, { 2026, 3, 2 } },
                       { S::Won, { 2026, 4, 11 } } },
                     100'00));
        QVERIFY(deal(m_client, DealType::Engagement, { 2026, 5, 1 },
                     { { S::Proposal, { 2026, 5, 11 } }, { S::Won, { 2026, 6, 10 } } }, 100'00));
        QVERIFY(deal(m_client, DealType::Engagement, { 2026, 2, 1 },
                     { { S::Qualified, { 2026, 2, 11 } }, { S::Lost, { 2026, 3, 1 } } }));
        QVERIFY(deal(m_client, DealType::Engagement, { 2026, 11, 2 }, {}, 0));
        // Customer sales: won on the day and after 6 days; a converted customer's sale
        // counts as a customer cycle whatever its account is now.
        QVERIFY(deal(m_customer, DealType::Sale, { 2026, 10, 1 }, { { S::Won, { 2026, 10, 1 } } },
                     5'00));
        QVERIFY(
            deal(m_client, DealType::Sale, { 2026, 10, 1 }, { { S::Won, { 2026, 10, 7 } } }, 5'00));

        const auto f = PipelineAnalytics::compute(m_test.db(), kToday);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QCOMPARE(f->client.won, 2);
        QCOMPARE(f->client.lost, 1);
        QCOMPARE(f->client.winRatePercent(), 67); // 2 of 3, rounded
        QCOMPARE(f->client.cycle.count, 2);
        QCOMPARE(f->client.cycle.median, 40); // of 40 and 100, the lower middle
        QCOMPARE(f->client.cycle.upperQuartile, 40);
        QCOMPARE(f->client.cycle.buckets, QList<int>({ 0, 0, 1, 1, 0 }));
        // Lead: 20 (won), 10 (won), 10 (lost), 20 (open since 2 Nov to 22 Nov) → 10, 10, 20, 20.
        QCOMPARE(f->client.dwell.value(S::Lead).count, 4);
        QCOMPARE(f->client.dwell.value(S::Lead).median, 10);
        // Qualified: 40 (won), 18 (lost). Proposal: 40, 30.
        QCOMPARE(f->client.dwell.value(S::Qualified).median, 18);
        QCOMPARE(f->client.dwell.value(S::Proposal).median, 30);
        QVERIFY(!f->client.dwell.contains(S::Negotiation));

        QCOMPARE(f->customer.won, 2);
        QCOMPARE(f->customer.lost, 0);
        QCOMPARE(f->customer.winRatePercent(), 100);
        QCOMPARE(f->customer.cycle.median, 0);
        QCOMPARE(f->customer.cycle.upperQuartile, 0);
        QCOMPARE(f->customer.cycle.buckets, QList<int>({ 2, 0, 0, 0, 0 }));
        QCOMPARE(f->openCount, 1);

        const KindPipeline nothing;
        QVERIFY(!nothing.winRatePercent());

        // Read through QSqlQuery (as on PostgreSQL) the figures are the same.
        QVERIFY(interaction(m_client, u"2026-11-01T09:00:00"_s));
        const auto fast = PipelineAnalytics::compute(m_test.db(), kToday);
        const auto portable
            = PipelineAnalytics::compute(m_test.db(), kToday, RowReader::Path::Portable);
        QVERIFY(portable.ok());
        for (const auto &[a, b] : { std::pair { &fast->client, &portable->client },
                                    std::pair { &fast->customer, &portable->customer } }) {
            QCOMPARE(a->cycle, b->cycle);
            QCOMPARE(a->dwell, b->dwell);
            QCOMPARE(a->won, b->won);
            QCOMPARE(a->lost, b->lost);
        }
        QCOMPARE(fast->openCount, portable->openCount);
        QCOMPARE(fast->staleCount, portable->staleCount);
        QCOMPARE(fast->stages.at(0).valueMinor, portable->stages.at(0).valueMinor);
    }

    void rowReaderReadsValuesBothWays()
    {
        QVERIFY(m_test.exec(u"CREATE TABLE t (i INTEGER, n INTEGER, d TEXT, s TEXT)"_s));
        QVERIFY(m_test.exec(u"INSERT INTO t VALUES (1, 7, '2026-02-28', 'Rp'), (2, NULL, "
                            "'2026-11-22T10:30:00', NULL), (3, -3, '2026-02-30', '✓ ü'), "
                            "(4, 0, 'yesterday', '')"_s));
        for (RowReader::Path path : { RowReader::Path::Fastest, RowReader::Path::Portable }) {
            RowReader reader(m_test.db(), path);
            QVERIFY(reader.exec(u"SELECT n, d, s FROM t ORDER BY i"_s, u"Reading t"_s).ok());
            QVERIFY(reader.next());
            QCOMPARE(reader.integer(0), 7);
            QCOMPARE(reader.date(1), QDate(2026, 2, 28));
            QCOMPARE(reader.text(2), u"Rp"_s);
            QVERIFY(reader.next());
            QVERIFY(reader.isNull(0));
            QVERIFY(reader.isNull(2));
            QCOMPARE(reader.date(1), QDate(2026, 11, 22)); // the date part of a timestamp
            QVERIFY(reader.next());
            QCOMPARE(reader.integer(0), -3);
            QVERIFY(!reader.date(1).isValid()); // no 30 February
            QCOMPARE(reader.text(2), u"✓ ü"_s);
            QVERIFY(reader.next());
            QVERIFY(!reader.date(1).isValid());
            QVERIFY(!reader.next());
            QVERIFY(reader.status().ok());

            RowReader bad(m_test.db(), path);
            const Status failed = bad.exec(u"SELECT x FROM nowhere"_s, u"Reading t"_s);
            QVERIFY(!failed.ok());
            QVERIFY2(failed.error().startsWith(u"Reading t"_s), qPrintable(failed.error()));
            QVERIFY2(failed.error().contains(u"nowhere"_s), qPrintable(failed.error()));
        }
    }

    void stagesAndForecastWeighByProbability()
    {
        using S = OpportunityStage;
        // 1,000.01 at 50 % → 500.00 (rounded down, per deal); 300.00 at 25 % → 75.00.
        QVERIFY(deal(m_client, DealType::Engagement, { 2026, 9, 1 },
                     { { S::Proposal, { 2026, 11, 20 } } }, 1000'01, { 2026, 12, 15 }));
        QVERIFY(deal(m_client, DealType::Engagement, { 2026, 9, 1 },
                     { { S::Qualified, { 2026, 11, 20 } } }, 300'00, { 2026, 12, 31 }));
        // Expected in October, still open: counts in the current month (November).
        QVERIFY(deal(m_client, DealType::Engagement, { 2026, 9, 1 },
                     { { S::Negotiation, { 2026, 11, 20 } } }, 200'00, { 2026, 10, 31 }));
        // No expected close: in the stage totals, not the forecast.
        QVERIFY(deal(m_customer, DealType::Sale, { 2026, 11, 20 }, {}, 40'00));
        // Another currency: left out of every sum.
        QVERIFY(m_test.exec(u"UPDATE opportunities SET currency = 'USD' WHERE id = (SELECT "
                            "max(id) FROM opportunities)"_s));
        QVERIFY(deal(m_customer, DealType::Sale, { 2026, 11, 20 }, {}, 70'00, { 2027, 2, 1 }));
        // Won deals are not in the forecast.
        QVERIFY(deal(m_customer, DealType::Sale, { 2026, 11, 1 }, { { S::Won, { 2026, 11, 2 } } },
                     99'00, { 2026, 12, 1 }));

        const auto f = PipelineAnalytics::compute(m_test.db(), kToday);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QCOMPARE(f->stages.size(), 4);
        QCOMPARE(f->stages.at(0).count, 1); // lead: the USD deal is left out
        QCOMPARE(f->stages.at(0).weightedMinor, 7'00);
        QCOMPARE(f->stages.at(1).count, 1);
        QCOMPARE(f->stages.at(1).weightedMinor, 75'00);
        QCOMPARE(f->stages.at(2).valueMinor, 1000'01);
        QCOMPARE(f->stages.at(2).weightedMinor, 500'00);
        QCOMPARE(f->stages.at(3).weightedMinor, 150'00);
        QCOMPARE(f->otherCurrency, 1);
        QCOMPARE(f->withoutExpectedClose, 0);
        QCOMPARE(f->openCount, 5);
        QCOMPARE(f->forecast.size(), 3);
        QCOMPARE(f->forecast.at(0).month, QDate(2026, 11, 1));
        QCOMPARE(f->forecast.at(0).weightedMinor, 150'00);
        QCOMPARE(f->forecast.at(1).month, QDate(2026, 12, 1));
        QCOMPARE(f->forecast.at(1).count, 2);
        QCOMPARE(f->forecast.at(1).valueMinor, 1300'01);
        QCOMPARE(f->forecast.at(1).weightedMinor, 575'00);
        QCOMPARE(f->forecast.at(2).month, QDate(2027, 2, 1));
        QCOMPARE(f->forecast.at(2).weightedMinor, 7'00);
        QCOMPARE(f->unconverted.amounts(),
                 (QList<cd::UnconvertedAmount> { { u"USD"_s, 1, 40'00 } }));
        QCOMPARE(f->note(QLocale(QLocale::English, QLocale::UnitedStates)),
                 u"1 USD deal, 40.00 USD, has no USD rate on or before today and is not in "
                 "these figures — add rates in Settings."_s);
        QVERIFY(deal(m_customer, DealType::Sale, { 2026, 11, 20 }, {}, 10'00));
        const auto g = PipelineAnalytics::compute(m_test.db(), kToday);
        QCOMPARE(g->withoutExpectedClose, 1);

        // With a USD rate before today (15,000.50 IDR) the USD lead converts: 40.00 USD is
        // 600,020.00 IDR, its weighted 4.00 USD (10 %) 60,002.00 IDR; a later rate is not
        // today's.
        QVERIFY(m_test.exec(u"INSERT INTO exchange_rates (currency, rate_date, rate_e10) VALUES "
                            "('USD', '2026-11-01', 150005000000000), "
                            "('USD', '2026-12-01', 170000000000000)"_s));
        const auto h = PipelineAnalytics::compute(m_test.db(), kToday);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        QCOMPARE(h->otherCurrency, 0);
        QVERIFY(h->unconverted.isEmpty());
        QCOMPARE(h->stages.at(0).count, 3); // the USD lead, the one of 70.00 and of 10.00
        QCOMPARE(h->stages.at(0).valueMinor, 600'020'00 + 70'00 + 10'00);
        QCOMPARE(h->stages.at(0).weightedMinor, 60'002'00 + 7'00 + 1'00);
    }

    void staleMeansNoStageChangeNorInteraction()
    {
        using S = OpportunityStage;
        // Last change 30 days ago: not stale (more than 30 is); 31 days ago: stale.
        QVERIFY(deal(m_client, DealType::Engagement, { 2026, 10, 23 }, {}));
        const qint64 old = deal(m_customer, DealType::Sale, { 2026, 10, 22 }, {});
        QVERIFY(old);
        // Closed deals are never stale.
        QVERIFY(deal(m_customer, DealType::Sale, { 2026, 1, 1 }, { { S::Lost, { 2026, 1, 2 } } }));
        auto f = PipelineAnalytics::compute(m_test.db(), kToday);
        QCOMPARE(f->staleDays, 30);
        QCOMPARE(f->staleCount, 1);
        // The dashboard counts in the database by the same rule.
        QCOMPARE(PipelineAnalytics::staleCount(m_test.db(), kToday).value(), 1);
        QCOMPARE(PortfolioSummary::load(m_test.db(), kToday)
                     ->count(PortfolioSummary::Figure::StaleOpportunities),
                 1);
        // A call with the customer yesterday makes the deal current again.
        QVERIFY(interaction(m_customer, u"2026-11-21T10:00:00"_s));
        f = PipelineAnalytics::compute(m_test.db(), kToday);
        QCOMPARE(f->staleCount, 0);
        QCOMPARE(PipelineAnalytics::staleCount(m_test.db(), kToday).value(), 0);
        // The number of days is a setting.
        QVERIFY(SettingsRepository(m_test.db()).setIntValue(PipelineAnalytics::kStaleDaysKey, 0));
        f = PipelineAnalytics::compute(m_test.db(), kToday);
        QVERIFY(!f.ok());
        QVERIFY2(f.error().contains(u"from 1 to 365"_s), qPrintable(f.error()));
        // One day: the client's deal (30 days) is stale, the customer's (called yesterday) not.
        QVERIFY(SettingsRepository(m_test.db()).setIntValue(PipelineAnalytics::kStaleDaysKey, 1));
        f = PipelineAnalytics::compute(m_test.db(), kToday);
        QCOMPARE(f->staleCount, 1);
        QCOMPARE(PipelineAnalytics::staleCount(m_test.db(), kToday).value(), 1);

        QVERIFY(PipelineAnalytics::isStale({}, {}, kToday, 30));
        QVERIFY(!PipelineAnalytics::isStale({ 2026, 1, 1 }, kToday, kToday, 30));
    }

    void winningASaleRecordsItAndActivatesTheProspect()
    {
        QVERIFY(m_test.exec(u"UPDATE accounts SET status = 'prospect' WHERE id = :id"_s,
                            { { u"id"_s, m_customer } }));
        const qint64 id = deal(m_customer, DealType::Sale, { 2026, 11, 20 }, {}, 2'500'000'00, {},
                               u"Quote for payroll course"_s);
        OpportunityWin winner(m_test.db());
        const auto plan = winner.plan(id, kToday);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->action, WinPlan::Action::RecordSale);
        QVERIFY2(plan->description.contains(u"records a sale of"_s)
                     && plan->description.contains(u"Toko Sinar"_s)
                     && plan->description.contains(u"becomes an active customer"_s),
                 qPrintable(plan->description));
        const auto outcome = winner.win(id, kToday, 1);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QVERIFY(outcome->revenueId);
        QVERIFY(!outcome->contractId);
        QCOMPARE(m_test
                     .scalar(u"SELECT amount_minor || ' ' || entry_date || ' ' || description || "
                             "' ' || account_kind FROM revenue_entries WHERE id = :id"_s,
                             { { u"id"_s, *outcome->revenueId } })
                     .toString(),
                 u"250000000 2026-11-22 Quote for payroll course customer"_s);
        QCOMPARE(m_test
                     .scalar(u"SELECT status FROM accounts WHERE id = :id"_s,
                             { { u"id"_s, m_customer } })
                     .toString(),
                 u"active"_s);
        // The customer's figures are current at once.
        QCOMPARE(m_test
                     .scalar(u"SELECT revenue_minor FROM customer_stats WHERE account_id = :id"_s,
                             { { u"id"_s, m_customer } })
                     .toLongLong(),
                 2'500'000'00);
        const auto won = OpportunityRepository(m_test.db()).get(id);
        QCOMPARE(won->stage, OpportunityStage::Won);
        QCOMPARE(won->closedOn, kToday);
        QCOMPARE(OpportunityRules::cycleDays(*won), 2);
        // Once won, winning again is refused.
        const auto again = winner.plan(id, kToday);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(u"reopen it"_s), qPrintable(again.error()));
    }

    void winningAnEngagementOpensOrLinksADraft()
    {
        const qint64 first = deal(m_client, DealType::Engagement, { 2026, 6, 1 }, {},
                                  150'000'000'00, {}, u"Tax advisory 2027"_s);
        OpportunityWin winner(m_test.db());
        const auto plan = winner.plan(first, kToday);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->action, WinPlan::Action::CreateContract);
        QCOMPARE(plan->contractReference, u"OPP-2026-%1"_s.arg(first));
        const auto outcome = winner.win(first, kToday, 1);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QVERIFY(outcome->contractId);
        const auto contract = ContractRepository(m_test.db()).get(*outcome->contractId);
        QVERIFY(contract.ok());
        QCOMPARE(contract->reference, u"OPP-2026-%1"_s.arg(first));
        QCOMPARE(contract->status, ContractStatus::Draft);
        QCOMPARE(contract->billingModel, BillingModel::Fixed);
        QCOMPARE(contract->fee.minorUnits(), 150'000'000'00);
        QCOMPARE(contract->start, kToday);
        QCOMPARE(contract->title, u"Tax advisory 2027"_s);
        QCOMPARE(OpportunityRepository(m_test.db()).get(first)->contractId, outcome->contractId);
        QCOMPARE(m_test.count(u"revenue_entries"_s), 0);

        // A draft nobody has claimed yet is linked rather than a second one opened.
        Contract draft;
        draft.accountId = m_client;
        draft.reference = u"C-2026-077"_s;
        draft.title = u"Audit support"_s;
        draft.scope = u"Audit support"_s;
        draft.fee = Money(10'000'000'00, u"IDR"_s);
        draft.start = QDate(2026, 12, 1);
        const auto draftId = ContractRepository(m_test.db()).insert(draft);
        QVERIFY2(draftId.ok(), qPrintable(draftId.error()));
        const qint64 second
            = deal(m_client, DealType::Engagement, { 2026, 7, 1 }, {}, 10'000'000'00);
        const auto linkPlan = winner.plan(second, kToday);
        QCOMPARE(linkPlan->action, WinPlan::Action::LinkContract);
        QCOMPARE(linkPlan->contractReference, u"C-2026-077"_s);
        QVERIFY(linkPlan->description.contains(u"C-2026-077"_s));
        const auto linked = winner.win(second, kToday, 1);
        QVERIFY2(linked.ok(), qPrintable(linked.error()));
        QCOMPARE(linked->contractId, std::optional<qint64>(*draftId));
        QCOMPARE(m_test.count(u"contracts"_s), 2);
    }

    void winningACustomersEngagementConvertsIt()
    {
        const qint64 id = deal(m_customer, DealType::Engagement, { 2026, 9, 1 }, {}, 80'000'000'00,
                               {}, u"Bookkeeping retainer"_s);
        OpportunityWin winner(m_test.db());
        const auto plan = winner.plan(id, kToday);
        QCOMPARE(plan->action, WinPlan::Action::ConvertAndCreateContract);
        QVERIFY2(plan->description.contains(u"converts it to a client"_s),
                 qPrintable(plan->description));
        const auto outcome = winner.win(id, kToday, 1);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(m_test
                     .scalar(u"SELECT kind || ' ' || converted_on FROM accounts WHERE id = :id"_s,
                             { { u"id"_s, m_customer } })
                     .toString(),
                 u"client 2026-11-22"_s);
        const auto contract = ContractRepository(m_test.db()).get(*outcome->contractId);
        QCOMPARE(contract->reference, u"CNV-2026-%1"_s.arg(m_customer));
        QCOMPARE(contract->fee.minorUnits(), 80'000'000'00);
        QCOMPARE(contract->billingModel, BillingModel::Fixed);
        QCOMPARE(contract->title, u"Bookkeeping retainer"_s);
    }

    void aFailedWinLeavesTheDealOpenAndNothingCreated()
    {
        const qint64 noValue = deal(m_client, DealType::Engagement, { 2026, 9, 1 }, {}, 0);
        OpportunityWin winner(m_test.db());
        auto refused = winner.win(noValue, kToday, 1);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"without a value"_s), qPrintable(refused.error()));

        const qint64 id = deal(m_client, DealType::Engagement, { 2026, 9, 1 }, {}, 50'00);
        // Someone else changed it since it was read.
        refused = winner.win(id, kToday, 7);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"Someone else changed"_s), qPrintable(refused.error()));

        // The contract cannot be written: the stage change is undone with it.
        QVERIFY(m_test.refuseInserts(u"contracts"_s, u"TRUE"_s, u"disk says no"_s));
        refused = winner.win(id, kToday, 1);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"disk says no"_s), qPrintable(refused.error()));
        QCOMPARE(
            m_test.scalar(u"SELECT stage FROM opportunities WHERE id = :id"_s, { { u"id"_s, id } })
                .toString(),
            u"lead"_s);
        QCOMPARE(m_test
                     .scalar(u"SELECT count(*) FROM opportunity_stages WHERE opportunity_id = "
                             ":id"_s,
                             { { u"id"_s, id } })
                     .toLongLong(),
                 1);
        QCOMPARE(m_test.count(u"contracts"_s), 0);
        QCOMPARE(m_test.count(u"opportunities WHERE stage = 'won'"_s), 0);
    }

    void theModelFiltersMovesAndDrags()
    {
        using S = OpportunityStage;
        const qint64 anna = m_test.rawUser(u"Anna"_s);
        const qint64 budi = m_test.rawUser(u"Budi"_s);
        const qint64 a = deal(m_client, DealType::Engagement, { 2026, 10, 1 }, {}, 100'00,
                              { 2026, 11, 30 }, u"Audit"_s);
        const qint64 b
            = deal(m_customer, DealType::Sale, { 2026, 11, 1 },
                   { { S::Qualified, { 2026, 11, 12 } } }, 40'00, { 2026, 12, 5 }, u"Course"_s);
        const qint64 c = deal(m_customer, DealType::Sale, { 2026, 9, 1 }, {}, 10'00,
                              { 2026, 10, 15 }, u"Overdue quote"_s);
        // Won 10 days ago: shown in Won; won 40 days ago: not on the board.
        const qint64 recent = deal(m_client, DealType::Engagement, { 2026, 9, 1 },
                                   { { S::Won, { 2026, 11, 12 } } }, 5'00);
        QVERIFY(deal(m_client, DealType::Engagement, { 2026, 9, 1 },
                     { { S::Won, { 2026, 10, 13 } } }, 5'00));
        QVERIFY(m_test.exec(u"UPDATE opportunities SET owner_id = :owner WHERE id IN (:a, :b)"_s,
                            { { u"owner"_s, anna }, { u"a"_s, a }, { u"b"_s, b } }));
        QVERIFY(m_test.exec(u"UPDATE opportunities SET owner_id = :owner WHERE id = :c"_s,
                            { { u"owner"_s, budi }, { u"c"_s, c } }));

        PipelineModel model(m_test.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(kToday).ok());
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.card(recent));
        const int rowB = model.rowOf(b);
        QCOMPARE(model.index(rowB, PipelineModel::AccountColumn).data().toString(),
                 u"Toko Sinar"_s);
        QCOMPARE(model.index(rowB, PipelineModel::StageColumn).data().toString(), u"Qualified"_s);
        QCOMPARE(model.index(rowB, PipelineModel::DaysInStageColumn).data().toString(), u"10"_s);
        QCOMPARE(model.index(rowB, PipelineModel::ProbabilityColumn).data().toString(), u"25%"_s);
        QCOMPARE(model.index(rowB, PipelineModel::OwnerColumn).data().toString(), u"Anna"_s);
        QCOMPARE(model.index(rowB, 0).data(PipelineModel::StageRole).toInt(), int(S::Qualified));
        // The overdue quote has had no change for 82 days.
        QVERIFY(model.index(model.rowOf(c), 0).data(PipelineModel::StaleRole).toBool());
        QVERIFY(model.index(model.rowOf(c), PipelineModel::StageColumn)
                    .data()
                    .toString()
                    .endsWith(u"(stale)"_s));
        const auto open = model.totals(S::Lead);
        QCOMPARE(open.count, 2);
        QCOMPARE(open.valueMinor, 110'00);
        QCOMPARE(open.weightedMinor, 11'00);

        PipelineFilter filter;
        filter.ownerId = anna;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);
        filter.accountKind = AccountKind::Customer;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.cardAt(0)->id, b);
        model.setFilter({ {}, {}, ClosePeriod::Overdue });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.cardAt(0)->id, c);
        model.setFilter({ {}, {}, ClosePeriod::ThisMonth }); // a (30 Nov) and the recent win
        QCOMPARE(model.rowCount(), 2);
        model.setFilter({ {}, {}, ClosePeriod::NextMonth });
        QCOMPARE(model.rowCount(), 1);
        model.setFilter({});

        // A move is saved, recorded in the history and shown in place.
        const int rowA = model.rowOf(a);
        QVERIFY(model.moveTo(a, S::Proposal).ok());
        QCOMPARE(model.rowOf(a), rowA);
        QCOMPARE(model.index(rowA, 0).data(PipelineModel::StageRole).toInt(), int(S::Proposal));
        QCOMPARE(model.index(rowA, PipelineModel::ProbabilityColumn).data().toString(), u"50%"_s);
        QCOMPARE(model.index(rowA, PipelineModel::DaysInStageColumn).data().toString(), u"0"_s);
        const auto stored = OpportunityRepository(m_test.db()).get(a);
        QCOMPARE(stored->stage, S::Proposal);
        QCOMPARE(stored->history.last().changedOn, kToday);
        // A second move with the model's new row version works too.
        QVERIFY(model.moveTo(a, S::Negotiation).ok());
        // Winning goes through OpportunityWin; a lost deal needs its reason.
        QVERIFY(!model.moveTo(a, S::Won).ok());
        const Status noReason = model.moveTo(c, S::Lost);
        QVERIFY(!noReason.ok());
        QVERIFY2(noReason.error().contains(u"needs the reason"_s), qPrintable(noReason.error()));
        QVERIFY(model.moveTo(c, S::Lost, u"Went elsewhere"_s).ok());
        QVERIFY(!model.card(c)->stale);
        // A closed deal does not move without reopening.
        const Status closed = model.moveTo(recent, S::Proposal);
        QVERIFY(!closed.ok());
        QVERIFY2(closed.error().contains(u"reopen it"_s), qPrintable(closed.error()));

        // Drags carry the ids.
        std::unique_ptr<QMimeData> mime(
            model.mimeData({ model.index(model.rowOf(a), 0), model.index(model.rowOf(b), 3) }));
        QVERIFY(mime);
        QCOMPARE(PipelineModel::idsFromMime(mime.get()), QList<qint64>({ a, b }));
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
        QMimeData junk;
        junk.setData(PipelineModel::kMimeType, "garbage");
        QVERIFY(PipelineModel::idsFromMime(&junk).isEmpty());

        // New, changed and deleted deals show without a reload.
        const qint64 fresh = deal(m_customer, DealType::Sale, { 2026, 11, 22 }, {}, 1'00);
        QVERIFY(model.refresh(fresh).ok());
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(OpportunityRepository(m_test.db()).remove(fresh).ok());
        QVERIFY(model.refresh(fresh).ok());
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!model.card(fresh));
        model.setFilter({ {}, {}, ClosePeriod::ThisYear });
        model.setFilter({});
        QCOMPARE(model.rowCount(), 4);
    }

    // The board's totals and the prospects' open value convert each deal at the latest rate
    // on or before today, rounded half away from zero per deal; a deal no rate converts is
    // counted and named, not added.
    void openDealsConvertAtTodaysRateAndTheRestAreNamed()
    {
        const QDate may(2026, 5, 1);
        QVERIFY(deal(m_customer, DealType::Sale, may, {}, 100'00));
        const auto inCurrency = [this, may](const QString &currency, qint64 minor) {
            const qint64 id = deal(m_customer, DealType::Sale, may, {}, minor);
            return id > 0
                && m_test.exec(u"UPDATE opportunities SET currency = :c WHERE id = :id"_s,
                               { { u"c"_s, currency }, { u"id"_s, id } });
        };
        QVERIFY(inCurrency(u"USD"_s, 40'01));
        QVERIFY(inCurrency(u"USD"_s, 40'01));
        QVERIFY(inCurrency(u"SGD"_s, 2'00));
        QVERIFY(inCurrency(u"SGD"_s, 3'00));
        // 15,000.50 IDR per USD from 1 November; the December rate is not today's.
        QVERIFY(m_test.exec(u"INSERT INTO exchange_rates (currency, rate_date, rate_e10) VALUES "
                            "('USD', '2026-11-01', 150005000000000), "
                            "('USD', '2026-12-01', 170000000000000)"_s));
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QString sgdNote = u"2 SGD deals, 5.00 SGD, have no SGD rate on or before today "
                                "and are not in these figures — add rates in Settings."_s;

        PipelineModel model(m_test.db());
        QVERIFY(model.reload(kToday).ok());
        // 40.01 USD × 15,000.50 = 600,170.005 → 600,170.01 IDR, twice; weighted 4.00 USD
        // (10 %) → 60,002.00 IDR, twice; the IDR lead 100.00 and 10.00.
        auto lead = model.totals(OpportunityStage::Lead);
        QCOMPARE(lead.count, 5);
        QCOMPARE(lead.valueMinor, 100'00 + 2 * 600'170'01);
        QCOMPARE(lead.weightedMinor, 10'00 + 2 * 60'002'00);
        QCOMPARE(lead.unconverted.amounts(),
                 (QList<cd::UnconvertedAmount> { { u"SGD"_s, 2, 5'00 } }));
        QCOMPARE(lead.unconverted.note(Unconverted::What::Deals, {}, english), sgdNote);
        QCOMPARE(model.totals(OpportunityStage::Qualified).valueMinor, 0);
        QVERIFY(model.totals(OpportunityStage::Qualified).unconverted.isEmpty());

        // The prospect (no revenue yet) carries the same figures.
        QVERIFY(m_test.exec(u"UPDATE accounts SET status = 'prospect' WHERE id = :id"_s,
                            { { u"id"_s, m_customer } }));
        const auto prospects = ProspectList::load(m_test.db(), kToday);
        QVERIFY2(prospects.ok(), qPrintable(prospects.error()));
        QCOMPARE(prospects->size(), 1);
        const Prospect &p = prospects->first();
        QCOMPARE(p.openOpportunities, 5);
        // Each deal converted on its own: 80.02 USD converted at once would be 1 minor less.
        QCOMPARE(p.openValue, Money(100'00 + 2 * 600'170'01, u"IDR"_s));
        QCOMPARE(p.unconvertedValue.amounts(),
                 (QList<cd::UnconvertedAmount> { { u"SGD"_s, 2, 5'00 } }));
        QCOMPARE(p.unconvertedValue.note(Unconverted::What::Deals, {}, english), sgdNote);

        // Without the USD rates only the IDR lead is added; the USD deals are named too.
        QVERIFY(m_test.exec(u"DELETE FROM exchange_rates"_s));
        QVERIFY(model.reload(kToday).ok());
        lead = model.totals(OpportunityStage::Lead);
        QCOMPARE(lead.count, 5);
        QCOMPARE(lead.valueMinor, 100'00);
        QCOMPARE(lead.weightedMinor, 10'00);
        QCOMPARE(lead.unconverted.amounts(),
                 (QList<cd::UnconvertedAmount> { { u"SGD"_s, 2, 5'00 }, { u"USD"_s, 2, 80'02 } }));
        QCOMPARE(lead.unconverted.count(), 4);
    }

    // Every deal's value is bounded, but not how many there are: 9,300 deals at the largest
    // value add up to more than 64 bits hold, and the board says so instead of showing a
    // wrapped total; one deal fewer than that loads.
    void openDealsThatWouldWrapAreAnError()
    {
        const auto addDeals = [this](int count) {
            return m_test.exec(
                u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                "INSERT INTO opportunities (account_id, title, deal_type, expected_value_minor, "
                "currency, probability, stage, first_contact, created_at, updated_at) "
                "SELECT :account, 'Deal', 'sale', 999999999999999, 'IDR', 50, 'lead', "
                "'2026-01-01', '2026-01-01', '2026-01-01' FROM n"_s.arg(count),
                { { u"account"_s, m_customer } });
        };
        QVERIFY(addDeals(9000));
        PipelineModel model(m_test.db());
        QVERIFY(model.reload(kToday).ok());
        QCOMPARE(model.totals().valueMinor, qint64(9000) * 999999999999999);
        QVERIFY(addDeals(300));
        const Status wrapped = model.reload(kToday);
        QVERIFY(!wrapped.ok());
        QVERIFY2(wrapped.error().contains(u"more than ClientDesk can total exactly"_s),
                 qPrintable(wrapped.error()));
    }

    void hostileTextStaysText()
    {
        const QString name = u"<b>PT \"Maju\" & Co</b>"_s;
        QVERIFY(m_test.exec(u"UPDATE accounts SET name = :name WHERE id = :id"_s,
                            { { u"name"_s, name }, { u"id"_s, m_client } }));
        const QString title = u"'; DROP TABLE opportunities; -- 🚀 عرض"_s;
        QVERIFY(deal(m_client, DealType::Engagement, { 2026, 11, 1 }, {}, 1'00, {}, title));
        PipelineModel model(m_test.db());
        QVERIFY(model.reload(kToday).ok());
        QCOMPARE(model.index(0, PipelineModel::TitleColumn).data().toString(), title);
        QCOMPARE(model.index(0, PipelineModel::AccountColumn).data().toString(), name);
        const QString tip = model.index(0, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"&lt;b&gt;PT &quot;Maju&quot; &amp; Co&lt;/b&gt;"_s),
                 qPrintable(tip));
    }
};

QTEST_GUILESS_MAIN(tst_Pipeline)
#include "tst_pipeline.moc"
