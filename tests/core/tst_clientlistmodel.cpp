#include "models/clientlistmodel.h"
#include "repositorytestsupport.h"
#include "sample/samplegenerator.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using cd::ClientFilter;
using cd::ClientListModel;
using testsupport::TestDatabase;

namespace {

const QDate kToday(2026, 11, 22);

} // namespace

class tst_ClientListModel : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_test;

private slots:
    void initTestCase()
    {
        QVERIFY(m_test.open());
        cd::SampleOptions options;
        options.accounts = 150;
        options.revenueEntries = 6000;
        options.today = kToday;
        QVERIFY(cd::SampleGenerator(options).generate(m_test.db()).ok());
    }

    void listsEveryClientWithItsFigures()
    {
        ClientListModel model(m_test.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(kToday).ok());
        const qint64 clients
            = m_test.scalar(u"SELECT COUNT(*) FROM accounts WHERE kind = 'client'"_s).toLongLong();
        QCOMPARE(model.rowCount(), int(clients));
        QCOMPARE(model.totalClients(), clients);
        QCOMPARE(model.columnCount(), int(ClientListModel::ColumnCount));

        // Each figure agrees with the database, for every row.
        for (int r = 0; r < model.rowCount(); ++r) {
            const ClientListModel::Row *row = model.rowAt(r);
            const QVariantMap id { { u"id"_s, row->id } };
            QCOMPARE(row->activeContracts,
                     m_test
                         .scalar(u"SELECT COUNT(*) FROM contracts WHERE account_id = :id AND "
                                 "status = 'active'"_s,
                                 id)
                         .toInt());
            QCOMPARE(row->openRequests,
                     m_test
                         .scalar(u"SELECT COUNT(*) FROM service_requests WHERE account_id = "
                                 ":id AND status <> 'closed'"_s,
                                 id)
                         .toInt());
            const QString last = m_test
                                     .scalar(u"SELECT MAX(occurred_at) FROM interactions "
                                             "WHERE account_id = :id"_s,
                                             id)
                                     .toString();
            QCOMPARE(row->lastContact.toString(Qt::ISODate), last.left(10));
            if (row->activeContracts == 0)
                QCOMPARE(row->monthlyRecurring.minorUnits(), 0);
            QCOMPARE(row->annualValue.minorUnits(), row->monthlyRecurring.minorUnits() * 12);
        }
        // A retainer client's recurring revenue is its monthly fee.
        const qint64 retainerClient
            = m_test
                  .scalar(
                      u"SELECT account_id FROM contracts WHERE status = 'active' AND billing_model "
                      "= 'retainer' AND account_id NOT IN (SELECT account_id FROM contracts WHERE "
                      "status = 'active' AND billing_model <> 'retainer') GROUP BY account_id "
                      "HAVING COUNT(*) = 1 LIMIT 1"_s)
                  .toLongLong();
        QVERIFY(retainerClient > 0);
        const qint64 fee = m_test
                               .scalar(u"SELECT fee_minor FROM contracts WHERE account_id = :id "
                                       "AND status = 'active'"_s,
                                       { { u"id"_s, retainerClient } })
                               .toLongLong();
        QCOMPARE(model.rowAt(model.rowOf(retainerClient))->monthlyRecurring.minorUnits(), fee);
    }

    void searchAndFiltersNarrowInSql()
    {
        ClientListModel model(m_test.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(kToday).ok());
        const QString name = model.rowAt(0)->name;
        ClientFilter f;
        f.search = u"  "_s + name.mid(1, 5).toUpper() + u" "_s; // any case, trimmed
        QVERIFY(model.setFilter(f).ok());
        QVERIFY(model.rowCount() >= 1);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.rowAt(r)->name.contains(name.mid(1, 5), Qt::CaseInsensitive));

        // LIKE wildcards in the search are plain text.
        f.search = u"%"_s;
        QVERIFY(model.setFilter(f).ok());
        QCOMPARE(model.rowCount(), 0);
        f.search = u"x' OR 1=1 --"_s;
        QVERIFY(model.setFilter(f).ok());
        QCOMPARE(model.rowCount(), 0);

        f = ClientFilter();
        f.status = cd::AccountStatus::Prospect;
        QVERIFY(model.setFilter(f).ok());
        QCOMPARE(model.rowCount(),
                 m_test
                     .scalar(u"SELECT COUNT(*) FROM accounts WHERE kind = 'client' AND status = "
                             "'prospect'"_s)
                     .toInt());
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.rowAt(r)->activeContracts, 0);

        f = ClientFilter();
        f.managerId = m_test
                          .scalar(u"SELECT manager_id FROM accounts WHERE kind = 'client' "
                                  "LIMIT 1"_s)
                          .toLongLong();
        QVERIFY(model.setFilter(f).ok());
        QCOMPARE(model.rowCount(),
                 m_test
                     .scalar(u"SELECT COUNT(*) FROM accounts WHERE kind = 'client' AND "
                             "manager_id = :m"_s,
                             { { u"m"_s, *f.managerId } })
                     .toInt());

        f = ClientFilter();
        f.health = cd::ClientHealth::Level::AtRisk;
        QVERIFY(model.setFilter(f).ok());
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.rowAt(r)->health.level(), cd::ClientHealth::Level::AtRisk);
    }

    void sortsByEveryColumnAndKeepsTheSelection()
    {
        ClientListModel model(m_test.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(kToday).ok());
        const QPersistentModelIndex selected = model.index(3, ClientListModel::Name);
        const qint64 selectedId = selected.data(ClientListModel::IdRole).toLongLong();
        for (int column = 0; column < ClientListModel::ColumnCount; ++column) {
            for (auto order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                model.sort(column, order);
                for (int r = 1; r < model.rowCount(); ++r) {
                    const QVariant a = model.index(r - 1, column).data(ClientListModel::SortRole);
                    const QVariant b = model.index(r, column).data(ClientListModel::SortRole);
                    const auto cmp = QVariant::compare(a, b);
                    QVERIFY2(order == Qt::AscendingOrder ? cmp != QPartialOrdering::Greater
                                                         : cmp != QPartialOrdering::Less,
                             qPrintable(u"column %1 row %2"_s.arg(column).arg(r)));
                }
                QCOMPARE(selected.data(ClientListModel::IdRole).toLongLong(), selectedId);
            }
        }
    }

    void healthExplainsItselfInTheTooltip()
    {
        ClientListModel model(m_test.db());
        QVERIFY(model.reload(kToday).ok());
        bool sawReason = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString tip
                = model.index(r, ClientListModel::Health).data(Qt::ToolTipRole).toString();
            QVERIFY(tip.startsWith(u"Score "_s));
            sawReason = sawReason || tip.contains(u"•"_s);
        }
        QVERIFY(sawReason);
    }

    void anEmptyDatabaseShowsNoRows()
    {
        TestDatabase empty;
        QVERIFY(empty.open());
        ClientListModel model(empty.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(kToday).ok());
        QCOMPARE(model.rowCount(), 0);
        model.sort(ClientListModel::Health, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ClientListModel)
#include "tst_clientlistmodel.moc"
