#include "dialogs/restorebackupdialog.h"
#include "io/rollingbackups.h"
#include "mainwindow.h"
#include "sample/samplegenerator.h"
#include "session/session.h"
#include "storage/database.h"
#include "storage/integritycheck.h"
#include "userprompts.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using cd::Database;
using cd::MainWindow;
using cd::RecordingPrompts;
using cd::RollingBackups;
using cd::Session;

class tst_RestoreBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static qint64 accounts(Database &db)
    {
        QSqlQuery q(db.connection());
        return q.exec(u"SELECT count(*) FROM accounts"_s) && q.next() ? q.value(0).toLongLong()
                                                                      : -1;
    }

    static void addAccount(Database &db, const QString &name)
    {
        QSqlQuery q(db.connection());
        q.prepare(u"INSERT INTO accounts (kind, name, created_at, updated_at) VALUES ('client', "
                  ":name, '2024-01-01T00:00:00', '2024-01-01T00:00:00')"_s);
        q.bindValue(u":name"_s, name);
        QVERIFY(q.exec());
    }

private slots:
    void initTestCase()
    {
        // Keep the developer's own settings out of it (the views remember their layout).
        QStandardPaths::setTestModeEnabled(true);
    }

    void opensWithADailyBackupAndRestoresIt()
    {
        const QString path = m_dir.filePath(u"firm.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            addAccount(**db, u"PT Pertama"_s);
        }
        auto db = Database::open(path);
        RecordingPrompts prompts;
        prompts.onMessage = [](const RecordingPrompts::Message &m) {
            QFAIL(qPrintable(m.text));
        };
        MainWindow window(std::move(db).value());
        window.setPrompts(&prompts);
        QSignalSpy backedUp(window.session(), &Session::automaticBackupFinished);
        if (window.session()->isBackingUp())
            QVERIFY(backedUp.wait(10000));
        QCOMPARE(backedUp.size(), 1);
        QCOMPARE(backedUp.first().first().toBool(), true);
        const auto backups = RollingBackups::list(path);
        QCOMPARE(backups.size(), 1);

        addAccount(*window.database(), u"PT Kedua"_s);
        QCOMPARE(accounts(*window.database()), 2);

        cd::RestoreBackupDialog dialog(*window.database());
        QCOMPARE(dialog.backupList()->topLevelItemCount(), 1);
        QVERIFY(!dialog.restoreButton()->isEnabled());
        dialog.backupList()->topLevelItem(0)->setSelected(true);
        QVERIFY(dialog.restoreButton()->isEnabled());
        QCOMPARE(dialog.chosenPath(), backups.first().path);
        dialog.keepField()->setValue(4); // saved at once, for every user of the database
        QCOMPARE(RollingBackups(*window.database()).policy()->keep, 4);

        QSignalSpy restored(window.session(), &Session::restoreFinished);
        QVERIFY(window.session()->restoreBackup(dialog.chosenPath()));
        QVERIFY(restored.wait(10000));
        QCOMPARE(restored.first().first().toBool(), true);
        QVERIFY(window.database());
        QCOMPARE(accounts(*window.database()), 1);
        // The database as it was before is kept, with both accounts.
        const QStringList kept = QDir(m_dir.path()).entryList({ u"firm.before-restore-*"_s });
        QCOMPARE(kept.size(), 1);
        auto before = Database::open(m_dir.filePath(kept.first()));
        QVERIFY(before.ok());
        QCOMPARE(accounts(**before), 2);
    }

    // Restoring renames the live file: refused, with a sentence, while another connection
    // (another window, a command) has it open; the window goes on with the database as it was.
    void aRestoreWhileTheDatabaseIsOpenElsewhereIsRefused()
    {
        const QString path = m_dir.filePath(u"shared.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            addAccount(**db, u"PT Pertama"_s);
            QVERIFY(RollingBackups(**db).runIfDue().ok());
            addAccount(**db, u"PT Kedua"_s);
        }
        const auto backups = RollingBackups::list(path);
        QCOMPARE(backups.size(), 1);
        RecordingPrompts prompts;
        MainWindow window(Database::open(path).value());
        window.setPrompts(&prompts);
        QStringList messages;
        prompts.onMessage = [&messages](const RecordingPrompts::Message &m) {
            messages.append(m.text);
        };
        QSignalSpy backedUp(window.session(), &Session::automaticBackupFinished);
        if (window.session()->isBackingUp())
            QVERIFY(backedUp.wait(10000));

        auto elsewhere = Database::open(path);
        QVERIFY(elsewhere.ok());
        QSignalSpy restored(window.session(), &Session::restoreFinished);
        QVERIFY(window.session()->restoreBackup(backups.first().path));
        QVERIFY(restored.wait(10000));
        QCOMPARE(restored.first().first().toBool(), false);
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(u"is open in another ClientDesk window or a clientdesk "
                                           "command, so the backup was not restored; close it "
                                           "there and try again."_s),
                 qPrintable(messages.first()));
        QVERIFY(window.database());
        QCOMPARE(accounts(*window.database()), 2);
        QCOMPARE(accounts(**elsewhere), 2);
        QVERIFY(QDir(m_dir.path()).entryList({ u"shared.before-restore-*"_s }).isEmpty());

        // Closed there: restored.
        elsewhere->reset();
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBackingUp(),
                                 10000); // the reopened database's check
        QVERIFY(window.session()->restoreBackup(backups.first().path));
        QVERIFY(restored.wait(10000));
        QCOMPARE(restored.at(1).first().toBool(), true);
        QCOMPARE(accounts(*window.database()), 1);
    }

    // A database with a backup, then damaged on disk the way a failing disk or a copy cut
    // short would: random bytes over the middle of the file, or over its header.
    QString damagedDatabase(const QString &name, bool header, bool withBackup)
    {
        const QString path = m_dir.filePath(name);
        {
            auto db = Database::open(path);
            if (!db)
                return {};
            cd::SampleOptions options;
            options.accounts = 60;
            options.revenueEntries = 2000;
            if (!cd::SampleGenerator(options).generate(**db).ok())
                return {};
            if (withBackup && !RollingBackups(**db).runIfDue().ok())
                return {};
        } // closed: the log is folded into the file
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite))
            return {};
        file.seek(header ? 0 : file.size() / 2);
        QByteArray noise(header ? 100 : 16384, '\0');
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) % 251);
        file.write(noise);
        return path;
    }

    void aDamagedDatabaseIsFoundAfterOpeningAndTheLatestBackupRestored()
    {
        const QString path = damagedDatabase(u"damaged.sqlite"_s, false, true);
        QVERIFY(!path.isEmpty());
        QVERIFY(!cd::IntegrityCheck::fileDamage(path)->isEmpty());
        auto db = Database::open(path); // SQLite only notices when it reads those pages
        QVERIFY(db.ok());
        QStringList questions;
        RecordingPrompts prompts;
        prompts.onQuestion = [&questions](const RecordingPrompts::Question &q) {
            questions.append(q.title + u": "_s + q.text);
        };
        prompts.onMessage = [](const RecordingPrompts::Message &m) {
            QFAIL(qPrintable(m.text));
        };
        MainWindow window(std::move(db).value());
        window.setPrompts(&prompts);
        QSignalSpy damaged(window.session(), &Session::damageFound);
        QSignalSpy restored(window.session(), &Session::restoreFinished);
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 20000);
        QCOMPARE(damaged.size(), 1);
        QCOMPARE(questions.size(), 1);
        QVERIFY2(questions.first().contains(
                     u"damaged.sqlite is damaged: SQLite cannot read all of it"_s),
                 qPrintable(questions.first()));
        QVERIFY(questions.first().contains(u"Restore the latest automatic backup"_s));
        QCOMPARE(restored.first().first().toBool(), true);
        QVERIFY(window.database());
        QCOMPARE(accounts(*window.database()), 60);
        QVERIFY(cd::IntegrityCheck::fileDamage(path)->isEmpty());
        // The damaged file is kept beside it.
        const QStringList kept = QDir(m_dir.path()).entryList({ u"damaged.before-restore-*"_s });
        QCOMPARE(kept.size(), 1);
    }

    void aDatabaseTooDamagedToOpenOffersItsBackup()
    {
        const QString path = damagedDatabase(u"broken.sqlite"_s, true, true);
        QVERIFY(!path.isEmpty());
        QStringList questions;
        RecordingPrompts prompts;
        prompts.onQuestion = [&questions](const RecordingPrompts::Question &q) {
            questions.append(q.text);
        };
        MainWindow window;
        window.setPrompts(&prompts);
        QSignalSpy restored(window.session(), &Session::restoreFinished);
        QVERIFY(!window.openDatabase(path));
        QTRY_COMPARE_WITH_TIMEOUT(questions.size(), 1, 20000);
        QVERIFY(questions.first().contains(u"does not start like an SQLite file"_s));
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 20000);
        QCOMPARE(restored.first().first().toBool(), true);
        QCOMPARE(accounts(*window.database()), 60);
    }

    void withoutABackupItSaysWhatToDo()
    {
        const QString path = damagedDatabase(u"alone.sqlite"_s, false, false);
        QVERIFY(!path.isEmpty());
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QStringList messages;
        RecordingPrompts prompts;
        prompts.onMessage = [&messages](const RecordingPrompts::Message &m) {
            messages.append(m.title + u": "_s + m.text);
        };
        prompts.answer = false;
        prompts.onQuestion = [](const RecordingPrompts::Question &) {
            QFAIL("nothing to restore, nothing to ask");
        };
        MainWindow window(std::move(db).value());
        window.setPrompts(&prompts);
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 20000);
        QVERIFY(messages.first().startsWith(u"Database Damaged: "_s));
        QVERIFY(messages.first().contains(u"There is no automatic backup of it."_s));
        QVERIFY(window.database()); // still open: what can be read can be exported
    }
};

QTEST_MAIN(tst_RestoreBackup)
#include "tst_restorebackup.moc"
