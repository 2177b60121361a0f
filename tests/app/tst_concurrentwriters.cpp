// Concurrent writers (issue 11): the app saving while `clientdesk import` writes to the same
// SQLite file. Saves wait for the import's transaction (busy timeout) instead of failing; one
// that waits too long gets a sentence, never SQLite's raw "database is locked", and works
// when tried again. Nothing written by either side is lost.

#include "postgrestestsupport.h"

#include "domain/account.h"
#include "storage/accountrepository.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace cd;

class tst_ConcurrentWriters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    static constexpr int kRows = 60000;
    // A server imports row by row for now: fewer rows keep the test short, and the saves
    // still meet the import's transaction.
    static constexpr int kServerRows = 6000;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    int runCli(const QStringList &arguments, QString *err = nullptr)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CLIENTDESK_BIN), arguments);
        process.waitForFinished(300000);
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

    static qint64 scalar(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    static Account newAccount(int n)
    {
        Account a;
        a.kind = AccountKind::Customer;
        a.name = u"Saved during the import %1"_s.arg(n);
        return a;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString base = path(u"base.sqlite"_s);
        QCOMPARE(runCli({ u"demo"_s, u"--accounts"_s, u"100"_s, u"--revenue"_s, u"1000"_s,
                          u"--database"_s, base }),
                 0);
        QStringList names;
        {
            auto db = Database::open(base);
            QVERIFY(db.ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(u"SELECT name FROM accounts ORDER BY id"_s));
            while (q.next())
                names.append(q.value(0).toString());
        }
        for (const auto &[file, rows] : { std::pair { u"revenue.csv"_s, kRows },
                                          std::pair { u"revenue-server.csv"_s, kServerRows } }) {
            QFile csv(path(file));
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write("date,account,amount,description\n");
            for (int i = 0; i < rows; ++i) {
                QString name = names.at(i % names.size());
                name.replace(u'"', u"\"\""_s);
                csv.write(u"2026-%1-%2,\"%3\",%4.00,Row %5\n"_s.arg(1 + i % 9, 2, 10, QChar(u'0'))
                              .arg(1 + i % 27, 2, 10, QChar(u'0'))
                              .arg(name)
                              .arg(100 + i % 900)
                              .arg(i)
                              .toUtf8());
            }
        }
    }

    void theAppSavesWhileAnImportRuns()
    {
        const QString database = path(u"shared.sqlite"_s);
        QVERIFY(QFile::copy(path(u"base.sqlite"_s), database));
        savesWhileImporting(database);
    }

    // On a shared server the same: an import and the app write side by side, and with the
    // server's row versions and MVCC no save even has to wait.
    void theAppSavesWhileAnImportRunsOnAServer()
    {
        if (ScratchPostgres::serverUrl().isEmpty())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        ScratchPostgres pg;
        QVERIFY2(pg.ok(), qPrintable(pg.error()));
        QString err;
        QCOMPARE(runCli({ u"copy"_s, u"--to"_s, pg.url(), u"--database"_s, path(u"base.sqlite"_s) },
                        &err),
                 0);
        savesWhileImporting(pg.url());
    }

private:
    void savesWhileImporting(const QString &database)
    {
        const bool server = database.startsWith(u"postgresql:"_s);
        auto opened = Database::open(database);
        QVERIFY(opened.ok());
        Database &db = **opened;
        const qint64 revenueBefore = scalar(db, u"SELECT COUNT(*) FROM revenue_entries"_s);

        QProcess import;
        import.start(QStringLiteral(CLIENTDESK_BIN),
                     { u"import"_s, u"revenue"_s,
                       path(server ? u"revenue-server.csv"_s : u"revenue.csv"_s), u"--database"_s,
                       database });
        QVERIFY(import.waitForStarted(10000));
        const int rows = server ? kServerRows : kRows;
        AccountRepository accounts(db);
        QList<qint64> saved;
        QStringList refused;
        int attemptsWhileRunning = 0;
        int n = 0;
        QElapsedTimer clock;
        clock.start();
        // Save while the import runs (and a little longer, so some saves meet its write).
        while (import.state() != QProcess::NotRunning || n < 20) {
            if (import.state() != QProcess::NotRunning)
                ++attemptsWhileRunning;
            const auto id = accounts.insert(newAccount(++n));
            if (id)
                saved.append(*id);
            else
                refused.append(id.error());
            QThread::msleep(5);
            import.waitForFinished(0);
            QVERIFY2(clock.elapsed() < 240000, "the import did not finish");
        }
        import.waitForFinished(300000);
        QCOMPARE(import.exitCode(), 0);
        QVERIFY(attemptsWhileRunning > 0);

        // A refused save said so in a sentence, and goes through when tried again.
        if (server)
            QVERIFY2(refused.isEmpty(), qPrintable(refused.value(0)));
        for (const QString &message : std::as_const(refused)) {
            QVERIFY2(message.contains(u"busy or locked by another program; try again in a "
                                      "moment"_s),
                     qPrintable(message));
            QVERIFY(!message.contains(u"database is locked"_s));
        }
        // Nothing lost: every import row, every save that succeeded.
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM revenue_entries"_s), revenueBefore + rows);
        QCOMPARE(scalar(db,
                        u"SELECT COUNT(*) FROM accounts WHERE name LIKE "
                        "'Saved during the import %'"_s),
                 qint64(saved.size()));
        for (qint64 id : std::as_const(saved))
            QVERIFY(accounts.get(id).ok());
        qInfo("%d saves while the import ran, %d waited in vain and were refused",
              attemptsWhileRunning, int(refused.size()));
        opened->reset();
        QString err;
        QCOMPARE(runCli({ u"check"_s, u"--database"_s, database }, &err), 0);
    }

private slots:
    void aSaveThatWaitsTooLongIsRefusedWithASentenceAndWorksLater()
    {
        const QString database = path(u"held.sqlite"_s);
        QVERIFY(QFile::copy(path(u"base.sqlite"_s), database));
        Database::Options options;
        options.busyTimeoutMs = 200;
        auto opened = Database::open(database, options);
        QVERIFY(opened.ok());
        AccountRepository accounts(**opened);
        const qint64 before = scalar(**opened, u"SELECT COUNT(*) FROM accounts"_s);
        {
            // Another program holds the write lock (as a long import would).
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            other.setDatabaseName(database);
            QVERIFY(other.open());
            QSqlQuery hold(other);
            QVERIFY(hold.exec(u"BEGIN IMMEDIATE"_s));
            QVERIFY(hold.exec(u"UPDATE settings SET value = value"_s));
            const auto refused = accounts.insert(newAccount(1));
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error(),
                     u"Starting a transaction failed: the database is busy or locked by another "
                     "program; try again in a moment."_s);
            QCOMPARE(scalar(**opened, u"SELECT COUNT(*) FROM accounts"_s), before);
            QVERIFY(hold.exec(u"COMMIT"_s));
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        // Tried again once the other program is done: saved.
        QVERIFY(accounts.insert(newAccount(1)).ok());
        QCOMPARE(scalar(**opened, u"SELECT COUNT(*) FROM accounts"_s), before + 1);
    }
};

QTEST_GUILESS_MAIN(tst_ConcurrentWriters)
#include "tst_concurrentwriters.moc"
