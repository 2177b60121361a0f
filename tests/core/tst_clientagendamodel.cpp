#include "models/clientagendamodel.h"
#include "models/portfoliosummary.h"
#include "models/worklistmodel.h"
#include "repositorytestsupport.h"
#include "sample/samplegenerator.h"
#include "services/interactionservice.h"

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
        // Follow-ups of clients and customers, only those due: what the dashboard's card
        // counts (issue 29: every count equals its list).
        const int followUps = counts.value(Kind::FollowUp);
        QCOMPARE(followUps,
                 m_test
                     .scalar(u"SELECT COUNT(*) FROM interactions WHERE follow_up_done = 0 AND "
                             "follow_up_on <= '2026-11-22'"_s)
                     .toInt());
        QVERIFY(m_test
                    .scalar(u"SELECT COUNT(*) FROM interactions i JOIN accounts a ON a.id = "
                            "i.account_id WHERE a.kind = 'customer' AND follow_up_done = 0 AND "
                            "follow_up_on <= '2026-11-22'"_s)
                    .toInt()
                > 0);
        const auto summary = cd::PortfolioSummary::load(m_test.db(), kNow);
        QVERIFY(summary);
        QCOMPARE(summary->count(cd::PortfolioSummary::Figure::FollowUpsDue), qint64(followUps));
        for (const auto &item : model.items()) {
            QVERIFY(item.accountId > 0);
            QVERIFY(!item.client.isEmpty());
            if (item.kind == Kind::NoticeDeadline) {
                // Ahead within the horizon, or passed while the contract runs: missed.
                const bool missed = item.level == ClientAgendaModel::missedLevel;
                QCOMPARE(item.date < kToday, missed);
                QVERIFY(kToday.daysTo(item.date) <= ClientAgendaModel::horizonDays);
                QVERIFY(item.text.startsWith(u"C-"_s));
                QVERIFY(
                    item.text.contains(missed ? u"; the notice was due by "_s : u": notice by "_s));
            }
        }
        // Soonest first within a kind; clients at risk worst first.
        for (int r = 1; r < model.rowCount(); ++r) {
            const auto &a = model.items().at(r - 1);
            const auto &b = model.items().at(r);
            if (a.kind == Kind::AtRisk && b.kind == Kind::AtRisk)
                QVERIFY(a.level < b.level || (a.level == b.level && a.date <= b.date));
            else if (a.kind == b.kind)
                QVERIFY(a.date <= b.date);
        }
        const QModelIndex first = model.index(0);
        QVERIFY(first.data().toString().startsWith(model.items().first().client + u" — "_s));
        QCOMPARE(first.data(ClientAgendaModel::AccountIdRole).toLongLong(),
                 model.items().first().accountId);
    }

    // Issue 29: the worklist holds the agenda's items, no more, no fewer: by kind it counts
    // what each dashboard list shows; missed and overdue first, then by the day to act by,
    // said in words; filtered by manager and account.
    void theWorklistHoldsTheAgenda()
    {
        ClientAgendaModel agenda(m_test.db());
        QVERIFY(agenda.reload(kToday, kNow).ok());
        cd::WorklistModel worklist;
        QAbstractItemModelTester tester(&worklist,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        worklist.setItems(agenda.items(), kToday);
        QCOMPARE(worklist.rowCount(), int(agenda.items().size()));
        QCOMPARE(worklist.columnCount(), int(cd::WorklistModel::ColumnCount));
        bool seenOnTime = false;
        int overdue = 0;
        for (int r = 0; r < worklist.rowCount(); ++r) {
            const auto &item = worklist.itemAt(r);
            const bool late = cd::WorklistModel::isOverdue(item, kToday);
            QCOMPARE(worklist.index(r, 0).data(cd::WorklistModel::OverdueRole).toBool(), late);
            const QString state = worklist.index(r, cd::WorklistModel::StateColumn).data().toString();
            if (late) {
                QVERIFY2(!seenOnTime, "an overdue item after one that is not");
                QVERIFY(state == u"Missed"_s || state == u"Overdue"_s);
                ++overdue;
            } else {
                seenOnTime = true;
                QVERIFY(state.isEmpty() || state == u"Today"_s);
            }
            if (r > 0 && cd::WorklistModel::isOverdue(worklist.itemAt(r - 1), kToday) == late)
                QVERIFY(cd::WorklistModel::actBy(worklist.itemAt(r - 1), kToday)
                        <= cd::WorklistModel::actBy(item, kToday));
        }
        QVERIFY(overdue > 0);
        QCOMPARE(worklist.overdueCount(), overdue);

        // By kind: what each of the dashboard's lists holds (notices and renewals together).
        for (Kind kind : { Kind::NoticeDeadline, Kind::FollowUp, Kind::RequestPastDue, Kind::AtRisk,
                           Kind::Hours, Kind::InvoiceOverdue }) {
            cd::WorklistModel::Filter filter;
            filter.kind = kind;
            worklist.setFilter(filter);
            const auto expected = std::count_if(
                agenda.items().cbegin(), agenda.items().cend(), [kind](const auto &item) {
                    return item.kind == kind
                        || (kind == Kind::NoticeDeadline && item.kind == Kind::Renewal);
                });
            QCOMPARE(worklist.rowCount(), int(expected));
        }
        // By manager: the items of that manager's accounts.
        const qint64 manager = m_test
                                   .scalar(u"SELECT manager_id FROM accounts WHERE manager_id "
                                           "IS NOT NULL GROUP BY manager_id ORDER BY "
                                           "COUNT(*) DESC LIMIT 1"_s)
                                   .toLongLong();
        cd::WorklistModel::Filter byManager;
        byManager.managerId = manager;
        worklist.setFilter(byManager);
        QVERIFY(worklist.rowCount() > 0);
        QVERIFY(worklist.rowCount() < int(agenda.items().size()));
        for (int r = 0; r < worklist.rowCount(); ++r)
            QCOMPARE(m_test
                         .scalar(u"SELECT manager_id FROM accounts WHERE id = %1"_s.arg(
                             worklist.itemAt(r).accountId))
                         .toLongLong(),
                     manager);
        // By account: part of its name, any case.
        cd::WorklistModel::Filter byAccount;
        byAccount.account = agenda.items().first().client.left(6).toLower();
        worklist.setFilter(byAccount);
        QVERIFY(worklist.rowCount() > 0);
        for (int r = 0; r < worklist.rowCount(); ++r)
            QVERIFY(worklist.itemAt(r).client.contains(byAccount.account, Qt::CaseInsensitive));
    }

    // A follow-up snoozed leaves the agenda until its new day; one done or without a date
    // cannot be snoozed.
    void aFollowUpIsSnoozed()
    {
        ClientAgendaModel agenda(m_test.db());
        QVERIFY(agenda.reload(kToday, kNow).ok());
        qint64 interaction = 0;
        for (const auto &item : agenda.items()) {
            if (item.kind == Kind::FollowUp) {
                QVERIFY(item.recordId > 0);
                interaction = item.recordId;
                break;
            }
        }
        QVERIFY(interaction > 0);
        const auto followUps = [&agenda] {
            return std::count_if(agenda.items().cbegin(), agenda.items().cend(),
                                 [](const auto &item) { return item.kind == Kind::FollowUp; });
        };
        const auto before = followUps();
        cd::InteractionService service(m_test.db());
        QVERIFY(service.setFollowUpOn(interaction, kToday.addDays(7)).ok());
        QCOMPARE(
            m_test.scalar(u"SELECT follow_up_on FROM interactions WHERE id = %1"_s.arg(interaction))
                .toString(),
            kToday.addDays(7).toString(Qt::ISODate));
        QVERIFY(agenda.reload(kToday, kNow).ok());
        QCOMPARE(followUps(), before - 1);
        QVERIFY(agenda.reload(kToday.addDays(7), QDateTime(kToday.addDays(7), QTime(9, 0))).ok());
        bool back = false;
        for (const auto &item : agenda.items())
            back = back || item.recordId == interaction;
        QVERIFY(back);

        QVERIFY(service.setFollowUpDone(interaction, true).ok());
        const cd::Status refused = service.setFollowUpOn(interaction, kToday.addDays(14));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"no open follow-up to move"_s),
                 qPrintable(refused.error()));
        QVERIFY(!service.setFollowUpOn(interaction, QDate()).ok());
        QVERIFY(service.setFollowUpDone(interaction, false).ok());
        QVERIFY(service.setFollowUpOn(interaction, kToday.addDays(-1)).ok()); // put back
    }

    // Issue 29: notice deadlines and renewals are one list by the date to act by, a missed
    // notice first and said so; clients at risk by score, worst first.
    void noticesAndRenewalsByTheDateToActBy()
    {
        ClientAgendaModel model(m_test.db());
        const qint64 account = m_test.rawAccount(u"PT Tenggat"_s, u"client"_s);
        const auto contract = [&](const QString &reference, const QDate &end, int noticeDays,
                                  bool autoRenew) {
            return m_test.exec(
                u"INSERT INTO contracts (account_id, reference, billing_model, fee_minor, "
                "currency, start_date, end_date, notice_days, auto_renew, renewal_months, status, "
                "created_at, updated_at) VALUES (:a, :r, 'retainer', 100000, 'IDR', "
                "'2025-01-01', :e, :n, :ar, :rm, 'active', '2025-01-01', '2025-01-01')"_s,
                { { u"a"_s, account },
                  { u"r"_s, reference },
                  { u"e"_s, end.toString(Qt::ISODate) },
                  { u"n"_s, noticeDays },
                  { u"ar"_s, autoRenew ? 1 : 0 },
                  { u"rm"_s, autoRenew ? QVariant(12) : QVariant(QMetaType::fromType<int>()) } });
        };
        // Renews in 20 days, 30 days' notice: missed 10 days ago. Ends in 32 days without
        // renewing, 30 days' notice: due in 2 days. Renews in 80 days, 60 days' notice: in 20.
        QVERIFY(contract(u"T-MISSED"_s, kToday.addDays(20), 30, true));
        QVERIFY(contract(u"T-SOON"_s, kToday.addDays(32), 30, false));
        QVERIFY(contract(u"T-LATER"_s, kToday.addDays(80), 60, true));
        // Ends in 25 days without renewing, 30 days' notice: missed 5 days ago.
        QVERIFY(contract(u"T-ENDING"_s, kToday.addDays(25), 30, false));
        QVERIFY(model.reload(kToday, kNow).ok());
        QList<ClientAgendaModel::Item> notices;
        QList<int> scores;
        for (const auto &item : model.items()) {
            if (item.kind == Kind::NoticeDeadline || item.kind == Kind::Renewal)
                notices.append(item);
            if (item.kind == Kind::AtRisk)
                scores.append(item.level);
        }
        QVERIFY(notices.size() >= 3);
        for (qsizetype i = 1; i < notices.size(); ++i)
            QVERIFY(notices.at(i - 1).date <= notices.at(i).date);
        const auto at = [&](const QString &reference) {
            for (qsizetype i = 0; i < notices.size(); ++i) {
                if (notices.at(i).text.startsWith(reference))
                    return i;
            }
            return qsizetype(-1);
        };
        // Every missed notice (the sample has its own) before every other, each said so.
        qsizetype missedCount = 0;
        for (const auto &item : notices) {
            const bool missed = item.date < kToday;
            QCOMPARE(item.level == ClientAgendaModel::missedLevel, missed);
            QCOMPARE(item.text.endsWith(u": missed."_s), missed);
            missedCount += missed ? 1 : 0;
        }
        QVERIFY(at(u"T-MISSED"_s) >= 0 && at(u"T-MISSED"_s) < missedCount);
        const auto &missed = notices.at(at(u"T-MISSED"_s));
        QCOMPARE(missed.kind, Kind::Renewal);
        QCOMPARE(missed.client, u"PT Tenggat"_s);
        QCOMPARE(missed.date, kToday.addDays(-10));
        QVERIFY2(missed.text.startsWith(u"T-MISSED renews "_s), qPrintable(missed.text));
        const auto &ending = notices.at(at(u"T-ENDING"_s));
        QVERIFY(at(u"T-ENDING"_s) < missedCount);
        QCOMPARE(ending.kind, Kind::NoticeDeadline);
        QCOMPARE(ending.date, kToday.addDays(-5));
        QVERIFY2(ending.text.startsWith(u"T-ENDING ends "_s), qPrintable(ending.text));
        QVERIFY(at(u"T-SOON"_s) >= missedCount && at(u"T-SOON"_s) < at(u"T-LATER"_s));
        QCOMPARE(notices.at(at(u"T-SOON"_s)).date, kToday.addDays(2));
        QCOMPARE(notices.at(at(u"T-LATER"_s)).date, kToday.addDays(20));
        QCOMPARE(notices.at(at(u"T-LATER"_s)).level, 0);
        QVERIFY(notices.at(at(u"T-LATER"_s)).text.endsWith(u"(in 20 days)."_s));
        QVERIFY(scores.size() > 1);
        QVERIFY(std::is_sorted(scores.begin(), scores.end()));
        QVERIFY(m_test.exec(u"DELETE FROM contracts WHERE reference LIKE 'T-%'"_s));
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
