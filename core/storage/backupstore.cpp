// The SQLite statements of backups and restore: VACUUM INTO, the integrity check of a copy,
// the exclusive-lock probe that finds other users of a file.
#include "storage/backupstore.h"

#include "storage/database.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

BackupStore::Counts countRows(const QSqlDatabase &db)
{
    BackupStore::Counts counts;
    QSqlQuery query(db);
    if (query.exec(u"SELECT (SELECT COUNT(*) FROM accounts), "
                   "(SELECT COUNT(*) FROM revenue_entries)"_s)
        && query.next()) {
        counts.accounts = query.value(0).toLongLong();
        counts.revenueEntries = query.value(1).toLongLong();
    }
    return counts;
}

} // namespace

Status BackupStore::copyInto(Database &database, const QString &path, const QString &what)
{
    QSqlQuery query(database.connection());
    query.prepare(u"VACUUM INTO :path"_s);
    query.bindValue(u":path"_s, path);
    if (!query.exec())
        return Database::sqlError(what, query);
    query.finish();
    return {};
}

BackupStore::CopyProblem BackupStore::checkCopy(const QString &path, Counts &found)
{
    const QString name = u"clientdesk-backup-check-"_s + QUuid::createUuid().toString();
    CopyProblem problem = CopyProblem::None;
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        copy.setDatabaseName(path);
        copy.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!copy.open()) {
            problem = CopyProblem::CannotOpen;
        } else {
            QSqlQuery query(copy);
            if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next()
                || query.value(0).toString() != u"ok"_s) {
                problem = CopyProblem::FailsIntegrityCheck;
            } else {
                query.finish();
                found = countRows(copy);
                if (found.accounts < 0)
                    problem = CopyProblem::NoTables;
            }
            copy.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

// A connection in WAL mode holds a shared lock on the database file for as long as it is
// open; a connection in exclusive locking mode needs the exclusive lock for its first read,
// so it fails (after a short wait) while anyone else has the file open. Closing it, as the
// last user, checkpoints the write-ahead log and removes it. (ClientDesk keeps every database
// in WAL mode; a connection in rollback mode holds no lock between its transactions.)
bool BackupStore::isOpenElsewhere(const QString &path)
{
    if (!QFileInfo::exists(path))
        return false;
    const QString name
        = u"clientdesk-restore-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool inUse = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=1000"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s)
                && !query.exec(u"BEGIN EXCLUSIVE"_s)) {
                // SQLITE_BUSY or SQLITE_LOCKED (or one of their extended codes); any other
                // failure is a file too damaged for SQLite to read, which no one keeps open.
                const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
                inUse = code == 5 || code == 6;
            } else {
                query.exec(u"ROLLBACK"_s);
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return inUse;
}

Result<bool> BackupStore::hasAccounts(Database &database, const QString &what)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"SELECT EXISTS (SELECT 1 FROM accounts)"_s) || !query.next())
        return Database::sqlError(what, query);
    return query.value(0).toBool();
}

} // namespace cd
