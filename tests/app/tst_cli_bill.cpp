// `clientdesk bill` end to end through the real binary (issue 27): the dry run's JSON exactly
// (one object per invoice, its lines with source, amount, contract and description), nothing
// written by a dry run; drafts created, a second run proposing nothing; --issue numbering and
// booking them; CSV a row per line; bad input refused with one sentence and nothing written.
//
// The fixture (firm currency IDR, 11 % tax on prices without tax, 30 days to pay): PT Ada with
// H-1, hourly at 250,000.00 IDR, and R-1, a retainer of 3,100,000.00 IDR a month from
// 2026-03-10 (22 of 31 days in March: 2,200,000.00); PT Bima with F-1, a fixed fee whose
// Deposit of 30,000,000.00 is due 2026-03-15; Ana Putri logged 90 minutes on H-1 on
// 2026-03-02 (375,000.00).

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

using namespace Qt::StringLiterals;

namespace {

const QString kDryRunJson = uR"json([
  {"client": "PT Ada", "contract": "H-1", "currency": "IDR", "date": "2026-03-31", "due": "2026-04-30", "lines": [
    {"source": "hours", "amount": 375000.00, "contract": "H-1", "description": "Hours of Ana Putri, 2026-03-02"}
  ], "net": 375000.00, "tax": 41250.00, "total": 416250.00},
  {"client": "PT Ada", "contract": "R-1", "currency": "IDR", "date": "2026-03-31", "due": "2026-04-30", "lines": [
    {"source": "retainer", "amount": 2200000.00, "contract": "R-1", "description": "Retainer March 2026 (22 of 31 days, 2026-03-10 to 2026-03-31)"}
  ], "net": 2200000.00, "tax": 242000.00, "total": 2442000.00},
  {"client": "PT Bima", "contract": "F-1", "currency": "IDR", "date": "2026-03-31", "due": "2026-04-30", "lines": [
    {"source": "instalment", "amount": 30000000.00, "contract": "F-1", "description": "Deposit"}
  ], "net": 30000000.00, "tax": 3300000.00, "total": 33300000.00}
]
)json"_s;

} // namespace

class tst_CliBill : public QObject
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

    /// A new database file with the fixture, through the command line and SQL.
    QString fixture()
    {
        const int n = ++m_files;
        const QString db = path(u"bill-%1.sqlite"_s.arg(n));
        const QString accounts
            = writeFile(u"accounts-%1.csv"_s.arg(n), "name,kind\nPT Ada,client\nPT Bima,client\n");
        const QString contracts = writeFile(
            u"contracts-%1.csv"_s.arg(n),
            "account,reference,billing_model,fee,currency,start,end,status,estimated_hours\n"
            "PT Ada,H-1,hourly,250000,IDR,2026-01-01,2026-12-31,active,40\n"
            "PT Ada,R-1,retainer,3100000,IDR,2026-03-10,2026-12-31,active,\n"
            "PT Bima,F-1,fixed,90000000,IDR,2026-01-01,2026-12-31,active,\n");
        const QString time
            = writeFile(u"time-%1.csv"_s.arg(n),
                        "date,person,account,minutes,contract,service_request,description,"
                        "billable,rate\n2026-03-02,Ana Putri,PT Ada,90,H-1,,Workshop,,\n");
        const QList<QStringList> steps {
            { u"import"_s, u"accounts"_s, accounts },
            { u"user"_s, u"Ana Putri"_s },
            { u"import"_s, u"contracts"_s, contracts },
            { u"import"_s, u"time"_s, time },
        };
        for (const QStringList &step : steps) {
            const Run run = clientdesk(step + QStringList { u"--database"_s, db });
            if (run.exitCode != 0) {
                qWarning("%s: %s", qPrintable(step.join(u' ')), qPrintable(run.err));
                return {};
            }
        }
        if (rows(db,
                 u"INSERT INTO contract_instalments (contract_id, description, due_date, "
                 "amount_minor) SELECT id, 'Deposit', '2026-03-15', 3000000000 FROM contracts "
                 "WHERE reference = 'F-1'"_s)
                .contains(u"<error>"_s))
            return {};
        return db;
    }

    QString count(const QString &db, const QString &table)
    {
        return rows(db, u"SELECT count(*) FROM "_s + table).value(0);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void dryRunWritesTheProposalsAsJson()
    {
        const QString db = fixture();
        QVERIFY(!db.isEmpty());
        const Run run = clientdesk({ u"bill"_s, u"--period"_s, u"2026-03"_s, u"--dry-run"_s,
                                     u"--format"_s, u"json"_s, u"--database"_s, db });
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.split(u'\n'), kDryRunJson.split(u'\n')); // a line at a time
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.array().size(), 3);
        QCOMPARE(doc.array().at(1)[u"lines"_s].toArray().at(0)[u"amount"_s].toDouble(), 2200000.0);
        // Nothing written.
        QCOMPARE(count(db, u"invoices"_s), u"0"_s);
        QCOMPARE(count(db, u"invoice_lines"_s), u"0"_s);

        // The table: a title and a row per line.
        const Run table = clientdesk(
            { u"bill"_s, u"--period"_s, u"2026-03"_s, u"--dry-run"_s, u"--database"_s, db });
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.startsWith(
                     u"Billing 2026-03 (dry run): 3 draft(s) dated 2026-03-31, hours up to "
                     "2026-03-31\n"_s),
                 qPrintable(table.out));
        QVERIFY(table.out.contains(u"Retainer March 2026 (22 of 31 days"_s));
    }

    void createsDraftsOnceOnly()
    {
        const QString db = fixture();
        QVERIFY(!db.isEmpty());
        const Run run = clientdesk({ u"bill"_s, u"--period"_s, u"2026-03"_s, u"--format"_s,
                                     u"csv"_s, u"--database"_s, db });
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        const QStringList ids = rows(db, u"SELECT id FROM invoices ORDER BY id"_s);
        QCOMPARE(ids.size(), 3);
        QCOMPARE(
            run.out,
            u"invoice,client,contract,currency,date,due,source,description,amount\r\n"
            "draft %1,PT Ada,H-1,IDR,2026-03-31,2026-04-30,hours,"
            "\"Hours of Ana Putri, 2026-03-02\",375000.00\r\n"
            "draft %2,PT Ada,R-1,IDR,2026-03-31,2026-04-30,retainer,"
            "\"Retainer March 2026 (22 of 31 days, 2026-03-10 to 2026-03-31)\",2200000.00\r\n"
            "draft %3,PT Bima,F-1,IDR,2026-03-31,2026-04-30,instalment,Deposit,30000000.00\r\n"_s
                .arg(ids.at(0), ids.at(1), ids.at(2)));
        QCOMPARE(
            rows(db,
                 u"SELECT state, period, invoice_date, due_date, net_minor, tax_minor, "
                 "total_minor FROM invoices ORDER BY id"_s),
            QStringList({ u"draft|2026-03|2026-03-31|2026-04-30|37500000|4125000|41625000"_s,
                          u"draft|2026-03|2026-03-31|2026-04-30|220000000|24200000|244200000"_s,
                          u"draft|2026-03|2026-03-31|2026-04-30|3000000000|330000000|"
                          "3330000000"_s }));
        QCOMPARE(count(db, u"invoice_line_time"_s), u"1"_s);

        // Again: nothing new.
        const Run again = clientdesk({ u"bill"_s, u"--period"_s, u"2026-03"_s, u"--dry-run"_s,
                                       u"--format"_s, u"json"_s, u"--database"_s, db });
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, u"[]\n"_s);
        const Run table
            = clientdesk({ u"bill"_s, u"--period"_s, u"2026-03"_s, u"--database"_s, db });
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.out, u"Billing 2026-03: 0 draft(s) created, dated 2026-03-31\n"_s);
        QCOMPARE(count(db, u"invoices"_s), u"3"_s);
    }

    void issuesThem()
    {
        const QString db = fixture();
        QVERIFY(!db.isEmpty());
        const Run run
            = clientdesk({ u"bill"_s, u"--period"_s, u"2026-03"_s, u"--date"_s, u"2026-04-02"_s,
                           u"--issue"_s, u"--format"_s, u"json"_s, u"--database"_s, db });
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        const QJsonArray invoices = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(invoices.size(), 3);
        QStringList numbers;
        for (const QJsonValue &v : invoices) {
            numbers.append(v[u"number"_s].toString());
            QCOMPARE(v[u"date"_s].toString(), u"2026-04-02"_s);
            QCOMPARE(v[u"due"_s].toString(), u"2026-05-02"_s);
            QVERIFY(v[u"id"_s].toInteger() > 0);
        }
        QCOMPARE(numbers,
                 QStringList({ u"INV/2026/00001"_s, u"INV/2026/00002"_s, u"INV/2026/00003"_s }));
        QCOMPARE(rows(db, u"SELECT number, state FROM invoices ORDER BY id"_s),
                 QStringList({ u"INV/2026/00001|issued"_s, u"INV/2026/00002|issued"_s,
                               u"INV/2026/00003|issued"_s }));
        // Booked as revenue before tax on the invoices' date; the hour invoiced.
        QCOMPARE(rows(db,
                      u"SELECT entry_date, sum(amount_minor) FROM revenue_entries WHERE "
                      "invoice_id IS NOT NULL GROUP BY entry_date"_s),
                 QStringList { u"2026-04-02|3257500000"_s });
        QCOMPARE(rows(db, u"SELECT state FROM time_entries"_s), QStringList { u"invoiced"_s });
    }

    void refusesBadInput_data()
    {
        const QDate today = QDate::currentDate();
        const QString thisMonth = today.toString(u"yyyy-MM"_s);
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("error");
        QTest::newRow("no period")
            << QStringList() << 2 << u"bill needs --period YYYY-MM, the month to bill."_s;
        QTest::newRow("bad month")
            << QStringList { u"--period"_s, u"2026-13"_s } << 2
            << u"--period: The period “2026-13” is not a month such as 2026-03."_s;
        QTest::newRow("not a month")
            << QStringList { u"--period"_s, u"March"_s } << 2
            << u"--period: The period “March” is not a month such as 2026-03."_s;
        QTest::newRow("month not ended")
            << QStringList { u"--period"_s, thisMonth } << 1
            << u"%1 has not ended yet: bill it with a date, today or earlier."_s.arg(thisMonth);
        QTest::newRow("date in the future")
            << QStringList { u"--period"_s, thisMonth, u"--date"_s,
                             today.addDays(1).toString(Qt::ISODate) }
            << 1
            << u"The invoice date %1 is in the future: bill with today's date or an earlier one."_s
                   .arg(today.addDays(1).toString(Qt::ISODate));
        QTest::newRow("date before the month")
            << QStringList { u"--period"_s, u"2026-03"_s, u"--date"_s, u"2026-02-28"_s } << 1
            << u"The invoice date 2026-02-28 is before 2026-03, the month billed."_s;
        QTest::newRow("bad date") << QStringList { u"--period"_s, u"2026-03"_s, u"--date"_s,
                                                   u"2026-02-30"_s }
                                  << 2 << QString();
        QTest::newRow("dry run and issue")
            << QStringList { u"--period"_s, u"2026-03"_s, u"--dry-run"_s, u"--issue"_s } << 2
            << u"--issue cannot go with --dry-run: a dry run stores nothing."_s;
        QTest::newRow("bad format")
            << QStringList { u"--period"_s, u"2026-03"_s, u"--format"_s, u"xml"_s } << 2
            << QString();
    }
    void refusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, error);
        static QString db;
        if (db.isEmpty())
            db = fixture();
        QVERIFY(!db.isEmpty());
        const Run run = clientdesk(QStringList { u"bill"_s } + arguments
                                   + QStringList { u"--database"_s, db });
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.out, QString());
        const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1); // one sentence
        if (!error.isEmpty())
            QCOMPARE(run.err, u"clientdesk: "_s + error + u'\n');
        QCOMPARE(count(db, u"invoices"_s), u"0"_s);
    }
};

QTEST_GUILESS_MAIN(tst_CliBill)
#include "tst_cli_bill.moc"
