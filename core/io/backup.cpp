#include "io/backup.h"

#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

struct Counts
{
    qint64 accounts = -1;
    qint64 revenue = -1;
};

Counts countRows(const QSqlDatabase &db)
{
    Counts counts;
    QSqlQuery query(db);
    if (query.exec(u"SELECT (SELECT COUNT(*) FROM accounts), "
                   "(SELECT COUNT(*) FROM revenue_entries)"_s)
        && query.next()) {
        counts.accounts = query.value(0).toLongLong();
        counts.revenue = query.value(1).toLongLong();
    }
    return counts;
}

/// Opens the written copy on a connection of its own, checks it and counts what it holds;
/// empty when it is sound.
QString verify(const QString &path, Counts &found)
{
    const QString name = u"clientdesk-backup-check-"_s + QUuid::createUuid().toString();
    QString problem;
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        copy.setDatabaseName(path);
        copy.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!copy.open()) {
            problem = Backup::tr("the copy cannot be opened");
        } else {
            QSqlQuery query(copy);
            if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next()
                || query.value(0).toString() != u"ok"_s) {
                problem = Backup::tr("the copy fails SQLite's integrity check");
            } else {
                query.finish();
                found = countRows(copy);
                if (found.accounts < 0)
                    problem = Backup::tr("the copy holds no ClientDesk tables");
            }
            copy.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

} // namespace

Backup::Backup(Database &database) : m_db(database) { }

Result<BackupSummary> Backup::writeTo(const QString &path) const
{
    if (m_db.dialect() != Dialect::SQLite) {
        return Error { tr("Backups of a PostgreSQL database are made on the server (pg_dump); "
                          "ClientDesk copies SQLite files only.") };
    }
    if (path.trimmed().isEmpty())
        return Error { tr("Give the file the backup should be written to.") };
    const QFileInfo target(path);
    const QString absolute = target.absoluteFilePath();
    if (target.exists()) {
        return Error { tr("%1 already exists; choose another name or delete it first.")
                           .arg(QDir::toNativeSeparators(absolute)) };
    }
    if (QFileInfo(m_db.location()).absoluteFilePath() == absolute)
        return Error { tr("A backup cannot be written over the database itself.") };
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir()) {
        return Error { tr("The folder %1 does not exist.")
                           .arg(QDir::toNativeSeparators(folder.absoluteFilePath())) };
    }
    if (!folder.isWritable()) {
        return Error { tr("The folder %1 is read-only; choose a folder you can write to.")
                           .arg(QDir::toNativeSeparators(folder.absoluteFilePath())) };
    }

    // A new, empty file of a unique name, readable by the user only (the backup holds the
    // firm's client data), so that no file planted under a fixed name (a symbolic link) can
    // redirect the copy. VACUUM INTO writes into an empty file and keeps its mode. Closed
    // before SQLite opens it: closing a descriptor of a file drops SQLite's locks on it.
    QTemporaryFile partial(absolute + u".XXXXXX.partial"_s);
    if (!partial.open())
        return Error { tr("The backup cannot be written in %1: %2.")
                           .arg(QDir::toNativeSeparators(folder.absoluteFilePath()),
                                partial.errorString()) };
    partial.close();
    const QString partialPath = partial.fileName();
    // VACUUM INTO reads one snapshot; it cannot run inside a transaction of its own.
    QSqlQuery query(m_db.connection());
    query.prepare(u"VACUUM INTO :path"_s);
    query.bindValue(u":path"_s, partialPath);
    if (!query.exec())
        return Database::sqlError(tr("Copying the database"), query); // the file is removed
    query.finish();

    Counts found;
    const QString problem = verify(partialPath, found);
    if (!problem.isEmpty())
        return Error { tr("The backup was not kept: %1.").arg(problem) };
    // Never replaces a file that appeared under that name meanwhile.
    if (!partial.rename(absolute)) {
        return Error {
            tr("The backup could not be renamed to %1.").arg(QDir::toNativeSeparators(absolute))
        };
    }
    partial.setAutoRemove(false);
    BackupSummary summary;
    summary.path = absolute;
    summary.bytes = QFileInfo(absolute).size();
    summary.accounts = found.accounts;
    summary.revenueEntries = found.revenue;
    return summary;
}

} // namespace cd
