// The command line end to end: the real clientdesk binary, run as a user would run it.

#include "postgrestestsupport.h"
#include "processrun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run clientdesk(const QStringList &arguments, const QString &databaseEnv = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_DATA_HOME"_s, path(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.remove(u"DISPLAY"_s); // commands never need a screen
        env.remove(u"QT_QPA_PLATFORM"_s);
        if (databaseEnv.isEmpty())
            env.remove(u"CLIENTDESK_DATABASE"_s);
        else
            env.insert(u"CLIENTDESK_DATABASE"_s, databaseEnv);
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(CLIENTDESK_BIN), arguments);
        return finishRun(process, 120000);
    }

    // Everything a user would see of the data, as text, independent of the file's bytes.
    QString dump(const QString &file)
    {
        QString text;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"dump"_s);
            db.setDatabaseName(file);
            if (!db.open())
                return {};
            for (const QString &table :
                 { u"accounts"_s, u"contacts"_s, u"contracts"_s, u"opportunities"_s,
                   u"interactions"_s, u"revenue_entries"_s }) {
                QSqlQuery q(db);
                // created_at of generated rows is derived from the data, not the clock.
                if (!q.exec(u"SELECT * FROM "_s + table + u" ORDER BY id"_s))
                    return {};
                while (q.next()) {
                    for (int c = 0; c < q.record().count(); ++c)
                        text += q.value(c).toString() + u'|';
                    text += u'\n';
                }
            }
        }
        QSqlDatabase::removeDatabase(u"dump"_s);
        return text;
    }

    static int firstLineCount(const QString &text) { return int(text.trimmed().count(u'\n')) + 1; }

private slots:
    // The same commands on a PostgreSQL server (scripts/test starts one) give the same
    // figures as on an SQLite file: the sample portfolio, accounts, revenue and the check.
    void theCommandsGiveTheSameFiguresOnPostgresql()
    {
        if (ScratchPostgres::serverUrl().isEmpty())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        ScratchPostgres scratch;
        QVERIFY2(scratch.ok(), qPrintable(scratch.error()));
        const QString file = path(u"same-as-server.sqlite"_s);
        const QStringList demo { u"demo"_s, u"--accounts"_s, u"60"_s, u"--revenue"_s,
                                 u"3000"_s, u"--seed"_s,     u"7"_s,  u"--database"_s };
        const Run onFile = clientdesk(demo + QStringList { file });
        QCOMPARE(onFile.exitCode, 0);
        const Run onServer = clientdesk(demo + QStringList { scratch.url() });
        QVERIFY2(onServer.exitCode == 0, qPrintable(onServer.err));
        QVERIFY(onServer.out.contains(u"60 accounts"_s));
        for (const QStringList &command :
             { QStringList { u"revenue"_s, u"--by"_s, u"month"_s, u"--format"_s, u"csv"_s },
               QStringList { u"revenue"_s, u"--by"_s, u"year"_s, u"--format"_s, u"json"_s },
               QStringList { u"pipeline"_s, u"--format"_s, u"csv"_s },
               QStringList { u"accounts"_s, u"--format"_s, u"csv"_s },
               QStringList { u"accounts"_s, u"--kind"_s, u"client"_s, u"--format"_s, u"json"_s },
               QStringList { u"users"_s } }) {
            const Run a = clientdesk(command + QStringList { u"--database"_s, file });
            const Run b = clientdesk(command + QStringList { u"--database"_s, scratch.url() });
            QCOMPARE(a.exitCode, 0);
            QVERIFY2(b.exitCode == 0, qPrintable(b.err));
            QVERIFY(a.out.count(u'\n') > 2);
            QCOMPARE(b.out, a.out);
        }
        const Run check = clientdesk({ u"check"_s, u"--database"_s, scratch.url() });
        const Run checkFile = clientdesk({ u"check"_s, u"--database"_s, file });
        QVERIFY2(check.exitCode == 0, qPrintable(check.err + check.out));
        QCOMPARE(checkFile.exitCode, 0);
        // The same counts (about 3,000 revenue entries: the invoices' lines are the
        // contracts' revenue, see docs/cli.md).
        static const QRegularExpression counts(u"\\(60 accounts, [0-9,]+ revenue entries\\)"_s);
        const QRegularExpressionMatch onServerCounts = counts.match(check.out);
        QVERIFY2(onServerCounts.hasMatch(), qPrintable(check.out));
        QCOMPARE(onServerCounts.captured(), counts.match(checkFile.out).captured());
        // Filled already: a second demo is refused, nothing added.
        const Run again = clientdesk(demo + QStringList { scratch.url() });
        QCOMPARE(again.exitCode, 1);
    }

    // Export from a file, import into a server database: the same figures, the check passes;
    // a bad file imports nothing on the server either.
    void importAndExportOnPostgresql()
    {
        if (ScratchPostgres::serverUrl().isEmpty())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        ScratchPostgres scratch;
        QVERIFY2(scratch.ok(), qPrintable(scratch.error()));
        const QString source = path(u"pg-io-source.sqlite"_s);
        QCOMPARE(clientdesk({ u"demo"_s, u"--accounts"_s, u"50"_s, u"--revenue"_s, u"1500"_s,
                              u"--database"_s, source })
                     .exitCode,
                 0);
        // The exchange rates go too, before the revenue (as a user moving data would): the
        // USD and SGD entries of the sample convert by them on the server as in the file.
        const QStringList kinds { u"accounts"_s, u"contacts"_s, u"contracts"_s, u"rates"_s,
                                  u"revenue"_s };
        for (const QString &kind : kinds) {
            const Run run
                = clientdesk({ u"export"_s, kind, u"-o"_s, path(u"pg-"_s + kind + u".csv"_s),
                               u"--database"_s, source });
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        for (const QString &kind : kinds) {
            const Run run
                = clientdesk({ u"import"_s, kind, path(u"pg-"_s + kind + u".csv"_s),
                               u"--on-duplicate"_s, u"create"_s, u"--database"_s, scratch.url() });
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY2(run.out.startsWith(u"Imported pg-%1.csv into "_s.arg(kind)),
                     qPrintable(run.out));
        }
        const Run check = clientdesk({ u"check"_s, u"--database"_s, scratch.url() });
        QVERIFY2(check.exitCode == 0, qPrintable(check.err + check.out));
        const QStringList byYear { u"revenue"_s,  u"--by"_s, u"year"_s,
                                   u"--format"_s, u"csv"_s,  u"--database"_s };
        QCOMPARE(clientdesk(byYear + QStringList { scratch.url() }).out,
                 clientdesk(byYear + QStringList { source }).out);
        // Exported again from the server, the revenue file is the same as the file's.
        QVERIFY(clientdesk({ u"export"_s, u"revenue"_s, u"-o"_s, path(u"pg-again.csv"_s),
                             u"--database"_s, scratch.url() })
                    .exitCode
                == 0);
        QFile first(path(u"pg-revenue.csv"_s));
        QFile again(path(u"pg-again.csv"_s));
        QVERIFY(first.open(QIODevice::ReadOnly) && again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll().count('\n'), first.readAll().count('\n'));

        const QMap<QString, qint64> before = rowCounts(scratch.url());
        QFile bad(path(u"pg-bad.csv"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("name;kind;email\nPT Baik;client;\n;customer;\nCV Salah;vip;nope\n");
        bad.close();
        const Run refused = clientdesk(
            { u"import"_s, u"accounts"_s, path(u"pg-bad.csv"_s), u"--database"_s, scratch.url() });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"clientdesk: Nothing was imported."_s),
                 qPrintable(refused.err));
        QCOMPARE(rowCounts(scratch.url()), before);
    }

    // The row count of every ClientDesk table (the schema bookkeeping aside), read with
    // plain SQL from an SQLite file or a server database.
    static QMap<QString, qint64> rowCounts(const QString &location)
    {
        QMap<QString, qint64> counts;
        const QString connection = u"counts"_s;
        {
            QSqlDatabase db;
            QString tables;
            if (location.startsWith(u"postgresql://"_s)) {
                const QUrl url(location);
                db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
                db.setHostName(url.host());
                db.setPort(url.port(5432));
                db.setDatabaseName(url.path().mid(1));
                db.setUserName(url.userName());
                db.setPassword(url.password());
                tables = u"SELECT table_name FROM information_schema.tables WHERE table_schema "
                         "= current_schema() AND table_type = 'BASE TABLE'"_s;
            } else {
                db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
                db.setDatabaseName(location);
                tables = u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                         "LIKE 'sqlite_%'"_s;
            }
            if (db.open()) {
                QSqlQuery q(db);
                QStringList names;
                if (q.exec(tables)) {
                    while (q.next())
                        names.append(q.value(0).toString());
                }
                for (const QString &name : std::as_const(names)) {
                    if (name != u"cd_meta"_s && q.exec(u"SELECT count(*) FROM "_s + name)
                        && q.next())
                        counts.insert(name, q.value(0).toLongLong());
                }
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return counts;
    }

    // `copy --to` a server: every table's rows, the same figures from the commands, the
    // rollups kept by their triggers again, and new rows with ids after the copied ones.
    void copyMovesAFileToAServerWithTheSameFigures()
    {
        if (ScratchPostgres::serverUrl().isEmpty())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        ScratchPostgres scratch;
        QVERIFY2(scratch.ok(), qPrintable(scratch.error()));
        const QString file = path(u"copy-source.sqlite"_s);
        QCOMPARE(clientdesk({ u"demo"_s, u"--accounts"_s, u"80"_s, u"--revenue"_s, u"4000"_s,
                              u"--seed"_s, u"5"_s, u"--database"_s, file })
                     .exitCode,
                 0);
        const Run copy = clientdesk({ u"copy"_s, u"--database"_s, file, u"--to"_s, scratch.url() });
        QVERIFY2(copy.exitCode == 0, qPrintable(copy.err + copy.out));
        QVERIFY2(copy.out.contains(u"Copied "_s), qPrintable(copy.out));
        QVERIFY(copy.out.contains(u"revenue_entries"_s));
        QVERIFY(copy.out.contains(u"4,000"_s));

        const QMap<QString, qint64> before = rowCounts(file);
        QVERIFY(before.value(u"revenue_entries"_s) == 4000 && before.value(u"accounts"_s) == 80);
        QVERIFY(before.contains(u"revenue_totals"_s));
        QCOMPARE(rowCounts(scratch.url()), before);

        for (const QStringList &command :
             { QStringList { u"revenue"_s, u"--by"_s, u"month"_s, u"--format"_s, u"csv"_s },
               QStringList { u"pipeline"_s, u"--format"_s, u"csv"_s },
               QStringList { u"accounts"_s, u"--format"_s, u"csv"_s } }) {
            const Run a = clientdesk(command + QStringList { u"--database"_s, file });
            const Run b = clientdesk(command + QStringList { u"--database"_s, scratch.url() });
            QCOMPARE(a.exitCode, 0);
            QVERIFY2(b.exitCode == 0, qPrintable(b.err));
            QVERIFY(a.out.count(u'\n') > 2);
            QCOMPARE(b.out, a.out);
        }

        // New rows on the server: fresh ids (the identity sequences moved on), and revenue
        // reaches the rollups (the triggers are back on), so the check still passes.
        const QString accounts = path(u"copy-new-account.csv"_s);
        const QString revenue = path(u"copy-new-revenue.csv"_s);
        QFile a(accounts), r(revenue);
        QVERIFY(a.open(QIODevice::WriteOnly) && r.open(QIODevice::WriteOnly));
        a.write("name,kind\nQuillfeather After Copy,customer\n");
        r.write("date,account,amount\n2024-02-10,Quillfeather After Copy,123.45\n");
        a.close();
        r.close();
        for (const auto &[kind, csv] :
             { std::pair { u"accounts"_s, accounts }, std::pair { u"revenue"_s, revenue } }) {
            const Run import
                = clientdesk({ u"import"_s, kind, csv, u"--database"_s, scratch.url() });
            QVERIFY2(import.exitCode == 0, qPrintable(import.err + import.out));
        }
        const Run listed = clientdesk(
            { u"accounts"_s, u"--format"_s, u"csv"_s, u"--database"_s, scratch.url() });
        QVERIFY(listed.out.contains(u"\n81,Quillfeather After Copy,customer"_s));
        const Run check = clientdesk({ u"check"_s, u"--database"_s, scratch.url() });
        QVERIFY2(check.exitCode == 0, qPrintable(check.err + check.out));
        QVERIFY(check.out.contains(u"81 accounts, 4,001 revenue entries"_s));
    }

    void copyRefusesAServerDatabaseWithData()
    {
        if (ScratchPostgres::serverUrl().isEmpty())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        ScratchPostgres scratch;
        QVERIFY2(scratch.ok(), qPrintable(scratch.error()));
        const QStringList demo { u"demo"_s,      u"--accounts"_s, u"12"_s,
                                 u"--revenue"_s, u"300"_s,        u"--database"_s };
        QCOMPARE(clientdesk(demo + QStringList { scratch.url() }).exitCode, 0);
        const QString file = path(u"copy-into-full.sqlite"_s);
        QCOMPARE(clientdesk(demo + QStringList { file }).exitCode, 0);
        const QMap<QString, qint64> before = rowCounts(scratch.url());
        QVERIFY(before.value(u"accounts"_s) == 12);

        const Run copy = clientdesk({ u"copy"_s, u"--database"_s, file, u"--to"_s, scratch.url() });
        QCOMPARE(copy.exitCode, 1);
        QVERIFY2(copy.err.contains(u"already holds ClientDesk data"_s), qPrintable(copy.err));
        QCOMPARE(firstLineCount(copy.err), 1);
        QVERIFY(copy.out.isEmpty());
        QCOMPARE(rowCounts(scratch.url()), before);
    }

    void copyRefusesWhatIsNotAServer()
    {
        const QString file = path(u"copy-from.sqlite"_s);
        QCOMPARE(clientdesk({ u"demo"_s, u"--accounts"_s, u"5"_s, u"--revenue"_s, u"20"_s,
                              u"--database"_s, file })
                     .exitCode,
                 0);
        const QString other = path(u"copy-to.sqlite"_s);
        Run run = clientdesk({ u"copy"_s, u"--database"_s, file, u"--to"_s, other });
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.trimmed(),
                 u"clientdesk: copy writes to a database server (--to postgresql://USER@HOST:"
                 "PORT/DATABASE); for a copy in a file, use 'clientdesk backup FILE'."_s);
        QVERIFY(!QFile::exists(other));

        run = clientdesk({ u"copy"_s, u"--database"_s, file });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"needs --to"_s));

        // A server that is not there: one sentence, never the password.
        run = clientdesk({ u"copy"_s, u"--database"_s, file, u"--to"_s,
                           u"postgresql://clerk:s3cret-pw@127.0.0.1:1/clientdesk"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"does not answer"_s), qPrintable(run.err));
        // The sentence, after the one warning that the password on the command line is seen.
        QCOMPARE(firstLineCount(run.err), 2);
        QVERIFY(run.err.startsWith(u"clientdesk: the password given in the server address"_s));
        QVERIFY(!run.err.contains(u"s3cret"_s) && !run.out.contains(u"s3cret"_s));

        // A source that is not a ClientDesk database.
        const QString stranger = path(u"copy-stranger.txt"_s);
        QFile f(stranger);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some text, not a database at all\n");
        f.close();
        run = clientdesk({ u"copy"_s, u"--database"_s, stranger, u"--to"_s,
                           u"postgresql://clerk@127.0.0.1:1/clientdesk"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"is not a ClientDesk database"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(path(u"copy-missing.sqlite"_s)));
        run = clientdesk({ u"copy"_s, u"--database"_s, path(u"copy-missing.sqlite"_s), u"--to"_s,
                           u"postgresql://clerk@127.0.0.1:1/clientdesk"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFile::exists(path(u"copy-missing.sqlite"_s)));
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void demoThenCheckThenBackup()
    {
        const QString db = path(u"demo.sqlite"_s);
        Run run = clientdesk({ u"demo"_s, u"--database"_s, db, u"--accounts"_s, u"60"_s,
                               u"--revenue"_s, u"2000"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"60 accounts"_s), qPrintable(run.out));
        // About 2,000: the invoices' lines are the contracts' revenue (docs/cli.md).
        static const QRegularExpression entries(u"and ([0-9,]+) revenue entries"_s);
        const QString revenueEntries = entries.match(run.out).captured(1);
        QVERIFY2(!revenueEntries.isEmpty(), qPrintable(run.out));
        const int revenueCount = QString(revenueEntries).remove(u',').toInt();
        QVERIFY2(revenueCount >= 1960 && revenueCount <= 2040, qPrintable(revenueEntries));
        // The summary, then the accounts billed in other currencies and the rates (issue 25),
        // the consultants' time entries (issue 26), and the invoices and payments (issue 27).
        QCOMPARE(firstLineCount(run.out), 4);
        QVERIFY2(run.out.contains(u"time entries ("_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"The contracts were billed in "_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"accounts are billed in other currencies than IDR"_s));

        run = clientdesk({ u"check"_s, u"--database"_s, db });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith(u"OK: "_s));
        QVERIFY(run.err.isEmpty());

        const QString copy = path(u"copy.sqlite"_s);
        run = clientdesk({ u"backup"_s, copy, u"--database"_s, db });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"60 accounts, "_s + revenueEntries + u" revenue entries"_s),
                 qPrintable(run.out));
        QCOMPARE(dump(copy), dump(db));
        run = clientdesk({ u"check"_s, u"--database"_s, copy });
        QCOMPARE(run.exitCode, 0);
    }

    void theDatabaseComesFromTheEnvironmentWhenNotGiven()
    {
        const QString db = path(u"env.sqlite"_s);
        Run run = clientdesk({ u"demo"_s, u"--accounts"_s, u"15"_s, u"--revenue"_s, u"100"_s }, db);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(db));
        // And without either, the user's data location.
        run = clientdesk({ u"demo"_s, u"--accounts"_s, u"15"_s, u"--revenue"_s, u"100"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(path(u"data/ClientDesk/clientdesk.sqlite"_s)));
    }

    void theSameSeedGivesTheSameData()
    {
        const QStringList options { u"demo"_s, u"--accounts"_s, u"40"_s, u"--revenue"_s,
                                    u"1500"_s, u"--seed"_s,     u"42"_s, u"--database"_s };
        QCOMPARE(clientdesk(options + QStringList { path(u"seed-a.sqlite"_s) }).exitCode, 0);
        QCOMPARE(clientdesk(options + QStringList { path(u"seed-b.sqlite"_s) }).exitCode, 0);
        const QString a = dump(path(u"seed-a.sqlite"_s));
        QVERIFY(!a.isEmpty());
        QCOMPARE(dump(path(u"seed-b.sqlite"_s)), a);
        QStringList other = options;
        other[6] = u"43"_s;
        QCOMPARE(clientdesk(other + QStringList { path(u"seed-c.sqlite"_s) }).exitCode, 0);
        QVERIFY(dump(path(u"seed-c.sqlite"_s)) != a);
    }

    void demoRefusesADatabaseWithAccounts()
    {
        const QString db = path(u"twice.sqlite"_s);
        QCOMPARE(clientdesk({ u"demo"_s, u"--database"_s, db, u"--accounts"_s, u"20"_s,
                              u"--revenue"_s, u"100"_s })
                     .exitCode,
                 0);
        const QString before = dump(db);
        const Run run = clientdesk({ u"demo"_s, u"--database"_s, db });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.trimmed().count(u'\n'), 0); // one line
        QVERIFY2(run.err.contains(u"already holds 20 accounts"_s), qPrintable(run.err));
        QCOMPARE(dump(db), before);
    }

    // A manager gives each account manager the server login they sign in with.
    void usersAreAddedAndGivenServerLogins()
    {
        const QString db = path(u"users.sqlite"_s);
        QCOMPARE(clientdesk({ u"demo"_s, u"--database"_s, db, u"--accounts"_s, u"20"_s,
                              u"--revenue"_s, u"100"_s })
                     .exitCode,
                 0);
        Run run = clientdesk(
            { u"user"_s, u"Sari Dewi"_s, u"--login"_s, u"sari"_s, u"--database"_s, db });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"Added the user Sari Dewi.\n"_s);
        run = clientdesk({ u"user"_s, u"sari dewi"_s, u"--role"_s, u"manager"_s, u"--email"_s,
                           u"sari@firm.co.id"_s, u"--database"_s, db });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"Changed the user Sari Dewi.\n"_s);
        run = clientdesk({ u"users"_s, u"--format"_s, u"csv"_s, u"--database"_s, db });
        QCOMPARE(run.exitCode, 0);
        run.out.replace(u"\r\n"_s, u"\n"_s); // CSV lines end in CRLF
        QVERIFY(run.out.startsWith(u"name,role,login,email,active\n"_s));
        QVERIFY2(run.out.contains(u"\nSari Dewi,manager,sari,sari@firm.co.id,yes\n"_s),
                 qPrintable(run.out));

        // Refused, and nothing changed: a taken login, a malformed one, an unknown role.
        run = clientdesk({ u"user"_s, u"Budi"_s, u"--login"_s, u"SARI"_s, u"--database"_s, db });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, u"clientdesk: Sari Dewi already signs in as “sari”.\n"_s);
        run = clientdesk({ u"user"_s, u"Budi"_s, u"--login"_s, u"bu di"_s, u"--database"_s, db });
        QCOMPARE(run.exitCode, 1);
        run = clientdesk({ u"user"_s, u"Budi"_s, u"--role"_s, u"boss"_s, u"--database"_s, db });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!clientdesk({ u"users"_s, u"--database"_s, db }).out.contains(u"Budi"_s));
    }

    void backupNeverOverwrites()
    {
        const QString db = path(u"source.sqlite"_s);
        QCOMPARE(clientdesk({ u"demo"_s, u"--database"_s, db, u"--accounts"_s, u"20"_s,
                              u"--revenue"_s, u"100"_s })
                     .exitCode,
                 0);
        const QString target = path(u"taken.sqlite"_s);
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mine");
        f.close();
        const Run run = clientdesk({ u"backup"_s, target, u"--database"_s, db });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(u"clientdesk: "_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"already exists"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("mine"));
    }

    void unusableDatabasesGiveOneSentenceAndStayUntouched_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("expected");
        for (const QString &command : { u"check"_s, u"demo"_s, u"backup"_s }) {
            QTest::newRow(qPrintable(command + u" not a database"_s))
                << command << u"text"_s << u"not a ClientDesk database"_s;
            QTest::newRow(qPrintable(command + u" folder"_s))
                << command << u"folder"_s << u"is a folder"_s;
            QTest::newRow(qPrintable(command + u" foreign sqlite"_s))
                << command << u"foreign"_s << u"not a ClientDesk database"_s;
            QTest::newRow(qPrintable(command + u" newer"_s))
                << command << u"newer"_s << u"newer version of ClientDesk"_s;
        }
        QTest::newRow("check missing") << u"check"_s << u"missing"_s << u"There is no database"_s;
        QTest::newRow("backup missing") << u"backup"_s << u"missing"_s << u"There is no database"_s;
    }

    void unusableDatabasesGiveOneSentenceAndStayUntouched()
    {
        QFETCH(QString, command);
        QFETCH(QString, setup);
        QFETCH(QString, expected);
        const QString db = path(u"bad-%1-%2"_s.arg(command, setup));
        if (setup == u"text"_s) {
            QFile f(db);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name,kind\nPT Maju,client\n");
        } else if (setup == u"folder"_s) {
            QVERIFY(QDir().mkpath(db));
        } else if (setup == u"foreign"_s || setup == u"newer"_s) {
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
                raw.setDatabaseName(db);
                QVERIFY(raw.open());
                QSqlQuery q(raw);
                if (setup == u"foreign"_s) {
                    QVERIFY(q.exec(u"CREATE TABLE invoices (id INTEGER PRIMARY KEY)"_s));
                } else {
                    QVERIFY(q.exec(u"CREATE TABLE cd_meta (key TEXT PRIMARY KEY, value TEXT)"_s));
                    QVERIFY(q.exec(u"INSERT INTO cd_meta VALUES ('schema_version', '999')"_s));
                }
            }
            QSqlDatabase::removeDatabase(u"raw"_s);
        }
        const QByteArray before = fileHash(db);
        QStringList arguments { command, u"--database"_s, db };
        if (command == u"backup"_s)
            arguments << path(u"never-written.sqlite"_s);
        const Run run = clientdesk(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
        QVERIFY2(run.err.startsWith(u"clientdesk: "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(fileHash(db), before);
        QVERIFY(!QFile::exists(path(u"never-written.sqlite"_s)));
        if (setup == u"missing"_s)
            QVERIFY(!QFile::exists(db));
    }

    void aReadOnlyDatabaseIsRefusedUntouched()
    {
        const QString db = path(u"readonly.sqlite"_s);
        QCOMPARE(clientdesk({ u"demo"_s, u"--database"_s, db, u"--accounts"_s, u"12"_s,
                              u"--revenue"_s, u"50"_s })
                     .exitCode,
                 0);
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup));
        const QByteArray before = fileHash(db);
        for (const QString &command : { u"demo"_s, u"check"_s }) {
            const Run run = clientdesk({ command, u"--database"_s, db });
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(u"read-only"_s), qPrintable(run.err));
            QCOMPARE(run.err.trimmed().count(u'\n'), 0);
        }
        QCOMPARE(fileHash(db), before);
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner));
    }

    void aLockedDatabaseIsReported()
    {
        const QString db = path(u"locked.sqlite"_s);
        QCOMPARE(clientdesk({ u"demo"_s, u"--database"_s, db, u"--accounts"_s, u"12"_s,
                              u"--revenue"_s, u"50"_s })
                     .exitCode,
                 0);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
            QVERIFY(q.exec(u"BEGIN EXCLUSIVE"_s));
            QVERIFY(q.exec(u"DELETE FROM interactions WHERE id = 1"_s));
            const Run run = clientdesk({ u"check"_s, u"--database"_s, db });
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(u"locked"_s) || run.err.contains(u"busy"_s),
                     qPrintable(run.err));
            QCOMPARE(run.err.trimmed().count(u'\n'), 0);
            QVERIFY(q.exec(u"ROLLBACK"_s));
        }
        QSqlDatabase::removeDatabase(u"locker"_s);
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown command") << QStringList { u"frobnicate"_s } << u"not a command"_s;
        QTest::newRow("unknown option")
            << QStringList { u"check"_s, u"--fast"_s } << u"Unknown option 'fast'"_s;
        QTest::newRow("unknown global option")
            << QStringList { u"--bogus"_s } << u"unknown option"_s;
        QTest::newRow("accounts not a number")
            << QStringList { u"demo"_s, u"--accounts"_s, u"abc"_s } << u"not 'abc'"_s;
        QTest::newRow("accounts zero") << QStringList { u"demo"_s, u"--accounts"_s, u"0"_s }
                                       << u"from 1 to 1000000, not '0'"_s;
        QTest::newRow("negative revenue") << QStringList { u"demo"_s, u"--revenue"_s, u"-1"_s }
                                          << u"--revenue needs a whole number"_s;
        QTest::newRow("missing option value")
            << QStringList { u"demo"_s, u"--seed"_s } << u"Missing value after '--seed'"_s;
        QTest::newRow("backup without file") << QStringList { u"backup"_s } << u"needs FILE"_s;
        QTest::newRow("accounts bad kind") << QStringList { u"accounts"_s, u"--kind"_s, u"vip"_s }
                                           << u"--kind is client or customer, not 'vip'"_s;
        QTest::newRow("accounts bad format")
            << QStringList { u"accounts"_s, u"--format"_s, u"xml"_s }
            << u"--format is table, csv or json, not 'xml'"_s;
        QTest::newRow("check with extra")
            << QStringList { u"check"_s, u"now"_s } << u"does not take 'now'"_s;
        QTest::newRow("import without file")
            << QStringList { u"import"_s, u"accounts"_s } << u"needs accounts|contacts"_s;
        QTest::newRow("import unknown kind") << QStringList {
            u"import"_s, u"clients"_s, u"x.csv"_s
        } << u"imports and exports accounts|contacts|contracts|revenue|rates|time, not 'clients'"_s;
        QTest::newRow("import bad duplicate policy")
            << QStringList { u"import"_s, u"accounts"_s, u"x.csv"_s, u"--on-duplicate"_s,
                             u"maybe"_s }
            << u"--on-duplicate is fail, skip, merge or create, not 'maybe'"_s;
        QTest::newRow("export without output")
            << QStringList { u"export"_s, u"accounts"_s } << u"needs -o FILE"_s;
        QTest::newRow("export bad format") << QStringList { u"export"_s, u"revenue"_s,  u"-o"_s,
                                                            u"r.ods"_s,  u"--format"_s, u"ods"_s }
                                           << u"--format is csv or xlsx, not 'ods'"_s;
        QTest::newRow("revenue by week")
            << QStringList { u"revenue"_s, u"--by"_s, u"week"_s }
            << u"--by: Revenue is grouped by month, quarter or year, not by “week”."_s;
        QTest::newRow("revenue no such day")
            << QStringList { u"revenue"_s, u"--from"_s, u"2025-02-30"_s }
            << u"--from 2025-02-30: there is no such day in the calendar."_s;
        QTest::newRow("revenue not a date")
            << QStringList { u"revenue"_s, u"--to"_s, u"31/03/2025"_s }
            << u"--to takes a date written YYYY-MM-DD, such as 2024-03-31, not '31/03/2025'."_s;
        QTest::newRow("revenue backwards")
            << QStringList { u"revenue"_s, u"--from"_s, u"2025-03-01"_s, u"--to"_s,
                             u"2025-02-01"_s }
            << u"The period ends on 2025-02-01, before it starts on 2025-03-01."_s;
        QTest::newRow("report without a kind")
            << QStringList { u"report"_s, u"-o"_s, u"x.pdf"_s } << u"'report' needs"_s;
        QTest::newRow("report of something else")
            << QStringList { u"report"_s, u"contracts"_s, u"-o"_s, u"x.pdf"_s }
            << u"'report' writes client, portfolio, clients, invoice or invoices, not "
               "'contracts'."_s;
        QTest::newRow("report without a file") << QStringList { u"report"_s, u"portfolio"_s }
                                               << u"Name the PDF file to write with -o FILE.pdf."_s;
        QTest::newRow("report backwards")
            << QStringList { u"report"_s, u"portfolio"_s,  u"-o"_s,   u"x.pdf"_s,
                             u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-01-31"_s }
            << u"The period ends on 2026-01-31, before it starts on 2026-03-01."_s;
        QTest::newRow("report no such day")
            << QStringList { u"report"_s, u"client"_s, u"1"_s,         u"-o"_s,
                             u"x.pdf"_s,  u"--to"_s,   u"2026-02-30"_s }
            << u"--to 2026-02-30: there is no such day in the calendar."_s;
        QTest::newRow("report manager for one client")
            << QStringList { u"report"_s, u"client"_s,    u"1"_s,  u"-o"_s,
                             u"x.pdf"_s,  u"--manager"_s, u"Ana"_s }
            << u"--manager goes with 'report clients' only."_s;
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run run
            = clientdesk(QStringList { u"--database"_s, path(u"usage.sqlite"_s) } + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(u"clientdesk: "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
        QVERIFY2(!run.err.contains(u".."_s), qPrintable(run.err)); // one full stop, not two
        QVERIFY(!QFile::exists(path(u"usage.sqlite"_s))); // nothing was created
    }

    void accountsListsWhatDesignPromises()
    {
        const QString db = path(u"accounts.sqlite"_s);
        QCOMPARE(clientdesk({ u"demo"_s, u"--database"_s, db, u"--accounts"_s, u"80"_s,
                              u"--revenue"_s, u"3000"_s })
                     .exitCode,
                 0);
        Run run = clientdesk({ u"accounts"_s, u"--format"_s, u"csv"_s, u"--database"_s, db });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.first(),
                 u"id,name,kind,status,channel,manager,own_currency,revenue_12m,"
                 "unconverted_12m,tags,health,notice_deadline"_s);
        QCOMPARE(lines.size(), 81);

        run = clientdesk({ u"accounts"_s, u"--kind"_s, u"client"_s, u"--format"_s, u"json"_s,
                           u"--database"_s, db });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray clients = json.array();
        QVERIFY(!clients.isEmpty());
        for (const QJsonValue &value : clients) {
            const QJsonObject o = value.toObject();
            QCOMPARE(o.value(u"kind"_s).toString(), u"client"_s);
            QVERIFY(o.value(u"tags"_s).isArray());
            QVERIFY(o.value(u"revenue_12m"_s).isDouble());
            QVERIFY(o.value(u"unconverted_12m"_s).isArray());
            QCOMPARE(o.value(u"own_currency"_s).toString().size(), 3);
            QVERIFY(QStringList({ u"good"_s, u"watch"_s, u"at_risk"_s })
                        .contains(o.value(u"health"_s).toString()));
        }

        // Hostile names come out quoted in CSV and escaped in JSON.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hostile"_s);
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            q.prepare(u"INSERT INTO accounts (kind, name, created_at, updated_at) VALUES "
                      "('customer', :name, '2024-01-01T00:00:00', '2024-01-01T00:00:00')"_s);
            q.bindValue(u":name"_s, u"<b>PT \"Maju\", Jaya</b>\nBaris 2"_s);
            QVERIFY(q.exec());
        }
        QSqlDatabase::removeDatabase(u"hostile"_s);
        run = clientdesk({ u"accounts"_s, u"--format"_s, u"csv"_s, u"--database"_s, db });
        QVERIFY(run.out.contains(u",\"<b>PT \"\"Maju\"\", Jaya</b>\nBaris 2\",customer,"_s));
        run = clientdesk({ u"accounts"_s, u"--format"_s, u"json"_s, u"--database"_s, db });
        bool found = false;
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out.toUtf8()).array())
            found = found
                || value.toObject().value(u"name"_s).toString()
                    == u"<b>PT \"Maju\", Jaya</b>\nBaris 2"_s;
        QVERIFY(found);

        run = clientdesk({ u"accounts"_s, u"--tag"_s, u"NEWSLETTER"_s, u"--database"_s, db });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(u"  id  name"_s) || run.out.startsWith(u"id"_s)
                || run.out.contains(u"name"_s));
        for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts).mid(1))
            QVERIFY2(line.contains(u"newsletter"_s), qPrintable(line));
    }

    // Behaviour tags: `--tag` lists exactly the customers the rules tag, on a database whose
    // tags were computed on another day (they are brought up to date first).
    void accountsByBehaviourTag()
    {
        const QString db = path(u"tags.sqlite"_s);
        QCOMPARE(clientdesk({ u"demo"_s, u"--database"_s, db, u"--accounts"_s, u"120"_s,
                              u"--revenue"_s, u"5000"_s })
                     .exitCode,
                 0);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"stale"_s);
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            // As if computed last week, with a tag no rule gives any more.
            QVERIFY(q.exec(u"UPDATE settings SET value = '2000-01-01' WHERE key = "
                           "'customer_stats_as_of'"_s));
            QVERIFY(q.exec(u"UPDATE account_tags SET tag = 'stale-tag' WHERE source = "
                           "'behaviour' AND tag = 'returning'"_s));
        }
        QSqlDatabase::removeDatabase(u"stale"_s);
        for (const QString &tag : { u"returning"_s, u"loyal"_s, u"impulsive"_s }) {
            const Run run = clientdesk(
                { u"accounts"_s, u"--tag"_s, tag, u"--format"_s, u"json"_s, u"--database"_s, db });
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
            QVERIFY2(!rows.isEmpty(), qPrintable(tag));
            for (const QJsonValue &value : rows) {
                QCOMPARE(value.toObject().value(u"kind"_s).toString(), u"customer"_s);
                QVERIFY(value.toObject().value(u"tags"_s).toArray().contains(QJsonValue(tag)));
            }
        }
        const Run stale = clientdesk({ u"accounts"_s, u"--tag"_s, u"stale-tag"_s, u"--format"_s,
                                       u"csv"_s, u"--database"_s, db });
        QCOMPARE(stale.exitCode, 0);
        QCOMPARE(stale.out.split(u"\r\n"_s, Qt::SkipEmptyParts).size(), 1); // the header only
        QCOMPARE(clientdesk({ u"check"_s, u"--database"_s, db }).exitCode, 0);
    }

    void pipelineFiguresEqualTheDatabase()
    {
        const QString db = path(u"pipeline.sqlite"_s);
        QCOMPARE(clientdesk({ u"demo"_s, u"--database"_s, db, u"--accounts"_s, u"200"_s,
                              u"--revenue"_s, u"3000"_s })
                     .exitCode,
                 0);
        const Run json
            = clientdesk({ u"pipeline"_s, u"--format"_s, u"json"_s, u"--database"_s, db });
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(u"currency"_s).toString(), u"IDR"_s);
        const QJsonArray stages = root.value(u"stages"_s).toArray();
        QCOMPARE(stages.size(), 4);

        // The same sums from the tables, computed here: IDR as stored; another currency at
        // today's rate (the latest on or before today), the value and the weighted value each
        // rounded half away from zero to the minor unit; a deal without a rate is open but in
        // no stage's figures. IDR, USD and SGD all have two decimals, so a converted amount
        // is minor × rate_e10 / 10¹⁰.
        qint64 openCount = 0;
        qint64 forecastWeighted = 0;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"pipeline"_s);
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            const QString today = QDate::currentDate().toString(Qt::ISODate);
            QHash<QString, qint64> rateToday;
            QVERIFY(q.exec(u"SELECT currency, rate_e10 FROM exchange_rates r WHERE rate_date = "
                           "(SELECT max(rate_date) FROM exchange_rates WHERE currency = "
                           "r.currency AND rate_date <= '%1')"_s.arg(today)));
            while (q.next())
                rateToday.insert(q.value(0).toString(), q.value(1).toLongLong());
            const auto convert = [](qint64 minor, qint64 rateE10) {
                __extension__ typedef __int128 Wide; // the product needs more than 64 bits
                const Wide product = Wide(minor) * rateE10;
                const Wide half = 5'000'000'000;
                return qint64((product + (product < 0 ? -half : half)) / 10'000'000'000);
            };
            struct Stage
            {
                qint64 count = 0;
                qint64 value = 0;
                qint64 weighted = 0;
            };
            QHash<QString, Stage> sums;
            int converted = 0;
            QVERIFY(q.exec(u"SELECT stage, currency, expected_value_minor, probability, "
                           "expected_close IS NOT NULL FROM opportunities "
                           "WHERE stage NOT IN ('won', 'lost')"_s));
            while (q.next()) {
                ++openCount;
                const QString currency = q.value(1).toString();
                QVERIFY2(QStringList({ u"IDR"_s, u"USD"_s, u"SGD"_s }).contains(currency),
                         qPrintable(currency));
                qint64 value = q.value(2).toLongLong();
                qint64 weighted = value * q.value(3).toLongLong() / 100;
                if (currency != u"IDR"_s) {
                    if (!rateToday.contains(currency))
                        continue;
                    value = convert(value, rateToday.value(currency));
                    weighted = convert(weighted, rateToday.value(currency));
                    ++converted;
                }
                Stage &stage = sums[q.value(0).toString()];
                ++stage.count;
                stage.value += value;
                stage.weighted += weighted;
                if (q.value(4).toBool())
                    forecastWeighted += weighted;
            }
            QVERIFY(openCount > 0);
            qInfo("%d of %lld open deals converted from USD or SGD", converted, openCount);
            const auto major = [](qint64 minor) {
                return u"%1.%2"_s.arg(minor / 100).arg(minor % 100, 2, 10, QChar(u'0'));
            };
            QHash<QString, QStringList> expected;
            for (auto it = sums.cbegin(); it != sums.cend(); ++it)
                expected.insert(
                    it.key(),
                    { QString::number(it->count), major(it->value), major(it->weighted) });
            // Compare the printed digits, not doubles.
            const QStringList lines = json.out.split(u'\n');
            for (const QJsonValue &value : stages) {
                const QString stage = value.toObject().value(u"stage"_s).toString();
                const QStringList want = expected.value(stage, { u"0"_s, u"0.00"_s, u"0.00"_s });
                const QString line
                    = u"{\"stage\": \"%1\", \"count\": %2, \"value\": %3, "
                      "\"weighted\": %4}"_s.arg(stage, want.at(0), want.at(1), want.at(2));
                QVERIFY2(json.out.contains(line), qPrintable(line + u"\n"_s + json.out));
            }
        }
        QSqlDatabase::removeDatabase(u"pipeline"_s);
        QCOMPARE(root.value(u"open"_s).toInt(), int(openCount));
        qint64 forecastSum = 0;
        for (const QJsonValue &month : root.value(u"forecast"_s).toArray()) {
            QVERIFY(QDate::fromString(month.toObject().value(u"month"_s).toString() + u"-01"_s,
                                      Qt::ISODate)
                        .isValid());
            forecastSum += qRound64(month.toObject().value(u"weighted"_s).toDouble() * 100);
        }
        QCOMPARE(forecastSum, forecastWeighted);
        const QJsonObject cycles = root.value(u"cycle_days"_s).toObject();
        QVERIFY(cycles.value(u"client"_s).toObject().value(u"count"_s).toInt() > 0);
        QVERIFY(cycles.value(u"client"_s).toObject().value(u"median"_s).toInt()
                > cycles.value(u"customer"_s).toObject().value(u"median"_s).toInt());

        const Run csv = clientdesk({ u"pipeline"_s, u"--format"_s, u"csv"_s, u"--database"_s, db });
        QCOMPARE(csv.exitCode, 0);
        const QStringList rows = csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(rows.first(), u"section,name,count,value,weighted,median_days,win_rate"_s);
        QCOMPARE(rows.filter(QRegularExpression(u"^stage,"_s)).size(), 4);
        QCOMPARE(rows.filter(QRegularExpression(u"^cycle,"_s)).size(), 2);
        QCOMPARE(rows.filter(QRegularExpression(u"^forecast,"_s)).size(),
                 root.value(u"forecast"_s).toArray().size());

        const Run table = clientdesk({ u"pipeline"_s, u"--database"_s, db });
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(u"Open opportunities by stage (IDR)"_s));
        QVERIFY(table.out.contains(u"Weighted forecast by month"_s));

        const Run bad = clientdesk({ u"pipeline"_s, u"--format"_s, u"xml"_s, u"--database"_s, db });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(u"--format is table, csv or json, not 'xml'"_s));
        const Run missing
            = clientdesk({ u"pipeline"_s, u"--database"_s, path(u"nowhere.sqlite"_s) });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!QFile::exists(path(u"nowhere.sqlite"_s)));
    }

    void revenueEqualsTheSumsOfTheEntries()
    {
        const QString db = path(u"revenue.sqlite"_s);
        QCOMPARE(clientdesk({ u"demo"_s, u"--database"_s, db, u"--accounts"_s, u"150"_s,
                              u"--revenue"_s, u"4000"_s })
                     .exitCode,
                 0);
        // Client and customer sums by period straight from the entries, not the rollup.
        const auto sums = [&db](const QString &periodSql, const QString &from, const QString &to) {
            QHash<QString, std::pair<qint64, qint64>> out;
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"revenue"_s);
                raw.setDatabaseName(db);
                if (!raw.open())
                    return out;
                QSqlQuery q(raw);
                // Converted amounts, every currency (the entries without a rate add 0).
                q.prepare(u"SELECT %1, sum(CASE WHEN account_kind = 'client' THEN "
                          "coalesce(converted_minor, 0) ELSE 0 END), sum(CASE WHEN account_kind "
                          "= 'customer' THEN coalesce(converted_minor, 0) ELSE 0 END) FROM "
                          "revenue_entries WHERE entry_date BETWEEN :from AND :to "
                          "GROUP BY 1"_s.arg(periodSql));
                q.bindValue(u":from"_s, from);
                q.bindValue(u":to"_s, to);
                q.exec();
                while (q.next())
                    out.insert(q.value(0).toString(),
                               { q.value(1).toLongLong(), q.value(2).toLongLong() });
            }
            QSqlDatabase::removeDatabase(u"revenue"_s);
            return out;
        };
        const auto major = [](qint64 minor) {
            return u"%1%2.%3"_s.arg(minor < 0 ? u"-"_s : QString())
                .arg(qAbs(minor) / 100)
                .arg(qAbs(minor) % 100, 2, 10, QChar(u'0'));
        };

        const Run csv = clientdesk({ u"revenue"_s, u"--by"_s, u"quarter"_s, u"--format"_s, u"csv"_s,
                                     u"--database"_s, db });
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        QStringList rows = csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(rows.takeFirst(), u"period,client,customer,total"_s);
        const auto byQuarter = sums(u"substr(entry_date, 1, 4) || '-Q' || "
                                    "((CAST(substr(entry_date, 6, 2) AS INTEGER) + 2) / 3)"_s,
                                    u"0000-01-01"_s, u"9999-12-31"_s);
        QVERIFY(byQuarter.size() >= 4);
        QVERIFY(rows.size() >= byQuarter.size());
        int nonEmpty = 0;
        for (const QString &row : std::as_const(rows)) {
            const QString period = row.section(u',', 0, 0);
            QVERIFY2(QRegularExpression(u"^\\d{4}-Q[1-4]$"_s).match(period).hasMatch(),
                     qPrintable(row));
            const auto [client, customer] = byQuarter.value(period);
            nonEmpty += byQuarter.contains(period);
            QCOMPARE(row,
                     u"%1,%2,%3,%4"_s.arg(period, major(client), major(customer),
                                          major(client + customer)));
        }
        QCOMPARE(nonEmpty, byQuarter.size());

        // A range that cuts months at both ends, as JSON.
        const Run json
            = clientdesk({ u"revenue"_s, u"--from"_s, u"2025-01-15"_s, u"--to"_s, u"2025-04-10"_s,
                           u"--format"_s, u"json"_s, u"--database"_s, db });
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonArray months = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(months.size(), 4);
        const auto byMonth = sums(u"substr(entry_date, 1, 7)"_s, u"2025-01-15"_s, u"2025-04-10"_s);
        for (const QString &month : { u"2025-01"_s, u"2025-02"_s, u"2025-03"_s, u"2025-04"_s }) {
            const auto [client, customer] = byMonth.value(month);
            const QString line = u"{\"period\": \"%1\", \"client\": %2, \"customer\": %3, "
                                 "\"total\": %4}"_s.arg(month, major(client), major(customer),
                                                        major(client + customer));
            QVERIFY2(json.out.contains(line), qPrintable(line + u"\n"_s + json.out));
        }

        const Run table = clientdesk({ u"revenue"_s, u"--by"_s, u"year"_s, u"--database"_s, db });
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.startsWith(u"Revenue (IDR)\n"_s));
        QVERIFY(table.out.contains(QString::number(QDate::currentDate().year())));
        QCOMPARE(clientdesk({ u"check"_s, u"--database"_s, db }).exitCode, 0);
    }

    void revenueConvertsEveryCurrencyAndNamesWhatHasNoRate()
    {
        const QString db = path(u"currencies.sqlite"_s);
        QCOMPARE(clientdesk({ u"demo"_s, u"--database"_s, db, u"--accounts"_s, u"3"_s,
                              u"--revenue"_s, u"0"_s })
                     .exitCode,
                 0);
        // Entries as the writers store them: USD at 15,000.50 IDR from 2024-01-01 and 16,000
        // from 2024-01-16; 0.01 USD at 15,000.50 is 150.005 IDR, rounded to 150.01; three
        // USD entries before the first rate and one SGD entry (no SGD rate) do not convert.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"currencies"_s);
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            // The sample's own rates go first: the hand-made ones below are the only ones.
            QVERIFY(q.exec(u"DELETE FROM exchange_rates"_s));
            QVERIFY(q.exec(u"INSERT INTO exchange_rates (currency, rate_date, rate_e10) VALUES "
                           "('USD', '2024-01-01', 150005000000000), "
                           "('USD', '2024-01-16', 160000000000000)"_s));
            const QString client = u"(SELECT min(id) FROM accounts WHERE kind = 'client')"_s;
            const QString customer = u"(SELECT min(id) FROM accounts WHERE kind = 'customer')"_s;
            const QStringList rows {
                u"%1, '2024-01-10', 100000, 'IDR', 'client', 100000"_s.arg(client),
                u"%1, '2024-01-10', 1000, 'USD', 'client', 15000500"_s.arg(client),
                u"%1, '2024-01-20', 1000, 'USD', 'client', 16000000"_s.arg(client),
                u"%1, '2024-01-12', 1, 'USD', 'client', 15001"_s.arg(client),
                u"%1, '2024-01-13', -1, 'USD', 'customer', -15001"_s.arg(customer),
                u"%1, '2023-12-01', 400000, 'USD', 'customer', NULL"_s.arg(customer),
                u"%1, '2023-12-15', 400000, 'USD', 'customer', NULL"_s.arg(customer),
                u"%1, '2023-12-31', 400000, 'USD', 'customer', NULL"_s.arg(customer),
                u"%1, '2024-01-05', 5000, 'SGD', 'customer', NULL"_s.arg(customer),
            };
            for (const QString &row : rows)
                QVERIFY2(q.exec(u"INSERT INTO revenue_entries (account_id, entry_date, "
                                "amount_minor, currency, account_kind, converted_minor, "
                                "created_at) VALUES (%1, '2024-01-01T00:00:00')"_s.arg(row)),
                         qPrintable(row));
        }
        QSqlDatabase::removeDatabase(u"currencies"_s);

        const QString note
            = u"1 SGD entry, 50.00 SGD, has no SGD rate and is not in these figures — add "
              "rates in Settings.\n3 USD entries from before the first USD rate, 12,000.00 USD, "
              "are not in these figures — add rates in Settings."_s;
        const Run csv = clientdesk({ u"revenue"_s, u"--format"_s, u"csv"_s, u"--database"_s, db });
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        QCOMPARE(csv.out,
                 u"period,client,customer,total\r\n2023-12,0.00,0.00,0.00\r\n"
                 "2024-01,311155.01,-150.01,311005.00\r\n"_s);
        for (const QString &sentence : note.split(u'\n'))
            QVERIFY2(csv.err.contains(u"clientdesk: "_s + sentence + u'\n'), qPrintable(csv.err));

        // The table says it under the figures.
        const Run table = clientdesk({ u"revenue"_s, u"--database"_s, db });
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.startsWith(u"Revenue (IDR)\n"_s), qPrintable(table.out));
        QVERIFY2(table.out.endsWith(u"\n\n"_s + note + u"\n"_s), qPrintable(table.out));
        QVERIFY2(table.err.isEmpty(), qPrintable(table.err));

        // After the rate changed nothing is left out.
        const Run late = clientdesk({ u"revenue"_s, u"--from"_s, u"2024-01-15"_s, u"--format"_s,
                                      u"json"_s, u"--database"_s, db });
        QCOMPARE(late.exitCode, 0);
        QVERIFY2(late.out.contains(u"{\"period\": \"2024-01\", \"client\": 160000.00, "
                                   "\"customer\": 0.00, \"total\": 160000.00}"_s),
                 qPrintable(late.out));
        QVERIFY2(late.err.isEmpty(), qPrintable(late.err));

        // Each currency's own amounts, not converted.
        const Run original = clientdesk({ u"revenue"_s, u"--currency"_s, u"original"_s,
                                          u"--format"_s, u"csv"_s, u"--database"_s, db });
        QVERIFY2(original.exitCode == 0, qPrintable(original.err));
        QCOMPARE(original.out,
                 u"period,currency,client,customer,total\r\n"
                 "2023-12,IDR,0.00,0.00,0.00\r\n2023-12,SGD,0.00,0.00,0.00\r\n"
                 "2023-12,USD,0.00,12000.00,12000.00\r\n"
                 "2024-01,IDR,1000.00,0.00,1000.00\r\n2024-01,SGD,0.00,50.00,50.00\r\n"
                 "2024-01,USD,20.01,-0.01,20.00\r\n"_s);
        QVERIFY2(original.err.isEmpty(), qPrintable(original.err));
        const Run json = clientdesk({ u"revenue"_s, u"--currency"_s, u"original"_s, u"--by"_s,
                                      u"year"_s, u"--from"_s, u"2024-01-01"_s, u"--format"_s,
                                      u"json"_s, u"--database"_s, db });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray years = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(years.size(), 3);
        QCOMPARE(years.at(2).toObject().value(u"currency"_s).toString(), u"USD"_s);
        QCOMPARE(years.at(2).toObject().value(u"total"_s).toDouble(), 20.0);

        const Run bad
            = clientdesk({ u"revenue"_s, u"--currency"_s, u"usd"_s, u"--database"_s, db });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"--currency is converted or original, not 'usd'"_s),
                 qPrintable(bad.err));
    }

    void exportThenImportIntoANewDatabase()
    {
        const QString source = path(u"io-source.sqlite"_s);
        const QString target = path(u"io-target.sqlite"_s);
        QCOMPARE(
            clientdesk({ u"demo"_s, u"--accounts"_s, u"80"_s, u"--revenue"_s, u"2000"_s }, source)
                .exitCode,
            0);
        const QStringList kinds { u"accounts"_s, u"contacts"_s, u"contracts"_s, u"revenue"_s };
        for (const QString &kind : kinds) {
            const Run run
                = clientdesk({ u"export"_s, kind, u"-o"_s, path(kind + u".csv"_s) }, source);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY2(run.out.startsWith(u"Exported %1 to "_s.arg(kind)), qPrintable(run.out));
        }
        // A dry run checks every row and reports what it would import.
        Run run = clientdesk({ u"import"_s, u"accounts"_s, path(u"accounts.csv"_s), u"--dry-run"_s,
                               u"--on-duplicate"_s, u"create"_s },
                             target);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"new accounts                   80"_s), qPrintable(run.out));
        for (const QString &kind : kinds) {
            run = clientdesk(
                { u"import"_s, kind, path(kind + u".csv"_s), u"--on-duplicate"_s, u"create"_s },
                target);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY2(run.out.startsWith(u"Imported %1.csv into "_s.arg(kind)), qPrintable(run.out));
        }
        QCOMPARE(clientdesk({ u"check"_s }, target).exitCode, 0);
        const Run back
            = clientdesk({ u"export"_s, u"revenue"_s, u"-o"_s, path(u"again.xlsx"_s) }, target);
        QCOMPARE(back.exitCode, 0);
        QVERIFY(QFile(path(u"again.xlsx"_s)).size() > 10000);
    }

    void aBadFileIsListedLineByLineAndNothingIsImported()
    {
        const QString db = path(u"io-bad.sqlite"_s);
        QCOMPARE(clientdesk({ u"demo"_s, u"--accounts"_s, u"20"_s, u"--revenue"_s, u"100"_s }, db)
                     .exitCode,
                 0);
        const QByteArray before = fileHash(db);
        QFile file(path(u"bad.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name;kind;email\nPT Baik;client;\n;customer;\nCV Salah;vip;nope\n");
        file.close();
        Run run = clientdesk({ u"import"_s, u"accounts"_s, path(u"bad.csv"_s) }, db);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(u"clientdesk: bad.csv: rows that cannot be imported (2):\n"
                                  "  3: name: is empty; it is required\n"
                                  "  4: kind: “vip” is not one of client, customer\n"
                                  "  4: email: “nope” is not an email address\n"
                                  "clientdesk: Nothing was imported."_s),
                 qPrintable(run.err));
        QCOMPARE(fileHash(db), before);

        run = clientdesk({ u"import"_s, u"accounts"_s, path(u"bad.csv"_s), u"--skip-invalid"_s },
                         db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"new accounts                   1\n"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"invalid rows left out          2\n"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"bad.rejected.csv"_s), qPrintable(run.out));
        QVERIFY(QFile::exists(path(u"bad.rejected.csv"_s)));

        QFile garbage(path(u"garbage.csv"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray("\x00\x01\x02binary", 9));
        garbage.close();
        run = clientdesk({ u"import"_s, u"revenue"_s, path(u"garbage.csv"_s) }, db);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.trimmed(),
                 u"clientdesk: garbage.csv is not a CSV text file: line 1 contains binary data."_s);
    }

    void amountsAndDatesOutOfBoundsAreRefusedLineByLine()
    {
        const QString db = path(u"bounds.sqlite"_s);
        QCOMPARE(clientdesk({ u"demo"_s, u"--accounts"_s, u"20"_s, u"--revenue"_s, u"100"_s }, db)
                     .exitCode,
                 0);
        QString account;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"name"_s);
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery q(u"SELECT name FROM accounts WHERE name NOT LIKE '%\"%' ORDER BY id"_s, raw);
            QVERIFY(q.next());
            account = q.value(0).toString();
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"name"_s);
        QVERIFY(!account.isEmpty());
        const QByteArray before = fileHash(db);
        QFile file(path(u"huge.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(("date,account,amount\n2025-01-10,\"" + account.toUtf8()
                    + "\",92233720368547758.07\n2025-01-11,\"" + account.toUtf8()
                    + "\",10000000000000.00\n0001-01-01,\"" + account.toUtf8()
                    + "\",10.00\n9999-12-31,\"" + account.toUtf8() + "\",10.00\n2025-01-12,\""
                    + account.toUtf8() + "\",9999999999999.99\n"));
        file.close();
        Run run = clientdesk({ u"import"_s, u"revenue"_s, path(u"huge.csv"_s) }, db);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"  2: amount: “92233720368547758.07” is too large an amount. "
                                  "The largest amount is 9999999999999.99 "_s),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(u"  3: amount: “10000000000000.00” is too large an amount."_s),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(u"  4: date: 0001-01-01 is outside the dates ClientDesk "
                                  "accepts, 1900-01-01 to 2199-12-31\n"_s),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(u"  5: date: 9999-12-31 is outside the dates ClientDesk "
                                  "accepts, 1900-01-01 to 2199-12-31\n"_s),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"  6:"_s), qPrintable(run.err)); // the largest amount is fine
        QVERIFY2(run.err.contains(u"Nothing was imported."_s), qPrintable(run.err));
        QCOMPARE(fileHash(db), before);

        for (const QString &option : { u"--from"_s, u"--to"_s }) {
            for (const QString &day : { u"0001-01-01"_s, u"9999-12-31"_s }) {
                run = clientdesk({ u"revenue"_s, option, day }, db);
                QCOMPARE(run.exitCode, 2);
                QVERIFY(run.out.isEmpty());
                QCOMPARE(run.err.trimmed(),
                         u"clientdesk: %1 %2 is outside the dates ClientDesk accepts, "
                         "1900-01-01 to 2199-12-31."_s.arg(option, day));
            }
        }

        // With --skip-invalid only the last row goes in, and the sums stay exact.
        const QStringList january { u"revenue"_s,    u"--by"_s,       u"month"_s,
                                    u"--from"_s,     u"2025-01-01"_s, u"--to"_s,
                                    u"2025-01-31"_s, u"--format"_s,   u"csv"_s };
        const auto januaryTotal = [&]() {
            const Run revenue = clientdesk(january, db);
            // "period,client,customer,total" then "2025-01,…,TOTAL": in cents, exactly.
            return revenue.out.section(u'\n', 1, 1).section(u',', 3, 3).remove(u'.').toLongLong();
        };
        const qint64 januaryBefore = januaryTotal();
        run = clientdesk({ u"import"_s, u"revenue"_s, path(u"huge.csv"_s), u"--skip-invalid"_s },
                         db);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(januaryTotal(), januaryBefore + 999'999'999'999'999);
        run = clientdesk({ u"check"_s }, db);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    }

    void checkNamesRowsOutOfBounds()
    {
        // A file written before the bounds: the rows stay, and check names them.
        const QString db = path(u"oldbounds.sqlite"_s);
        QCOMPARE(clientdesk({ u"demo"_s, u"--accounts"_s, u"20"_s, u"--revenue"_s, u"100"_s }, db)
                     .exitCode,
                 0);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"DROP TRIGGER IF EXISTS bounds_revenue_entries_insert"_s));
            QVERIFY(q.exec(u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, "
                           "currency, account_kind, created_at) SELECT id, '9999-12-31', "
                           "9223372036854775807, 'IDR', kind, '2025-01-01T00:00:00' FROM "
                           "accounts ORDER BY id LIMIT 1"_s));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        const Run run = clientdesk({ u"check"_s }, db);
        QCOMPARE(run.exitCode, 1);
        const QString all = run.out + run.err;
        QVERIFY2(all.contains(u"holds 9223372036854775807 IDR, discount 0 (in minor units), "
                              "beyond the largest amount ClientDesk accepts, 999999999999999."_s),
                 qPrintable(all));
        QVERIFY2(all.contains(u"is dated 9999-12-31, outside the dates ClientDesk accepts"_s),
                 qPrintable(all));
    }

    void reportsArePdfFilesOfTheDatabase()
    {
        const QString db = path(u"reports.sqlite"_s);
        QCOMPARE(clientdesk({ u"demo"_s, u"--database"_s, db, u"--accounts"_s, u"60"_s,
                              u"--revenue"_s, u"2000"_s })
                     .exitCode,
                 0);
        QString name;
        qint64 id = 0;
        QString manager;
        int managersClients = 0;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reports"_s);
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"SELECT a.id, a.name, u.name FROM accounts a JOIN users u ON u.id = "
                           "a.manager_id WHERE a.kind = 'client' AND a.status = 'active' ORDER "
                           "BY a.id LIMIT 1"_s));
            QVERIFY(q.next());
            id = q.value(0).toLongLong();
            name = q.value(1).toString();
            manager = q.value(2).toString();
            QVERIFY(
                q.exec(u"SELECT count(*) FROM accounts a JOIN users u ON u.id = a.manager_id "
                       "WHERE a.kind = 'client' AND a.status = 'active' AND u.name = '%1'"_s.arg(
                           manager)));
            QVERIFY(q.next());
            managersClients = q.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(u"reports"_s);
        const auto pdfText = [](const QString &pdf) {
            QProcess p;
            p.start(u"pdftotext"_s, { pdf, u"-"_s });
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAllStandardOutput());
        };

        // One client, by name and by id; the PDF holds its name and the sample firm.
        const QString byName = path(u"by-name.pdf"_s);
        const Run one
            = clientdesk({ u"report"_s, u"client"_s, name, u"-o"_s, byName, u"--database"_s, db });
        QCOMPARE(one.exitCode, 0);
        QVERIFY2(one.out.startsWith(u"Wrote "_s), qPrintable(one.out + one.err));
        const QString text = pdfText(byName);
        QVERIFY(text.contains(name));
        QVERIFY(text.contains(u"Nusantara Advisory Partners"_s));
        QCOMPARE(clientdesk({ u"report"_s, u"client"_s, QString::number(id), u"-o"_s,
                              path(u"by-id.pdf"_s), u"--database"_s, db, u"--from"_s,
                              u"2025-01-01"_s, u"--to"_s, u"2025-12-31"_s })
                     .exitCode,
                 0);
        QVERIFY(pdfText(path(u"by-id.pdf"_s)).contains(u"1 January 2025 – 31 December 2025"_s));

        // The portfolio.
        QCOMPARE(clientdesk({ u"report"_s, u"portfolio"_s, u"-o"_s, path(u"portfolio.pdf"_s),
                              u"--database"_s, db })
                     .exitCode,
                 0);
        QVERIFY(pdfText(path(u"portfolio.pdf"_s)).contains(u"Top clients"_s));

        // Every client of one manager into a folder that does not exist yet.
        const QString folder = path(u"batch/of/reports"_s);
        const Run batch = clientdesk({ u"report"_s, u"clients"_s, u"--manager"_s, manager, u"-o"_s,
                                       folder, u"--database"_s, db });
        QCOMPARE(batch.exitCode, 0);
        QCOMPARE(QDir(folder).entryList({ u"*.pdf"_s }, QDir::Files).size(), managersClients);

        // Bad input: a clear sentence, exit 1, no file.
        const Run unknown = clientdesk({ u"report"_s, u"client"_s, u"Nobody at all"_s, u"-o"_s,
                                         path(u"nobody.pdf"_s), u"--database"_s, db });
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.err.trimmed(),
                 u"clientdesk: There is no account named 'Nobody at all'."_s);
        QVERIFY(!QFile::exists(path(u"nobody.pdf"_s)));
        const QString nowhere = path(u"missing/folder/r.pdf"_s);
        const Run unwritable = clientdesk({ u"report"_s, u"client"_s, QString::number(id), u"-o"_s,
                                            nowhere, u"--database"_s, db });
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.contains(u"does not exist"_s), qPrintable(unwritable.err));
        QVERIFY(!QFile::exists(nowhere));
        const Run stranger = clientdesk({ u"report"_s, u"clients"_s, u"--manager"_s, u"Nobody"_s,
                                          u"-o"_s, folder, u"--database"_s, db });
        QCOMPARE(stranger.exitCode, 1);
        QCOMPARE(stranger.err.trimmed(),
                 u"clientdesk: There is no account manager named 'Nobody'."_s);
    }

    // clientdesk team secure on a server: afterwards a login that is no ClientDesk user cannot
    // connect at all (nor LISTEN); `user --login` lets a later login in when the owner runs
    // it and names the statement the owner must run otherwise; an account manager is told
    // that only managers change users. On a file it says it is for a server.
    void teamSecureLetsOnlyTheTeamConnect()
    {
        if (ScratchPostgres::serverUrl().isEmpty())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        ScratchPostgres scratch;
        QVERIFY2(scratch.ok(), qPrintable(scratch.error()));
        const QString prefix
            = u"cd_cli_%1_"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        const QString ana = prefix + u"ana"_s, maya = prefix + u"maya"_s,
                      stranger = prefix + u"stranger"_s, late = prefix + u"late"_s;
        QStringList roles;
        const auto dropRoles = qScopeGuard([&] {
            for (const QString &role : std::as_const(roles)) {
                scratch.exec(u"DROP OWNED BY %1"_s.arg(role));
                scratch.exec(u"DROP ROLE IF EXISTS %1"_s.arg(role));
            }
        });
        for (const QString &role : { ana, maya, stranger, late }) {
            QVERIFY2(scratch.exec(u"CREATE ROLE %1 LOGIN"_s.arg(role)),
                     qPrintable(scratch.error()));
            roles.append(role);
        }
        const QString owner = scratch.url();
        const QString name = QUrl(owner).path().mid(1);
        const auto as = [&owner](const QString &login) {
            QUrl url(owner);
            url.setUserName(login);
            return url.toString();
        };
        const auto connects = [&owner](const QString &login) {
            const QUrl url(owner);
            const QString connection = u"door-"_s + QUuid::createUuid().toString();
            bool listened = false;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
                db.setHostName(url.host());
                db.setPort(url.port(5432));
                db.setDatabaseName(url.path().mid(1));
                db.setUserName(login);
                if (db.open()) {
                    QSqlQuery listen(db);
                    listened = listen.exec(u"LISTEN clientdesk_changes"_s);
                    db.close();
                }
            }
            QSqlDatabase::removeDatabase(connection);
            return listened;
        };
        QCOMPARE(clientdesk({ u"demo"_s, u"--accounts"_s, u"20"_s, u"--revenue"_s, u"100"_s,
                              u"--database"_s, owner })
                     .exitCode,
                 0);
        // While every login may connect, giving one to a user needs nothing more.
        Run run
            = clientdesk({ u"user"_s, u"Ana Team"_s, u"--login"_s, ana, u"--database"_s, owner });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"Added the user Ana Team.\n"_s);
        run = clientdesk({ u"user"_s, u"Maya Team"_s, u"--role"_s, u"manager"_s, u"--login"_s, maya,
                           u"--database"_s, owner });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(connects(stranger));

        // Refused: a file (not even created), another action, a manager who is not the owner.
        const QString file = path(u"team.sqlite"_s);
        run = clientdesk({ u"team"_s, u"secure"_s, u"--database"_s, file });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
                 u"clientdesk: %1 is a file: only who may read the file can open it. 'team "
                 "secure' is for a database on a PostgreSQL server (--database "
                 "postgresql://USER@HOST:PORT/DATABASE).\n"_s.arg(file));
        QVERIFY(!QFile::exists(file));
        run = clientdesk({ u"team"_s, u"open"_s, u"--database"_s, owner });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(u"clientdesk: 'team' does secure, not 'open'."_s),
                 qPrintable(run.err));
        run = clientdesk({ u"team"_s, u"secure"_s, u"--database"_s, as(maya) });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
                 u"clientdesk: Only the owner of the database “%1” or a superuser can decide who "
                 "connects to it; “%2” is neither.\n"_s.arg(name, maya));
        QVERIFY(connects(stranger));

        // The owner secures it: the team connects, a stranger does not.
        run = clientdesk({ u"team"_s, u"secure"_s, u"--database"_s, owner });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(
                     u"Only these logins may connect to the database “%1” now: "_s.arg(name)),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(ana) && run.out.contains(maya) && !run.out.contains(stranger));
        QVERIFY(!connects(stranger));
        QVERIFY(connects(ana) && connects(maya));
        run = clientdesk({ u"accounts"_s, u"--database"_s, as(stranger) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(
                     u"does not let “%1” connect to the database “%2”"_s.arg(stranger, name)),
                 qPrintable(run.err));
        run = clientdesk({ u"users"_s, u"--database"_s, as(ana) });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        // A login given later: a manager is told the one statement the owner must run; the
        // owner lets it in; one the server does not know yet is named.
        run = clientdesk(
            { u"user"_s, u"Late Comer"_s, u"--login"_s, late, u"--database"_s, as(maya) });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out,
                 u"Added the user Late Comer.\n“%1” cannot connect to the database “%2” until "
                 "its owner runs: GRANT CONNECT ON DATABASE \"%2\" TO \"%1\";\n"_s.arg(late, name));
        QVERIFY(!connects(late));
        run = clientdesk(
            { u"user"_s, u"Late Comer"_s, u"--login"_s, late, u"--database"_s, owner });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(
            run.out,
            u"Changed the user Late Comer.\n“%1” may now connect to the database “%2”.\n"_s.arg(
                late, name));
        QVERIFY(connects(late));
        run = clientdesk({ u"user"_s, u"Not Yet"_s, u"--login"_s, prefix + u"notyet"_s,
                           u"--database"_s, owner });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"The server has no login “%1notyet” yet"_s.arg(prefix)),
                 qPrintable(run.out));

        // An account manager is told that only managers change users; nothing changes.
        run = clientdesk({ u"user"_s, u"Maya Team"_s, u"--role"_s, u"account_manager"_s,
                           u"--database"_s, as(ana) });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
                 u"clientdesk: Only a manager can add, change or delete users; Ana Team signs in "
                 "as an account manager.\n"_s);
        run = clientdesk({ u"users"_s, u"--format"_s, u"csv"_s, u"--database"_s, owner });
        QVERIFY(run.out.contains(u"Maya Team,manager,"_s));

        // The late comer leaves: deactivated by the owner, her login can no longer connect.
        run = clientdesk(
            { u"user"_s, u"Late Comer"_s, u"--active"_s, u"no"_s, u"--database"_s, owner });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out,
                 u"Changed the user Late Comer.\n“%1” can no longer connect to the database "
                 "“%2”.\n"_s.arg(late, name));
        QVERIFY(!connects(late));
    }

    // An old database may hold names with escape sequences (a terminal title, a cleared
    // screen): table output and messages show them visibly, JSON escapes them, and nothing
    // reaches the terminal; right-to-left text and emoji come out exactly as stored.
    void controlCharactersNeverReachTheTerminal()
    {
        const QString db = path(u"escapes.sqlite"_s);
        QCOMPARE(clientdesk({ u"demo"_s, u"--database"_s, db, u"--accounts"_s, u"10"_s,
                              u"--revenue"_s, u"50"_s })
                     .exitCode,
                 0);
        const QString hostile = u"\x1b]0;pwned\x07\x1b[2J"_s;
        const QString c1 = u"Evil\u009b2J\u0085"_s;
        const QString rtl = u"شركة الأمل \u200f Toko 🍜 👍🏽"_s;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"escapes"_s);
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const QString &name : { hostile, c1, rtl }) {
                q.prepare(u"INSERT INTO accounts (kind, name, created_at, updated_at) VALUES "
                          "('customer', :name, '2024-01-01T00:00:00', '2024-01-01T00:00:00')"_s);
                q.bindValue(u":name"_s, name);
                QVERIFY(q.exec());
            }
        }
        QSqlDatabase::removeDatabase(u"escapes"_s);
        const auto inert = [](const QString &text) {
            return std::none_of(text.cbegin(), text.cend(), [](QChar c) {
                const char16_t u = c.unicode();
                return (u < 0x20 && u != u'\n') || (u >= 0x7f && u <= 0x9f);
            });
        };

        Run run = clientdesk({ u"accounts"_s, u"--database"_s, db });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(inert(run.out));
        QVERIFY(run.out.contains(u"^[]0;pwned^G^[[2J"_s));
        QVERIFY(run.out.contains(u"EvilM-^[2JM-^E"_s));
        QVERIFY(run.out.contains(rtl));
        // The columns stay aligned: the kind starts where its header does.
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        const qsizetype kindAt = lines.first().indexOf(u"kind"_s);
        QVERIFY(kindAt > 0);
        for (const QString &marker : { u"^[]0;pwned"_s, u"EvilM-^["_s }) {
            const auto line
                = std::find_if(lines.cbegin(), lines.cend(),
                               [&marker](const QString &l) { return l.contains(marker); });
            QVERIFY(line != lines.cend());
            QVERIFY2(line->mid(kindAt).startsWith(u"customer "_s), qPrintable(*line));
        }

        // JSON escapes them and gives the names back exactly.
        run = clientdesk({ u"accounts"_s, u"--format"_s, u"json"_s, u"--database"_s, db });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(inert(run.out));
        QStringList names;
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out.toUtf8()).array())
            names.append(value.toObject().value(u"name"_s).toString());
        QVERIFY(names.contains(hostile));
        QVERIFY(names.contains(c1));
        QVERIFY(names.contains(rtl));

        // A message that quotes a name given on the command line.
        run = clientdesk({ u"report"_s, u"clients"_s, u"--manager"_s, hostile, u"-o"_s,
                           path(u"escapes-reports"_s), u"--database"_s, db });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.trimmed(),
                 u"clientdesk: There is no account manager named '^[]0;pwned^G^[[2J'."_s);

        // Refused wherever they would come in: a user's name.
        run = clientdesk({ u"user"_s, u"Ann"_s + hostile, u"--database"_s, db });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(inert(run.err));
        QVERIFY2(run.err.contains(u"The user's name contains the control character U+001B "
                                  "(character 4)"_s),
                 qPrintable(run.err));
    }

    // An import with an escape sequence in a name is refused by line and column, nothing
    // written; right-to-left text and emoji import and export unchanged.
    void importRefusesControlCharacters()
    {
        const QString db = path(u"import-escapes.sqlite"_s);
        QCOMPARE(clientdesk({ u"demo"_s, u"--database"_s, db, u"--accounts"_s, u"5"_s,
                              u"--revenue"_s, u"20"_s })
                     .exitCode,
                 0);
        const QString rtl = u"شركة الأمل \u200f Toko 🍜 👍🏽"_s;
        const auto write = [this](const QString &name, const QString &text) {
            QFile f(path(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        };
        write(u"escapes.csv"_s,
              u"name,kind,notes\n"
              "Clean Name,client,\"two\nlines\"\n"
              "\"\x1b]0;pwned\x07\x1b[2J\",customer,\n"
              "Fine,customer,tab\there\n"_s);
        Run run = clientdesk(
            { u"import"_s, u"accounts"_s, path(u"escapes.csv"_s), u"--database"_s, db });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.contains(QChar(0x1b)) && !run.err.contains(QChar(0x07)));
        QVERIFY2(run.err.contains(u"  4: name: contains the control character U+001B "
                                  "(character 1), which cannot be stored; remove it"_s),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(u"Nothing was imported."_s));
        const Run before
            = clientdesk({ u"accounts"_s, u"--format"_s, u"csv"_s, u"--database"_s, db });
        QVERIFY(!before.out.contains(u"Clean Name"_s));

        write(u"rtl.csv"_s, u"name,kind,notes\n\"%1\",customer,\"line\r\nline\"\n"_s.arg(rtl));
        run = clientdesk({ u"import"_s, u"accounts"_s, path(u"rtl.csv"_s), u"--database"_s, db });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = clientdesk({ u"accounts"_s, u"--format"_s, u"json"_s, u"--database"_s, db });
        QStringList names;
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out.toUtf8()).array())
            names.append(value.toObject().value(u"name"_s).toString());
        QVERIFY(names.contains(rtl));
        run = clientdesk(
            { u"export"_s, u"accounts"_s, u"-o"_s, path(u"rtl-back.csv"_s), u"--database"_s, db });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile back(path(u"rtl-back.csv"_s));
        QVERIFY(back.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(back.readAll()).contains(rtl));
    }

    // A client report is a client's: asked for a customer, it says so and writes nothing.
    void aClientReportIsRefusedForACustomer()
    {
        const QString db = path(u"report-customer.sqlite"_s);
        QCOMPARE(clientdesk({ u"demo"_s, u"--database"_s, db, u"--accounts"_s, u"20"_s,
                              u"--revenue"_s, u"100"_s })
                     .exitCode,
                 0);
        QString name;
        qint64 id = 0;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"customer"_s);
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"SELECT id, name FROM accounts WHERE kind = 'customer' ORDER BY id "
                           "LIMIT 1"_s));
            QVERIFY(q.next());
            id = q.value(0).toLongLong();
            name = q.value(1).toString();
        }
        QSqlDatabase::removeDatabase(u"customer"_s);
        for (const QString &which : { name, QString::number(id) }) {
            const QString pdf = path(u"customer-report.pdf"_s);
            const Run run = clientdesk(
                { u"report"_s, u"client"_s, which, u"-o"_s, pdf, u"--database"_s, db });
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.err.trimmed(),
                     u"clientdesk: “%1” is a customer, not a client: the client report is "
                     "written for clients only."_s.arg(name));
            QVERIFY(run.out.isEmpty());
            QVERIFY(!QFile::exists(pdf));
        }
    }

    // A password in a server address (USER:PASSWORD@ or ?password=) is used, never printed,
    // and the command line warns once that others can read it.
    void aPasswordInTheAddressIsNeverPrinted()
    {
        if (ScratchPostgres::serverUrl().isEmpty())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        ScratchPostgres scratch;
        QVERIFY2(scratch.ok(), qPrintable(scratch.error()));
        QCOMPARE(clientdesk({ u"demo"_s, u"--accounts"_s, u"5"_s, u"--revenue"_s, u"20"_s,
                              u"--database"_s, scratch.url() })
                     .exitCode,
                 0);
        const QString secret = u"Zq9-secret-Pw"_s;
        const QUrl base(scratch.url());
        QUrl inUserInfo = base;
        inUserInfo.setPassword(secret);
        QUrl inQuery = base;
        inQuery.setQuery(u"sslmode=prefer&password="_s + secret);
        QUrl wrongDatabase = inQuery;
        wrongDatabase.setPath(u"/no_such_clientdesk_db"_s);
        const QString warning = u"can be read by other users of this computer"_s;
        for (const QUrl &url : { inUserInfo, inQuery }) {
            const QString address = url.toString(QUrl::FullyEncoded);
            for (const QStringList &command :
                 { QStringList { u"check"_s }, QStringList { u"accounts"_s },
                   QStringList { u"users"_s } }) {
                const Run run = clientdesk(command + QStringList { u"--database"_s, address });
                QVERIFY2(run.exitCode == 0, qPrintable(run.err));
                QVERIFY2(!run.out.contains(secret) && !run.err.contains(secret),
                         qPrintable(run.out + run.err));
                QCOMPARE(run.err.count(warning), 1);
                QVERIFY(run.err.contains(u"~/.pgpass"_s));
            }
            const Run check = clientdesk({ u"check"_s, u"--database="_s + address });
            QVERIFY2(check.out.startsWith(u"OK: postgresql://"_s), qPrintable(check.out));
            QVERIFY(!check.out.contains(u"password"_s));
            QCOMPARE(check.err.count(warning), 1);
        }
        const Run wrong = clientdesk(
            { u"check"_s, u"--database"_s, wrongDatabase.toString(QUrl::FullyEncoded) });
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(!wrong.out.contains(secret) && !wrong.err.contains(secret), qPrintable(wrong.err));
        QVERIFY(wrong.err.contains(u"no_such_clientdesk_db"_s));
        QCOMPARE(wrong.err.count(warning), 1);

        // No password on the command line: no warning; from the environment: none either.
        Run plain = clientdesk({ u"check"_s, u"--database"_s, scratch.url() });
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(!plain.err.contains(warning));
        plain = clientdesk({ u"check"_s }, inQuery.toString(QUrl::FullyEncoded));
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(!plain.err.contains(warning));
        QVERIFY(!plain.out.contains(secret));
    }

    void helpAndVersion()
    {
        Run run = clientdesk({ u"--help"_s });
        QCOMPARE(run.exitCode, 0);
        for (const QString &command : { u"demo"_s, u"check"_s, u"backup"_s, u"copy"_s })
            QVERIFY(run.out.contains(u"  "_s + command));
        run = clientdesk({ u"demo"_s, u"--help"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(u"Usage: clientdesk demo"_s));
        QVERIFY(run.out.contains(u"--accounts <N>"_s));
        run = clientdesk({ u"copy"_s, u"--help"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(u"Usage: clientdesk copy"_s));
        QVERIFY(run.out.contains(u"--to <URL>"_s));
        run = clientdesk({ u"--version"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(u"clientdesk "_s));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
