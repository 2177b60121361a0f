#include "domain/servicerules.h"
#include "repositorytestsupport.h"
#include "storage/serviceitemrepository.h"
#include "storage/servicerequestrepository.h"

using namespace Qt::StringLiterals;
using cd::RequestStatus;
using cd::ServiceItem;
using cd::ServiceItemRepository;
using cd::ServiceRequest;
using cd::ServiceRequestRepository;
using cd::Status;
using testsupport::TestDatabase;

namespace {

const QDateTime kOpened(QDate(2026, 3, 2), QTime(9, 0));

} // namespace

class tst_ServiceRequestRepository : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_test;
    qint64 m_client = 0;
    qint64 m_item = 0;

    ServiceRequest request(const QString &title = u"Review supplier agreement"_s)
    {
        ServiceRequest r;
        r.accountId = m_client;
        r.serviceItemId = m_item;
        r.title = title;
        r.openedAt = kOpened;
        return r;
    }

private slots:
    void init()
    {
        QVERIFY(m_test.open());
        m_client = m_test.rawAccount(u"PT Maju Jaya"_s, u"client"_s);
        ServiceItem item;
        item.accountId = m_client;
        item.title = u"Contract review on request"_s;
        item.customisation = u"In Bahasa Indonesia"_s;
        item.responseHours = 8;
        const auto id = ServiceItemRepository(m_test.db()).insert(item);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        m_item = *id;
    }
    void cleanup() { m_test.close(); }

    void serviceItemsBelongToClients()
    {
        ServiceItemRepository repo(m_test.db());
        ServiceItem item;
        item.accountId = m_test.rawAccount(u"Budi Santoso"_s);
        item.title = u"Monthly call"_s;
        auto id = repo.insert(item);
        QVERIFY(!id.ok());
        QCOMPARE(id.error(),
                 u"Budi Santoso is a customer; a personalised service plan is for clients."_s);
        item.accountId = m_client;
        item.responseHours = 0;
        id = repo.insert(item);
        QVERIFY(!id.ok());
        QCOMPARE(id.error(),
                 u"The agreed response time of “Monthly call” must be at least one hour, not 0."_s);
        QCOMPARE(m_test.count(u"service_items"_s), 1);
        const auto plan = repo.listForAccount(m_client);
        QVERIFY(plan.ok());
        QCOMPARE(plan->size(), 1);
        QCOMPARE(plan->first().customisation, u"In Bahasa Indonesia"_s);
    }

    void dueTimeComesFromTheAgreedResponseTime()
    {
        ServiceRequestRepository repo(m_test.db());
        const auto id = repo.open(request());
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const auto r = repo.get(*id);
        QCOMPARE(r->dueAt, kOpened.addSecs(8 * 3600));
        QCOMPARE(r->status, RequestStatus::Open);
        // Without a service item, the default response time.
        ServiceRequest loose = request(u"General question"_s);
        loose.serviceItemId.reset();
        const auto looseId = repo.open(loose);
        QVERIFY(looseId.ok());
        QCOMPARE(repo.get(*looseId)->dueAt,
                 kOpened.addSecs(ServiceRequestRepository::defaultResponseHours * 3600));
    }

    void breachesAreSeen()
    {
        ServiceRequestRepository repo(m_test.db());
        const qint64 late = *repo.open(request(u"Late one"_s));
        const qint64 onTime = *repo.open(request(u"On time"_s));
        const qint64 stillOpen = *repo.open(request(u"Still open"_s));
        QVERIFY(repo.close(late, kOpened.addSecs(9 * 3600), 1).ok());
        QVERIFY(repo.close(onTime, kOpened.addSecs(2 * 3600), 1).ok());
        const QDateTime now = kOpened.addDays(1);
        QVERIFY(cd::ServiceRules::isBreached(*repo.get(late), now));
        QVERIFY(!cd::ServiceRules::isBreached(*repo.get(onTime), now));
        QVERIFY(cd::ServiceRules::isBreached(*repo.get(stillOpen), now));
        QVERIFY(!cd::ServiceRules::isBreached(*repo.get(stillOpen), kOpened.addSecs(3600)));
        const auto overdue = repo.openPastDue(now);
        QVERIFY(overdue.ok());
        QCOMPARE(overdue->size(), 1);
        QCOMPARE(overdue->first().id, stillOpen);
    }

    void closeAndReopenKeepStatusAndTimeTogether()
    {
        ServiceRequestRepository repo(m_test.db());
        const qint64 id = *repo.open(request());
        Status refused = repo.close(id, kOpened.addSecs(-60), 1);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"before it was opened"_s), qPrintable(refused.error()));
        QCOMPARE(repo.get(id)->status, RequestStatus::Open);
        QVERIFY(repo.close(id, kOpened.addSecs(3600), 1).ok());
        QVERIFY(!repo.close(id, kOpened.addSecs(7200), 2).ok()); // already closed
        QVERIFY(!repo.reopen(id, 1).ok()); // stale version
        QVERIFY(repo.reopen(id, 2).ok());
        const auto r = repo.get(id);
        QCOMPARE(r->status, RequestStatus::Open);
        QVERIFY(!r->closedAt.isValid());
    }

    void badRequestsWriteNothing()
    {
        ServiceRequestRepository repo(m_test.db());
        ServiceRequest r = request(u"   "_s);
        auto id = repo.open(r);
        QVERIFY(!id.ok());
        QVERIFY(id.error().contains(u"A service request needs a title."_s));

        r = request();
        r.dueAt = kOpened.addDays(-1);
        id = repo.open(r);
        QVERIFY(!id.ok());
        QCOMPARE(id.error(),
                 u"The request “Review supplier agreement” is due "
                 "2026-03-01T09:00:00, before it was opened 2026-03-02T09:00:00."_s);

        const qint64 other = m_test.rawAccount(u"PT Lain"_s, u"client"_s);
        r = request();
        r.accountId = other;
        id = repo.open(r);
        QVERIFY(!id.ok());
        QCOMPARE(id.error(),
                 u"The service item “Contract review on request” is not part of the "
                 "service plan of PT Lain."_s);
        r.accountId = 4242;
        QVERIFY(!repo.open(r).ok());
        QCOMPARE(m_test.count(u"service_requests"_s), 0);
    }

    void editingKeepsTheStatus()
    {
        ServiceRequestRepository repo(m_test.db());
        const qint64 id = *repo.open(request());
        ServiceRequest r = *repo.get(id);
        r.title = u"Review the revised supplier agreement"_s;
        r.priority = cd::RequestPriority::Urgent;
        r.status = RequestStatus::Closed; // ignored: close() closes
        QVERIFY(repo.update(r).ok());
        const auto read = repo.get(id);
        QCOMPARE(read->title, u"Review the revised supplier agreement"_s);
        QCOMPARE(read->priority, cd::RequestPriority::Urgent);
        QCOMPARE(read->status, RequestStatus::Open);
        r.title = u"Stale"_s;
        QVERIFY(!repo.update(r).ok()); // r still has version 1
    }
};

QTEST_GUILESS_MAIN(tst_ServiceRequestRepository)
#include "tst_servicerequestrepository.moc"
