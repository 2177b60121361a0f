// The services of deals, sales, the catalogue and the Customers area: what they add to the
// repositories they call (orders, choices, reopening, winning, segments, tags off the UI
// thread).

#include "repositorytestsupport.h"

#include "domain/opportunityrules.h"
#include "services/catalogueservice.h"
#include "services/customerservice.h"
#include "services/opportunityservice.h"
#include "services/saleservice.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

namespace {

const QDate kToday(2026, 11, 22);

} // namespace

class tst_DealServices final : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDatabase m_t;

    /// A deal of `account` moved through `moves`; the last may close it.
    qint64 deal(qint64 account, const QString &title, const QDate &expectedClose,
                const QList<std::pair<OpportunityStage, QDate>> &moves = {},
                DealType type = DealType::Sale)
    {
        Opportunity o;
        o.accountId = account;
        o.title = title;
        o.dealType = type;
        o.expectedValue = Money(1'000'000, u"IDR"_s);
        o.firstContact = QDate(2026, 1, 5);
        o.expectedClose = expectedClose;
        OpportunityService deals(m_t.db());
        const auto id = deals.insert(o);
        if (!id) {
            qWarning("%s", qPrintable(id.error()));
            return 0;
        }
        int version = 1;
        for (const auto &[stage, on] : moves) {
            const Status ok = deals.moveToStage(
                *id, stage, on, stage == OpportunityStage::Lost ? u"Price"_s : QString(),
                version++);
            if (!ok) {
                qWarning("%s", qPrintable(ok.error()));
                return 0;
            }
        }
        return *id;
    }

    qint64 product(const QString &name, bool active = true)
    {
        Product p;
        p.name = name;
        p.category = u"Training"_s;
        p.listPrice = Money(500'000, u"IDR"_s);
        p.active = active;
        const auto id = CatalogueService(m_t.db()).insert(p);
        return id ? *id : 0;
    }

private slots:
    void init() { QVERIFY(m_t.open()); }
    void cleanup() { m_t.close(); }

    void anAccountsDealsOpenFirstThenLatestClosed()
    {
        const qint64 account = m_t.rawAccount(u"Toko Maju"_s);
        const qint64 later = deal(account, u"Later"_s, QDate(2026, 12, 1));
        const qint64 undated = deal(account, u"Undated"_s, QDate());
        const qint64 won = deal(account, u"Won"_s, QDate(2026, 9, 1),
                                { { OpportunityStage::Won, QDate(2026, 10, 1) } });
        const qint64 sooner = deal(account, u"Sooner"_s, QDate(2026, 11, 25));
        const qint64 lost = deal(account, u"Lost"_s, QDate(2026, 9, 1),
                                 { { OpportunityStage::Lost, QDate(2026, 11, 1) } });
        QVERIFY(later && undated && won && sooner && lost);

        const auto deals = OpportunityService(m_t.db()).listForAccount(account);
        QVERIFY2(deals.ok(), qPrintable(deals.error()));
        QList<qint64> order;
        for (const Opportunity &o : *deals)
            order.append(o.id);
        QCOMPARE(order, (QList<qint64> { sooner, later, undated, lost, won }));
    }

    void reopensAtTheLastOpenStageReached()
    {
        const qint64 account = m_t.rawAccount(u"Toko Maju"_s);
        const qint64 id = deal(account, u"Deal"_s, QDate(2026, 12, 1),
                               { { OpportunityStage::Qualified, QDate(2026, 2, 1) },
                                 { OpportunityStage::Proposal, QDate(2026, 3, 1) },
                                 { OpportunityStage::Lost, QDate(2026, 4, 1) } });
        QVERIFY(id);
        OpportunityService deals(m_t.db());
        const auto closed = deals.get(id);
        QVERIFY(closed.ok());
        QCOMPARE(OpportunityService::reopenStage(*closed), OpportunityStage::Proposal);
        QCOMPARE(OpportunityService::reopenStage(Opportunity {}), OpportunityStage::Lead);

        // Reopened on the day it closed when "today" is earlier than that.
        const Status ok = deals.reopen(*closed, QDate(2026, 3, 15));
        QVERIFY2(ok.ok(), qPrintable(ok.error()));
        const auto open = deals.get(id);
        QCOMPARE(open->stage, OpportunityStage::Proposal);
        QCOMPARE(open->history.constLast().changedOn, QDate(2026, 4, 1));

        // An open deal is refused, with the repository's sentence.
        const Status again = deals.reopen(*open, kToday);
        QVERIFY(!again.ok());
        QCOMPARE(again.error(), u"“Deal” is still open."_s);
    }

    void winningASaleRecordsIt()
    {
        const qint64 account = m_t.rawAccount(u"Toko Maju"_s);
        const qint64 id = deal(account, u"Printer paper"_s, QDate(2026, 12, 1));
        OpportunityService deals(m_t.db());
        const auto plan = deals.planWin(id, kToday);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->action, WinPlan::Action::RecordSale);
        QVERIFY(!plan->description.isEmpty());
        const Status won = deals.win(id, kToday, deals.get(id)->rowVersion);
        QVERIFY2(won.ok(), qPrintable(won.error()));
        QCOMPARE(deals.get(id)->stage, OpportunityStage::Won);
        QCOMPARE(m_t.count(u"revenue_entries"_s), 1);

        // A stale version is refused as a conflict; nothing more is recorded.
        const qint64 other = deal(account, u"Toner"_s, QDate(2026, 12, 1));
        const Status stale = deals.win(other, kToday, 0);
        QVERIFY(!stale.ok());
        QCOMPARE(m_t.count(u"revenue_entries"_s), 1);
    }

    void theOpportunityFormsChoices()
    {
        const qint64 zeta = m_t.rawAccount(u"zeta"_s);
        const qint64 alpha = m_t.rawAccount(u"Alpha"_s, u"client"_s);
        const qint64 gone = m_t.rawAccount(u"Beta"_s);
        QVERIFY(m_t.exec(u"UPDATE accounts SET status = 'former' WHERE id = :id"_s,
                         { { u"id"_s, gone } }));
        m_t.rawUser(u"Rina"_s);

        const auto names = [](const QList<Account> &accounts) {
            QStringList out;
            for (const Account &a : accounts)
                out.append(a.name);
            return out;
        };
        OpportunityService deals(m_t.db());
        const OpportunityService::Choices any = deals.choices(0);
        QCOMPARE(any.firmCurrency, u"IDR"_s);
        QCOMPARE(names(any.accounts), (QStringList { u"Alpha"_s, u"zeta"_s }));
        QCOMPARE(any.users.size(), 1);
        // A former account is offered when the deal is its own.
        QCOMPARE(names(deals.choices(gone).accounts),
                 (QStringList { u"Alpha"_s, u"Beta"_s, u"zeta"_s }));
        Q_UNUSED(zeta);
        Q_UNUSED(alpha);
    }

    void theSaleFormsChoicesAndRecording()
    {
        const qint64 customer = m_t.rawAccount(u"toko Maju"_s);
        m_t.rawAccount(u"Apotek Sehat"_s);
        const qint64 client = m_t.rawAccount(u"PT Besar"_s, u"client"_s);
        const qint64 course = product(u"Course"_s);
        product(u"Old course"_s, false);
        QVERIFY(course);

        SaleService sales(m_t.db());
        const SaleService::Choices choices = sales.choices(0);
        QCOMPARE(choices.firmCurrency, u"IDR"_s);
        QCOMPARE(choices.products.size(), 1);
        QCOMPARE(choices.products.constFirst().name, u"Course"_s);
        QStringList names;
        for (const Account &a : choices.customers)
            names.append(a.name);
        QCOMPARE(names, (QStringList { u"Apotek Sehat"_s, u"toko Maju"_s }));
        QCOMPARE(sales.choices(client).customers.size(), 3); // the client asked for, too

        Sale sale;
        sale.accountId = customer;
        sale.date = kToday;
        sale.lines.append({ course, 2, Money(500'000, u"IDR"_s), 100'000, u"PROMO"_s });
        QVERIFY(SaleService::validate(sale).isEmpty());
        const auto ids = sales.record(sale);
        QVERIFY2(ids.ok(), qPrintable(ids.error()));
        QCOMPARE(ids->size(), 1);
        QCOMPARE(m_t.scalar(u"SELECT amount_minor FROM revenue_entries"_s).toLongLong(), 900'000);

        sale.lines.first().quantity = 0;
        QVERIFY(!SaleService::validate(sale).isEmpty());
    }

    void savedSegments()
    {
        CustomerService customers(m_t.db());
        CustomerFilter filter;
        filter.region = u"Jawa Barat"_s;
        const auto id = customers.saveSegment(u" West Java "_s, filter);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        auto segments = customers.segments();
        QVERIFY(segments.ok());
        QCOMPARE(segments->size(), 1);
        QCOMPARE(segments->constFirst().name, u"West Java"_s);
        QCOMPARE(segments->constFirst().filter, filter);
        QVERIFY(customers.removeSegment(*id).ok());
        QCOMPARE(customers.segments()->size(), 0);
    }

    void tagsAreRefreshedOnAConnectionOfTheirOwn()
    {
        const qint64 customer = m_t.rawAccount(u"Toko Maju"_s);
        QVERIFY(customer);
        CustomerService customers(m_t.db());
        QCOMPARE(*customers.tagsCurrent(QDate::currentDate()), false);
        const CustomerService::TagRefresh refresh = customers.tagRefreshJob();

        // Cancelled: no failure, and nothing changes.
        bool cancelled = false;
        const Status stopped = refresh(
            [&cancelled](int) {
                cancelled = true;
                return false;
            },
            [&cancelled] { return cancelled; });
        QVERIFY2(stopped.ok(), qPrintable(stopped.error()));
        QCOMPARE(*customers.tagsCurrent(QDate::currentDate()), false);

        int last = -1;
        const Status ok = refresh(
            [&last](int percent) {
                last = percent;
                return true;
            },
            [] { return false; });
        QVERIFY2(ok.ok(), qPrintable(ok.error()));
        QVERIFY(last > 0);
        QCOMPARE(*customers.tagsCurrent(QDate::currentDate()), true);
    }
};

QTEST_GUILESS_MAIN(tst_DealServices)
#include "tst_dealservices.moc"
