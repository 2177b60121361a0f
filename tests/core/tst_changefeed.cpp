// ChangeFeed: others' changes on a shared server are heard, one's own are not (issue 9).
#include "postgrestestsupport.h"

#include "storage/accountrepository.h"
#include "storage/changefeed.h"
#include "storage/database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

class tst_ChangeFeed final : public QObject
{
    Q_OBJECT

    static Account account(const QString &name)
    {
        Account a;
        a.name = name;
        a.kind = AccountKind::Customer;
        return a;
    }

private slots:
    void aFileHasNobodyElseToHearFrom()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"feed.sqlite"_s));
        QVERIFY(db.ok());
        ChangeFeed feed(**db);
        QVERIFY(!feed.isActive());
    }

    void othersChangesAreHeardOnceGathered()
    {
        if (ScratchPostgres::serverUrl().isEmpty())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        ScratchPostgres pg;
        QVERIFY2(pg.ok(), qPrintable(pg.error()));
        auto mine = Database::open(pg.url());
        QVERIFY2(mine.ok(), qPrintable(mine.error()));
        auto theirs = Database::open(pg.url());
        QVERIFY(theirs.ok());
        ChangeFeed feed(**mine, 100);
        QVERIFY(feed.isActive());
        QSignalSpy heard(&feed, &ChangeFeed::changed);

        // One's own change: nothing.
        QVERIFY(AccountRepository(**mine).insert(account(u"Mine Ltd"_s)).ok());
        QTest::qWait(400);
        QCOMPARE(heard.size(), 0);

        // Someone else's: one signal for the statements that came close together.
        const auto id = AccountRepository(**theirs).insert(account(u"Theirs Ltd"_s));
        QVERIFY(id.ok());
        Account changed = *AccountRepository(**theirs).get(*id);
        changed.city = u"Bogor"_s;
        QVERIFY(AccountRepository(**theirs).update(changed).ok());
        QVERIFY(heard.wait(3000));
        QTest::qWait(300);
        QCOMPARE(heard.size(), 1);
        const QStringList tables = heard.at(0).at(0).toStringList();
        QVERIFY2(tables.contains(u"accounts"_s), qPrintable(tables.join(u", "_s)));
        QVERIFY(tables.contains(u"audit_log"_s) == false); // not a table the views show

        // The server drops this connection; the next save connects again, and the feed goes
        // on hearing others over the new connection.
        QSqlQuery pid((*mine)->connection());
        QVERIFY(pid.exec(u"SELECT pg_backend_pid()"_s) && pid.next());
        // Waits (up to 5 s) until the session is gone.
        QVERIFY(pg.exec(u"SELECT pg_terminate_backend(%1, 5000)"_s.arg(pid.value(0).toLongLong())));
        const auto again = AccountRepository(**mine).insert(account(u"Mine Again Ltd"_s));
        QVERIFY2(again.ok(), qPrintable(again.error()));
        heard.clear();
        QVERIFY(AccountRepository(**theirs).insert(account(u"Theirs Again Ltd"_s)).ok());
        QVERIFY(heard.wait(3000));
        QVERIFY(heard.at(0).at(0).toStringList().contains(u"accounts"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ChangeFeed)
#include "tst_changefeed.moc"
