// Crash safety: `clientdesk demo` and `clientdesk import` are killed with SIGKILL at random
// moments, 20 times each (8 under AddressSanitizer, where every run is about three times slower
// and this test took three minutes of CI). After every kill `clientdesk check` must pass and the
// interrupted operation must be all or nothing.

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

#ifdef __SANITIZE_ADDRESS__
constexpr int kKills = 8;
#else
constexpr int kKills = 20;
#endif

struct Outcome
{
    int exitCode = -1;
    bool killed = false;
    QString err;
};

} // namespace

class tst_CrashSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QRandomGenerator m_random { 20261123 };
    int m_connection = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_DATA_HOME"_s, path(u"data"_s));
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.remove(u"CLIENTDESK_DATABASE"_s);
        env.remove(u"DISPLAY"_s);
        return env;
    }

    /// Runs a command; with `killAfterMs` >= 0 it is killed (SIGKILL) after that long.
    Outcome run(const QStringList &arguments, int killAfterMs = -1)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(CLIENTDESK_BIN), arguments);
        Outcome outcome;
        if (!process.waitForStarted(10000))
            return outcome;
        if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs)) {
            process.kill(); // SIGKILL: no cleanup of any kind
            outcome.killed = true;
        }
        process.waitForFinished(300000);
        outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        outcome.err = QString::fromUtf8(process.readAllStandardError());
        return outcome;
    }

    qint64 count(const QString &database, const QString &table)
    {
        const QString name = u"count-%1"_s.arg(++m_connection);
        qint64 result = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(database);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery q(db);
                // Table names are fixed strings of this file.
                if (q.exec(u"SELECT count(*) FROM "_s + table) && q.next())
                    result = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }

    void checkPasses(const QString &database, int kill)
    {
        const Outcome check = run({ u"check"_s, u"--database"_s, database });
        QVERIFY2(check.exitCode == 0,
                 qPrintable(u"kill %1: check failed: %2"_s.arg(kill).arg(check.err)));
    }

    /// How long `arguments` take to finish; `revenueEntries`, when given, receives how many
    /// revenue entries the finished run left in `database` (which is removed).
    int durationMs(const QStringList &arguments, const QString &database,
                   qint64 *revenueEntries = nullptr)
    {
        QElapsedTimer timer;
        timer.start();
        const Outcome done = run(arguments);
        const int ms = int(timer.elapsed());
        if (done.exitCode != 0)
            qWarning("%s", qPrintable(done.err));
        if (revenueEntries)
            *revenueEntries = count(database, u"revenue_entries"_s);
        QFile::remove(database);
        QFile::remove(database + u"-wal"_s);
        QFile::remove(database + u"-shm"_s);
        return done.exitCode == 0 ? ms : -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void demoIsAllOrNothing()
    {
        const auto demo = [this](const QString &database) {
            return QStringList { u"demo"_s,      u"--accounts"_s, u"300"_s,
                                 u"--revenue"_s, u"30000"_s,      u"--seed"_s,
                                 u"7"_s,         u"--database"_s, database };
        };
        // About 30,000 entries: the invoices' lines are the contracts' revenue (docs/cli.md);
        // the same seed on the same day gives the same number.
        qint64 complete = 0;
        const int full
            = durationMs(demo(path(u"timing.sqlite"_s)), path(u"timing.sqlite"_s), &complete);
        QVERIFY(full > 0);
        QVERIFY2(complete >= 29400 && complete <= 30600, qPrintable(QString::number(complete)));
        int interrupted = 0;
        for (int kill = 0; kill < kKills; ++kill) {
            const QString database = path(u"demo-%1.sqlite"_s.arg(kill));
            const Outcome outcome = run(demo(database), m_random.bounded(full + 1));
            interrupted += outcome.killed ? 1 : 0;
            if (!QFile::exists(database))
                continue; // killed before the file was created: nothing to check
            checkPasses(database, kill);
            const qint64 accounts = count(database, u"accounts"_s);
            const qint64 revenue = count(database, u"revenue_entries"_s);
            QVERIFY2((accounts == 0 && revenue == 0) || (accounts == 300 && revenue == complete),
                     qPrintable(u"kill %1 after a partial demo: %2 accounts, %3 revenue entries"_s
                                    .arg(kill)
                                    .arg(accounts)
                                    .arg(revenue)));
        }
        qInfo("demo: %d of %d runs killed before they finished (a full run takes %d ms)",
              interrupted, kKills, full);
        QVERIFY2(interrupted >= kKills / 2, "too few runs were interrupted to mean anything");
    }

    void importIsAllOrNothing()
    {
        const QString base = path(u"import-base.sqlite"_s);
        QCOMPARE(run({ u"demo"_s, u"--accounts"_s, u"100"_s, u"--revenue"_s, u"1000"_s,
                       u"--database"_s, base })
                     .exitCode,
                 0);
        // 40,000 revenue rows naming the accounts of the base database.
        QStringList names;
        {
            const QString name = u"names"_s;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(base);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(u"SELECT name FROM accounts ORDER BY id"_s));
                while (q.next())
                    names.append(q.value(0).toString());
            }
            QSqlDatabase::removeDatabase(name);
        }
        QFile csv(path(u"revenue.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("date,account,amount,description\n");
        constexpr int rows = 40000;
        for (int i = 0; i < rows; ++i) {
            QString name = names.at(i % names.size());
            name.replace(u"\""_s, u"\"\""_s);
            csv.write(
                u"2025-%1-15,\"%2\",%3.50,Imported sale %4\n"_s.arg(1 + i % 12, 2, 10, QChar(u'0'))
                    .arg(name)
                    .arg(100 + i)
                    .arg(i)
                    .toUtf8());
        }
        csv.close();
        const qint64 before = count(base, u"revenue_entries"_s);
        QVERIFY(before > 0);

        const auto import = [this](const QString &database) {
            return QStringList { u"import"_s, u"revenue"_s, path(u"revenue.csv"_s), u"--database"_s,
                                 database };
        };
        QVERIFY(QFile::copy(base, path(u"timing.sqlite"_s)));
        const int full = durationMs(import(path(u"timing.sqlite"_s)), path(u"timing.sqlite"_s));
        QVERIFY(full > 0);
        int interrupted = 0;
        for (int kill = 0; kill < kKills; ++kill) {
            const QString database = path(u"import-%1.sqlite"_s.arg(kill));
            QVERIFY(QFile::copy(base, database));
            const Outcome outcome = run(import(database), m_random.bounded(full + 1));
            interrupted += outcome.killed ? 1 : 0;
            checkPasses(database, kill);
            const qint64 after = count(database, u"revenue_entries"_s);
            QVERIFY2(
                after == before || after == before + rows,
                qPrintable(u"kill %1 left %2 revenue entries (before: %3, rows: %4)"_s.arg(kill)
                               .arg(after)
                               .arg(before)
                               .arg(rows)));
        }
        qInfo("import: %d of %d runs killed before they finished (a full run takes %d ms)",
              interrupted, kKills, full);
        QVERIFY2(interrupted >= kKills / 2, "too few runs were interrupted to mean anything");
    }
};

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
