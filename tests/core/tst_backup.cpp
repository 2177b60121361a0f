#include "io/backup.h"
#include "repositorytestsupport.h"
#include "sample/samplegenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using cd::Backup;
using testsupport::TestDatabase;

namespace {

qint64 countIn(const QString &path, const QString &table)
{
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"count"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT COUNT(*) FROM "_s + table) && q.next())
                n = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(u"count"_s);
    return n;
}

} // namespace

class tst_Backup : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_test;
    QTemporaryDir m_dir;

private slots:
    void init()
    {
        QVERIFY(m_test.open());
        cd::SampleOptions options;
        options.accounts = 40;
        options.revenueEntries = 1000;
        QVERIFY(cd::SampleGenerator(options).generate(m_test.db()).ok());
    }
    void cleanup() { m_test.close(); }

    void copiesEverythingIntoAFileThatOpens()
    {
        const QString target = m_dir.filePath(u"copy.sqlite"_s);
        const auto summary = Backup(m_test.db()).writeTo(target);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->path, QFileInfo(target).absoluteFilePath());
        QCOMPARE(summary->accounts, 40);
        QCOMPARE(summary->revenueEntries, 1000);
        QVERIFY(summary->bytes > 0);
        QCOMPARE(countIn(target, u"accounts"_s), 40);
        QCOMPARE(countIn(target, u"revenue_entries"_s), 1000);
        QCOMPARE(countIn(target, u"opportunity_stages"_s),
                 m_test.scalar(u"SELECT COUNT(*) FROM opportunity_stages"_s).toLongLong());
        QVERIFY(!QFile::exists(target + u".partial"_s));
        // The copy is a ClientDesk database in its own right.
        auto copy = cd::Database::open(target, { cd::Database::Mode::MustExist, 1000 });
        QVERIFY2(copy.ok(), qPrintable(copy.error()));
    }

    void copiesWhileAnotherConnectionIsReadingAndWriting()
    {
        auto other = m_test.db().reopen();
        QVERIFY(other.ok());
        QSqlDatabase writer = (*other)->connection();
        QVERIFY(writer.transaction());
        QSqlQuery q(writer);
        QVERIFY(q.exec(u"DELETE FROM interactions"_s)); // not committed yet
        const QString target = m_dir.filePath(u"busy.sqlite"_s);
        const auto summary = Backup(m_test.db()).writeTo(target);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QVERIFY(writer.rollback());
        // The copy holds the committed state, not the uncommitted delete.
        QCOMPARE(countIn(target, u"interactions"_s),
                 m_test.scalar(u"SELECT COUNT(*) FROM interactions"_s).toLongLong());
    }

    void refusesToOverwriteAndLeavesTheFileAlone()
    {
        const QString target = m_dir.filePath(u"exists.sqlite"_s);
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        const auto summary = Backup(m_test.db()).writeTo(target);
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().contains(u"already exists; choose another name"_s),
                 qPrintable(summary.error()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious"));
    }

    void refusesAMissingOrReadOnlyFolder()
    {
        auto summary = Backup(m_test.db()).writeTo(m_dir.filePath(u"no/such/copy.sqlite"_s));
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().contains(u"does not exist"_s), qPrintable(summary.error()));

        const QString locked = m_dir.filePath(u"locked"_s);
        QVERIFY(QDir().mkpath(locked));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        if (QFileInfo(locked).isWritable())
            QSKIP("running as root: folders are always writable");
        summary = Backup(m_test.db()).writeTo(locked + u"/copy.sqlite"_s);
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().contains(u"is read-only"_s), qPrintable(summary.error()));
        QVERIFY(QDir(locked).isEmpty());
    }

    void refusesTheDatabaseItselfAndAnEmptyName()
    {
        auto summary = Backup(m_test.db()).writeTo({});
        QVERIFY(!summary.ok());
        QVERIFY(!summary.error().isEmpty());
        // The database exists, so this is refused before anything is written.
        summary = Backup(m_test.db()).writeTo(m_test.db().location());
        QVERIFY(!summary.ok());
        QCOMPARE(m_test.scalar(u"SELECT COUNT(*) FROM accounts"_s).toLongLong(), 40);
    }

    // The copy goes into a new file of a unique name (issue 23): a link or a folder planted
    // under the old fixed NAME.partial neither redirects it nor stops it, and stays as it was.
    void writesThroughAFileOfAUniqueName()
    {
        const QString victim = m_dir.filePath(u"victim.txt"_s);
        {
            QFile file(victim);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("someone else's file");
        }
        const QString target = m_dir.filePath(u"again.sqlite"_s);
        QVERIFY(QFile::link(victim, target + u".partial"_s));
        QVERIFY(Backup(m_test.db()).writeTo(target).ok());
        QCOMPARE(countIn(target, u"accounts"_s), 40);
        QCOMPARE(QFileInfo(target + u".partial"_s).symLinkTarget(), victim);
        QFile file(victim);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("someone else's file"));

        const QString other = m_dir.filePath(u"other.sqlite"_s);
        QVERIFY(QDir().mkpath(other + u".partial"_s));
        const auto written = Backup(m_test.db()).writeTo(other);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(countIn(other, u"accounts"_s), 40);
        QVERIFY(QFileInfo(other + u".partial"_s).isDir());
    }

    // The backup holds the firm's client data: the user's only, whatever the umask.
    void theBackupIsTheUsersOnly()
    {
        const mode_t before = ::umask(022);
        const QString target = m_dir.filePath(u"private.sqlite"_s);
        const auto written = Backup(m_test.db()).writeTo(target);
        ::umask(before);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }

    // A copy that fails leaves nothing behind: no backup, no temporary file.
    void aFailedCopyLeavesNothingBehind()
    {
        QTemporaryDir folder;
        const QString target = folder.filePath(u"never.sqlite"_s);
        QSqlQuery hold(m_test.db().connection());
        QVERIFY(hold.exec(u"BEGIN"_s)); // VACUUM cannot run inside a transaction
        const auto written = Backup(m_test.db()).writeTo(target);
        QVERIFY(hold.exec(u"ROLLBACK"_s));
        QVERIFY(!written.ok());
        QVERIFY2(written.error().startsWith(u"Copying the database: "_s),
                 qPrintable(written.error()));
        QCOMPARE(
            QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList());
    }
};

QTEST_GUILESS_MAIN(tst_Backup)
#include "tst_backup.moc"
