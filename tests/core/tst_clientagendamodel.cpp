#include "models/clientagendamodel.h"
#include "repositorytestsupport.h"
#include "sample/samplegenerator.h"

#include "domain/money.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>

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

    // Issue 27: every invoice past its due date and not fully paid, oldest due first, with
    // what is owed and the days overdue.
    void listsTheInvoicesOverdue()
    {
        ClientAgendaModel model(m_test.db());
        QVERIFY(model.reload(kToday, kNow).ok());
        QList<ClientAgendaModel::Item> overdue;
        for (const auto &item : model.items()) {
            if (item.kind == Kind::InvoiceOverdue)
                overdue.append(item);
        }
        const int expected = m_test
                                 .scalar(u"SELECT COUNT(*) FROM invoices WHERE state IN "
                                         "('issued', 'partly_paid') AND due_date < '2026-11-22'"_s)
                                 .toInt();
        QVERIFY(expected > 0);
        QCOMPARE(overdue.size(), expected);
        // The oldest: its number, the amount owed in its currency, the days since it was due.
        QSqlQuery q(m_test.db().connection());
        QVERIFY(q.exec(u"SELECT i.number, i.due_date, i.total_minor - i.paid_minor, i.currency, "
                       "a.name FROM invoices i JOIN accounts a ON a.id = i.account_id WHERE "
                       "i.state IN ('issued', 'partly_paid') AND i.due_date < '2026-11-22' "
                       "ORDER BY i.due_date, i.number LIMIT 1"_s));
        QVERIFY(q.next());
        const QDate due = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const qint64 days = due.daysTo(kToday);
        QCOMPARE(overdue.first().date, due);
        QCOMPARE(overdue.first().client, q.value(4).toString());
        QCOMPARE(overdue.first().text,
                 u"%1: %2 owed, %3 days overdue (due %4)."_s.arg(
                     q.value(0).toString(),
                     cd::Money(q.value(2).toLongLong(), q.value(3).toString()).format(),
                     QString::number(days), QLocale().toString(due, QLocale::ShortFormat)));
        for (qsizetype i = 1; i < overdue.size(); ++i)
            QVERIFY(overdue.at(i - 1).date <= overdue.at(i).date);

        // Paid in full, an invoice leaves the list.
        QVERIFY(q.exec(u"UPDATE invoices SET paid_minor = total_minor, state = 'paid' WHERE "
                       "number = '%1'"_s.arg(q.value(0).toString())));
        QVERIFY(model.reload(kToday, kNow).ok());
        int left = 0;
        for (const auto &item : model.items())
            left += item.kind == Kind::InvoiceOverdue ? 1 : 0;
        QCOMPARE(left, expected - 1);
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
