// The Time area (issue 26): typing into the week grid stores minutes, a bad value is refused
// with its sentence, the timer survives recreating the window on the same database, stopping
// asks for the description, "this is me" is asked once, and the entry dialog checks before it
// saves.
#include "dialogs/settingsdialog.h"
#include "domain/timerules.h"
#include "mainwindow.h"
#include "models/timeentrylistmodel.h"
#include "models/timeweekmodel.h"
#include "services/accountservice.h"
#include "services/settingsservice.h"
#include "services/timeservice.h"
#include "services/userservice.h"
#include "storage/database.h"
#include "time/stoptimerdialog.h"
#include "time/thisismedialog.h"
#include "time/timeentriestab.h"
#include "time/timeentrydialog.h"
#include "time/timercontrol.h"
#include "time/timesettingspage.h"
#include "time/timetracker.h"
#include "time/timeview.h"
#include "time/timeweektab.h"
#include "time/workchooser.h"
#include "uitestdatabase.h"
#include "userprompts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace cd;
using Area = MainWindow::Area;

namespace {

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

class tst_TimeView final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RecordingPrompts m_prompts;
    UiTestDatabases m_databases;
    qint64 m_user = 0;
    qint64 m_account = 0;

    /// A database with one person (chosen as "this is me" when `me`) and one client.
    std::unique_ptr<Database> makeDb(const QString &name, bool me = true)
    {
        auto db = m_databases.open(m_dir.filePath(name));
        if (!db) {
            qWarning("%s", qPrintable(m_databases.error()));
            return nullptr;
        }
        User user;
        user.name = u"Dewi Lestari"_s;
        // On a server the person is the signed-in user: this one signs in as the test's login.
        if (UiTestDatabases::onPostgres() && me)
            user.login = QUrl(ScratchPostgres::serverUrl()).userName();
        const auto saved = UserService(*db).save(user);
        if (!saved) {
            qWarning("%s", qPrintable(saved.error()));
            return nullptr;
        }
        m_user = saved->id;
        Account account;
        account.name = u"Acme Consulting"_s;
        account.kind = AccountKind::Client;
        const auto created = AccountService(*db).create(account);
        if (!created) {
            qWarning("%s", qPrintable(created.error()));
            return nullptr;
        }
        m_account = *created;
        if (me && UiTestDatabases::onPostgres()) {
            // The sign-in is read when the database opens: open it again, now as Dewi.
            auto again = Database::open(m_databases.lastScratch()->url());
            if (!again) {
                qWarning("%s", qPrintable(again.error()));
                return nullptr;
            }
            db = std::move(again).value();
        }
        if (me && !UiTestDatabases::onPostgres() && !TimeService(*db).setCurrentUser(m_user)) {
            qWarning("setCurrentUser failed");
            return nullptr;
        }
        return db;
    }

    std::unique_ptr<MainWindow> makeWindow(std::unique_ptr<Database> db)
    {
        auto window = std::make_unique<MainWindow>(std::move(db));
        window->setPrompts(&m_prompts);
        return window;
    }

    /// Types `text` into the week grid's cell and presses Enter, as a user does.
    static void typeIntoCell(QTableView *table, const QModelIndex &index, const QString &text)
    {
        table->setCurrentIndex(index);
        table->edit(index);
        auto *editor = table->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        if (text.isEmpty())
            QTest::keyClick(editor, Qt::Key_Delete);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the editor goes
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClientDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_timeview"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        if (UiTestDatabases::serverMissing())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
    }

    void init() { m_prompts = RecordingPrompts(); }

    void timeIsTheEighthAreaWithItsShortcut()
    {
        auto window = makeWindow(makeDb(u"area.sqlite"_s));
        QVERIFY(window->database());
        QCOMPARE(MainWindow::areas().last(), Area::Time);
        QCOMPARE(MainWindow::areas().indexOf(Area::Time), 7);
        QCOMPARE(MainWindow::areaTitle(Area::Time), u"Time"_s);
        window->showArea(Area::Time);
        QCOMPARE(window->currentPage(), static_cast<QWidget *>(window->timeView()));
        QCOMPARE(window->timeView()->personLabel()->text(), u"Time of Dewi Lestari"_s);
        // No entries yet: the grid says what to do.
        TimeWeekTab *week = window->timeView()->weekTab();
        QVERIFY(week->emptyLabel()->isVisibleTo(window->timeView()) || !week->isVisible());
        QVERIFY(week->emptyLabel()->text().startsWith(u"No time logged this week yet."_s));
    }

    void typingIntoACellStoresMinutes()
    {
        auto window = makeWindow(makeDb(u"grid.sqlite"_s));
        QVERIFY(window->database());
        window->resize(1200, 700);
        window->show();
        window->showArea(Area::Time);
        TimeWeekTab *week = window->timeView()->weekTab();
        const QDate monday = mondayOf(QDate::currentDate());
        week->showWeek(monday);
        QVERIFY(week->waitForLoaded(5000));
        week->addRow(m_account, 0);
        QCOMPARE(week->model()->entryRowCount(), 1);
        QCOMPARE(week->model()->index(0, 0).data().toString(), u"Acme Consulting"_s);

        QTableView *table = week->table();
        const QModelIndex monday0 = week->model()->index(0, TimeWeekModel::FirstDay);
        typeIntoCell(table, monday0, u"1:30"_s);
        typeIntoCell(table, week->model()->index(0, TimeWeekModel::FirstDay + 1), u"1.5"_s);
        QVERIFY(week->problemLabel()->isHidden());
        const auto stored = TimeService(*window->database()).week(m_user, monday);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().accountId, m_account);
        const auto &m = stored->first().minutes;
        QCOMPARE(QList<int>(m.begin(), m.end()), QList<int>({ 90, 90, 0, 0, 0, 0, 0 }));
        QCOMPARE(week->model()->index(1, TimeWeekModel::Total).data().toString(), u"3:00"_s);

        // A bad value: the sentence shows, the old value stays, nothing is written.
        typeIntoCell(table, monday0, u"abc"_s);
        QVERIFY(!week->problemLabel()->isHidden());
        QCOMPARE(week->problemLabel()->text(), TimeRules::parseDuration(u"abc"_s).error());
        QCOMPARE(week->model()->index(0, TimeWeekModel::FirstDay).data().toString(), u"1:30"_s);
        QCOMPARE(TimeService(*window->database()).week(m_user, monday)->first().minutes.at(0), 90);

        // Clearing a cell deletes its time (Delete on the cell does too); the week shows it
        // after a reload too.
        typeIntoCell(table, monday0, QString());
        QCOMPARE(TimeService(*window->database()).week(m_user, monday)->first().minutes.at(0), 0);
        typeIntoCell(table, monday0, u"2h"_s);
        table->setCurrentIndex(monday0);
        QTest::keyClick(table, Qt::Key_Delete);
        week->reload();
        QVERIFY(week->isLoading()); // off the UI thread
        QVERIFY(week->waitForLoaded(5000));
        QCOMPARE(week->model()->index(0, TimeWeekModel::FirstDay).data().toString(), QString());
        QCOMPARE(week->model()->index(0, TimeWeekModel::FirstDay + 1).data().toString(), u"1:30"_s);

        // The list shows the entry.
        TimeEntriesTab *entries = window->timeView()->entriesTab();
        entries->periodFilter()->setCurrentIndex(int(TimeEntriesTab::Period::ThisWeek));
        QVERIFY(entries->waitForLoaded(5000));
        QCOMPARE(entries->model()->rowCount(), 1);
        QCOMPARE(entries->model()->index(0, TimeEntryListModel::Duration).data().toString(),
                 u"1:30"_s);
        QCOMPARE(entries->model()->index(0, TimeEntryListModel::Account).data().toString(),
                 u"Acme Consulting"_s);
    }

    void theTimerSurvivesRecreatingTheWindow()
    {
        const QString file = m_dir.filePath(u"timer.sqlite"_s);
        QDateTime started;
        {
            auto window = makeWindow(makeDb(u"timer.sqlite"_s));
            QVERIFY(window->database());
            TimeTracker *tracker = window->timeTracker();
            QVERIFY(!tracker->isRunning());
            QCOMPARE(window->timerControl()->button()->text(), u"Start Timer"_s);
            QVERIFY(tracker->start(window.get(), m_account));
            QVERIFY(tracker->isRunning());
            started = tracker->timer()->startedAt;
            QCOMPARE(window->timerControl()->button()->text(), u"Stop"_s);
            QVERIFY(window->timerControl()->ticker()->isActive());
            QCOMPARE(window->timerControl()->ticker()->interval(), 1000);
            QVERIFY(window->timerControl()->label()->text().startsWith(u"Timer 0:00:0"_s));
            QVERIFY(window->timerControl()->label()->text().endsWith(u" — Acme Consulting"_s));
            // A second start is refused with a sentence.
            QVERIFY(!tracker->start(window.get(), m_account));
            QCOMPARE(m_prompts.messages.size(), 1);
        }
        if (UiTestDatabases::onPostgres())
            return; // the scratch database went with the window; the file case says enough
        auto reopened = Database::open(file);
        QVERIFY(reopened);
        auto window = makeWindow(std::move(reopened).value());
        TimeTracker *tracker = window->timeTracker();
        QVERIFY(tracker->isRunning());
        QCOMPARE(tracker->timer()->startedAt, started);
        QCOMPARE(tracker->timer()->accountId, m_account);
        QVERIFY(window->timerControl()->label()->text().endsWith(u" — Acme Consulting"_s));
    }

    void stoppingAsksForTheDescription()
    {
        auto window = makeWindow(makeDb(u"stop.sqlite"_s));
        QVERIFY(window->database());
        TimeTracker *tracker = window->timeTracker();
        int asked = 0;
        tracker->setStopAsker(
            [&asked, this](Database &, RunningTimer &timer, QString &description, QWidget *) {
                ++asked;
                if (timer.accountId == 0)
                    timer.accountId = m_account;
                description = u"Quarterly review"_s;
                return true;
            });
        // Started from the status bar: no account, no description; both asked on stopping.
        window->timerControl()->button()->click();
        QVERIFY(tracker->isRunning());
        QCOMPARE(tracker->timer()->accountId, 0);
        window->timerControl()->button()->click();
        QCOMPARE(asked, 1);
        QVERIFY(!tracker->isRunning());
        QCOMPARE(window->timerControl()->button()->text(), u"Start Timer"_s);
        TimeFilter filter;
        filter.userId = m_user;
        const auto entries = TimeService(*window->database()).list(filter);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().entry.description, u"Quarterly review"_s);
        QCOMPARE(entries->first().entry.accountId, m_account);
        QCOMPARE(entries->first().entry.minutes, 1); // at least one minute

        // Cancelling the question keeps the timer running.
        tracker->setStopAsker(
            [](Database &, RunningTimer &, QString &, QWidget *) { return false; });
        QVERIFY(tracker->start(window.get(), m_account));
        QVERIFY(!tracker->stop(window.get()));
        QVERIFY(tracker->isRunning());
        QVERIFY(TimeService(*window->database()).timer(m_user)->has_value());
    }

    void theStopDialogRefusesAnEmptyDescription()
    {
        auto db = makeDb(u"stopdialog.sqlite"_s);
        QVERIFY(db);
        RunningTimer timer;
        timer.userId = m_user;
        timer.accountId = m_account;
        timer.startedAt = QDateTime::currentDateTime().addSecs(-3600);
        StopTimerDialog dialog(*db, timer);
        QCOMPARE(dialog.accountId(), m_account);
        QVERIFY(!dialog.chooser()->isEnabled()); // the timer has its account
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QTest::keyClicks(dialog.descriptionField(), u"Workshop"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.description(), u"Workshop"_s);
    }

    void thisIsMeIsAskedOnce()
    {
        if (UiTestDatabases::onPostgres())
            QSKIP("On a server the signed-in user is the person; nobody is asked.");
        auto window = makeWindow(makeDb(u"me.sqlite"_s, false));
        QVERIFY(window->database());
        TimeTracker *tracker = window->timeTracker();
        QCOMPARE(tracker->userId(), 0);
        int asked = 0;
        tracker->setUserAsker([&asked](Database &, QWidget *) {
            ++asked;
            return qint64(0); // cancelled
        });
        window->show();
        window->showArea(Area::Time);
        QTRY_COMPARE(asked, 1);
        QVERIFY(window->timeView()->chooseUserButton()->isVisible());
        window->showArea(Area::Dashboard);
        window->showArea(Area::Time);
        QTest::qWait(50);
        QCOMPARE(asked, 1); // once; then the button
        tracker->setUserAsker([&asked, this](Database &, QWidget *) {
            ++asked;
            return m_user;
        });
        window->timeView()->chooseUserButton()->click();
        QCOMPARE(asked, 2);
        QCOMPARE(tracker->userId(), m_user);
        QCOMPARE(*TimeService(*window->database()).currentUser(), std::optional<qint64>(m_user));
        QVERIFY(!window->timeView()->chooseUserButton()->isVisible());
        QCOMPARE(window->timeView()->personLabel()->text(), u"Time of Dewi Lestari"_s);
    }

    void theThisIsMeDialogChoosesOrAddsAUser()
    {
        auto db = makeDb(u"medialog.sqlite"_s, false);
        QVERIFY(db);
        {
            ThisIsMeDialog dialog(*db);
            QCOMPARE(dialog.usersList()->count(), 1);
            QCOMPARE(dialog.usersList()->currentRow(), -1); // nobody chosen beforehand
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QCOMPARE(dialog.chosenId(), 0);
            dialog.usersList()->setCurrentRow(0);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.chosenId(), m_user);
        }
        ThisIsMeDialog dialog(*db);
        QTest::keyClicks(dialog.newNameField(), u"Budi Santoso"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto added = UserService(*db).get(dialog.chosenId());
        QVERIFY(added);
        QCOMPARE(added->name, u"Budi Santoso"_s);
        // The same name again is refused with the service's sentence.
        ThisIsMeDialog again(*db);
        QTest::keyClicks(again.newNameField(), u"budi santoso"_s);
        again.accept();
        QCOMPARE(again.result(), int(QDialog::Rejected));
    }

    void settingsStoreTheCapacityAndEachUsersRate()
    {
        auto window = makeWindow(makeDb(u"settings.sqlite"_s));
        QVERIFY(window->database());
        Database &db = *window->database();
        QCOMPARE(TimeSettingsPage::parseWeeklyCapacity(u"37:30"_s).value(), 2250);
        QCOMPARE(TimeSettingsPage::parseWeeklyCapacity(u"32"_s).value(), 1920);
        QCOMPARE(TimeSettingsPage::parseWeeklyCapacity(QString()).value(), 0);
        for (const QString &bad : { u"169:00"_s, u"12:5"_s, u"-3"_s, u"soon"_s })
            QVERIFY2(!TimeSettingsPage::parseWeeklyCapacity(bad), qPrintable(bad));
        {
            SettingsDialog dialog(&db);
            TimeSettingsPage *page = dialog.timePage();
            QCOMPARE(page->capacityMinutes(), 2400);
            QCOMPARE(page->usersTable()->rowCount(), 1);
            page->hoursBox()->setValue(37);
            page->minutesBox()->setValue(30);
            page->usersTable()->item(0, TimeSettingsPage::UserRate)->setText(u"1500.5"_s);
            page->usersTable()->item(0, TimeSettingsPage::UserCapacity)->setText(u"32:00"_s);
            auto *buttons = dialog.findChild<QDialogButtonBox *>();
            QVERIFY(buttons);
            buttons->button(QDialogButtonBox::Save)->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(SettingsService(db).firmSettings().settings.capacityMinutes, 2250);
        const auto user = UserService(db).get(m_user);
        QVERIFY(user);
        QCOMPARE(user->rateMinor, std::optional<qint64>(150050)); // IDR has two decimals
        QCOMPARE(user->capacityMinutes, 1920);
        {
            // A bad rate: the sentence names the person, and nothing is stored.
            SettingsDialog dialog(&db);
            TimeSettingsPage *page = dialog.timePage();
            QCOMPARE(page->capacityMinutes(), 2250);
            QCOMPARE(page->usersTable()->item(0, TimeSettingsPage::UserCapacity)->text(),
                     u"32:00"_s);
            page->hoursBox()->setValue(20);
            page->usersTable()->item(0, TimeSettingsPage::UserRate)->setText(u"12.345"_s);
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY(dialog.message().startsWith(u"Dewi Lestari's default rate: "_s));
        }
        QCOMPARE(SettingsService(db).firmSettings().settings.capacityMinutes, 2250);
        QCOMPARE(UserService(db).get(m_user)->rateMinor, std::optional<qint64>(150050));
    }

    void theEntryDialogChecksBeforeSaving()
    {
        auto db = makeDb(u"dialog.sqlite"_s);
        QVERIFY(db);
        const QDate day = QDate::currentDate().addDays(-1);
        TimeEntry first;
        first.userId = m_user;
        first.accountId = m_account;
        first.date = day;
        first.start = QTime(9, 0);
        first.end = QTime(11, 0);
        first.minutes = 120;
        first.description = u"Planning"_s;
        QVERIFY(TimeService(*db).log(*TimeService(*db).withDefaults(first)));

        TimeEntry fresh;
        fresh.userId = m_user;
        fresh.date = day;
        fresh.accountId = m_account;
        TimeEntryDialog dialog(*db, m_prompts, fresh);
        // A bad duration: its sentence, nothing saved.
        dialog.durationChoice()->setChecked(true);
        dialog.durationField()->setText(u"abc"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.problemLabel()->text(), TimeRules::parseDuration(u"abc"_s).error());
        // 10:00–12:00 overlaps 09:00–11:00: asked; "no" keeps the dialog open.
        dialog.startEndChoice()->setChecked(true);
        dialog.startEdit()->setTime(QTime(10, 0));
        dialog.endEdit()->setTime(QTime(12, 0));
        dialog.descriptionField()->setText(u"Review"_s);
        m_prompts.answer = false;
        dialog.accept();
        QCOMPARE(m_prompts.questions.size(), 1);
        QCOMPARE(m_prompts.questions.first().title, u"Overlapping Time"_s);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        m_prompts.answer = true;
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = TimeService(*db).get(dialog.savedId());
        QVERIFY(saved);
        QCOMPARE(saved->minutes, 120);
        QCOMPARE(saved->start, QTime(10, 0));
        QCOMPARE(saved->description, u"Review"_s);

        // More than 24 hours on one day is refused with the service's sentence.
        TimeEntryDialog tooMuch(*db, m_prompts, fresh);
        tooMuch.durationChoice()->setChecked(true);
        tooMuch.durationField()->setText(u"21:00"_s);
        tooMuch.accept();
        QCOMPARE(tooMuch.result(), int(QDialog::Rejected));
        QVERIFY(!tooMuch.problemLabel()->text().isEmpty());

        // A date in the future warns.
        m_prompts = RecordingPrompts();
        m_prompts.answer = false;
        TimeEntry future = fresh;
        future.date = QDate::currentDate().addDays(3);
        TimeEntryDialog later(*db, m_prompts, future);
        later.durationChoice()->setChecked(true);
        later.durationField()->setText(u"1:00"_s);
        later.accept();
        QCOMPARE(m_prompts.questions.size(), 1);
        QCOMPARE(m_prompts.questions.first().title, u"Time in the Future"_s);
        QCOMPARE(later.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(tst_TimeView)
#include "tst_timeview.moc"
