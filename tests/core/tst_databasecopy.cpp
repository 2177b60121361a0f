// DatabaseCopy: an SQLite database into an empty PostgreSQL one, all or nothing.
// Needs the throwaway server of scripts/test ($CLIENTDESK_TEST_POSTGRES); skipped without.

#include "repositorytestsupport.h"
#include "sample/samplegenerator.h"
#include "storage/databasecopy.h"

#include <QRegularExpression>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;
using cd::Database;
using cd::DatabaseCopy;
using testsupport::TestDatabase;

class tst_DatabaseCopy : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_source; // an SQLite file (this suite has no *_postgresql variant)
    std::unique_ptr<ScratchPostgres> m_scratch;
    std::unique_ptr<Database> m_target;

    // The copied tables as the source lists them (the schema bookkeeping aside).
    QStringList tables()
    {
        QStringList names = m_source.column(
            u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name <> 'cd_meta' ORDER BY name"_s);
        return names;
    }

    // Every row of a table as text, sorted, so both sides compare whatever their order.
    static QStringList rows(const QSqlDatabase &db, const QString &table)
    {
        QStringList lines;
        QSqlQuery q(db);
        q.setNumericalPrecisionPolicy(QSql::HighPrecision); // the server's numeric rollups
        if (!q.exec(u"SELECT * FROM "_s + table)) // names from sqlite_master
            return { q.lastError().text() };
        while (q.next()) {
            QStringList fields;
            for (int c = 0; c < q.record().count(); ++c) {
                const QVariant v = q.value(c);
                fields.append(q.record().fieldName(c) + u'='
                              + (v.isNull() ? u"NULL"_s
                                     : v.typeId() == QMetaType::Bool
                                     ? QString::number(v.toBool() ? 1 : 0)
                                     : v.toString()));
            }
            std::sort(fields.begin(), fields.end());
            lines.append(fields.join(u'|'));
        }
        std::sort(lines.begin(), lines.end());
        return lines;
    }

    qint64 targetCount(const QString &table)
    {
        QSqlQuery q(m_target->connection());
        if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    void fillSource()
    {
        cd::SampleOptions options;
        options.accounts = 60;
        options.revenueEntries = 2500;
        options.seed = 11;
        QVERIFY(cd::SampleGenerator(options).generate(m_source.db()).ok());
        // References the copy cannot write in order: an account referred by a later one
        // (and one referring to itself would be the same case).
        QVERIFY(m_source.exec(u"UPDATE accounts SET referred_by_id = (SELECT max(id) FROM "
                              "accounts) WHERE id = (SELECT min(id) FROM accounts)"_s));
        // Time (issue 26): a retainer's hours, a person's rate, an open and an invoiced entry
        // (locked on the server too, yet copied as it is) and a running timer.
        QVERIFY(m_source.exec(u"UPDATE contracts SET included_minutes = 600, rollover = 1, "
                              "overage_rate_minor = 25000 WHERE id = (SELECT min(id) FROM "
                              "contracts WHERE billing_model = 'retainer')"_s));
        QVERIFY(m_source.exec(u"UPDATE users SET rate_minor = 50000000, capacity_minutes = 2100 "
                              "WHERE id = (SELECT min(id) FROM users)"_s));
        QVERIFY(m_source.exec(
            u"INSERT INTO time_entries (entry_date, user_id, account_id, start_time, end_time, "
            "minutes, description, billable, rate_minor, currency, value_minor, converted_minor, "
            "state, invoice_id, created_at, updated_at) SELECT '2026-03-02', min(u.id), "
            "min(a.id), '09:00', '10:30', 90, 'Workshop', 1, 50000000, 'IDR', 75000000, "
            "75000000, s.state, s.invoice, '2026-03-02T10:30:00', '2026-03-02T10:30:00' "
            "FROM users u, accounts a, (SELECT 'open' AS state, NULL AS invoice UNION ALL "
            "SELECT 'invoiced', 12) s GROUP BY s.state, s.invoice"_s));
        QVERIFY(m_source.exec(u"INSERT INTO running_timers (user_id, started_at, account_id) "
                              "SELECT min(u.id), '2026-03-02T11:00:00', min(a.id) FROM users u, "
                              "accounts a"_s));
        // A change a user made in the file, in their name.
        QVERIFY(m_source.exec(u"INSERT INTO audit_log (at, user_name, entity, entity_id, action) "
                              "SELECT '2026-06-30T10:00:00', name, 'account', 1, 'update' FROM "
                              "users ORDER BY id LIMIT 1"_s));
    }

private slots:
    void init()
    {
        if (ScratchPostgres::serverUrl().isEmpty())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        QVERIFY(m_source.open());
        m_scratch = std::make_unique<ScratchPostgres>();
        QVERIFY2(m_scratch->ok(), qPrintable(m_scratch->error()));
        auto target = Database::open(m_scratch->url());
        QVERIFY2(target.ok(), qPrintable(target.error()));
        m_target = std::move(target).value();
    }
    void cleanup()
    {
        m_target.reset();
        m_scratch.reset();
        m_source.close();
    }

    void everyRowArrivesAsItWas()
    {
        fillSource();
        // A table a later migration might add, on both sides, with a boolean on the server.
        QVERIFY(m_source.exec(u"CREATE TABLE extra_notes (id INTEGER PRIMARY KEY, account_id "
                              "BIGINT REFERENCES accounts (id), note TEXT, flag INTEGER)"_s));
        QVERIFY(m_source.exec(u"INSERT INTO extra_notes (id, account_id, note, flag) VALUES "
                              "(7, 1, 'it''s \"quoted\" ?', 1), (9, 2, NULL, 0)"_s));
        QSqlQuery q(m_target->connection());
        QVERIFY(q.exec(u"CREATE TABLE extra_notes (id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                       "PRIMARY KEY, account_id BIGINT REFERENCES accounts (id), note TEXT, "
                       "flag BOOLEAN)"_s));

        DatabaseCopy copy(m_source.db(), *m_target);
        copy.setBatchRows(37); // several statements per table, and a short last one
        int lastPercent = -1;
        const auto report = copy.run([&](int percent, const QString &) {
            QVERIFY(percent >= lastPercent);
            lastPercent = percent;
        });
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(lastPercent, 100);

        const QStringList names = tables();
        QVERIFY(names.contains(u"revenue_monthly"_s) && names.contains(u"extra_notes"_s));
        QCOMPARE(report->tables.size(), names.size());
        qint64 revenueRows = 0;
        for (const auto &table : report->tables) {
            QVERIFY(names.contains(table.name));
            if (table.name == u"revenue_entries"_s)
                revenueRows = table.rows;
            if (table.name == u"audit_log"_s) {
                // As it was, but that the server knows the users by id (checked below).
                static const QRegularExpression userId(u"\\|user_id=[^|]*"_s);
                QStringList copied = rows(m_target->connection(), table.name);
                QStringList source = rows(m_source.db().connection(), table.name);
                copied.replaceInStrings(userId, QString());
                source.replaceInStrings(userId, QString());
                QCOMPARE(copied, source);
                continue;
            }
            QCOMPARE(rows(m_target->connection(), table.name),
                     rows(m_source.db().connection(), table.name));
        }
        // The sample's 2,500 entries, give or take the invoices' lines (the contracts' revenue).
        QCOMPARE(revenueRows,
                 m_source.scalar(u"SELECT count(*) FROM revenue_entries"_s).toLongLong());
        QVERIFY(revenueRows > 2400);
        QCOMPARE(targetCount(u"time_entries"_s),
                 m_source.scalar(u"SELECT count(*) FROM time_entries"_s).toLongLong());
        QCOMPARE(targetCount(u"running_timers"_s), 1);
        const auto total
            = std::find_if(report->totals.cbegin(), report->totals.cend(), [](const auto &t) {
                  return t.table == u"revenue_entries"_s && t.column == u"amount_minor"_s;
              });
        QVERIFY(total != report->totals.cend());
        QCOMPARE(total->amountMinor,
                 m_source
                     .scalar(u"SELECT sum(amount_minor) FROM revenue_entries WHERE "
                             "currency = :c"_s,
                             { { u"c"_s, total->currency } })
                     .toLongLong());

        // The rollup triggers are back on, and new rows get ids after the copied ones.
        const qint64 maxId = m_source.scalar(u"SELECT max(id) FROM revenue_entries"_s).toLongLong();
        QVERIFY(q.exec(u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, "
                       "currency, account_kind, created_at) SELECT id, '2030-01-15', 12345, "
                       "'EUR', kind, '2030-01-15T00:00:00' FROM accounts ORDER BY id LIMIT 1 "
                       "RETURNING id"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), maxId + 1);
        QVERIFY(q.exec(u"SELECT sum(amount_minor) FROM revenue_totals WHERE month = '2030-01'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 12345);

        // The file's audit entries by a user's name are that user's on the server, by id.
        QVERIFY(q.exec(u"SELECT count(*), count(a.user_id) FROM audit_log a JOIN users u ON "
                       "u.name = a.user_name"_s));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toLongLong() > 0);
        QCOMPARE(q.value(1).toLongLong(), q.value(0).toLongLong());
    }

    void aFailureHalfwayLeavesTheServerEmpty()
    {
        fillSource();
        // The server refuses one revenue entry in the middle, as a full disk would.
        const qint64 id = m_source
                              .scalar(u"SELECT id FROM revenue_entries ORDER BY id "
                                      "LIMIT 1 OFFSET 1200"_s)
                              .toLongLong();
        QSqlQuery q(m_target->connection());
        QVERIFY(q.exec(
            u"ALTER TABLE revenue_entries ADD CONSTRAINT refuse_one CHECK (id <> %1)"_s.arg(id)));
        DatabaseCopy copy(m_source.db(), *m_target);
        copy.setBatchRows(100);
        const auto report = copy.run();
        QVERIFY(!report.ok());
        QVERIFY2(report.error().contains(u"revenue_entries"_s), qPrintable(report.error()));
        QVERIFY2(report.error().contains(u"nothing was written"_s), qPrintable(report.error()));
        for (const QString &table : tables())
            QCOMPARE(targetCount(table), 0);
        // The triggers are on again (the rollback took their switch back too).
        QVERIFY(q.exec(u"SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND "
                       "tgenabled = 'D'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        // Without the obstacle, the same copy goes through.
        QVERIFY(q.exec(u"ALTER TABLE revenue_entries DROP CONSTRAINT refuse_one"_s));
        const auto again = copy.run();
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(targetCount(u"revenue_entries"_s),
                 m_source.scalar(u"SELECT count(*) FROM revenue_entries"_s).toLongLong());
    }

    void cancelLeavesTheServerEmpty()
    {
        fillSource();
        DatabaseCopy copy(m_source.db(), *m_target);
        copy.setBatchRows(50);
        std::atomic_bool cancel = false;
        const auto report = copy.run(
            [&](int percent, const QString &) {
                if (percent >= 30)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().contains(u"cancelled"_s), qPrintable(report.error()));
        for (const QString &table : tables())
            QCOMPARE(targetCount(table), 0);
    }

    void aTargetWithDataIsRefusedUntouched()
    {
        fillSource();
        QSqlQuery q(m_target->connection());
        QVERIFY(q.exec(u"INSERT INTO settings (key, value) VALUES ('firm_name', 'Other')"_s));
        const auto report = DatabaseCopy(m_source.db(), *m_target).run();
        QVERIFY(!report.ok());
        QVERIFY2(report.error().contains(u"already holds ClientDesk data"_s),
                 qPrintable(report.error()));
        QCOMPARE(targetCount(u"settings"_s), 1);
        QCOMPARE(targetCount(u"accounts"_s), 0);
    }
};

QTEST_GUILESS_MAIN(tst_DatabaseCopy)
#include "tst_databasecopy.moc"
