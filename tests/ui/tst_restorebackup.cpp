#include "dialogs/restorebackupdialog.h"
#include "io/rollingbackups.h"
#include "mainwindow.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using cd::Database;
using cd::MainWindow;
using cd::RollingBackups;

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
    void opensWithADailyBackupAndRestoresIt()
    {
        const QString path = m_dir.filePath(u"firm.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            addAccount(**db, u"PT Pertama"_s);
        }
        auto db = Database::open(path);
        MainWindow window(std::move(db).value());
        window.setMessageHook([](QMessageBox::Icon, const QString &, const QString &text) {
            QFAIL(qPrintable(text));
        });
        QSignalSpy backedUp(&window, &MainWindow::automaticBackupFinished);
        if (window.isBackingUp())
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

        QSignalSpy restored(&window, &MainWindow::restoreFinished);
        QVERIFY(window.restoreBackup(dialog.chosenPath()));
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
};

QTEST_MAIN(tst_RestoreBackup)
#include "tst_restorebackup.moc"
