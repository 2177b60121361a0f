// Reminders on the desktop (issue 29), with a fake notifier and a clock the test controls: the
// digest counts the missed items, those due today and the week's notice deadlines by kind; a
// database is reminded of when it opens and once a day at the chosen time; opening after that
// time stands for the day's reminder; off, or with nothing due, nothing is shown; clicking asks
// to open the worklist; the calendar file is kept in the data folder when asked; the Settings
// dialog keeps the choices on this computer.

#include "dialogs/settingsdialog.h"
#include "domain/reminderdigest.h"
#include "reminders/calendarfeed.h"
#include "reminders/notifier.h"
#include "reminders/reminders.h"
#include "storage/database.h"
#include "uitestdatabase.h"

#include <QCheckBox>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace Qt::StringLiterals;
using cd::CalendarItem;
using cd::ReminderDigest;
using cd::Reminders;

namespace {

class FakeNotifier final : public cd::Notifier
{
public:
    bool available = true;
    QStringList shown; ///< "title|body"

    bool notify(const QString &title, const QString &body) override
    {
        if (!available)
            return false;
        shown.append(title + u'|' + body);
        return true;
    }
};

const QDate kToday = QDate::currentDate();

CalendarItem item(CalendarItem::Kind kind, qint64 days)
{
    CalendarItem i;
    i.kind = kind;
    i.account = u"PT Ada"_s;
    i.date = kToday.addDays(days);
    return i;
}

CalendarItem request(const QTime &due)
{
    CalendarItem i = item(CalendarItem::Kind::RequestDue, 0);
    i.dueAt = QDateTime(kToday, due);
    return i;
}

} // namespace

class tst_Reminders : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    UiTestDatabases m_databases;
    int m_files = 0;
    QDateTime m_now;

    Reminders::Clock clock()
    {
        return [this] {
            return m_now;
        };
    }

    /// PT Ada's contract with its notice deadline in 3 days, a follow-up missed 2 days ago and
    /// a request due today at 10:00; a done follow-up and a far contract that do not count.
    std::unique_ptr<cd::Database> fixture(bool empty = false)
    {
        auto db = m_databases.open(m_dir.filePath(u"reminders-%1.sqlite"_s.arg(++m_files)));
        if (!db || empty)
            return db;
        const QString stamp = u"2026-01-01T09:00:00"_s;
        const auto day = [](qint64 offset) {
            return kToday.addDays(offset).toString(Qt::ISODate);
        };
        QSqlQuery q(db->connection());
        const QStringList statements {
            u"INSERT INTO accounts (name, kind, created_at, updated_at) VALUES ('PT Ada', "
            "'client', '%1', '%1')"_s.arg(stamp),
            u"INSERT INTO contracts (account_id, reference, billing_model, fee_minor, currency, "
            "start_date, end_date, notice_days, status, created_at, updated_at) SELECT id, 'C-1', "
            "'fixed', 100, 'IDR', '%2', '%3', 30, 'active', '%1', '%1' FROM accounts"_s.arg(
                stamp, day(-300), day(33)),
            u"INSERT INTO contracts (account_id, reference, billing_model, fee_minor, currency, "
            "start_date, end_date, notice_days, status, created_at, updated_at) SELECT id, 'C-2', "
            "'fixed', 100, 'IDR', '%2', '%3', 30, 'active', '%1', '%1' FROM accounts"_s.arg(
                stamp, day(-300), day(200)),
            u"INSERT INTO interactions (account_id, type, occurred_at, subject, follow_up_on) "
            "SELECT id, 'call', '%1', 'Send the proposal', '%2' FROM accounts"_s.arg(stamp,
                                                                                     day(-2)),
            u"INSERT INTO interactions (account_id, type, occurred_at, subject, follow_up_on, "
            "follow_up_done) SELECT id, 'call', '%1', 'Done', '%2', 1 FROM accounts"_s.arg(stamp,
                                                                                           day(-1)),
            u"INSERT INTO service_requests (account_id, title, opened_at, due_at) SELECT id, "
            "'Server down', '%1', '%2T10:00:00' FROM accounts"_s.arg(stamp, day(0)),
        };
        for (const QString &sql : statements) {
            if (!q.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                return nullptr;
            }
        }
        return db;
    }

    static QString expectedFixtureReminder()
    {
        return u"ClientDesk: needs attention (3)|Notice deadlines — this week: 1\n"
               "Follow-ups — missed: 1\nService requests — today: 1"_s;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClientDeskTest"_s);
        // Settings and the data folder of their own for each backend: the two runs may go at
        // the same time.
        QCoreApplication::setApplicationName(UiTestDatabases::onPostgres()
                                                 ? u"tst_reminders_postgresql"_s
                                                 : u"tst_reminders"_s);
        if (UiTestDatabases::serverMissing())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
    }
    void init()
    {
        QSettings().clear();
        m_now = QDateTime(kToday, QTime(8, 0));
    }

    // Missed, today and (notice deadlines) this week, one line per kind in the calendar's
    // order; what is later, and a request due later today, is today's, not missed.
    void digestCountsByKind()
    {
        using K = CalendarItem::Kind;
        const QList<CalendarItem> items {
            item(K::FollowUp, 1),        item(K::NoticeDeadline, 3), item(K::NoticeDeadline, 8),
            item(K::NoticeDeadline, -2), item(K::Renewal, 0),        item(K::FollowUp, -1),
            request(QTime(7, 0)),        request(QTime(10, 0)),      item(K::ContractEnd, 5),
        };
        const auto digest = ReminderDigest::of(items, m_now);
        QVERIFY(digest);
        QCOMPARE(digest->count, 6);
        QCOMPARE(digest->title, u"ClientDesk: needs attention (6)"_s);
        QCOMPARE(digest->body,
                 u"Notice deadlines — missed: 1, this week: 1\n"
                 "Renewals — today: 1\n"
                 "Follow-ups — missed: 1\n"
                 "Service requests — missed: 1, today: 1"_s);
        QVERIFY(!ReminderDigest::of({}, m_now));
        QVERIFY(!ReminderDigest::of({ item(K::FollowUp, 1), item(K::ContractEnd, 2) }, m_now));
    }

    // At opening, then once a day at the time of day, then the next day again.
    void remindsAtOpeningAndAtTheTimeOfDay()
    {
        const auto db = fixture();
        QVERIFY2(db, qPrintable(m_databases.error()));
        FakeNotifier notifier;
        Reminders reminders(notifier, clock());
        QSignalSpy reminded(&reminders, &Reminders::reminded);
        reminders.setDatabase(db.get());
        QVERIFY(reminders.waitForDone(10000));
        QCOMPARE(notifier.shown, QStringList { expectedFixtureReminder() });

        m_now = QDateTime(kToday, QTime(8, 59));
        reminders.checkTime();
        QVERIFY(reminders.waitForDone(10000));
        QCOMPARE(notifier.shown.size(), 1); // before 09:00
        m_now = QDateTime(kToday, QTime(9, 0));
        reminders.checkTime();
        QVERIFY(reminders.waitForDone(10000));
        QCOMPARE(notifier.shown.size(), 2);
        m_now = QDateTime(kToday, QTime(9, 1));
        reminders.checkTime();
        QVERIFY(reminders.waitForDone(10000));
        QCOMPARE(notifier.shown.size(), 2); // once a day
        m_now = QDateTime(kToday.addDays(1), QTime(9, 1));
        reminders.checkTime();
        QVERIFY(reminders.waitForDone(10000));
        QCOMPARE(notifier.shown.size(), 3);
        QCOMPARE(reminded.size(), 3);
        reminders.setDatabase(nullptr);
    }

    // Opened after the time of day: that reminder is the day's.
    void openingLateStandsForTheDay()
    {
        const auto db = fixture();
        QVERIFY2(db, qPrintable(m_databases.error()));
        Reminders::setTimeOfDay(QTime(7, 30));
        FakeNotifier notifier;
        Reminders reminders(notifier, clock());
        reminders.setDatabase(db.get());
        QVERIFY(reminders.waitForDone(10000));
        m_now = QDateTime(kToday, QTime(8, 5));
        reminders.checkTime();
        QVERIFY(reminders.waitForDone(10000));
        QCOMPARE(notifier.shown, QStringList { expectedFixtureReminder() });
        reminders.setDatabase(nullptr);
    }

    // Off, nothing due or no notification service: nothing is shown and nothing fails; a
    // click on a reminder asks for the worklist.
    void quietWhenOffOrNothingIsDue()
    {
        const auto db = fixture();
        QVERIFY2(db, qPrintable(m_databases.error()));
        FakeNotifier notifier;
        Reminders reminders(notifier, clock());
        Reminders::setEnabled(false);
        reminders.setDatabase(db.get());
        m_now = QDateTime(kToday, QTime(9, 30));
        reminders.checkTime();
        QVERIFY(reminders.waitForDone(10000));
        QVERIFY(notifier.shown.isEmpty());

        Reminders::setEnabled(true);
        const auto empty = fixture(true);
        QVERIFY(empty);
        QSignalSpy reminded(&reminders, &Reminders::reminded);
        reminders.setDatabase(empty.get());
        QVERIFY(reminders.waitForDone(10000));
        QCOMPARE(reminded.size(), 1);
        QCOMPARE(reminded.first().first().toString(), QString());
        QVERIFY(notifier.shown.isEmpty());

        notifier.available = false;
        reminders.setDatabase(db.get());
        QVERIFY(reminders.waitForDone(10000));
        QVERIFY(notifier.shown.isEmpty());

        QSignalSpy open(&reminders, &Reminders::openRequested);
        emit notifier.activated();
        QCOMPARE(open.size(), 1);
        reminders.setDatabase(nullptr);
    }

    // The calendar file in the data folder: written when on, when a database opens and when
    // asked; nothing when off; it holds the database's deadlines.
    void theCalendarFileIsKeptUpToDate()
    {
        const auto db = fixture();
        QVERIFY2(db, qPrintable(m_databases.error()));
        QFile::remove(cd::CalendarFeed::path());
        cd::CalendarFeed feed;
        QSignalSpy written(&feed, &cd::CalendarFeed::written);
        feed.setDatabase(db.get());
        QVERIFY(feed.waitForDone(10000));
        QVERIFY(!QFile::exists(cd::CalendarFeed::path())); // off by default
        QCOMPARE(written.size(), 0);

        cd::CalendarFeed::setEnabled(true);
        feed.writeNow();
        QVERIFY(feed.waitForDone(10000));
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.first().first().toString(), QString());
        QFile file(cd::CalendarFeed::path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY2(text.contains("SUMMARY:Notice deadline: PT Ada\\, C-1"), text.constData());
        QVERIFY(text.contains("SUMMARY:Missed: Follow-up: PT Ada\\, “Send the proposal”"));
        feed.setDatabase(nullptr);
    }

    // Edit > Settings keeps the choice, for this user on this computer.
    void settingsKeepTheChoice()
    {
        cd::SettingsDialog dialog(nullptr);
        QVERIFY(dialog.remindersBox()->isChecked());
        QCOMPARE(dialog.reminderTimeField()->time(), QTime(9, 0));
        dialog.remindersBox()->setChecked(false);
        QVERIFY(!dialog.reminderTimeField()->isEnabled());
        dialog.reminderTimeField()->setTime(QTime(7, 45));
        QVERIFY(!dialog.calendarFileBox()->isChecked());
        dialog.calendarFileBox()->setChecked(true);
        QVERIFY(dialog.save());
        QVERIFY(!Reminders::isEnabled());
        QCOMPARE(Reminders::timeOfDay(), QTime(7, 45));
        QVERIFY(cd::CalendarFeed::isEnabled());
    }
};

QTEST_MAIN(tst_Reminders)
#include "tst_reminders.moc"
