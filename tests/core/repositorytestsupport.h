#pragma once

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <memory>
#include <utility>

// Helpers shared by the repository tests: a fresh database file per test function and raw
// SQL for setting up rows and counting what was written, independent of the code under test.
namespace testsupport {

using namespace Qt::StringLiterals;

class TestDatabase
{
public:
    bool open()
    {
        if (!m_dir.isValid())
            return false;
        auto db = cd::Database::open(m_dir.filePath(u"test-%1.sqlite"_s.arg(++m_serial)));
        if (!db) {
            qWarning("%s", qPrintable(db.error()));
            return false;
        }
        m_db = std::move(db).value();
        return true;
    }
    void close() { m_db.reset(); }
    cd::Database &db() { return *m_db; }

    /// Runs a fixed SQL statement with bound values; fails the test on error.
    bool exec(const QString &sql, const QVariantMap &values = {})
    {
        QSqlQuery query(m_db->connection());
        query.prepare(sql);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            query.bindValue(u":"_s + it.key(), it.value());
        if (!query.exec()) {
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
    std::unique_ptr<cd::Database> m_db;
    int m_serial = 0;
};

} // namespace testsupport
