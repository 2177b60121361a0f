// `clientdesk calendar` end to end, through the real binary (issue 29): the iCalendar file is
// read back by an independent parser (Debian's python3-icalendar, tests/app/readics.py) and
// compared event by event with a fixture dated from today; the lines are folded at 75 octets
// with CRLF; a hostile account name (commas, semicolons, a backslash, quotes, emoji, long enough
// to fold) and a subject with a line break come back exactly; UIDs stay the same from one export
// to the next; --manager and --days choose the events; bad options, an unknown manager and a
// folder that does not exist are refused with a sentence and no file; the same on PostgreSQL.
//
// The fixture, T being today: a client with the hostile name (Ana Putri's) has A-1, renewing
// itself on T+40 with 30 days' notice, and a follow-up on T+5; PT Bima (Budi Santoso's) has
// B-1 ending on T+100, B-2 ending on T+20 with 30 days' notice (missed on T-10) and B-3 ending
// on T+400, follow-ups on T-3 (missed), T+1 (done) and T-40 (too old), and requests due on T+2
// 10:30, T-1 09:00 (missed) and a closed one.

#include "postgrestestsupport.h"
#include "processrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QString kHostile = u"PT Koma, Titik; Garis\\Miring \"Kutip\" 😀 dan nama yang cukup "
                         "panjang untuk dilipat"_s;

QString day(qint64 offset)
{
    return QDate::currentDate().addDays(offset).toString(Qt::ISODate);
}

/// A local time on the day `offset` days from today, as stored ('YYYY-MM-DDTHH:MM:SS').
QString at(qint64 offset, const QString &time)
{
    return day(offset) + u'T' + time;
}

/// The same moment in UTC, as readics.py prints a timed event's start.
QString utc(qint64 offset, const QString &time)
{
    const QDateTime local(QDate::currentDate().addDays(offset),
                          QTime::fromString(time, Qt::ISODate));
    return local.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

} // namespace

class tst_CliCalendar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run clientdesk(const QStringList &arguments)
    {
        return runInCleanEnvironment(QStringLiteral(CLIENTDESK_BIN), m_dir.path(), arguments);
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

    bool execOnFile(const QString &file, const QString &sql)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok)
                    qWarning("%s", qPrintable(q.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        return ok;
    }

    /// The fixture in `location`: accounts, managers and contracts through the command line,
    /// follow-ups and requests (which it cannot import) through `exec`.
    bool fixture(const QString &location, const std::function<bool(const QString &)> &exec)
    {
        const int n = ++m_files;
        QString hostile = kHostile;
        hostile.replace(u"\""_s, u"\"\""_s);
        const QString accounts = writeFile(
            u"accounts-%1.csv"_s.arg(n),
            (u"name,kind,manager\n\"%1\",client,Ana Putri\nPT Bima,client,Budi Santoso\n"_s.arg(
                 hostile))
                .toUtf8());
        const QString contracts = writeFile(
            u"contracts-%1.csv"_s.arg(n),
            (u"account,reference,billing_model,fee,currency,start,end,status,auto_renew,"
             "renewal_months,notice_days\n"
             "\"%1\",A-1,retainer,1000,IDR,%2,%3,active,yes,12,30\n"
             "PT Bima,B-1,fixed,1000,IDR,%2,%4,active,no,,0\n"
             "PT Bima,B-2,fixed,1000,IDR,%2,%5,active,no,,30\n"
             "PT Bima,B-3,fixed,1000,IDR,%2,%6,active,no,,0\n"_s.arg(hostile, day(-300), day(40),
                                                                     day(100), day(20), day(400)))
                .toUtf8());
        for (const QStringList &step : { QStringList { u"import"_s, u"accounts"_s, accounts },
                                         QStringList { u"import"_s, u"contracts"_s, contracts } }) {
            const Run run = clientdesk(step + QStringList { u"--database"_s, location });
            if (run.exitCode != 0) {
                qWarning("%s: %s", qPrintable(step.join(u' ')), qPrintable(run.err));
                return false;
            }
        }
        const auto followUp = [&](const QString &account, const QString &subject, qint64 due,
                                  int done) {
            return exec(
                u"INSERT INTO interactions (account_id, type, occurred_at, subject, "
                "follow_up_on, follow_up_done) SELECT id, 'call', '%1', '%2', '%3', %4 "
                "FROM accounts WHERE name = '%5'"_s.arg(at(-60, u"10:00:00"_s), subject, day(due))
                    .arg(done)
                    .arg(account));
        };
        const auto request = [&](const QString &title, const QString &due, bool closed) {
            return exec(u"INSERT INTO service_requests (account_id, title, status, opened_at, "
                        "due_at, closed_at) SELECT id, '%1', '%2', '%3', '%4', %5 FROM accounts "
                        "WHERE name = 'PT Bima'"_s.arg(
                            title, closed ? u"closed"_s : u"open"_s, at(-30, u"08:00:00"_s), due,
                            closed ? u"'%1'"_s.arg(at(-2, u"08:00:00"_s)) : u"NULL"_s));
        };
        QString hostileSql = kHostile;
        hostileSql.replace(u"'"_s, u"''"_s);
        return followUp(hostileSql, u"Call back\nabout the renewal"_s, 5, 0)
            && followUp(u"PT Bima"_s, u"Send the proposal"_s, -3, 0)
            && followUp(u"PT Bima"_s, u"Already done"_s, 1, 1)
            && followUp(u"PT Bima"_s, u"Too old"_s, -40, 0)
            && request(u"Server down"_s, at(2, u"10:30:00"_s), false)
            && request(u"Report late"_s, at(-1, u"09:00:00"_s), false)
            && request(u"Closed one"_s, at(3, u"09:00:00"_s), true);
    }

    QString fileFixture()
    {
        const QString db = path(u"calendar-%1.sqlite"_s.arg(m_files + 1));
        const bool ok = fixture(db, [this, db](const QString &sql) { return execOnFile(db, sql); });
        return ok ? db : QString();
    }

    /// The file as readics.py reads it: {"name": …, "events": [{uid, summary, …}]}.
    QJsonObject readIcs(const QString &file)
    {
        QProcess python;
        python.start(u"/usr/bin/python3"_s,
                     { QStringLiteral(CLIENTDESK_TEST_SOURCE_DIR "/readics.py"), file });
        const Run run = finishRun(python, 60000);
        if (run.exitCode != 0) {
            qWarning("readics.py: %s", qPrintable(run.err));
            return {};
        }
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    /// "start|categories|summary" of every event, sorted.
    static QStringList events(const QJsonObject &calendar)
    {
        QStringList out;
        for (const QJsonValue &value : calendar.value(u"events"_s).toArray()) {
            const QJsonObject e = value.toObject();
            QStringList categories;
            for (const QJsonValue &c : e.value(u"categories"_s).toArray())
                categories.append(c.toString());
            out.append(u"%1|%2|%3"_s.arg(e.value(u"start"_s).toString(), categories.join(u','),
                                         e.value(u"summary"_s).toString()));
        }
        out.sort();
        return out;
    }

    static QStringList field(const QJsonObject &calendar, const QString &name)
    {
        QStringList out;
        for (const QJsonValue &value : calendar.value(u"events"_s).toArray())
            out.append(value.toObject().value(name).toString());
        return out;
    }

    /// Every event of the fixture in the default 180 days (and the missed ones).
    static QStringList expectedEvents()
    {
        QStringList expected {
            day(10) + u"|Notice deadline|Notice deadline: "_s + kHostile + u", A-1"_s,
            day(40) + u"|Renewal|Renews: "_s + kHostile + u", A-1"_s,
            day(5) + u"|Follow-up|Follow-up: "_s + kHostile + u", “Call back\nabout the renewal”"_s,
            day(100) + u"|Contract end|Contract ends: PT Bima, B-1"_s,
            day(-10) + u"|Notice deadline|Missed: Notice deadline: PT Bima, B-2"_s,
            day(20) + u"|Contract end|Contract ends: PT Bima, B-2"_s,
            day(-3) + u"|Follow-up|Missed: Follow-up: PT Bima, “Send the proposal”"_s,
            utc(2, u"10:30:00"_s) + u"|Service request|Request due: PT Bima, “Server down”"_s,
            utc(-1, u"09:00:00"_s)
                + u"|Service request|Missed: Request due: PT Bima, “Report late”"_s,
        };
        expected.sort();
        return expected;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Every event of the fixture, read by an independent parser; hostile text comes back
    // exactly; the lines are CRLF and at most 75 octets; the UIDs stay from one export to the
    // next.
    void writesEveryEvent()
    {
        const QString db = fileFixture();
        QVERIFY(!db.isEmpty());
        const QString file = path(u"all.ics"_s);
        const Run run = clientdesk({ u"calendar"_s, u"-o"_s, file, u"--database"_s, db });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), u"Wrote %1 (events: 9, missed: 3)."_s.arg(file));

        const QJsonObject calendar = readIcs(file);
        QCOMPARE(calendar.value(u"name"_s).toString(), u"ClientDesk deadlines"_s);
        QCOMPARE(events(calendar), expectedEvents());

        // What to do, in words, with the date the contract ends.
        const QJsonArray all = calendar.value(u"events"_s).toArray();
        const auto described = [&all](const QString &summaryStart) {
            for (const QJsonValue &v : all) {
                if (v.toObject().value(u"summary"_s).toString().startsWith(summaryStart))
                    return v.toObject().value(u"description"_s).toString();
            }
            return QString();
        };
        const QLocale c(QLocale::C);
        QCOMPARE(described(u"Notice deadline: PT Koma"_s),
                 u"The last day to give notice on A-1 of %1: without notice it renews itself "
                 "on %2."_s.arg(kHostile,
                                c.toString(QDate::currentDate().addDays(40), QLocale::LongFormat)));
        QVERIFY2(described(u"Missed: Follow-up"_s)
                     .endsWith(u"It was due on %1 and is still open."_s.arg(
                         c.toString(QDate::currentDate().addDays(-3), QLocale::LongFormat))),
                 qPrintable(described(u"Missed: Follow-up"_s)));

        // RFC 5545: CRLF line ends, lines folded at 75 octets.
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(bytes.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
        bool folded = false;
        for (const QByteArray &line : bytes.split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR
            folded = folded || line.startsWith(' ');
        }
        QVERIFY(folded); // the hostile name is long enough to fold

        // UIDs: unique, and the same in the next export.
        const QStringList uids = field(calendar, u"uid"_s);
        QCOMPARE(QSet<QString>(uids.cbegin(), uids.cend()).size(), uids.size());
        for (const QString &uid : uids)
            QVERIFY2(
                QRegularExpression(u"^(notice|renewal|end|follow-up|request)-[0-9]+@clientdesk$"_s)
                    .match(uid)
                    .hasMatch(),
                qPrintable(uid));
        const QString again = path(u"again.ics"_s);
        QCOMPARE(clientdesk({ u"calendar"_s, u"-o"_s, again, u"--database"_s, db }).exitCode, 0);
        const QJsonObject second = readIcs(again);
        QStringList before = uids, after = field(second, u"uid"_s);
        before.sort();
        after.sort();
        QCOMPARE(after, before);
    }

    // --manager keeps one manager's accounts; --days reaches further.
    void managerAndDays()
    {
        const QString db = fileFixture();
        QVERIFY(!db.isEmpty());
        const QString ana = path(u"ana.ics"_s);
        const Run run = clientdesk(
            { u"calendar"_s, u"-o"_s, ana, u"--manager"_s, u"ana putri"_s, u"--database"_s, db });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), u"Wrote %1 (events: 3, missed: 0)."_s.arg(ana));
        const QJsonObject calendar = readIcs(ana);
        QCOMPARE(calendar.value(u"name"_s).toString(), u"ClientDesk deadlines: Ana Putri"_s);
        for (const QString &summary : field(calendar, u"summary"_s))
            QVERIFY2(summary.contains(kHostile), qPrintable(summary));

        const QString far = path(u"far.ics"_s);
        QCOMPARE(
            clientdesk({ u"calendar"_s, u"-o"_s, far, u"--days"_s, u"400"_s, u"--database"_s, db })
                .out.trimmed(),
            u"Wrote %1 (events: 10, missed: 3)."_s.arg(far));
        QVERIFY(events(readIcs(far))
                    .contains(day(400) + u"|Contract end|Contract ends: PT Bima, B-3"_s));
        const QString near = path(u"near.ics"_s);
        QCOMPARE(
            clientdesk({ u"calendar"_s, u"-o"_s, near, u"--days"_s, u"7"_s, u"--database"_s, db })
                .out.trimmed(),
            u"Wrote %1 (events: 5, missed: 3)."_s.arg(near));
    }

    // Each refusal says what is wrong, and no file is written.
    void refusesBadInput_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString file = u"refused.ics"_s;
        QTest::newRow("no output")
            << QStringList {} << 2
            << u"clientdesk: Name the iCalendar file to write with -o FILE.ics."_s;
        QTest::newRow("days zero")
            << QStringList { u"-o"_s, file, u"--days"_s, u"0"_s } << 2
            << u"clientdesk: --days takes a whole number of days from 1 to 3660, not '0'."_s;
        QTest::newRow("days word")
            << QStringList { u"-o"_s, file, u"--days"_s, u"soon"_s } << 2
            << u"clientdesk: --days takes a whole number of days from 1 to 3660, not 'soon'."_s;
        QTest::newRow("unknown manager")
            << QStringList { u"-o"_s, file, u"--manager"_s, u"Nobody"_s } << 1
            << u"clientdesk: There is no account manager named 'Nobody'."_s;
        QTest::newRow("no folder") << QStringList { u"-o"_s, u"missing/x.ics"_s } << 1
                                   << u"clientdesk: missing/x.ics cannot be written: the folder "
                                      "%1 does not exist."_s;
    }
    void refusesBadInput()
    {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        static QString db;
        if (db.isEmpty())
            db = fileFixture();
        QVERIFY(!db.isEmpty());
        const Run run = clientdesk(QStringList { u"calendar"_s } + options
                                   + QStringList { u"--database"_s, db });
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.err.trimmed(),
                 message.contains(u"%1"_s) ? message.arg(path(u"missing"_s)) : message);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(path(u"refused.ics"_s)));
    }

    // The same events from a server.
    void onPostgresql()
    {
        if (ScratchPostgres::serverUrl().isEmpty())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        ScratchPostgres scratch;
        QVERIFY2(scratch.ok(), qPrintable(scratch.error()));
        QVERIFY(
            fixture(scratch.url(), [&scratch](const QString &sql) { return scratch.exec(sql); }));
        const QString file = path(u"server.ics"_s);
        const Run run
            = clientdesk({ u"calendar"_s, u"-o"_s, file, u"--database"_s, scratch.url() });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(events(readIcs(file)), expectedEvents());
    }
};

QTEST_GUILESS_MAIN(tst_CliCalendar)
#include "tst_cli_calendar.moc"
