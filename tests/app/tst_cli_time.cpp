// Time on the command line end to end, through the real binary (issue 26): `import time`
// (a good file with its defaults and values, each bad row refused with its sentence and
// nothing written, on SQLite and PostgreSQL), `export time` (round trip) and `clientdesk time`
// by account, contract, person and month, in table, CSV and JSON, with hand-computed values:
// a retainer's roll-over and overage, a USD contract converted by a rate, an entry before the
// first USD rate left out and named.
//
// The fixture (hand-computed below): accounts PT Ada and PT Bima (clients); users Ana Putri
// (default rate 500,000.00 IDR an hour) and Budi Santoso (400,000.00); contracts of PT Ada:
// R-1, a retainer of 600 minutes a month rolling over, overage 300,000.00 IDR an hour, and
// H-1, hourly at 120.00 USD; of PT Bima: F-1, a fixed fee with a budget of 1,200 minutes;
// 1 USD = 16,000 IDR from 2026-01-01.

#include "postgrestestsupport.h"
#include "processrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kGoodFile
    = "date,person,account,minutes,contract,service_request,description,billable,rate\n"
      "2026-01-05,Ana Putri,PT Ada,300,R-1,,Jan work,,\n"
      "2026-01-20,ana putri,PT Ada,200,R-1,,Jan more,,\n"
      "2026-02-03,Budi Santoso,PT Ada,400,R-1,,Feb work,,\n"
      "2026-02-10,Ana Putri,PT Ada,500,R-1,,Feb big,,\n"
      "2026-02-10,Ana Putri,PT Ada,90,H-1,,Hourly call,,\n"
      "2026-02-11,Budi Santoso,PT Ada,45,H-1,,Review,,125.50\n"
      "2026-02-12,Budi Santoso,PT Bima,600,F-1,,Project,,\n"
      "2026-02-13,Ana Putri,PT Bima,30,,,Pre-sales,yes,\n"
      "2025-12-30,Ana Putri,PT Ada,60,H-1,,Before the rates,,\n";

} // namespace

class tst_CliTime : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run clientdesk(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_DATA_HOME"_s, path(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.remove(u"LANG"_s);
        env.remove(u"LANGUAGE"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"CLIENTDESK_DATABASE"_s);
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(CLIENTDESK_BIN), arguments);
        return finishRun(process, 120000);
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

    /// The rows of a query on an SQLite file, each as "a|b|c"; statements run too.
    QStringList rows(const QString &file, const QString &sql)
    {
        QStringList result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql)) {
                    while (q.next()) {
                        QStringList fields;
                        for (int c = 0; c < q.record().count(); ++c)
                            fields.append(q.value(c).toString());
                        result.append(fields.join(u'|'));
                    }
                } else {
                    result.append(u"<error>"_s);
                }
            }
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        return result;
    }

    /// The fixture in `location` through the command line; what the command line cannot set
    /// (a person's rate, a retainer's hours, a budget) through `exec`.
    bool fixture(const QString &location, const std::function<bool(const QString &)> &exec)
    {
        const int n = ++m_files;
        const QString accounts
            = writeFile(u"accounts-%1.csv"_s.arg(n), "name,kind\nPT Ada,client\nPT Bima,client\n");
        const QString contracts = writeFile(
            u"contracts-%1.csv"_s.arg(n),
            "account,reference,billing_model,fee,currency,start,end,status,estimated_hours\n"
            "PT Ada,R-1,retainer,10000000,IDR,2026-01-01,2026-12-31,active,\n"
            "PT Ada,H-1,hourly,120,USD,2026-01-01,2026-12-31,active,40\n"
            "PT Bima,F-1,fixed,50000000,IDR,2026-01-01,2026-12-31,active,\n");
        const QString rates
            = writeFile(u"rates-%1.csv"_s.arg(n), "date,currency,rate\n2026-01-01,USD,16000\n");
        const QList<QStringList> steps {
            { u"import"_s, u"accounts"_s, accounts }, { u"user"_s, u"Ana Putri"_s },
            { u"user"_s, u"Budi Santoso"_s },         { u"import"_s, u"contracts"_s, contracts },
            { u"import"_s, u"rates"_s, rates },
        };
        for (const QStringList &step : steps) {
            const Run run = clientdesk(step + QStringList { u"--database"_s, location });
            if (run.exitCode != 0) {
                qWarning("%s: %s", qPrintable(step.join(u' ')), qPrintable(run.err));
                return false;
            }
        }
        return exec(u"UPDATE users SET rate_minor = 50000000 WHERE name = 'Ana Putri'"_s)
            && exec(u"UPDATE users SET rate_minor = 40000000 WHERE name = 'Budi Santoso'"_s)
            && exec(u"UPDATE contracts SET included_minutes = 600, rollover = 1, "
                    "overage_rate_minor = 30000000 WHERE reference = 'R-1'"_s)
            && exec(u"UPDATE contracts SET budget_minutes = 1200 WHERE reference = 'F-1'"_s);
    }

    QString fileFixture()
    {
        const QString db = path(u"time-%1.sqlite"_s.arg(m_files + 1));
        const bool ok = fixture(
            db, [this, db](const QString &sql) { return !rows(db, sql).contains(u"<error>"_s); });
        return ok ? db : QString();
    }

    /// The fixture with the good file imported and the hourly call of 2026-02-10 invoiced.
    QString loadedFixture()
    {
        const QString db = fileFixture();
        if (db.isEmpty())
            return {};
        const Run run = clientdesk(
            { u"import"_s, u"time"_s, writeFile(u"good.csv"_s, kGoodFile), u"--database"_s, db });
        if (run.exitCode != 0) {
            qWarning("%s", qPrintable(run.err));
            return {};
        }
        rows(db, u"UPDATE time_entries SET state = 'invoiced' WHERE description = 'Hourly call'"_s);
        return db;
    }

    QString timeCsv(const QString &db, const QStringList &options)
    {
        const Run run = clientdesk(QStringList { u"time"_s } + options
                                   + QStringList { u"--format"_s, u"csv"_s, u"--database"_s, db });
        return run.exitCode == 0 ? run.out : u"<exit %1> "_s.arg(run.exitCode) + run.err;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Each entry stored with its defaults: billable from the contract, the rate in force and
    // its currency, value and converted value.
    void importStoresDefaultsAndValues()
    {
        const QString db = fileFixture();
        QVERIFY(!db.isEmpty());
        const Run run = clientdesk(
            { u"import"_s, u"time"_s, writeFile(u"good.csv"_s, kGoodFile), u"--database"_s, db });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, u"Importing\n"_s); // the progress, stderr not being a terminal
        QVERIFY2(run.out.contains(u"new time entries       9"_s), qPrintable(run.out));
        const QStringList stored = rows(
            db,
            u"SELECT e.entry_date, u.name, a.name, e.minutes, coalesce(c.reference, '-'), "
            "e.billable, e.rate_minor, e.currency, e.value_minor, "
            "coalesce(e.converted_minor, 'null'), e.state, coalesce(e.start_time, '-') "
            "FROM time_entries e JOIN users u ON u.id = e.user_id JOIN accounts a ON "
            "a.id = e.account_id LEFT JOIN contracts c ON c.id = e.contract_id ORDER BY e.id"_s);
        const QStringList expected {
            // A retainer: not billable, at its overage rate (300,000.00 IDR an hour).
            u"2026-01-05|Ana Putri|PT Ada|300|R-1|0|30000000|IDR|150000000|150000000|open|-"_s,
            u"2026-01-20|Ana Putri|PT Ada|200|R-1|0|30000000|IDR|100000000|100000000|open|-"_s,
            u"2026-02-03|Budi Santoso|PT Ada|400|R-1|0|30000000|IDR|200000000|200000000|open|-"_s,
            u"2026-02-10|Ana Putri|PT Ada|500|R-1|0|30000000|IDR|250000000|250000000|open|-"_s,
            // Hourly in USD: billable at the fee; 180.00 USD × 16,000.
            u"2026-02-10|Ana Putri|PT Ada|90|H-1|1|12000|USD|18000|288000000|open|-"_s,
            // 45 × 125.50 ÷ 60 = 94.125 → 94.13 USD (half away from zero) × 16,000.
            u"2026-02-11|Budi Santoso|PT Ada|45|H-1|1|12550|USD|9413|150608000|open|-"_s,
            // A fixed fee: not billable, at the person's rate in the firm's currency.
            u"2026-02-12|Budi Santoso|PT Bima|600|F-1|0|40000000|IDR|400000000|400000000|open|-"_s,
            // No contract, billable as the file says, at the person's rate.
            u"2026-02-13|Ana Putri|PT Bima|30|-|1|50000000|IDR|25000000|25000000|open|-"_s,
            // Before the first USD rate: no converted value.
            u"2025-12-30|Ana Putri|PT Ada|60|H-1|1|12000|USD|12000|null|open|-"_s,
        };
        QCOMPARE(stored, expected);
        QCOMPARE(rows(db, u"SELECT details FROM audit_log WHERE entity = 'time_entry'"_s).size(),
                 1);
    }

    void importRefusesBadRows_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("problem");
        QTest::newRow("zero minutes")
            << QByteArray("2026-02-01,Ana Putri,PT Ada,0,,")
            << u"2: minutes: 0 minutes: an entry needs at least 1 minute"_s;
        QTest::newRow("negative minutes")
            << QByteArray("2026-02-01,Ana Putri,PT Ada,-30,,")
            << u"2: minutes: -30 minutes: an entry needs at least 1 minute"_s;
        QTest::newRow("minutes not whole")
            << QByteArray("2026-02-01,Ana Putri,PT Ada,1.5,,")
            << u"2: minutes: “1.5” is not a whole number of minutes"_s;
        QTest::newRow("more than a day")
            << QByteArray("2026-02-01,Ana Putri,PT Ada,1441,,")
            << u"2: minutes: 1441 minutes is more than the 24 hours (1440 minutes) of a day"_s;
        // 2026-02-10 holds 9:50 of Ana's already (loaded fixture).
        QTest::newRow("over 24 hours with what is stored")
            << QByteArray("2026-02-10,Ana Putri,PT Ada,851,,")
            << u"2: minutes: Ana Putri would log 24:01 on 2026-02-10 (9:50 stored already, 0:00 "
               "on earlier lines of the file); a person logs at most 24:00 a day"_s;
        QTest::newRow("future date")
            << QByteArray("2099-01-01,Ana Putri,PT Ada,30,,")
            << u"2: date: 2099-01-01 is in the future; time is logged on today or earlier."_s;
        QTest::newRow("unknown person")
            << QByteArray("2026-02-01,Nobody,PT Ada,30,,")
            << u"2: person: there is no user named “Nobody”; add them under Settings → Users "
               "first"_s;
        QTest::newRow("unknown account") << QByteArray("2026-02-01,Ana Putri,PT Nowhere,30,,")
                                         << u"2: account: there is no account named “PT Nowhere”"_s;
        QTest::newRow("unknown contract") << QByteArray("2026-02-01,Ana Putri,PT Ada,30,X-9,")
                                          << u"2: contract: there is no contract “X-9”"_s;
        QTest::newRow("contract of another account")
            << QByteArray("2026-02-01,Ana Putri,PT Ada,30,F-1,")
            << u"2: contract: the contract “F-1” belongs to another account, not to “PT Ada”"_s;
        QTest::newRow("rate with too many decimals")
            << QByteArray("2026-02-01,Ana Putri,PT Ada,30,H-1,12.345")
            << u"2: rate: The rate “12.345” has more decimals than USD has (2)."_s;
        QTest::newRow("negative rate")
            << QByteArray("2026-02-01,Ana Putri,PT Ada,30,,-5")
            << u"2: rate: The rate “-5” is negative; an hourly rate is zero or more."_s;
    }

    // Each bad row: its line, column and sentence on stderr, exit 1, nothing written.
    void importRefusesBadRows()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, problem);
        static QString db;
        if (db.isEmpty())
            db = loadedFixture();
        QVERIFY(!db.isEmpty());
        const QStringList before = rows(db, u"SELECT count(*), sum(minutes) FROM time_entries"_s);
        const QString file = writeFile(u"bad-%1.csv"_s.arg(++m_files),
                                       "date,person,account,minutes,contract,rate\n" + row + "\n");
        const Run run = clientdesk({ u"import"_s, u"time"_s, file, u"--database"_s, db });
        QCOMPARE(run.exitCode, 1);
        QStringList lines = run.err.trimmed().split(u'\n');
        lines.removeAll(u"Importing"_s); // the progress, stderr not being a terminal
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).contains(u"rows that cannot be imported (1):"_s), qPrintable(run.err));
        QCOMPARE(lines.at(1), u"  "_s + problem);
        QCOMPARE(lines.at(2), u"clientdesk: Nothing was imported."_s);
        QCOMPARE(rows(db, u"SELECT count(*), sum(minutes) FROM time_entries"_s), before);
    }

    // A good row and a bad one: nothing of the file is written; lines of the file count
    // toward the 24 hours of a day.
    void importIsAllOrNothing()
    {
        const QString db = fileFixture();
        QVERIFY(!db.isEmpty());
        const QString file = writeFile(u"mixed.csv"_s,
                                       "date,person,account,minutes\n"
                                       "2026-03-02,Ana Putri,PT Ada,800\n"
                                       "2026-03-02,Ana Putri,PT Bima,700\n");
        const Run run = clientdesk({ u"import"_s, u"time"_s, file, u"--database"_s, db });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"  3: minutes: Ana Putri would log 25:00 on 2026-03-02 (0:00 "
                                  "stored already, 13:20 on earlier lines of the file); a person "
                                  "logs at most 24:00 a day"_s),
                 qPrintable(run.err));
        QCOMPARE(rows(db, u"SELECT count(*) FROM time_entries"_s), QStringList { u"0"_s });
    }

    // The export has the import's columns; imported into a fresh fixture and exported again
    // it is the same file.
    void exportRoundTrips()
    {
        const QString db = loadedFixture();
        QVERIFY(!db.isEmpty());
        const QString first = path(u"export-1.csv"_s);
        const Run exported
            = clientdesk({ u"export"_s, u"time"_s, u"-o"_s, first, u"--database"_s, db });
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.out.trimmed(), u"Exported time to %1 (rows: 9)."_s.arg(first));
        QFile file(first);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(content.startsWith(
                     "date,person,account,minutes,contract,service_request,description,billable,"
                     "rate\r\n2026-01-05,Ana Putri,PT Ada,300,R-1,,Jan work,no,300000.00\r\n"),
                 content.constData());
        QVERIFY2(content.contains("2026-02-11,Budi Santoso,PT Ada,45,H-1,,Review,yes,125.50\r\n"),
                 content.constData());
        const QString other = fileFixture();
        QVERIFY(!other.isEmpty());
        const Run imported = clientdesk({ u"import"_s, u"time"_s, first, u"--database"_s, other });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString second = path(u"export-2.csv"_s);
        QCOMPARE(clientdesk({ u"export"_s, u"time"_s, u"-o"_s, second, u"--database"_s, other })
                     .exitCode,
                 0);
        QFile again(second);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), content);
        const QString stored = u"SELECT entry_date, user_id, minutes, billable, rate_minor, "
                               "currency, value_minor, converted_minor FROM time_entries "
                               "ORDER BY id"_s;
        QCOMPARE(rows(other, stored), rows(db, stored));
    }

    void timeByGroup_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("csv");
        const QString head
            = u"minutes,billable_minutes,billable_value,invoiced_value,uninvoiced_value"_s;
        // PT Ada: the hourly entries (2,880,000.00 + 1,506,080.00 IDR; the one of 2025-12-30
        // is not converted) and the retainer's overage of February: 600 included + 100
        // carried from January (600 − 500) against 900 used → 200 minutes at 300,000.00 an
        // hour = 1,000,000.00, on the month's last entry (Ana's 500 minutes of 02-10).
        QTest::newRow("account") << QStringList { u"--by"_s, u"account"_s }
                                 << u"account,"_s + head
                + u"\r\nPT Ada,1595,395,5386080.00,2880000.00,2506080.00"
                  "\r\nPT Bima,630,30,250000.00,0.00,250000.00\r\n"_s;
        QTest::newRow("contract, January and February")
            << QStringList { u"--by"_s,       u"contract"_s, u"--from"_s,
                             u"2026-01-01"_s, u"--to"_s,     u"2026-02-28"_s }
            << u"contract,"_s + head
                + u",included_minutes,used_minutes"
                  "\r\nF-1,600,0,0.00,0.00,0.00,1200,600"
                  "\r\nH-1,135,135,4386080.00,2880000.00,1506080.00,,"
                  "\r\nR-1,1400,200,1000000.00,0.00,1000000.00,1200,1400"
                  "\r\n,30,30,250000.00,0.00,250000.00,,\r\n"_s;
        QTest::newRow("contract, February")
            << QStringList { u"--by"_s,       u"contract"_s, u"--from"_s,
                             u"2026-02-01"_s, u"--to"_s,     u"2026-02-28"_s }
            << u"contract,"_s + head
                + u",included_minutes,used_minutes"
                  "\r\nF-1,600,0,0.00,0.00,0.00,1200,600"
                  "\r\nH-1,135,135,4386080.00,2880000.00,1506080.00,,"
                  "\r\nR-1,900,200,1000000.00,0.00,1000000.00,700,900"
                  "\r\n,30,30,250000.00,0.00,250000.00,,\r\n"_s;
        QTest::newRow("contract, January")
            << QStringList { u"--by"_s,       u"contract"_s, u"--from"_s,
                             u"2026-01-01"_s, u"--to"_s,     u"2026-01-31"_s }
            << u"contract,"_s + head
                + u",included_minutes,used_minutes"
                  "\r\nR-1,500,0,0.00,0.00,0.00,600,500\r\n"_s;
        QTest::newRow("person") << QStringList { u"--by"_s, u"person"_s }
                                << u"person,"_s + head
                + u"\r\nAna Putri,1180,380,4130000.00,2880000.00,1250000.00"
                  "\r\nBudi Santoso,1045,45,1506080.00,0.00,1506080.00\r\n"_s;
        QTest::newRow("month") << QStringList { u"--by"_s, u"month"_s }
                               << u"month,"_s + head
                + u"\r\n2025-12,60,60,0.00,0.00,0.00"
                  "\r\n2026-01,500,0,0.00,0.00,0.00"
                  "\r\n2026-02,1665,365,5636080.00,2880000.00,2756080.00\r\n"_s;
        QTest::newRow("month, February from the 10th")
            << QStringList { u"--by"_s, u"month"_s, u"--from"_s, u"2026-02-10"_s }
            << u"month,"_s + head + u"\r\n2026-02,1265,365,5636080.00,2880000.00,2756080.00\r\n"_s;
        QTest::newRow("month, February to the 9th: the overage is on the 10th")
            << QStringList { u"--by"_s,       u"month"_s, u"--from"_s,
                             u"2026-02-01"_s, u"--to"_s,  u"2026-02-09"_s }
            << u"month,"_s + head + u"\r\n2026-02,400,0,0.00,0.00,0.00\r\n"_s;
    }

    void timeByGroup()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, csv);
        static QString db;
        if (db.isEmpty())
            db = loadedFixture();
        QVERIFY(!db.isEmpty());
        QCOMPARE(timeCsv(db, options), csv);
    }

    // JSON: amounts as numbers with the currency's decimals, no contract as null; the entry
    // that did not convert named on stderr; the table says it under the figures.
    void timeFormats()
    {
        const QString db = loadedFixture();
        QVERIFY(!db.isEmpty());
        const Run json
            = clientdesk({ u"time"_s, u"--by"_s, u"contract"_s, u"--to"_s, u"2026-02-28"_s,
                           u"--format"_s, u"json"_s, u"--database"_s, db });
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.out.contains(
                     u"{\"contract\": \"H-1\", \"minutes\": 195, \"billable_minutes\": 195, "
                     "\"billable_value\": 4386080.00, \"invoiced_value\": 2880000.00, "
                     "\"uninvoiced_value\": 1506080.00, \"included_minutes\": null, "
                     "\"used_minutes\": null}"_s),
                 qPrintable(json.out));
        QVERIFY2(json.out.contains(u"{\"contract\": null, \"minutes\": 30,"_s),
                 qPrintable(json.out));
        const QJsonDocument parsed = QJsonDocument::fromJson(json.out.toUtf8());
        QVERIFY(parsed.isArray());
        QCOMPARE(parsed.array().size(), 4);
        QCOMPARE(parsed.array().at(2).toObject().value(u"included_minutes"_s).toInt(), 1200);
        QVERIFY2(json.err.contains(u"1 USD entry"_s) && json.err.contains(u"120.00"_s),
                 qPrintable(json.err));

        const Run table = clientdesk({ u"time"_s, u"--by"_s, u"contract"_s, u"--database"_s, db });
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.err, QString());
        QVERIFY2(table.out.startsWith(u"Time (values in IDR)\n"_s), qPrintable(table.out));
        QVERIFY2(table.out.contains(u"(no contract)"_s), qPrintable(table.out));
        QVERIFY2(table.out.contains(u"1 USD entry"_s), qPrintable(table.out));
    }

    void timeRefusesBadOptions()
    {
        const QString db = loadedFixture();
        QVERIFY(!db.isEmpty());
        const Run by = clientdesk({ u"time"_s, u"--by"_s, u"week"_s, u"--database"_s, db });
        QCOMPARE(by.exitCode, 2);
        QCOMPARE(by.err.trimmed(),
                 u"clientdesk: --by: week is not account, contract, person or month."_s);
        const Run range = clientdesk({ u"time"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s,
                                       u"2026-02-01"_s, u"--database"_s, db });
        QCOMPARE(range.exitCode, 2);
        QCOMPARE(range.err.trimmed(), u"clientdesk: --from 2026-03-01 is after --to 2026-02-01."_s);
    }

    // The same file and the same refusals on a server.
    void importOnPostgresql()
    {
        if (ScratchPostgres::serverUrl().isEmpty())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        ScratchPostgres scratch;
        QVERIFY2(scratch.ok(), qPrintable(scratch.error()));
        QVERIFY(
            fixture(scratch.url(), [&scratch](const QString &sql) { return scratch.exec(sql); }));
        const Run run = clientdesk({ u"import"_s, u"time"_s, writeFile(u"pg-good.csv"_s, kGoodFile),
                                     u"--database"_s, scratch.url() });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(scratch.exec(
            u"UPDATE time_entries SET state = 'invoiced' WHERE description = 'Hourly call'"_s));
        const QString file = loadedFixture();
        QVERIFY(!file.isEmpty());
        for (const QString &by : { u"account"_s, u"contract"_s, u"person"_s, u"month"_s }) {
            const QStringList options { u"--by"_s, by, u"--to"_s, u"2026-02-28"_s };
            QCOMPARE(timeCsv(scratch.url(), options), timeCsv(file, options));
        }
        const Run bad = clientdesk(
            { u"import"_s, u"time"_s,
              writeFile(u"pg-bad.csv"_s,
                        "date,person,account,minutes,contract\n"
                        "2026-02-01,Ana Putri,PT Ada,30,\n2026-02-01,Ana Putri,PT Ada,30,F-1\n"),
              u"--database"_s, scratch.url() });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(u"  3: contract: the contract “F-1” belongs to another account, "
                                  "not to “PT Ada”"_s),
                 qPrintable(bad.err));
        const Run exported = clientdesk({ u"export"_s, u"time"_s, u"-o"_s, path(u"pg-export.csv"_s),
                                          u"--database"_s, scratch.url() });
        QCOMPARE(exported.out.trimmed(),
                 u"Exported time to %1 (rows: 9)."_s.arg(path(u"pg-export.csv"_s)));
    }
};

QTEST_GUILESS_MAIN(tst_CliTime)
#include "tst_cli_time.moc"
