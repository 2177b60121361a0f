#include "repositorytestsupport.h"

#include "io/backup.h"
#include "io/rollingbackups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using cd::BackupPolicy;
using cd::Database;
using cd::RollingBackups;

class tst_RollingBackups : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    std::unique_ptr<Database> open(const QString &path)
    {
        auto db = Database::open(path);
        if (!db)
            qWarning("%s", qPrintable(db.error()));
        return db ? std::move(db).value() : nullptr;
    }

    static qint64 count(Database &db, const QString &table)
    {
        QSqlQuery q(db.connection());
        return q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toLongLong()
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
    void atMostOneADayAndOnlyTheLastKept()
    {
        const QString path = m_dir.filePath(u"daily/clientdesk.sqlite"_s);
        auto db = open(path);
        QVERIFY(db);
        RollingBackups backups(*db);
        QVERIFY(backups.setPolicy({ true, 3 }).ok());
        const QDateTime start(QDate(2026, 1, 1), QTime(9, 0));
        QVERIFY(!backups.runIfDue(start)->has_value()); // an empty database is not worth one
        addAccount(*db, u"PT Ada"_s);

        auto first = backups.runIfDue(start);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QVERIFY(first->has_value());
        QCOMPARE(QFileInfo((*first)->path).fileName(), u"clientdesk-2026-01-01-090000.sqlite"_s);
        QCOMPARE(QFileInfo((*first)->path).absolutePath(),
                 m_dir.filePath(u"daily/clientdesk backups"_s));
        // Opened again the same day: nothing is due.
        QVERIFY(!backups.runIfDue(start.addSecs(8 * 3600))->has_value());
        for (int day = 1; day <= 4; ++day)
            QVERIFY(backups.runIfDue(start.addDays(day))->has_value());
        const auto kept = RollingBackups::list(path);
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.first().takenAt, start.addDays(4));
        QCOMPARE(kept.last().takenAt, start.addDays(2));

        QVERIFY(backups.setPolicy({ false, 3 }).ok());
        QVERIFY(!backups.runIfDue(start.addDays(10))->has_value());
        QVERIFY(!backups.setPolicy({ true, 0 }).ok());
        QCOMPARE(backups.policy()->enabled, false);
    }

    void restorePutsTheBackupInPlaceAndKeepsTheReplacedFile()
    {
        const QString path = m_dir.filePath(u"restore.sqlite"_s);
        QString backup;
        {
            auto db = open(path);
            QVERIFY(db);
            addAccount(*db, u"PT Sebelum"_s);
            auto taken = RollingBackups(*db).runIfDue(QDateTime(QDate(2026, 2, 1), QTime(8, 0)));
            QVERIFY(taken.ok() && taken->has_value());
            backup = (*taken)->path;
            addAccount(*db, u"PT Sesudah"_s);
        }
        const auto kept
            = RollingBackups::restore(backup, path, QDateTime(QDate(2026, 2, 2), QTime(10, 0)));
        QVERIFY2(kept.ok(), qPrintable(kept.error()));
        QCOMPARE(QFileInfo(*kept).fileName(), u"restore.before-restore-2026-02-02-100000.sqlite"_s);
        {
            auto restored = open(path);
            QVERIFY(restored);
            QCOMPARE(count(*restored, u"accounts"_s), 1);
            auto replaced = open(*kept);
            QVERIFY(replaced);
            QCOMPARE(count(*replaced, u"accounts"_s), 2); // nothing is lost
        }
        QVERIFY(QFile::exists(backup)); // the backup stays for another time
    }

    void aDamagedBackupIsNotRestored()
    {
        const QString path = m_dir.filePath(u"keep.sqlite"_s);
        {
            auto db = open(path);
            addAccount(*db, u"PT Tetap"_s);
        }
        const QString damaged = m_dir.filePath(u"damaged.sqlite"_s);
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4096, '\x5a'));
        file.close();
        const auto refused = RollingBackups::restore(damaged, path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().startsWith(u"The backup cannot be restored: "_s),
                 qPrintable(refused.error()));
        auto db = open(path);
        QCOMPARE(count(*db, u"accounts"_s), 1);
        // The checked copy is gone too, with its -wal and -shm.
        QCOMPARE(QDir(m_dir.path()).entryList({ u"keep.sqlite.*"_s }), QStringList());
    }

    // The copy being checked is a new file of a unique name, readable by the user only: a
    // link planted under the old fixed NAME.restoring is neither followed nor removed.
    void theCheckedCopyIsAFileOfItsOwn()
    {
        const QString path = m_dir.filePath(u"own.sqlite"_s);
        QString backup;
        {
            auto db = open(path);
            addAccount(*db, u"PT Salinan"_s);
            backup = m_dir.filePath(u"own-backup.sqlite"_s);
            QVERIFY(cd::Backup(*db).writeTo(backup).ok());
        }
        const QString victim = m_dir.filePath(u"victim.txt"_s);
        {
            QFile file(victim);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("someone else's file");
        }
        QVERIFY(QFile::link(victim, path + u".restoring"_s));
        const auto restored = RollingBackups::restore(backup, path);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QCOMPARE(QFileInfo(path + u".restoring"_s).symLinkTarget(), victim);
        QFile file(victim);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("someone else's file"));
        QVERIFY(!(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther)));
        auto db = open(path);
        QCOMPARE(count(*db, u"accounts"_s), 1);
    }
};

QTEST_GUILESS_MAIN(tst_RollingBackups)
#include "tst_rollingbackups.moc"
