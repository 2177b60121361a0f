// The app and the commands on one SQLite file at the same time (issue 23). Every process is
// real: the clientdesk app (offscreen), windows of clientdesk_testwindow that open the
// database as the app does and save through the repositories, and clientdesk commands.
// Nothing may take the write-ahead log away from a process that still has the database open
// (POSIX locks: a process that opens and closes the database file outside SQLite drops
// SQLite's locks, and another process then deletes the -wal and -shm under it); a restore is
// refused while anyone has the file open; and every file holding client data is the user's
// only, whatever the umask.

#include "io/rollingbackups.h"
#include "processrun.h"
#include "storage/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using cd::Database;
using cd::RollingBackups;

namespace {

// The permission bits of a file, as `ls -l` shows them (0600 …); -1 when it is missing.
int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

class tst_Coexistence : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<QProcess>> m_running; // stopped after each test

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_DATA_HOME"_s, path(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.remove(u"CLIENTDESK_DATABASE"_s);
        return env;
    }

    // A command; with `umask`, run through the shell under that umask.
    Run clientdesk(const QStringList &arguments, const QString &umask = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setWorkingDirectory(m_dir.path());
        if (umask.isEmpty())
            process.start(QStringLiteral(CLIENTDESK_BIN), arguments);
        else
            process.start(u"/bin/sh"_s,
                          QStringList { u"-c"_s, u"umask %1; exec \"$@\""_s.arg(umask), u"sh"_s,
                                        QStringLiteral(CLIENTDESK_BIN) }
                              + arguments);
        return finishRun(process, 180000);
    }

    QString demo(const QString &name)
    {
        const QString database = path(name);
        const Run run = clientdesk({ u"demo"_s, u"--accounts"_s, u"100"_s, u"--revenue"_s,
                                     u"2000"_s, u"--database"_s, database });
        return run.exitCode == 0 ? database : QString();
    }

    // The desktop app itself on `database`, under `umask` when given.
    QProcess *startApp(const QString &database, const QString &umask = {})
    {
        QProcess *app = m_running.emplace_back(std::make_unique<QProcess>()).get();
        app->setProcessEnvironment(environment());
        app->setWorkingDirectory(m_dir.path());
        if (umask.isEmpty())
            app->start(QStringLiteral(CLIENTDESK_BIN), { u"--database"_s, database });
        else
            app->start(u"/bin/sh"_s,
                       { u"-c"_s, u"umask %1; exec \"$@\""_s.arg(umask), u"sh"_s,
                         QStringLiteral(CLIENTDESK_BIN), u"--database"_s, database });
        return app;
    }

    QProcess *startWindow(const QString &database, const QString &tag)
    {
        QProcess *window = m_running.emplace_back(std::make_unique<QProcess>()).get();
        window->setProcessEnvironment(environment());
        window->start(QStringLiteral(CLIENTDESK_TESTWINDOW), { database, tag });
        return window;
    }

    // The next line a test window prints.
    static QString lineFrom(QProcess &window, int timeoutMs = 120000)
    {
        QElapsedTimer clock;
        clock.start();
        while (!window.canReadLine() && clock.elapsed() < timeoutMs
               && window.state() != QProcess::NotRunning)
            window.waitForReadyRead(200);
        return QString::fromUtf8(window.readLine()).trimmed();
    }

    // What a process has open of the database: "/…/w.sqlite-wal", "/…/w.sqlite-shm
    // (deleted)" and so on, from /proc/PID/fd.
    static QStringList openFilesOf(qint64 pid, const QString &database)
    {
        QStringList found;
        const QString fds = u"/proc/%1/fd"_s.arg(pid);
        const QString name = QFileInfo(database).fileName();
        for (const QString &fd : QDir(fds).entryList(QDir::Files | QDir::System)) {
            const QString target = QFile::symLinkTarget(fds + u'/' + fd);
            // symLinkTarget drops " (deleted)"; the link's own text keeps it.
            const QByteArray link = QFile::encodeName(fds + u'/' + fd);
            char buffer[4096];
            const ssize_t length = ::readlink(link.constData(), buffer, sizeof buffer);
            const QString text
                = length > 0 ? QFile::decodeName(QByteArray(buffer, length)) : target;
            if (text.contains(name))
                found.append(text);
        }
        found.sort();
        return found;
    }

    // Until the process has the database and its write-ahead log open.
    static bool waitUntilOpen(qint64 pid, const QString &database)
    {
        QElapsedTimer clock;
        clock.start();
        const QString wal = QFileInfo(database).absoluteFilePath() + u"-wal"_s;
        while (clock.elapsed() < 60000) {
            if (openFilesOf(pid, database).contains(wal))
                return true;
            QThread::msleep(100);
        }
        return false;
    }

    // The process's -wal and -shm are the ones on disk, not deleted files only it still sees.
    static QString problemWithOpenFiles(qint64 pid, const QString &database)
    {
        const QStringList open = openFilesOf(pid, database);
        const QString absolute = QFileInfo(database).absoluteFilePath();
        for (const QString &file : open) {
            if (file.endsWith(u"(deleted)"_s))
                return u"process %1 has a deleted file open: %2"_s.arg(pid).arg(file);
        }
        for (const QString &suffix : { u"-wal"_s, u"-shm"_s }) {
            if (!open.contains(absolute + suffix))
                return u"process %1 no longer has %2 open (it has %3)"_s.arg(pid).arg(
                    absolute + suffix, open.join(u", "_s));
        }
        return {};
    }

    static void stop(QProcess &process)
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished();
        }
    }

    static qint64 scalar(const QString &database, const QString &sql)
    {
        auto db = Database::open(database, { Database::Mode::MustExist, 5000 });
        if (!db)
            return -1;
        QSqlQuery q((*db)->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // Until the app's daily backup has been written (and a moment for its task to end).
    static bool waitForTheDailyBackup(const QString &database)
    {
        QElapsedTimer clock;
        clock.start();
        while (RollingBackups::list(database).isEmpty()) {
            if (clock.elapsed() > 60000)
                return false;
            QThread::msleep(100);
        }
        QThread::msleep(1000);
        return true;
    }

private slots:
    void cleanup()
    {
        for (const auto &process : m_running)
            stop(*process);
        m_running.clear();
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile csv(path(u"accounts.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("name,kind\n");
        for (int i = 1; i <= 50; ++i)
            csv.write(u"Imported beside the app %1,customer\n"_s.arg(i).toUtf8());
    }

    // The reproduction: the app open on a database, then commands on the same file.
    // Before, the app's -wal and -shm were deleted under it after the first command.
    void commandsLeaveTheAppsLogAlone()
    {
        const QString database = demo(u"w.sqlite"_s);
        QVERIFY(!database.isEmpty());
        auto app = startApp(database);
        QVERIFY(app->waitForStarted());
        QVERIFY2(waitUntilOpen(app->processId(), database), "the app did not open the database");
        QVERIFY2(waitForTheDailyBackup(database), "the app took no daily backup");
        QCOMPARE(problemWithOpenFiles(app->processId(), database), QString());

        const QList<QStringList> commands {
            { u"revenue"_s },
            { u"accounts"_s },
            { u"check"_s },
            { u"backup"_s, path(u"w-copy.sqlite"_s) },
            { u"export"_s, u"revenue"_s, u"-o"_s, path(u"w-revenue.csv"_s) },
            { u"report"_s, u"portfolio"_s, u"-o"_s, path(u"w-portfolio.pdf"_s) },
            { u"import"_s, u"accounts"_s, path(u"accounts.csv"_s) },
            { u"revenue"_s, u"--by"_s, u"month"_s },
        };
        for (const QStringList &command : commands) {
            const Run run = clientdesk(command + QStringList { u"--database"_s, database });
            QVERIFY2(run.exitCode == 0, qPrintable(command.join(u' ') + u": "_s + run.err));
            QCOMPARE(app->state(), QProcess::Running);
            const QString problem = problemWithOpenFiles(app->processId(), database);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(u"after %1: %2"_s.arg(command.join(u' '), problem)));
        }
        stop(*app);
        const Run check = clientdesk({ u"check"_s, u"--database"_s, database });
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        QCOMPARE(scalar(database,
                        u"SELECT COUNT(*) FROM accounts WHERE name LIKE 'Imported beside "
                        "the app %'"_s),
                 50);
    }

    // Two windows (each opening the database as the app does: views, quick check, daily
    // backup) save while an import and other commands run. Every save is visible to every
    // other process at once, not only after the windows close.
    void twoWindowsAndTheCommandsSaveSideBySide()
    {
        const QString database = demo(u"shared.sqlite"_s);
        QVERIFY(!database.isEmpty());
        auto first = startWindow(database, u"Saved in window A"_s);
        auto second = startWindow(database, u"Saved in window B"_s);
        QCOMPARE(lineFrom(*first), u"ready"_s);
        QCOMPARE(lineFrom(*second), u"ready"_s);

        first->write("save 40\n");
        second->write("save 40\n");
        const Run imported = clientdesk(
            { u"import"_s, u"accounts"_s, path(u"accounts.csv"_s), u"--database"_s, database });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(clientdesk({ u"revenue"_s, u"--database"_s, database }).exitCode == 0);
        QCOMPARE(lineFrom(*first), u"saved 40"_s);
        QCOMPARE(lineFrom(*second), u"saved 40"_s);
        // Once more after the commands have come and gone.
        QVERIFY(clientdesk({ u"check"_s, u"--database"_s, database }).exitCode == 0);
        first->write("save 10\n");
        second->write("save 10\n");
        QCOMPARE(lineFrom(*first), u"saved 10"_s);
        QCOMPARE(lineFrom(*second), u"saved 10"_s);

        for (QProcess *window : { first, second }) {
            const QString problem = problemWithOpenFiles(window->processId(), database);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        // Seen by a command while both windows are still open.
        const Run listed
            = clientdesk({ u"accounts"_s, u"--format"_s, u"csv"_s, u"--database"_s, database });
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out.count(u"Saved in window A"_s), 50);
        QCOMPARE(listed.out.count(u"Saved in window B"_s), 50);
        QCOMPARE(listed.out.count(u"Imported beside the app"_s), 50);

        for (QProcess *window : { first, second }) {
            window->write("quit\n");
            QVERIFY(window->waitForFinished(30000));
            QCOMPARE(window->exitCode(), 0);
        }
        const Run check = clientdesk({ u"check"_s, u"--database"_s, database });
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        QCOMPARE(scalar(database,
                        u"SELECT COUNT(*) FROM accounts WHERE name LIKE 'Saved in "
                        "window %'"_s),
                 100);
    }

    // Restoring renames the live file and its -wal/-shm: never while anyone has it open.
    void restoreIsRefusedWhileTheDatabaseIsOpenElsewhere()
    {
        const QString database = demo(u"restore.sqlite"_s);
        QVERIFY(!database.isEmpty());
        const QString backup = path(u"restore-backup.sqlite"_s);
        QCOMPARE(clientdesk({ u"backup"_s, backup, u"--database"_s, database }).exitCode, 0);
        const auto keptFiles = [this] {
            return QDir(m_dir.path()).entryList({ u"restore.before-restore-*"_s });
        };

        // Another process: the app.
        auto app = startApp(database);
        QVERIFY(app->waitForStarted());
        QVERIFY(waitUntilOpen(app->processId(), database));
        auto refused = RollingBackups::restore(backup, database);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"is open in another ClientDesk window or a clientdesk "
                                          "command, so the backup was not restored"_s),
                 qPrintable(refused.error()));
        QVERIFY(!refused.error().contains(u'\n'));
        QVERIFY(keptFiles().isEmpty());
        QCOMPARE(QDir(m_dir.path()).entryList({ u"restore.sqlite.*"_s }), QStringList());
        QCOMPARE(problemWithOpenFiles(app->processId(), database), QString());
        stop(*app);

        // Another connection in this process.
        {
            auto open = Database::open(database);
            QVERIFY(open.ok());
            refused = RollingBackups::restore(backup, database);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().contains(u"is open in another ClientDesk window"_s),
                     qPrintable(refused.error()));
            QVERIFY(keptFiles().isEmpty());
        }

        // Nobody: restored, and the file as it was kept beside it.
        const auto restored = RollingBackups::restore(backup, database);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QCOMPARE(keptFiles().size(), 1);
        QVERIFY(!QFile::exists(database + u"-wal"_s));
        const Run check = clientdesk({ u"check"_s, u"--database"_s, database });
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    // Whatever the umask: the database, its -wal and -shm, the backups folder and the
    // backups, the folder made for a database and the app's settings are the user's only.
    void filesHoldingClientDataAreTheUsersOnly()
    {
        const QString folder = path(u"new folder"_s);
        const QString database = QDir(folder).filePath(u"firm.sqlite"_s);
        const Run created = clientdesk({ u"demo"_s, u"--accounts"_s, u"20"_s, u"--revenue"_s,
                                         u"200"_s, u"--database"_s, database },
                                       u"022"_s);
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QCOMPARE(modeOf(database), 0600);
        QCOMPARE(modeOf(folder), 0700);

        auto app = startApp(database, u"022"_s);
        QVERIFY(app->waitForStarted());
        QVERIFY(waitUntilOpen(app->processId(), database));
        QVERIFY(waitForTheDailyBackup(database));
        QCOMPARE(modeOf(database + u"-wal"_s), 0600);
        QCOMPARE(modeOf(database + u"-shm"_s), 0600);
        QCOMPARE(modeOf(RollingBackups::folderFor(database)), 0700);
        const QList<cd::BackupFile> backups = RollingBackups::list(database);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(modeOf(backups.first().path), 0600);
        QCOMPARE(modeOf(path(u"config/ClientDesk/ClientDesk.conf"_s)), 0600);
        QCOMPARE(modeOf(path(u"config/ClientDesk"_s)), 0700);
        stop(*app);

        const QString copy = path(u"firm-copy.sqlite"_s);
        const Run backedUp = clientdesk({ u"backup"_s, copy, u"--database"_s, database }, u"022"_s);
        QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
        QCOMPARE(modeOf(copy), 0600);
        // An import into a database that did not exist yet.
        const QString imported = path(u"imported.sqlite"_s);
        const Run import = clientdesk(
            { u"import"_s, u"accounts"_s, path(u"accounts.csv"_s), u"--database"_s, imported },
            u"002"_s);
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        QCOMPARE(modeOf(imported), 0600);
        // Files the user names follow the umask as usual.
        const QString exported = path(u"firm-revenue.csv"_s);
        QCOMPARE(
            clientdesk({ u"export"_s, u"revenue"_s, u"-o"_s, exported, u"--database"_s, database },
                       u"022"_s)
                .exitCode,
            0);
        QCOMPARE(modeOf(exported), 0644);
    }
};

QTEST_GUILESS_MAIN(tst_Coexistence)
#include "tst_coexistence.moc"
