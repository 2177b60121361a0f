#include "models/clientagendamodel.h"
#include "repositorytestsupport.h"
#include "sample/samplegenerator.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;
using cd::ClientAgendaModel;
using Kind = cd::ClientAgendaModel::Kind;
using testsupport::TestDatabase;

namespace {

const QDate kToday(2026, 11, 22);
const QDateTime kNow(kToday, QTime(17, 0));

} // namespace

class tst_ClientAgendaModel : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_test;

private slots:
    void initTestCase()
    {
        QVERIFY(m_test.open());
        cd::SampleOptions options;
        options.accounts = 200;
        options.revenueEntries = 6000;
        options.today = kToday;
        QVERIFY(cd::SampleGenerator(options).generate(m_test.db()).ok());
    }

    void listsEveryKindOfAttention()
    {
        ClientAgendaModel model(m_test.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(kToday, kNow).ok());
        QHash<Kind, int> counts;
        for (const auto &item : model.items())
            ++counts[item.kind];
        for (Kind kind :
             { Kind::NoticeDeadline, Kind::FollowUp, Kind::RequestPastDue, Kind::AtRisk })
            QVERIFY2(counts.value(kind) > 0, qPrintable(QString::number(int(kind))));

        // Past-due requests agree with the database, item for item.
        QCOMPARE(counts.value(Kind::RequestPastDue),
                 m_test
                     .scalar(u"SELECT COUNT(*) FROM service_requests WHERE status <> 'closed' "
                             "AND due_at < '2026-11-22T17:00:00'"_s)
                     .toInt());
        // Follow-ups only of clients, only those due.
        QCOMPARE(counts.value(Kind::FollowUp),
                 m_test
                     .scalar(u"SELECT COUNT(*) FROM interactions i JOIN accounts a ON a.id = "
                             "i.account_id WHERE a.kind = 'client' AND follow_up_done = 0 AND "
                             "follow_up_on <= '2026-11-22'"_s)
                     .toInt());
        for (const auto &item : model.items()) {
            QVERIFY(item.accountId > 0);
            QVERIFY(!item.client.isEmpty());
            if (item.kind == Kind::NoticeDeadline) {
                QVERIFY(item.date >= kToday);
                QVERIFY(kToday.daysTo(item.date) <= ClientAgendaModel::horizonDays);
                QVERIFY(item.text.startsWith(u"C-"_s));
                QVERIFY(item.text.contains(u": notice by "_s));
            }
        }
        // Soonest first within a kind.
        for (int r = 1; r < model.rowCount(); ++r) {
            const auto &a = model.items().at(r - 1);
            const auto &b = model.items().at(r);
            if (a.kind == b.kind)
                QVERIFY(a.date <= b.date);
        }
        const QModelIndex first = model.index(0);
        QVERIFY(first.data().toString().startsWith(model.items().first().client + u" — "_s));
        QCOMPARE(first.data(ClientAgendaModel::AccountIdRole).toLongLong(),
                 model.items().first().accountId);
    }

    void anEmptyDatabaseHasNothingToDo()
    {
        TestDatabase empty;
        QVERIFY(empty.open());
        ClientAgendaModel model(empty.db());
        QVERIFY(model.reload(kToday, kNow).ok());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ClientAgendaModel)
#include "tst_clientagendamodel.moc"
