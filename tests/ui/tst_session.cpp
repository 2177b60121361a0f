#include "backgroundtask.h"
#include "io/importer.h"
#include "sample/samplegenerator.h"
#include "session/session.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "userprompts.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using cd::Database;
using cd::RecordingPrompts;
using cd::Session;

// The session on its own, without a window: what it signals and tells while it opens,
// creates, exports and generates, and the background task's phases it relies on.
class tst_Session final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClientDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_session"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    // Opening tells who listens to let go of the old database first, then that one is open;
    // a failure is told through the prompts and keeps what was open.
    void opensInOrderAndKeepsTheDatabaseOnFailure()
    {
        RecordingPrompts prompts;
        Session session(prompts);
        QStringList events;
        connect(&session, &Session::aboutToClose, this, [&] { events.append(u"close"_s); });
        connect(&session, &Session::opened, this, [&] { events.append(u"opened"_s); });
        connect(&session, &Session::closed, this, [&] { events.append(u"closed"_s); });
        QVERIFY(!session.database());
        QCOMPARE(session.windowTitle(), u"ClientDesk"_s);
        QCOMPARE(session.locationText(), u"No database open"_s);

        const QString path = m_dir.filePath(u"first.sqlite"_s);
        QVERIFY(session.createFile(path));
        QCOMPARE(events, (QStringList { u"close"_s, u"opened"_s }));
        QVERIFY(session.isFile());
        QVERIFY(!session.isServer());
        QVERIFY(!session.changeFeed()->isActive()); // a file hears no one
        QCOMPARE(session.windowTitle(), u"ClientDesk — first.sqlite"_s);
        QCOMPARE(session.locationText(), QDir::toNativeSeparators(path));
        QCOMPARE(Session::locationOf(*session.database()), path);
        QCOMPARE(QSettings().value(u"database/last"_s).toString(), path);

        Database *before = session.database();
        events.clear();
        QVERIFY(!session.openFile(m_dir.filePath(u"missing.sqlite"_s)));
        QCOMPARE(prompts.messages.size(), 1);
        QCOMPARE(prompts.messages.first().title, u"Cannot Open Database"_s);
        QVERIFY(events.isEmpty());
        QCOMPARE(session.database(), before);
        QVERIFY(!session.createFile(path)); // exists
        QCOMPARE(prompts.messages.size(), 2);
        QVERIFY(prompts.messages.last().text.contains(u"already exists"_s));

        QVERIFY(session.close());
        QCOMPARE(events, (QStringList { u"close"_s, u"closed"_s }));
        QVERIFY(!session.database());
        QVERIFY(!session.isFile());
    }

    // A sample portfolio on its own task: progress with phases, then the outcome on the
    // status line; the session refuses to switch databases meanwhile.
    void generatesASampleOffTheUiThread()
    {
        RecordingPrompts prompts;
        Session session(prompts);
        QVERIFY(session.createFile(m_dir.filePath(u"sample.sqlite"_s)));
        QSignalSpy started(&session, &Session::jobStarted);
        QSignalSpy finished(&session, &Session::jobFinished);
        QSignalSpy done(&session, &Session::sampleGenerationFinished);
        QSignalSpy status(&session, &Session::statusMessage);
        QSignalSpy phases(session.sampleTask(), &cd::BackgroundTask::phaseChanged);
        cd::SampleOptions options;
        options.accounts = 40;
        options.revenueEntries = 400;
        QVERIFY(session.startSampleGeneration(options));
        QCOMPARE(started.size(), 1);
        QVERIFY(session.isGeneratingSample());
        QVERIFY(!session.startSampleGeneration(options));
        QVERIFY(!session.close()); // busy
        QVERIFY(done.wait(120000));
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!phases.isEmpty());
        QVERIFY(session.sampleTask()->lastThread() != QThread::currentThread());
        QVERIFY(prompts.messages.isEmpty());
        QVERIFY2(status.last().first().toString().startsWith(u"Created a sample portfolio of "_s),
                 qPrintable(status.last().first().toString()));
    }

    // An export whose file cannot be written says why through the prompts.
    void anExportThatFailsIsTold()
    {
        RecordingPrompts prompts;
        Session session(prompts);
        QVERIFY(session.createFile(m_dir.filePath(u"export.sqlite"_s)));
        QSignalSpy done(&session, &Session::exportFinished);
        QVERIFY(session.startExport(cd::ImportKind::Accounts,
                                    m_dir.filePath(u"no/such/folder/a.csv"_s)));
        QVERIFY(session.isExporting());
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().first().toBool(), false);
        QCOMPARE(prompts.messages.size(), 1);
        QCOMPARE(prompts.messages.first().icon, QMessageBox::Warning);
        QCOMPARE(prompts.messages.first().title, u"Export Not Written"_s);
    }

    // Only changes of the phase cross to the UI thread, after the percentage.
    void phasesArriveOnceEach()
    {
        cd::BackgroundTask task;
        QStringList seen;
        connect(&task, &cd::BackgroundTask::progressChanged, this,
                [&seen](int percent) { seen.append(QString::number(percent)); });
        connect(&task, &cd::BackgroundTask::phaseChanged, this,
                [&seen](const QString &phase) { seen.append(phase); });
        QVERIFY(task.start([](const cd::BackgroundTask::Reporter &reporter) {
            reporter.report(0, u"Reading"_s);
            reporter.report(0, u"Reading"_s);
            reporter.report(50, u"Reading"_s);
            reporter.report(50, u"Writing"_s);
        }));
        QVERIFY(task.waitForDone(10000));
        QCOMPARE(seen, (QStringList { u"0"_s, u"Reading"_s, u"50"_s, u"Writing"_s }));
    }
};

QTEST_MAIN(tst_Session)
#include "tst_session.moc"
