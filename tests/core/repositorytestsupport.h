#pragma once

#include "postgrestestsupport.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <memory>
#include <utility>

// Helpers shared by the repository tests: a fresh database per test function and raw SQL for
// setting up rows and counting what was written, independent of the code under test. The
// database is an SQLite file, or with CLIENTDESK_TEST_BACKEND=postgresql an empty database of
// its own on the PostgreSQL server of $CLIENTDESK_TEST_POSTGRES (the *_postgresql tests).
namespace testsupport {

using namespace Qt::StringLiterals;

class TestDatabase
{
public:
    static bool onPostgres() { return qgetenv("CLIENTDESK_TEST_BACKEND") == "postgresql"; }

    bool open()
    {
        if (!m_dir.isValid())
            return false;
        QString location = m_dir.filePath(u"test-%1.sqlite"_s.arg(++m_serial));
        if (onPostgres()) {
            if (ScratchPostgres::serverUrl().isEmpty()) {
                // CTest counts a test that prints this as skipped.
                qWarning("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
                return false;
            }
            m_db.reset();
            m_scratch = std::make_unique<ScratchPostgres>();
            if (!m_scratch->ok()) {
                qWarning("%s", qPrintable(m_scratch->error()));
                return false;
            }
            location = m_scratch->url();
        }
        auto db = cd::Database::open(location);
        if (!db) {
            qWarning("%s", qPrintable(db.error()));
            return false;
        }
        m_db = std::move(db).value();
        return true;
    }
    void close()
    {
        m_db.reset();
        m_scratch.reset();
    }
    cd::Database &db() { return *m_db; }

    /// Runs a fixed SQL statement with bound values; fails the test on error.
    bool exec(const QString &sql, const QVariantMap &values = {})
    {
        QSqlQuery query(m_db->connection());
        // PostgreSQL prepares only queries and row changes: other statements run directly.
        const bool done = values.isEmpty() ? query.exec(sql) : [&] {
            query.prepare(sql);
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                query.bindValue(u":"_s + it.key(), it.value());
            return query.exec();
        }();
        if (!done) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }

    /// The first column of the first row of a fixed query, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantMap &values = {})
    {
        QSqlQuery query(m_db->connection());
        query.prepare(sql);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            query.bindValue(u":"_s + it.key(), it.value());
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }

    /// Every value of the first column of a fixed query, in order.
    QStringList column(const QString &sql)
    {
        QStringList values;
        QSqlQuery query(m_db->connection());
        if (query.exec(sql)) {
            while (query.next())
                values.append(query.value(0).toString());
        } else {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        }
        return values;
    }

    /// Makes every insert into `table` whose new row meets `condition` (SQL over NEW) fail
    /// with `message`, as a full disk or a broken constraint would: a trigger in each dialect.
    bool refuseInserts(const QString &table, const QString &condition, const QString &message)
    {
        if (!onPostgres())
            return exec(u"CREATE TRIGGER refuse_%1 BEFORE INSERT ON %1 WHEN %2 BEGIN SELECT "
                        "RAISE(ABORT, '%3'); END"_s.arg(table, condition, message));
        return exec(u"CREATE FUNCTION refuse_%1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    "IF %2 THEN RAISE EXCEPTION '%3'; END IF; RETURN NEW; END $$"_s.arg(
                        table, condition, message))
            && exec(u"CREATE TRIGGER refuse_%1 BEFORE INSERT ON %1 FOR EACH ROW EXECUTE "
                    "FUNCTION refuse_%1()"_s.arg(table));
    }

    /// Runs `sql` behind the foreign keys, as a hand edit or a buggy program would.
    bool withoutForeignKeys(const QString &sql)
    {
        if (onPostgres()) // the server's own foreign key triggers, off for this session
            return exec(u"SET session_replication_role = replica"_s) && exec(sql)
                && exec(u"SET session_replication_role = DEFAULT"_s);
        return exec(u"PRAGMA foreign_keys = OFF"_s) && exec(sql)
            && exec(u"PRAGMA foreign_keys = ON"_s);
    }

    qint64 count(const QString &table)
    {
        // Table names are fixed strings in the tests.
        return scalar(u"SELECT count(*) FROM "_s + table).toLongLong();
    }

    qint64 rawAccount(const QString &name, const QString &kind = u"customer"_s)
    {
        exec(u"INSERT INTO accounts (kind, name, created_at, updated_at) VALUES (:kind, :name, "
             "'2024-01-01T00:00:00', '2024-01-01T00:00:00')"_s,
             { { u"kind"_s, kind }, { u"name"_s, name } });
        return scalar(u"SELECT max(id) FROM accounts"_s).toLongLong();
    }

    qint64 rawUser(const QString &name)
    {
        exec(u"INSERT INTO users (name, created_at) VALUES (:name, '2024-01-01T00:00:00')"_s,
             { { u"name"_s, name } });
        return scalar(u"SELECT max(id) FROM users"_s).toLongLong();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScratchPostgres> m_scratch; ///< declared before m_db: dropped after it
    std::unique_ptr<cd::Database> m_db;
    int m_serial = 0;
};

} // namespace testsupport
