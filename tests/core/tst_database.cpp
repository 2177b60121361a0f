#include "postgrestestsupport.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/integritycheck.h"
#include "storage/migrator.h"
#include "storage/transactionguard.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <ctime>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using cd::Database;
using cd::Migrator;

namespace {

QByteArray fingerprint(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

// A raw connection, outside ClientDesk, to set up files the way other programs leave them.
struct RawConnection
{
    explicit RawConnection(const QString &path, const QString &name) : m_name(name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql);
    }
    QString m_name;
};

// The POSIX locks this process holds on a file, from /proc/locks ("1: POSIX ADVISORY READ
// PID MAJ:MIN:INODE START END").
int locksHeldOn(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    QFile locks(u"/proc/locks"_s);
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QString pid = QString::number(QCoreApplication::applicationPid());
    const QString inode = u":%1"_s.arg(st.st_ino);
    int held = 0;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QStringList fields = QString::fromLatin1(line).split(u' ', Qt::SkipEmptyParts);
        if (fields.size() >= 6 && fields.at(1) == u"POSIX"_s && fields.at(4) == pid
            && fields.at(5).endsWith(inode))
            ++held;
    }
    return held;
}

int count(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class tst_Database final : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseIsMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/folder/new.sqlite"_s);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE((*db)->schemaVersion(), Migrator::latestVersion());
        QVERIFY(QFile::exists(path));
        for (const QString &table :
             { u"accounts"_s, u"contacts"_s, u"contact_roles"_s, u"contracts"_s, u"service_items"_s,
               u"service_requests"_s, u"opportunities"_s, u"opportunity_stages"_s, u"products"_s,
               u"revenue_entries"_s, u"interactions"_s, u"users"_s, u"settings"_s,
               u"audit_log"_s }) {
            QSqlQuery q((*db)->connection());
            q.prepare(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :n"_s);
            q.bindValue(u":n"_s, table);
            QVERIFY(q.exec() && q.next());
            QVERIFY2(q.value(0).toInt() == 1, qPrintable(table));
        }
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void reopeningKeepsDataAndVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(u"INSERT INTO settings (key, value) VALUES ('firm', 'Acme')"_s));
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(count(**db, u"SELECT count(*) FROM settings"_s), 1);
        QCOMPARE(count(**db, u"SELECT count(*) FROM cd_meta"_s), 1);
    }

    void constraintsRefuseBadRows()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"c.sqlite"_s));
        QVERIFY(db.ok());
        QSqlQuery q((*db)->connection());
        // An unknown kind, an empty name, a dangling foreign key, a contract ending
        // before it starts: each is refused by the schema itself.
        QVERIFY(!q.exec(u"INSERT INTO accounts (kind, name, created_at, updated_at) "
                        "VALUES ('partner', 'X', '2024-01-01T00:00:00', '2024-01-01T00:00:00')"_s));
        QVERIFY(!q.exec(u"INSERT INTO accounts (kind, name, created_at, updated_at) "
                        "VALUES ('client', '  ', '2024-01-01T00:00:00', '2024-01-01T00:00:00')"_s));
        QVERIFY(!q.exec(u"INSERT INTO contacts (account_id, name, created_at) "
                        "VALUES (999, 'Ann', '2024-01-01T00:00:00')"_s));
        QVERIFY(q.exec(u"INSERT INTO accounts (kind, name, created_at, updated_at) "
                       "VALUES ('client', 'PT Maju', '2024-01-01T00:00:00', "
                       "'2024-01-01T00:00:00')"_s));
        QVERIFY(!q.exec(u"INSERT INTO contracts (account_id, reference, billing_model, fee_minor, "
                        "currency, start_date, end_date, created_at, updated_at) VALUES (1, "
                        "'C-1', 'fixed', 100, 'IDR', '2024-01-01', '2023-01-01', "
                        "'2024-01-01T00:00:00', '2024-01-01T00:00:00')"_s));
    }

    void upgradeRunsOnlyPendingMigrations()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(u"sql"_s));
        const QString sqlDir = dir.filePath(u"sql"_s);
        writeFile(sqlDir + u"/0001_first.sql"_s,
                  "CREATE TABLE IF NOT EXISTS notes (id @ID@, body TEXT NOT NULL);\n");
        const QString path = dir.filePath(u"u.sqlite"_s);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"upgrade"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(Migrator::migrate(db, cd::Dialect::SQLite, 0, sqlDir).ok());
        QCOMPARE(*Migrator::currentVersion(db), 1);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"INSERT INTO notes (body) VALUES ('kept')"_s));

        writeFile(sqlDir + u"/0002_second.sql"_s,
                  "ALTER TABLE notes ADD COLUMN title TEXT;\n"
                  "CREATE TRIGGER notes_title AFTER INSERT ON notes BEGIN\n"
                  "  UPDATE notes SET title = 'untitled' WHERE id = new.id;\n"
                  "END;\n");
        QCOMPARE(Migrator::latestVersion(sqlDir), 2);
        const auto migrated = Migrator::migrate(db, cd::Dialect::SQLite, 1, sqlDir);
        QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
        QCOMPARE(*Migrator::currentVersion(db), 2);
        QVERIFY(q.exec(u"INSERT INTO notes (body) VALUES ('new')"_s));
        QVERIFY(q.exec(u"SELECT body, title FROM notes ORDER BY id"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"kept"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), u"untitled"_s);

        // Two pending migrations, the second broken: neither is applied.
        writeFile(sqlDir + u"/0003_third.sql"_s, "CREATE TABLE tags (name TEXT);\n");
        writeFile(sqlDir + u"/0004_broken.sql"_s, "CREATE TABLE nonsense (;\n");
        const auto failed = Migrator::migrate(db, cd::Dialect::SQLite, 2, sqlDir);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(u"Migration 4"_s), qPrintable(failed.error()));
        QCOMPARE(*Migrator::currentVersion(db), 2);
        QVERIFY(!q.exec(u"SELECT count(*) FROM tags"_s));
        q.finish();
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"upgrade"_s);
    }

    void splitKeepsTriggerBodiesWhole()
    {
        const auto statements = Migrator::splitStatements(
            u"-- comment\nCREATE TABLE a (x INTEGER);\n\nCREATE TRIGGER t AFTER INSERT ON a "
            "BEGIN\n  UPDATE a SET x = 1;\n  UPDATE a SET x = 2;\nEND;\nCREATE INDEX i ON a (x);\n"_s);
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(1).contains(u"x = 2"_s));
        QVERIFY(statements.at(1).endsWith(u"END;"_s));
    }

    void splitKeepsPlpgsqlBodiesWhole()
    {
        const auto statements = Migrator::splitStatements(
            u"CREATE TABLE a (x INTEGER);\nCREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql "
            "AS $$\nBEGIN\n    UPDATE a SET x = 1;\n    IF TRUE THEN\n        RETURN NULL;\n"
            "    END IF;\nEND\n$$;\nCREATE INDEX i ON a (x);\n"_s);
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(1).contains(u"END IF;"_s));
        QVERIFY(statements.at(1).endsWith(u"$$"_s));
    }

    // On a real PostgreSQL server (scripts/test starts one): an empty database gets the
    // schema, the rollup triggers keep their tables equal to the entries, the address is
    // kept without its password, and a reopen finds the same data.
    void postgresqlDatabaseIsMigratedAndKeepsItsRollups()
    {
        if (ScratchPostgres::serverUrl().isEmpty())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        ScratchPostgres scratch;
        QVERIFY2(scratch.ok(), qPrintable(scratch.error()));
        QUrl address(scratch.url());
        address.setPassword(u"not-needed"_s); // trust authentication ignores it
        auto db = Database::open(address.toString());
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE((*db)->dialect(), cd::Dialect::PostgreSQL);
        QCOMPARE((*db)->schemaVersion(), Migrator::latestVersion());
        QVERIFY(!(*db)->location().contains(u"not-needed"_s));
        Database &pg = **db;
        QCOMPARE(count(pg, u"SELECT count(*) FROM accounts"_s), 0);

        QSqlQuery q(pg.connection());
        QVERIFY2(q.exec(u"INSERT INTO accounts (kind, name, status, created_at, updated_at) "
                        "VALUES ('client', 'PT Maju', 'active', '2026-01-01', '2026-01-01') "
                        "RETURNING id"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        const qint64 account = q.value(0).toLongLong();
        const auto entry = [&](const QString &day, qint64 amount, const QString &category) {
            QSqlQuery insert(pg.connection());
            insert.prepare(
                u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, "
                "currency, account_kind, category, created_at) VALUES (:a, :d, :m, 'IDR', "
                "'client', :c, '2026-01-01')"_s);
            insert.bindValue(u":a"_s, account);
            insert.bindValue(u":d"_s, day);
            insert.bindValue(u":m"_s, amount);
            insert.bindValue(u":c"_s, category);
            return insert.exec() || (qWarning() << insert.lastError().text(), false);
        };
        QVERIFY(entry(u"2026-01-05"_s, 1000, u"Audit"_s));
        QVERIFY(entry(u"2026-01-20"_s, 500, u"Audit"_s));
        QVERIFY(entry(u"2026-02-01"_s, 700, u"Tax"_s));
        const QString rollup = u"SELECT month || '/' || category || '/' || amount_minor || '/' "
                               "|| entries FROM revenue_monthly ORDER BY 1"_s;
        const QString recomputed
            = u"SELECT substr(entry_date, 1, 7) || '/' || category || '/' || sum(amount_minor) "
              "|| '/' || count(*) FROM revenue_entries GROUP BY substr(entry_date, 1, 7), "
              "category ORDER BY 1"_s;
        const auto rows = [&](const QString &sql) {
            QStringList out;
            QSqlQuery read(pg.connection());
            if (read.exec(sql)) {
                while (read.next())
                    out.append(read.value(0).toString());
            }
            return out;
        };
        QCOMPARE(rows(rollup), QStringList({ u"2026-01/Audit/1500/2"_s, u"2026-02/Tax/700/1"_s }));
        // Moving, changing and deleting entries keep both rollups equal to the entries.
        QVERIFY(q.exec(u"UPDATE revenue_entries SET entry_date = '2026-02-10' "
                       "WHERE entry_date = '2026-01-20'"_s));
        QVERIFY(q.exec(u"UPDATE revenue_entries SET amount_minor = 900 "
                       "WHERE entry_date = '2026-02-01'"_s));
        QCOMPARE(rows(rollup), rows(recomputed));
        QVERIFY(q.exec(u"DELETE FROM revenue_entries WHERE entry_date = '2026-01-05'"_s));
        QCOMPARE(rows(rollup), rows(recomputed));
        QCOMPARE(rows(rollup), QStringList({ u"2026-02/Audit/500/1"_s, u"2026-02/Tax/900/1"_s }));
        QCOMPARE(rows(u"SELECT sum(amount_minor) || '/' || sum(entries) FROM revenue_totals"_s),
                 QStringList { u"1400/2"_s });

        // Another connection (as a worker thread opens) sees the same, and migrates nothing.
        auto again = pg.reopen();
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(count(**again, u"SELECT count(*) FROM revenue_entries"_s), 2);
        QCOMPARE(count(**again, u"SELECT count(*) FROM cd_meta"_s), 1);
    }

    // The server goes away in the middle of a save: one sentence, nothing written; once it
    // answers again the same edit saves on a new connection.
    void postgresqlConnectionLostInTheMiddleOfASave()
    {
        if (ScratchPostgres::serverUrl().isEmpty())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        ScratchPostgres pg;
        QVERIFY2(pg.ok(), qPrintable(pg.error()));
        auto db = Database::open(pg.url());
        QVERIFY2(db.ok(), qPrintable(db.error()));
        cd::AccountRepository repo(**db);
        cd::Account account;
        account.name = u"PT Stabil"_s;
        account.kind = cd::AccountKind::Customer;
        const auto id = repo.insert(account);
        QVERIFY(id.ok());
        // A trigger ends the session while the row is being written.
        QVERIFY2(pg.exec(u"CREATE FUNCTION end_session() RETURNS trigger LANGUAGE plpgsql AS "
                         "$$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW; "
                         "END $$"_s),
                 qPrintable(pg.error()));
        QVERIFY(pg.exec(u"CREATE TRIGGER end_session BEFORE UPDATE ON accounts FOR EACH ROW "
                        "EXECUTE FUNCTION end_session()"_s));
        cd::Account edit = *repo.get(*id);
        edit.city = u"Semarang"_s;
        const cd::Status lost = repo.update(edit);
        QVERIFY(!lost.ok());
        QVERIFY2(lost.error().contains(u"the connection to the database server was lost, so "
                                       "nothing was saved; try again once the server answers."_s),
                 qPrintable(lost.error()));

        auto other = Database::open(pg.url());
        QVERIFY(other.ok());
        QCOMPARE(cd::AccountRepository(**other).get(*id)->city, QString());
        QCOMPARE(cd::AuditLog(**other).list(u"account"_s, *id)->size(), 1); // its creation

        QVERIFY(pg.exec(u"DROP TRIGGER end_session ON accounts"_s));

        // Lost during COMMIT (a deferred trigger ends the session then): whether the server
        // committed is not known, and the message says so rather than "nothing was saved".
        QVERIFY(pg.exec(u"CREATE CONSTRAINT TRIGGER end_session_at_commit AFTER UPDATE ON "
                        "accounts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
                        "end_session()"_s));
        const cd::Status atCommit = repo.update(edit);
        QVERIFY(!atCommit.ok());
        QVERIFY2(atCommit.error().contains(u"so it is not known whether it was saved"_s),
                 qPrintable(atCommit.error()));
        QCOMPARE(cd::AccountRepository(**other).get(*id)->city, QString());
        QVERIFY(pg.exec(u"DROP TRIGGER end_session_at_commit ON accounts"_s));

        const cd::Status saved = repo.update(edit);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(cd::AccountRepository(**other).get(*id)->city, u"Semarang"_s);
    }

    // The server stamps the audit log in the user's time zone, as the app writes every other
    // time, not in the server's.
    void postgresqlStampsAuditTimesInTheUsersZone()
    {
        if (ScratchPostgres::serverUrl().isEmpty())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        const QByteArray zoneBefore = qgetenv("TZ");
        qputenv("TZ", "Asia/Jayapura"); // UTC+9, whatever the server's zone
        tzset();
        const auto restore = qScopeGuard([&] {
            if (zoneBefore.isNull())
                qunsetenv("TZ");
            else
                qputenv("TZ", zoneBefore);
            tzset();
        });
        ScratchPostgres pg;
        QVERIFY2(pg.ok(), qPrintable(pg.error()));
        auto db = Database::open(pg.url());
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QSqlQuery show((*db)->connection());
        QVERIFY(show.exec(u"SHOW TimeZone"_s) && show.next());
        QCOMPARE(show.value(0).toString(), u"Asia/Jayapura"_s);
        QVERIFY(cd::AuditLog(**db).append(u"account"_s, 1, u"update"_s, u"Zone check"_s).ok());
        const auto log = cd::AuditLog(**db).list(u"account"_s, 1);
        QVERIFY(log.ok() && !log->isEmpty());
        const qint64 apart = qAbs(log->constFirst().at.secsTo(QDateTime::currentDateTime()));
        QVERIFY2(apart < 120, qPrintable(log->constFirst().at.toString(Qt::ISODate)));
    }

    void postgresqlRefusalsNameTheProblemAndTouchNothing()
    {
        if (ScratchPostgres::serverUrl().isEmpty())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        {
            QUrl missing(ScratchPostgres::serverUrl());
            missing.setPath(u"/no_such_firm"_s);
            const auto db = Database::open(missing.toString());
            QVERIFY(!db.ok());
            QVERIFY2(db.error().contains(u"has no database “no_such_firm”"_s),
                     qPrintable(db.error()));
        }
        {
            ScratchPostgres foreign;
            QVERIFY2(foreign.ok(), qPrintable(foreign.error()));
            QVERIFY(foreign.exec(u"CREATE TABLE photos (id INTEGER PRIMARY KEY)"_s));
            const auto db = Database::open(foreign.url());
            QVERIFY(!db.ok());
            QVERIFY2(db.error().contains(u"another program"_s), qPrintable(db.error()));
            QVERIFY(foreign.exec(u"SELECT 1 FROM photos"_s));
            QVERIFY(!foreign.exec(u"SELECT 1 FROM cd_meta"_s)); // nothing was created
        }
        {
            ScratchPostgres newer;
            QVERIFY2(newer.ok(), qPrintable(newer.error()));
            QVERIFY(Database::open(newer.url()).ok());
            QVERIFY(newer.exec(u"UPDATE cd_meta SET value = '99' WHERE key = 'schema_version'"_s));
            const auto db = Database::open(newer.url());
            QVERIFY(!db.ok());
            QVERIFY2(db.error().contains(u"newer version of ClientDesk (schema version 99"_s),
                     qPrintable(db.error()));
        }
        {
            auto db = Database::open(ScratchPostgres::serverUrl() + u"?sslmode=sometimes"_s);
            QVERIFY(!db.ok());
            QVERIFY2(db.error().contains(u"TLS mode “sometimes”"_s), qPrintable(db.error()));
        }
    }

    // Closing any descriptor of the database file drops every lock SQLite holds on it in this
    // process; another process then takes itself for the last user and deletes the -wal and
    // -shm under the open connections (issue 23). Opening more connections, and the quick
    // check, must therefore read the file through SQLite only.
    void moreConnectionsKeepTheFirstOnesLocks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"locks.sqlite"_s);
        auto first = Database::open(path);
        QVERIFY(first.ok());
        QVERIFY(locksHeldOn(path) > 0); // WAL: a shared lock for as long as it is open
        {
            auto second = (*first)->reopen();
            QVERIFY2(second.ok(), qPrintable(second.error()));
            QVERIFY(locksHeldOn(path) > 0);
        }
        QVERIFY(locksHeldOn(path) > 0);
        const auto damage = cd::IntegrityCheck::fileDamage(path);
        QVERIFY(damage.ok());
        QVERIFY(damage->isEmpty());
        QVERIFY(locksHeldOn(path) > 0);
        first->reset();
        QCOMPARE(locksHeldOn(path), 0);
    }

    void newerDatabaseIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"newer.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(u"UPDATE cd_meta SET value = '999' WHERE key = 'schema_version'"_s));
        }
        const QByteArray before = fingerprint(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(u"newer version of ClientDesk"_s), qPrintable(db.error()));
        QVERIFY2(db.error().contains(u"999"_s), qPrintable(db.error()));
        QCOMPARE(fingerprint(path), before);
    }

    void badLocationsGiveOneSentence_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << u"text"_s << u"not an SQLite file"_s;
        QTest::newRow("directory") << u"dir"_s << u"is a folder"_s;
        QTest::newRow("read-only") << u"readonly"_s << u"read-only"_s;
        QTest::newRow("other program") << u"foreign"_s << u"another program"_s;
        QTest::newRow("missing") << u"missing"_s << u"There is no database"_s;
        QTest::newRow("server down") << u"url"_s << u"127.0.0.1:1 does not answer"_s;
        QTest::newRow("server address without user") << u"url-no-user"_s << u"names no user"_s;
        QTest::newRow("server address without database")
            << u"url-no-db"_s << u"is not a database address"_s;
    }
    void badLocationsGiveOneSentence()
    {
        QFETCH(QString, setup);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QString path = dir.filePath(u"target.sqlite"_s);
        Database::Options options;
        if (setup == u"text") {
            writeFile(path, "name,kind\nAcme,client\n");
        } else if (setup == u"dir") {
            QVERIFY(QDir().mkpath(path));
        } else if (setup == u"readonly") {
            QVERIFY(Database::open(path).ok());
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
        } else if (setup == u"foreign") {
            RawConnection raw(path, u"foreign"_s);
            QVERIFY(raw.exec(u"CREATE TABLE photos (id INTEGER PRIMARY KEY)"_s));
        } else if (setup == u"missing") {
            options.mode = Database::Mode::MustExist;
        } else if (setup == u"url") {
            path = u"postgresql://ann:secret@127.0.0.1:1/firm"_s;
        } else if (setup == u"url-no-user") {
            path = u"postgresql://127.0.0.1:5432/firm"_s;
        } else if (setup == u"url-no-db") {
            path = u"postgres://ann:secret@127.0.0.1:5432/"_s;
        }
        const QByteArray before = fingerprint(path);
        auto db = Database::open(path, options);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(expected), qPrintable(db.error()));
        QVERIFY2(!db.error().contains(u'\n'), qPrintable(db.error()));
        QVERIFY2(!db.error().contains(u"secret"_s), qPrintable(db.error())); // never the password
        QCOMPARE(fingerprint(path), before);
        if (setup == u"missing")
            QVERIFY(!QFile::exists(path));
    }

    void lockedDatabaseIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"locked.sqlite"_s);
        QVERIFY(Database::open(path).ok());
        RawConnection holder(path, u"holder"_s);
        QVERIFY(holder.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY(holder.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(holder.exec(u"INSERT INTO settings (key, value) VALUES ('x', 'y')"_s));
        Database::Options options;
        options.busyTimeoutMs = 100;
        auto db = Database::open(path, options);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(u"locked"_s), qPrintable(db.error()));
        QVERIFY(holder.exec(u"ROLLBACK"_s));
    }

    void transactionGuardRollsBackOnEarlyReturn()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"t.sqlite"_s));
        QVERIFY(db.ok());
        {
            cd::TransactionGuard guard(**db);
            QVERIFY(guard.begin().ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(u"INSERT INTO settings (key, value) VALUES ('a', '1')"_s));
            // leaves without commit
        }
        QCOMPARE(count(**db, u"SELECT count(*) FROM settings"_s), 0);
        {
            cd::TransactionGuard guard(**db);
            QVERIFY(guard.begin().ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(u"INSERT INTO settings (key, value) VALUES ('a', '1')"_s));
            QVERIFY(guard.commit().ok());
        }
        QCOMPARE(count(**db, u"SELECT count(*) FROM settings"_s), 1);
    }

    void nestedGuardsUseSavepoints()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"n.sqlite"_s));
        QVERIFY(db.ok());
        QSqlQuery q((*db)->connection());
        {
            cd::TransactionGuard outer(**db);
            QVERIFY(outer.begin().ok());
            QVERIFY(q.exec(u"INSERT INTO settings (key, value) VALUES ('outer', '1')"_s));
            {
                cd::TransactionGuard kept(**db);
                QVERIFY(kept.begin().ok());
                QVERIFY(q.exec(u"INSERT INTO settings (key, value) VALUES ('kept', '1')"_s));
                QVERIFY(kept.commit().ok());
            }
            {
                cd::TransactionGuard undone(**db);
                QVERIFY(undone.begin().ok());
                QVERIFY(q.exec(u"INSERT INTO settings (key, value) VALUES ('undone', '1')"_s));
                // leaves without commit: only this level is undone
            }
            QCOMPARE(count(**db, u"SELECT count(*) FROM settings"_s), 2);
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(count(**db,
                       u"SELECT group_concat(key) = 'kept,outer' FROM (SELECT key FROM "
                       "settings ORDER BY key)"_s),
                 1);
        {
            // An outer rollback takes the committed inner level with it.
            cd::TransactionGuard outer(**db);
            QVERIFY(outer.begin().ok());
            cd::TransactionGuard inner(**db);
            QVERIFY(inner.begin().ok());
            QVERIFY(q.exec(u"DELETE FROM settings"_s));
            QVERIFY(inner.commit().ok());
            outer.rollback();
        }
        QCOMPARE(count(**db, u"SELECT count(*) FROM settings"_s), 2);
        // And afterwards a guard is a plain transaction again.
        cd::TransactionGuard again(**db);
        QVERIFY(again.begin().ok());
        QVERIFY(q.exec(u"DELETE FROM settings WHERE key = 'kept'"_s));
        QVERIFY(again.commit().ok());
        QCOMPARE(count(**db, u"SELECT count(*) FROM settings"_s), 1);
    }

    void reopenGivesAnIndependentConnection()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"r.sqlite"_s));
        QVERIFY(db.ok());
        auto other = (*db)->reopen();
        QVERIFY2(other.ok(), qPrintable(other.error()));
        QVERIFY((*other)->connection().connectionName() != (*db)->connection().connectionName());
        QCOMPARE((*other)->location(), (*db)->location());
    }

    void locationComesFromFlagThenEnvironment()
    {
        qputenv("CLIENTDESK_DATABASE", "/tmp/from-env.sqlite");
        QCOMPARE(Database::resolveLocation(u"/tmp/flag.sqlite"_s), u"/tmp/flag.sqlite"_s);
        QCOMPARE(Database::resolveLocation(QString()), u"/tmp/from-env.sqlite"_s);
        qunsetenv("CLIENTDESK_DATABASE");
        QVERIFY(Database::resolveLocation(QString()).endsWith(u"clientdesk.sqlite"_s));
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
