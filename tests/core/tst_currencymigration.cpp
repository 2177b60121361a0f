// Version 8 on a database written by version 7: amounts in the firm's currency convert to
// themselves, the others wait for rates, and the rollups hold both sums from the start.
#include "postgrestestsupport.h"
#include "storage/database.h"
#include "storage/integritycheck.h"
#include "storage/migrator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using cd::Migrator;

namespace {

/// The migrations of this build up to `version`, copied out of the resources into `dir`.
bool copyMigrations(const QString &dir, int version)
{
    QDirIterator it(u":/sql"_s);
    int copied = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QFileInfo(path).fileName();
        if (name.left(4).toInt() > version)
            continue;
        QFile::remove(dir + u'/' + name);
        if (!QFile::copy(path, dir + u'/' + name))
            return false;
        ++copied;
    }
    return copied > 0;
}

/// What version 7 held: a firm in IDR, one client with entries in IDR and USD over two
/// months, and a customer with one IDR entry.
const char *const kVersion7Rows[] = {
    "INSERT INTO settings (key, value) VALUES ('currency', 'idr')",
    "INSERT INTO accounts (id, kind, name, created_at, updated_at) VALUES "
    "(1, 'client', 'Bunga Consulting', '2024-01-01T09:00:00', '2024-01-01T09:00:00'), "
    "(2, 'customer', 'Toko Melati', '2024-01-01T09:00:00', '2024-01-01T09:00:00')",
    "INSERT INTO revenue_entries (account_id, entry_date, amount_minor, currency, account_kind, "
    "created_at) VALUES "
    "(1, '2024-03-05', 150000000, 'IDR', 'client', '2024-03-05T09:00:00'), "
    "(1, '2024-03-20', 120000, 'USD', 'client', '2024-03-20T09:00:00'), "
    "(1, '2024-04-02', 50000, 'USD', 'client', '2024-04-02T09:00:00'), "
    "(2, '2024-03-07', 2500000, 'IDR', 'customer', '2024-03-07T09:00:00')",
};

struct Rollup
{
    QString month, currency;
    qint64 amount, converted, unconvertedAmount, unconverted, entries;
    friend bool operator==(const Rollup &, const Rollup &) = default;
};

QList<Rollup> totals(const QSqlDatabase &db)
{
    QList<Rollup> rows;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT month, currency, sum(amount_minor), sum(converted_minor), "
                "sum(unconverted_minor), sum(unconverted), sum(entries) FROM revenue_totals "
                "GROUP BY 1, 2 ORDER BY 1, 2"_s))
        return rows;
    while (q.next()) {
        rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                      q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                      q.value(6).toLongLong() });
    }
    return rows;
}

} // namespace

class tst_CurrencyMigration final : public QObject
{
    Q_OBJECT

private:
    void upgrade(const QSqlDatabase &db, cd::Dialect dialect)
    {
        QTemporaryDir dir;
        QVERIFY(copyMigrations(dir.path(), 7));
        const cd::Status seven = Migrator::migrate(db, dialect, 0, dir.path());
        QVERIFY2(seven.ok(), qPrintable(seven.error()));
        QSqlQuery q(db);
        for (const char *sql : kVersion7Rows)
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);

        QVERIFY(copyMigrations(dir.path(), 8));
        const cd::Status eight = Migrator::migrate(db, dialect, 7, dir.path());
        QVERIFY2(eight.ok(), qPrintable(eight.error()));

        QVERIFY(q.exec(u"SELECT entry_date, currency, converted_minor FROM revenue_entries "
                       "ORDER BY entry_date"_s));
        QStringList entries;
        while (q.next()) {
            entries.append(q.value(0).toString() + u' ' + q.value(1).toString() + u' '
                           + (q.value(2).isNull() ? u"-"_s : q.value(2).toString()));
        }
        QCOMPARE(entries,
                 QStringList({ u"2024-03-05 IDR 150000000"_s, u"2024-03-07 IDR 2500000"_s,
                               u"2024-03-20 USD -"_s, u"2024-04-02 USD -"_s }));
        const QList<Rollup> expected {
            { u"2024-03"_s, u"IDR"_s, 152500000, 152500000, 0, 0, 2 },
            { u"2024-03"_s, u"USD"_s, 120000, 0, 120000, 1, 1 },
            { u"2024-04"_s, u"USD"_s, 50000, 0, 50000, 1, 1 },
        };
        QCOMPARE(totals(db), expected);

        // The triggers of version 8 keep the new sums: a USD entry converted (as
        // CurrencyService does when a rate arrives) moves from the unconverted sums.
        QVERIFY(q.exec(u"UPDATE revenue_entries SET converted_minor = 1949460000 "
                       "WHERE entry_date = '2024-03-20'"_s));
        QVERIFY(q.exec(u"DELETE FROM revenue_entries WHERE entry_date = '2024-04-02'"_s));
        const QList<Rollup> after {
            { u"2024-03"_s, u"IDR"_s, 152500000, 152500000, 0, 0, 2 },
            { u"2024-03"_s, u"USD"_s, 120000, 1949460000, 0, 0, 1 },
        };
        QCOMPARE(totals(db), after);
        QVERIFY(q.exec(u"INSERT INTO exchange_rates (currency, rate_date, rate_e10) VALUES "
                       "('USD', '2024-03-01', 162455000000000)"_s));
        // A rate is positive and has at most ten decimals' worth of integer.
        QVERIFY(!q.exec(u"INSERT INTO exchange_rates (currency, rate_date, rate_e10) VALUES "
                        "('SGD', '2024-03-01', 0)"_s));
        QVERIFY(!q.exec(u"INSERT INTO exchange_rates (currency, rate_date, rate_e10) VALUES "
                        "('USD', '2024-03-01', 1)"_s)); // one rate a currency and day
    }

private slots:
    void sqliteFileIsUpgraded()
    {
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"upgrade"_s);
            db.setDatabaseName(dir.filePath(u"v7.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"PRAGMA foreign_keys = ON"_s);
            upgrade(db, cd::Dialect::SQLite);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"upgrade"_s);
        // ClientDesk opens the upgraded file and finds its rules kept: the stored converted
        // amount of the USD entry is what the rate gives (1,200.00 × 16,245.50).
        auto opened = cd::Database::open(dir.filePath(u"v7.sqlite"_s));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const auto findings = cd::IntegrityCheck(**opened).run();
        QVERIFY2(findings.ok(), qPrintable(findings.error()));
        QVERIFY2(findings->isEmpty(), qPrintable(findings->join(u'\n')));
    }

    void postgresqlDatabaseIsUpgraded()
    {
        ScratchPostgres scratch;
        if (ScratchPostgres::serverUrl().isEmpty())
            QSKIP("CLIENTDESK_TEST_POSTGRES is not set");
        QVERIFY2(scratch.ok(), qPrintable(scratch.error()));
        const QUrl url(scratch.url());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"upgrade-pg"_s);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setDatabaseName(url.path().mid(1));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            QVERIFY(db.open());
            upgrade(db, cd::Dialect::PostgreSQL);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"upgrade-pg"_s);
    }
};

QTEST_GUILESS_MAIN(tst_CurrencyMigration)
#include "tst_currencymigration.moc"
